"""The middle pane: the records of the chosen destination, or search results, with a filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.ui.facet_bar import FacetBar
from iurc_desktop.ui.models import KEY_ROLE, RecordListModel

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import ListItem
    from iurc_desktop.services.collation import Collation
    from iurc_desktop.services.search import SearchHit
    from iurc_desktop.ui.search_results import SearchResultsModel


class ListPanel(QWidget):
    record_chosen = Signal(object)  # RecordKey
    suggestion_chosen = Signal(str)  # a "did you mean" link was clicked: search for that text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = RecordListModel(self)
        self._results: SearchResultsModel | None = None  # made at the first search, off the first paint
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.records.set_filter)
        self.sort_box = QComboBox()
        self.sort_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # labels change with the list
        self.sort_box.currentIndexChanged.connect(self._sort)
        self.facet_bar = FacetBar()
        self.facet_bar.changed.connect(self.records.set_facets)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it can repeat what the user typed
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.linkActivated.connect(self._link)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setObjectName("record-count")
        self.empty_hint = ""  # what the destination's empty list should say ("☆ Add to favourites on any page")
        self.view = QListView()
        self._list_delegate = QStyledItemDelegate(self.view)  # ours: the view's own one is not swapped back
        self.view.setModel(self.records)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.sort_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facet_bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.records.modelReset.connect(self._show_count)
        self.retranslate()

    def attach(self, collation: Collation) -> None:
        """The catalogue's alphabetical order (its keys kept between runs), once the window has its services."""
        self.records.collation = self.facet_bar.collation = collation

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter this list"))
        self.filter_edit.setAccessibleName(self.tr("Filter this list"))
        self.view.setAccessibleName(self.tr("Records"))
        self._label_sort_order()
        self.sort_box.setAccessibleName(self.tr("Sort order"))
        self._explain_list_tools()

    def _explain_list_tools(self) -> None:
        """Search results come in order of relevance: the filter and the sort order wait, greyed out, saying why."""
        why = self.tr("Search results are in order of relevance; clear the search box to filter or sort the list.")
        for tool in (self.filter_edit, self.sort_box):
            tool.setEnabled(not self.showing_results())
            tool.setToolTip(why if self.showing_results() else "")

    def _label_sort_order(self) -> None:
        # dated records (events) are listed by date, everything else by name: the labels say which
        dated = any(item.sort_date for item in self.records.all_items)
        labels = [self.tr("Oldest first"), self.tr("Newest first")] if dated else [self.tr("A–Z"), self.tr("Z–A")]
        current = max(self.sort_box.currentIndex(), 0)
        self.sort_box.blockSignals(True)
        self.sort_box.clear()
        self.sort_box.addItems(labels)
        self.sort_box.setCurrentIndex(current)
        self.sort_box.blockSignals(False)

    def show_items(
        self,
        items: list[ListItem],
        lang: Lang,
        programme_names: dict[str, str] | None = None,
        place_names: dict[str, str] | None = None,
        empty_hint: str = "",
        same_list: bool = False,
    ) -> None:
        """Show a destination's records; a new list (not `same_list`) starts with no filter from the last one."""
        if not same_list:
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.records.filter_text = ""
        self.empty_hint = empty_hint
        self.facet_bar.populate(items, lang, programme_names or {}, place_names, keep=same_list)
        self.records.facets = self.facet_bar.facets()  # one sort for the new items, not two
        dated = any(item.sort_date for item in items)
        # event titles are long and alike ("Study visit of the Chinese delegation to …"): wrapped, never cut
        self.view.setWordWrap(dated)
        self.view.setUniformItemSizes(not dated)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone if dated else Qt.TextElideMode.ElideRight)
        self.records.set_items(items, lang)
        self._label_sort_order()
        self.facet_bar.setVisible(True)
        self.view.setItemDelegate(self._list_delegate)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # search results' message is rich text
        self.view.setModel(self.records)
        self._explain_list_tools()
        self._show_count()

    def _show_count(self) -> None:
        if self.showing_results():
            return
        shown, total = len(self.records.items), len(self.records.all_items)
        if shown == total:
            self.count_label.setText(self.tr("Records: %1").replace("%1", str(total)))
        else:
            text = self.tr("Records: %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            self.count_label.setText(text)
        self.count_label.setVisible(True)
        if total == 0:
            self._say(self.empty_hint or self.tr("Nothing here yet."))
        elif shown == 0:
            self._say(self.tr("Nothing matches these filters. Clear the filter text or choose “Clear filters”."))
        else:
            self.message.setVisible(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def select_key(self, key: RecordKey) -> None:
        """Follow Back/Forward and links: the open record is the list's current row when the list has it."""
        if self.showing_results():
            return
        row = self.records.row_of(key.kind, key.id)
        self.view.blockSignals(True)
        if row >= 0:
            self.view.setCurrentIndex(self.records.index(row, 0))
            self.view.scrollTo(self.records.index(row, 0))
        else:
            self.view.clearSelection()
        self.view.blockSignals(False)

    def show_hits(self, hits: list[SearchHit], lang: Lang, message: str) -> None:
        """Search results, with `message` (rich text: the count, a clickable suggestion) above them."""
        self.results.set_hits(hits, lang)
        self.view.setItemDelegate(self._hit_delegate)
        self.view.setUniformItemSizes(False)  # a hit's text wraps to the pane's width (the delegate lays it out)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setModel(self.results)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self._explain_list_tools()
        self.facet_bar.setVisible(False)
        self.count_label.setVisible(False)
        if hits:
            self.view.setCurrentIndex(self.results.index(0, 0))

    def showing_results(self) -> bool:
        return self._results is not None and self.view.model() is self._results

    @property
    def results(self) -> SearchResultsModel:
        """The search results' model and delegate, made at the first search."""
        if self._results is None:
            from iurc_desktop.ui.search_results import HitDelegate, SearchResultsModel

            self._results = SearchResultsModel(self)
            self._hit_delegate = HitDelegate(self.view)
        return self._results

    def _link(self, href: str) -> None:
        from iurc_desktop.ui.search_results import SUGGESTION_LINK

        if href.startswith(SUGGESTION_LINK):
            self.suggestion_chosen.emit(href.removeprefix(SUGGESTION_LINK))

    def open_current(self) -> None:
        self._activated(self.view.currentIndex())

    def _sort(self) -> None:
        self.records.set_descending(self.sort_box.currentIndex() == 1)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(KEY_ROLE) is not None:
            kind, record_id = index.data(KEY_ROLE)
            self.record_chosen.emit(RecordKey(Kind(kind), record_id))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
