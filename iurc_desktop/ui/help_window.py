"""The user guide inside the app: sections on the left (filtered by the search box), the section on the right.

It follows the interface language live (a LanguageChange re-reads the guide in the new language and keeps the
section). Dialogs reach it with `open_help(self, "import")` or `add_help_button(box, self, "import")`: the main
window (found up the parent chain) owns the one guide window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services import help as guide_text

ID_ROLE = Qt.ItemDataRole.UserRole


class HelpWindow(QDialog):
    """Non-modal: the delegate reads the guide beside the window or dialog it explains."""

    def __init__(self, lang: Callable[[], Lang], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-window")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.lang_of = lang
        self.lang = lang()
        self.sections = guide_text.guide(self.lang)
        self.current_id = self.sections[0].id if self.sections else ""
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.contents = QListWidget()
        self.contents.setWordWrap(True)  # long section titles wrap instead of scrolling sideways
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # links inside the guide name sections: #id
        self.browser.anchorClicked.connect(self._link)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what the delegate typed
        self.empty.setVisible(False)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search_box)
        left.addWidget(self.empty)
        left.addWidget(self.contents, 1)
        holder = QWidget()
        holder.setLayout(left)
        splitter = QSplitter()
        splitter.addWidget(holder)
        splitter.addWidget(self.browser)
        splitter.setSizes([260, 640])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.search_box.textChanged.connect(self._filter)
        self.search_box.returnPressed.connect(self._first_match)
        self.contents.currentItemChanged.connect(self._chosen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        self.resize(920, 640)
        self.retranslate()
        self._filter(self.search_box.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("IURC Desktop — User guide"))
        self.search_box.setPlaceholderText(self.tr("Search the guide"))
        self.search_box.setAccessibleName(self.tr("Search the guide"))
        self.contents.setAccessibleName(self.tr("Sections of the guide"))
        self.browser.setAccessibleName(self.tr("Guide text"))

    def show_section(self, section_id: str) -> None:
        """Jump to a section (clearing a search that hides it) and bring the window up."""
        if self.search_box.text() and section_id not in self._listed_ids():
            self.search_box.clear()
        self.current_id = section_id
        self._select(section_id)
        self.show()
        self.raise_()
        self.activateWindow()

    def section_title(self) -> str:
        return next((s.title for s in self.sections if s.id == self.current_id), "")

    # internals
    def _listed_ids(self) -> list[str]:
        return [str(self.contents.item(i).data(ID_ROLE)) for i in range(self.contents.count())]

    def _filter(self, query: str) -> None:
        found = guide_text.search(self.sections, query)
        self.contents.blockSignals(True)
        self.contents.clear()
        for section in found:
            item = QListWidgetItem(section.title)
            item.setData(ID_ROLE, section.id)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        self.empty.setVisible(not found)
        self.empty.setText(self.tr("No section of the guide mentions “%1”. Try fewer or other words.")
                           .replace("%1", query.strip()))  # fmt: skip
        if found:
            self._select(self.current_id if self.current_id in {s.id for s in found} else found[0].id)

    def _first_match(self) -> None:
        if self.contents.count():
            self.contents.setCurrentRow(0)
            self.browser.setFocus()

    def _select(self, section_id: str) -> None:
        for row, listed in enumerate(self._listed_ids()):
            if listed == section_id:
                self.contents.setCurrentRow(row)
                self._render(section_id)
                return

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._render(str(item.data(ID_ROLE)))

    def _render(self, section_id: str) -> None:
        section = next((s for s in self.sections if s.id == section_id), None)
        if section is None:
            return
        self.current_id = section_id
        self.browser.setMarkdown(section.markdown)

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("", "help") and url.fragment():
            self.show_section(url.fragment())

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.lang = self.lang_of()
            self.sections = guide_text.guide(self.lang)
            self._filter(self.search_box.text())
        super().changeEvent(event)


def open_help(widget: QWidget, section_id: str) -> HelpWindow:
    """Open the guide at `section_id` from any widget: the main window's guide if there is one up the parent
    chain, else one of the widget's own (a dialog opened on its own, in a test or a tool)."""
    holder: QWidget | None = widget
    while holder is not None:
        show_help = getattr(holder, "show_help", None)
        if callable(show_help):
            window: HelpWindow = show_help(section_id)
            return window
        holder = holder.parentWidget()
    own = getattr(widget, "_own_help", None)
    if not isinstance(own, HelpWindow):
        lang = getattr(widget, "ui_lang", getattr(widget, "lang", Lang.EN))
        own = HelpWindow(lambda: lang if isinstance(lang, Lang) else Lang.EN, widget)
        widget._own_help = own  # type: ignore[attr-defined]  # kept alive with the widget
    own.show_section(section_id)
    return own


def add_help_button(box: QDialogButtonBox, dialog: QWidget, section_id: str) -> None:
    """A *Help* button (F1 too) on a dialog's button box that opens the guide at the dialog's section."""
    button = box.addButton(QDialogButtonBox.StandardButton.Help)
    button.setObjectName(f"help-{section_id}")
    button.clicked.connect(lambda: open_help(dialog, section_id))  # not helpRequested: About Qt has that role too
    QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog, lambda: open_help(dialog, section_id))
