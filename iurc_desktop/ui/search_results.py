"""Search results as the delegate reads them: title, kind (singular) and what tells the record apart, then
the matched text with the match in bold and why it matched ("approximate: Beijing"); a line above the list with
the count, and a clickable "did you mean"."""

from __future__ import annotations

import ctypes
import html
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.locale_format import join_sentences
from iurc_desktop.ui.models import KEY_ROLE

if TYPE_CHECKING:  # the window paints before SQLAlchemy (behind these services) is imported
    from iurc_desktop.services.search import SearchHit, SearchOutcome

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
SUGGESTION_LINK = "suggestion:"


class SearchResultsModel(QAbstractListModel):
    """Hits in the service's ranking order (the best match first, whatever its kind)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.lang = Lang.EN
        self._html: list[str] = []
        self._plain: list[str] = []
        self._spoken: list[str] = []

    def set_hits(self, hits: list[SearchHit], lang: Lang) -> None:
        from iurc_desktop.services import search_labels

        self.beginResetModel()
        self.hits, self.lang = list(hits), lang
        self._html, self._plain, self._spoken = [], [], []
        for hit in self.hits:
            heading, line = _hit_texts(hit, lang, search_labels)
            self._html.append(heading + "<br>" + line if line else heading)  # no blank line under a bare name
            plain_heading, plain_line = (html.unescape(_strip_tags(part)) for part in (heading, line))
            self._plain.append(plain_heading)
            # a screen reader hears why it matched too ("approximate: Beijing"), as the eye reads it
            self._spoken.append(f"{plain_heading}. {plain_line}" if plain_line else plain_heading)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._plain[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken[index.row()]
        if role == HTML_ROLE:
            return self._html[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == KEY_ROLE:
            return (hit.kind.value, hit.id)
        return None


def _hit_texts(hit: SearchHit, lang: Lang, labels: Any) -> tuple[str, str]:
    """(heading, matched line) as HTML: "<b>Beijing</b> · Place · China", "…the <b>match</b>… — why"."""
    from iurc_desktop.services.search import snippet_html

    detail = labels.detail(hit, lang)
    heading = f"<b>{html.escape(hit.title)}</b> · {html.escape(labels.kind_label(hit, lang))}"
    heading += f" · {html.escape(detail)}" if detail else ""
    line = snippet_html(hit) if hit.snippet != hit.title else ""
    why = labels.why(hit, lang)
    if why:
        line += (" — " if line else "") + f"<i>{html.escape(why)}</i>"
    return heading, line


def _strip_tags(text: str) -> str:
    out, inside = [], False
    for char in text:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out)


def _none_refs() -> int:
    return sys.getrefcount(None)


def _give_back_none(before: int) -> None:
    """Undo the references to None that PySide dropped since `before` (see HitDelegate).

    PySide6 6.12 on CPython 3.11 returns None from every void method without a new reference, so each such
    call from Python lowers None's count by one, and the interpreter aborts ("deallocating None") once it
    reaches zero — after a few thousand calls. Painting rich text from Python makes several per row. Where
    None is immortal (3.12 on) there is nothing to undo; an extra reference to None never harms."""
    dropped = before - sys.getrefcount(None)
    if dropped > 0 and sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += dropped  # ob_refcnt, the first field of every object


class HitDelegate(QStyledItemDelegate):
    """Paints a hit's two lines of rich text (Qt's default delegate shows plain text only) with QStaticText."""

    MARGIN = 4

    def _text(self, option: QStyleOptionViewItem, index: AnyIndex) -> QStaticText:
        # Qt.AutoText (the default) reads it as rich text: it starts with a tag. Setting the format would be
        # the same, but PySide 6.12's QStaticText.setTextFormat drops a reference to None on every call,
        # and the interpreter aborts at exit once enough rows were laid out.
        text = QStaticText(str(index.data(HTML_ROLE) or ""))
        text.setTextWidth(max(option.rect.width() - 2 * self.MARGIN, 100))
        text.prepare(QTransform(), option.font)
        return text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        before = _none_refs()
        try:
            self._paint(painter, option, index)
        finally:
            _give_back_none(before)

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        background = QStyleOptionViewItem(option)
        background.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(role))
        painter.drawStaticText(
            option.rect.left() + self.MARGIN, option.rect.top() + self.MARGIN, self._text(option, index)
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        before = _none_refs()
        try:
            self.initStyleOption(option, index)
            size = self._text(option, index).size()
            return QSize(int(size.width()) + 2 * self.MARGIN, int(size.height()) + 2 * self.MARGIN)
        finally:
            _give_back_none(before)


def results_message(outcome: SearchOutcome, shown: int, lang: Lang) -> str:
    """The line above the results, as rich text: the count (or what was tried), and a suggestion as a link."""
    from iurc_desktop.services import search_labels as labels

    if shown == 0:
        text = html.escape(labels.empty_message(outcome, lang))
    elif all(hit.approximate for hit in outcome.hits):
        text = html.escape(labels.count(shown, lang) + " — " + labels.near_message(outcome, lang))
    else:
        text = html.escape(labels.count(shown, lang))
    if outcome.suggestion:
        # the link carries the suggested name without the reader's-language gloss: "Pequim (北京)" → "Pequim"
        target = outcome.suggestion.split(" (")[0]
        link = f"<a href='{SUGGESTION_LINK}{html.escape(target, quote=True)}'>{html.escape(outcome.suggestion)}</a>"
        suggestion = html.escape(labels.suggestion_message("\x00", lang)).replace("\x00", link)
        text = join_sentences([text, suggestion], lang)
    return text
