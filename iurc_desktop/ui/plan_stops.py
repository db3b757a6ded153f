"""The stops of a visit plan: add by typing (the search service), reorder by drag or Alt+Up/Down, edit one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import PlanRef, Stop
from iurc_desktop.services.locale_format import format_date_range
from iurc_desktop.ui.record_page import kind_plural

if TYPE_CHECKING:
    from iurc_desktop.services.plans import PlanService
    from iurc_desktop.services.search import SearchService

UID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class StopsEditor(QWidget):
    changed = Signal()

    def __init__(self, plans: PlanService, search: SearchService, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans, self.search, self.lang = plans, search, lang
        self.stops_by_uid: dict[str, Stop] = {}
        self._loading = False
        self.add_box = QLineEdit()
        self.add_box.installEventFilter(self)
        self.results = QListWidget()
        self.results.setMaximumHeight(130)
        self.results.hide()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(120)
        self.stop_list = QListWidget()
        self.stop_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stop_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.up_button, self.down_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.dated, self.timed = QCheckBox(), QCheckBox()
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start_time, self.end_time = QTimeEdit(), QTimeEdit()
        for clock in (self.start_time, self.end_time):
            clock.setDisplayFormat("HH:mm")
        self.zone_label = QLabel()
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(70)
        self.brief_list = QListWidget()
        self.brief_list.setMaximumHeight(110)
        self.stop_box = QGroupBox()
        self._layout()
        self._connect()
        self.retranslate()
        self._show_current()

    def _until(self) -> QLabel:
        dash = QLabel("–")
        dash.setAccessibleName(self.tr("to"))  # read as a word between the two dates or times, not as a symbol
        return dash

    def _layout(self) -> None:
        moves = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        listing = QHBoxLayout()
        listing.addWidget(self.stop_list, 1)
        listing.addLayout(moves)
        days, times = QHBoxLayout(), QHBoxLayout()
        day_widgets: tuple[QWidget, ...] = (self.dated, self.start_edit, self._until(), self.end_edit)
        time_widgets: tuple[QWidget, ...] = (self.timed, self.start_time, self._until(), self.end_time, self.zone_label)
        for widget in day_widgets:
            days.addWidget(widget)
        for widget in time_widgets:
            times.addWidget(widget)
        days.addStretch(1)
        times.addStretch(1)
        self.form = QFormLayout(self.stop_box)
        self.form.addRow(days)
        self.form.addRow(times)
        self.note_label, self.brief_label = QLabel(), QLabel()
        self.note_label.setBuddy(self.note_edit)
        self.brief_label.setBuddy(self.brief_list)
        self.form.addRow(self.note_label, self.note_edit)
        self.form.addRow(self.brief_label, self.brief_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_box)
        layout.addWidget(self.results)
        layout.addLayout(listing, 1)
        layout.addWidget(self.stop_box)

    def _connect(self) -> None:
        self.add_box.textChanged.connect(lambda _t: self.search_timer.start())
        self.add_box.returnPressed.connect(self.add_chosen)
        self.search_timer.timeout.connect(self.run_search)
        self.results.itemActivated.connect(lambda _item: self.add_chosen())
        self.stop_list.currentRowChanged.connect(lambda _row: self._show_current())
        self.stop_list.model().rowsMoved.connect(lambda *_args: self._renumber(emit=True))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)), ("Alt+Down", lambda: self.move_current(1)),
                           ("Delete", self.remove_current)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self.stop_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        for signal in (self.dated.toggled, self.timed.toggled, self.start_edit.dateChanged, self.end_edit.dateChanged,
                       self.start_time.timeChanged, self.end_time.timeChanged, self.note_edit.textChanged):  # fmt: skip
            signal.connect(self._edited)
        self.brief_list.itemChanged.connect(lambda _item: self._edited())

    def retranslate(self) -> None:
        self.add_box.setPlaceholderText(self.tr("Type a place or event to add a stop…"))
        self.add_box.setAccessibleName(self.tr("Add a stop"))
        self.results.setAccessibleName(self.tr("Places and events found"))
        self.stop_list.setAccessibleName(self.tr("Stops in order"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.remove_button.setText(self.tr("Remove stop"))
        self.dated.setText(self.tr("Dates"))
        self.timed.setText(self.tr("Local time"))
        self.note_edit.setPlaceholderText(self.tr("Note for this stop"))
        self.note_edit.setAccessibleName(self.tr("Note for this stop"))
        self.brief_list.setAccessibleName(self.tr("Brief on"))
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time.setAccessibleName(self.tr("End time"))
        self.stop_box.setTitle(self.tr("Stop"))
        self.brief_label.setText(self.tr("Brief on"))
        self.note_label.setText(self.tr("Note"))
        self._renumber()

    # the list
    def set_stops(self, stops: tuple[Stop, ...]) -> None:
        self._loading = True
        self.stops_by_uid = {s.uid: s for s in stops}
        self.stop_list.clear()
        for stop in stops:
            item = QListWidgetItem()
            item.setData(UID_ROLE, stop.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            self.stop_list.addItem(item)
        self._renumber()
        self._loading = False
        self.stop_list.setCurrentRow(0 if stops else -1)
        self._show_current()

    def stops(self) -> tuple[Stop, ...]:
        uids = [str(self.stop_list.item(row).data(UID_ROLE)) for row in range(self.stop_list.count())]
        return tuple(self.stops_by_uid[uid] for uid in uids)

    def _renumber(self, emit: bool = False) -> None:
        for row in range(self.stop_list.count()):
            item = self.stop_list.item(row)
            stop = self.stops_by_uid[str(item.data(UID_ROLE))]
            item.setText(f"{row + 1}. {self.when(stop)} — {self.name(stop.target)}")
        if emit:
            self.changed.emit()

    def name(self, ref: PlanRef) -> str:
        found = self.plans.name(ref, self.lang)
        if found is not None:
            return found
        return self.tr("not in your catalogue (%1)").replace("%1", ref.name or ref.id)

    def when(self, stop: Stop) -> str:
        if stop.start is None:
            return self.tr("date not set")
        text = format_date_range(stop.start, stop.end, self.lang)  # 12–13 Apr 2027 · 2027年4月12日至13日
        if stop.start_time is not None:
            text += " " + stop.start_time.strftime("%H:%M")
        return text

    def move_current(self, step: int) -> None:
        row = self.stop_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.stop_list.count():
            return
        item = self.stop_list.takeItem(row)
        self.stop_list.insertItem(target, item)
        self.stop_list.setCurrentRow(target)
        self._renumber(emit=True)

    def remove_current(self) -> None:
        row = self.stop_list.currentRow()
        if row < 0:
            return
        item = self.stop_list.takeItem(row)
        del self.stops_by_uid[str(item.data(UID_ROLE))]
        self._renumber(emit=True)
        self._show_current()

    # adding by typing
    def run_search(self) -> None:
        from iurc_desktop.services.search import SearchFilters

        self.results.clear()
        text = self.add_box.text().strip()
        hits = self.search.run(text, self.lang, SearchFilters(kinds=(Kind.PLACE, Kind.EVENT)), limit=8).hits
        for hit in hits if text else []:
            item = QListWidgetItem(f"{hit.title} · {kind_plural(hit.kind)}")
            item.setData(KEY_ROLE, (hit.kind.value, hit.id))
            self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)
        self.results.setCurrentRow(0)

    def add_chosen(self) -> None:
        self.search_timer.stop()
        if self.results.count() == 0 and self.add_box.text().strip():
            self.run_search()
        item = self.results.currentItem() or self.results.item(0)
        if item is None:
            return
        kind, record_id = item.data(KEY_ROLE)
        self.add_stop(Kind(kind), record_id)
        self.add_box.clear()
        self.results.clear()
        self.results.hide()
        self.add_box.setFocus()

    def add_stop(self, kind: Kind, record_id: str) -> Stop:
        stop = self.plans.new_stop(kind, record_id, self.lang)
        days = [d for s in self.stops() if (d := s.last_day)]
        if stop.start is None and days:  # the day after the itinerary ends so far
            stop = dataclasses.replace(stop, start=max(days) + dt.timedelta(days=1))
        self.stops_by_uid[stop.uid] = stop
        item = QListWidgetItem()
        item.setData(UID_ROLE, stop.uid)
        self.stop_list.addItem(item)
        self._renumber(emit=True)
        self.stop_list.setCurrentItem(item)
        return stop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        arrow = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if watched is self.add_box and arrow and event.type() == QEvent.Type.KeyPress and self.results.count():
            assert isinstance(event, QKeyEvent)
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)  # choose without leaving the box; Enter adds
            return True
        return super().eventFilter(watched, event)

    # the stop being edited
    def current(self) -> Stop | None:
        item = self.stop_list.currentItem()
        return None if item is None else self.stops_by_uid.get(str(item.data(UID_ROLE)))

    def _show_current(self) -> None:
        stop = self.current()
        self.stop_box.setEnabled(stop is not None)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(stop is not None)
        if stop is None:
            return
        self._loading = True
        today = dt.date.today()
        self.dated.setChecked(stop.start is not None)
        self.start_edit.setDate(qdate(stop.start or today))
        self.end_edit.setDate(qdate(stop.last_day or today))
        self.timed.setChecked(stop.start_time is not None)
        self.start_time.setTime(QTime(stop.start_time.hour, stop.start_time.minute) if stop.start_time else QTime(9, 0))
        self.end_time.setTime(QTime(stop.end_time.hour, stop.end_time.minute) if stop.end_time else QTime(10, 0))
        self.zone_label.setText(stop.zone or self.tr("time zone unknown"))
        self.note_edit.setPlainText(stop.note)
        self.brief_list.clear()
        chosen = {ref.key for ref in stop.brief_on}
        for ref in self.plans.brief_on_choices(stop, self.lang):
            item = QListWidgetItem(self.name(ref))
            item.setData(KEY_ROLE, ref)
            item.setCheckState(Qt.CheckState.Checked if ref.key in chosen else Qt.CheckState.Unchecked)
            self.brief_list.addItem(item)
        self._loading = False
        self._enable_fields()

    def _enable_fields(self) -> None:
        dated = self.dated.isChecked()
        self.start_edit.setEnabled(dated)
        self.end_edit.setEnabled(dated)
        self.timed.setEnabled(dated)
        timed = dated and self.timed.isChecked()
        self.start_time.setEnabled(timed)
        self.end_time.setEnabled(timed)

    def _edited(self) -> None:
        stop = self.current()
        if self._loading or stop is None:
            return
        self._enable_fields()
        dated, timed = self.dated.isChecked(), self.dated.isChecked() and self.timed.isChecked()
        start = pydate(self.start_edit.date()) if dated else None
        end = pydate(self.end_edit.date()) if dated else None
        if start and end and end <= start:
            end = None  # a stop cannot end before it starts; one day needs no end
        start_time = self.start_time.time() if timed else None
        end_time = self.end_time.time() if timed else None
        brief_on = tuple(self.brief_list.item(r).data(KEY_ROLE) for r in range(self.brief_list.count())
                         if self.brief_list.item(r).checkState() == Qt.CheckState.Checked)  # fmt: skip
        self.stops_by_uid[stop.uid] = dataclasses.replace(
            stop,
            start=start,
            end=end,
            start_time=dt.time(start_time.hour(), start_time.minute()) if start_time else None,
            end_time=dt.time(end_time.hour(), end_time.minute()) if end_time else None,
            note=self.note_edit.toPlainText(),
            brief_on=brief_on,
        )
        self._renumber(emit=True)
