"""Item models for the lists: catalogue records of one kind, and search results."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.collation import Collation
from iurc_desktop.services.locale_format import country_name, format_date, format_year
from iurc_desktop.services.vocabulary import EVENT_TYPES, VOCABULARY

if TYPE_CHECKING:  # the window paints before SQLAlchemy (behind these services) is imported
    from iurc_desktop.services.catalogue import ListItem
    from iurc_desktop.ui.facet_bar import Facets

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind value, id)
AnyIndex = QModelIndex | QPersistentModelIndex


class RecordListModel(QAbstractListModel):
    """Records of one kind as light list items; the full record is fetched only when it is opened.

    Filtering and sorting happen here in Python: a QSortFilterProxyModel asks data() for every row on every
    reset, which took seconds with 15,000 places.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_items: list[ListItem] = []
        self.items: list[ListItem] = []
        self.rows: list[ListItem | int] = []  # the items, and a year heading before each year of a dated list
        self.lang = Lang.EN
        self.filter_text = ""
        self.descending = False
        self.facets: Facets | None = None
        self.collation = Collation()  # in memory until `ListPanel.attach` gives it the catalogue's (no list before)
        self._labels: dict[str, str] = {}  # dated rows' text, formatted once per language
        self._shared_prefix = ""  # "IURC-China webinar: " on every webinar says nothing in a list of webinars
        self._one_type = False

    def set_items(self, items: list[ListItem], lang: Lang) -> None:
        self.all_items = items
        self.lang = lang
        self._labels.clear()
        self._shared_prefix = _shared_prefix([item.title for item in items if item.sort_date])
        self._one_type = len({item.subtype for item in items}) == 1  # "Webinar" on every webinar says nothing
        self._refresh()

    def set_filter(self, text: str) -> None:
        self.filter_text = text.casefold().strip()
        self._refresh()

    def set_facets(self, facets: Facets) -> None:
        self.facets = facets
        self._refresh()

    def set_descending(self, descending: bool) -> None:
        self.descending = descending
        self._refresh()

    def _refresh(self) -> None:
        needle = self.filter_text
        visible = [i for i in self.all_items if needle in i.title.casefold()] if needle else list(self.all_items)
        if self.facets is not None:
            facets = self.facets
            visible = [i for i in visible if facets.admits(i)]
        lang, collation = self.lang, self.collation
        collation.prime((item.title for item in visible), lang)  # keys kept from earlier runs, in one query
        visible.sort(key=lambda item: (not item.sort_date, item.sort_date, collation.key(item.title, lang)))
        if self.descending:
            visible.reverse()
        self.beginResetModel()
        self.items = visible
        self.rows = _with_year_headings(visible)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if index.isValid() and 0 <= index.row() < len(self.rows) and isinstance(self.rows[index.row()], int):
            return Qt.ItemFlag.ItemIsEnabled  # a year heading: not selectable, never opened
        return super().flags(index)

    def row_of(self, kind: Kind, record_id: str) -> int:
        for row, item in enumerate(self.rows):
            if not isinstance(item, int) and item.kind is kind and item.id == record_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if isinstance(item, int):
            return self._heading(item, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(item) if item.sort_date else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._subtitle(item)
        if role == KEY_ROLE:
            return (item.kind.value, item.id)
        return None

    def _heading(self, year: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return format_year(year, self.lang) if year else "—"
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says for the heading
            return format_year(year, self.lang) if year else self.tr("Date unknown")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _label(self, item: ListItem) -> str:
        """Events read as a timeline: the date and type first, then the whole name and where it was."""
        label = self._labels.get(item.id)
        if label is None:
            name = item.title.removeprefix(self._shared_prefix)
            said = item.subtype in EVENT_TYPES and not self._one_type
            kind = QCoreApplication.translate(VOCABULARY, EVENT_TYPES[item.subtype]) if said else ""
            where = f" — {item.detail}" if item.detail and item.detail not in name else ""
            parts = (self._when(item, "medium"), kind, name + where)
            label = self._labels[item.id] = " · ".join(p for p in parts if p)
        return label

    def _subtitle(self, item: ListItem) -> str:
        if item.kind is Kind.PLACE:
            return country_name(item.country, self.lang)
        if item.sort_date:  # long event names are elided in the list; the tooltip has the whole name
            return f"{item.title}\n{self._when(item, 'long')}"
        return item.title

    def _when(self, item: ListItem, fmt: str) -> str:
        """The day, or the year alone where the sources give no day."""
        return format_date(item.start, self.lang, fmt) if item.start else format_year(item.year or 0, self.lang)

    def key_at(self, row: int) -> tuple[Kind, str] | None:
        if 0 <= row < len(self.rows) and not isinstance(item := self.rows[row], int):
            return item.kind, item.id
        return None


def _with_year_headings(items: list[ListItem]) -> list[ListItem | int]:
    """A dated list (events) gets its year before each year's rows; 0 heads the undated ones."""
    if not items or not all(i.kind is Kind.EVENT for i in items):
        return list(items)
    rows: list[ListItem | int] = []
    current: int | None = None
    for item in items:
        year = item.start.year if item.start else item.year or 0
        if year != current:
            rows.append(year)
            current = year
        rows.append(item)
    return rows


def _shared_prefix(titles: list[str]) -> str:
    """The "Series: " part that every one of several titles starts with, up to and including its colon."""
    if len(titles) < 3:
        return ""
    first = titles[0]
    for colon in (": ", "："):
        cut = first.find(colon)
        if cut > 0:
            prefix = first[: cut + len(colon)]
            if all(title.startswith(prefix) and len(title) > len(prefix) for title in titles):
                return prefix
    return ""
