"""Visit plans: where the delegation goes, when, why and who — saved as user data, and the start of a briefing pack."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.user import VisitPlan

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import ListItem
    from iurc_desktop.services.user import UserDataService


def _qdate(value: dt.date | None) -> QDate:
    day = value or dt.date.today()
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class VisitPlanDialog(QDialog):
    brief_requested = Signal(object)  # the saved VisitPlan

    def __init__(self, user: UserDataService, places: list[ListItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.plan_id = 0
        self.setWindowTitle(self.tr("Visit plans"))
        self.resize(620, 640)
        self.plan_box = QComboBox()
        self.plan_box.setAccessibleName(self.tr("Visit plan"))
        self.plan_box.currentIndexChanged.connect(self._load_selected)
        self.title_edit = QLineEdit()
        self.place_filter = QLineEdit()
        self.place_filter.setPlaceholderText(self.tr("Filter places"))
        self.place_filter.textChanged.connect(self._filter_places)
        self.place_list = QListWidget()
        self.place_list.setAccessibleName(self.tr("Destinations"))
        for item in places:
            row = QListWidgetItem(item.title)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.place_list.addItem(row)
        self.dated = QCheckBox(self.tr("Dates known"))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.dated.toggled.connect(self._dates_enabled)
        self.purpose_edit = QLineEdit()
        self.delegation_edit = QPlainTextEdit()
        self.delegation_edit.setPlaceholderText(self.tr("One member per line"))
        self.notes_edit = QPlainTextEdit()
        for box in (self.delegation_edit, self.notes_edit):
            box.setTabChangesFocus(True)  # Tab moves on to the buttons; Enter still starts a new line
        self._layout()
        self._reload_plans(0)

    def _layout(self) -> None:
        dates = QHBoxLayout()
        for widget in (self.dated, self.start_edit, self.end_edit):
            dates.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("Plan"), self.plan_box)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Destinations"), self.place_filter)
        form.addRow("", self.place_list)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Purpose"), self.purpose_edit)
        form.addRow(self.tr("Delegation"), self.delegation_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.brief_button = buttons.addButton(self.tr("Briefing pack…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.brief_button.clicked.connect(self._brief)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _reload_plans(self, select_id: int) -> None:
        self.plans = {plan.id: plan for plan in self.user.visit_plans()}
        self.plan_box.blockSignals(True)
        self.plan_box.clear()
        self.plan_box.addItem(self.tr("New visit plan"), 0)
        for plan in self.plans.values():
            self.plan_box.addItem(plan.title or self.tr("(untitled)"), plan.id)
        self.plan_box.setCurrentIndex(max(self.plan_box.findData(select_id), 0))
        self.plan_box.blockSignals(False)
        self._load_selected()

    def _load_selected(self) -> None:
        plan = self.plans.get(self.plan_box.currentData() or 0) or VisitPlan(0, "")
        self.plan_id = plan.id
        self.title_edit.setText(plan.title)
        chosen = set(plan.destinations)
        for row in range(self.place_list.count()):
            item = self.place_list.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self.dated.setChecked(plan.start is not None)
        self.start_edit.setDate(_qdate(plan.start))
        self.end_edit.setDate(_qdate(plan.end or plan.start))
        self._dates_enabled(plan.start is not None)
        self.purpose_edit.setText(plan.purpose)
        self.delegation_edit.setPlainText("\n".join(plan.delegation))
        self.notes_edit.setPlainText(plan.notes)

    def _dates_enabled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)

    def _filter_places(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.place_list.count()):
            item = self.place_list.item(row)
            record_id = str(item.data(Qt.ItemDataRole.UserRole))  # lets "yangzhou" find 扬州 in Chinese
            item.setHidden(bool(needle) and needle not in item.text().casefold() and needle not in record_id)

    def current_plan(self) -> VisitPlan:
        destinations = tuple(
            str(self.place_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.place_list.count())
            if self.place_list.item(row).checkState() == Qt.CheckState.Checked
        )
        start = _pydate(self.start_edit.date()) if self.dated.isChecked() else None
        end = _pydate(self.end_edit.date()) if self.dated.isChecked() else None
        if start and end and end < start:
            end = start  # a visit cannot end before it starts
        members = tuple(line.strip() for line in self.delegation_edit.toPlainText().splitlines() if line.strip())
        title = self.title_edit.text().strip() or self.tr("Visit plan")
        return VisitPlan(self.plan_id, title, destinations, start, end, self.purpose_edit.text().strip(), members,
                         self.notes_edit.toPlainText())  # fmt: skip

    def save(self) -> VisitPlan:
        saved = self.user.save_visit_plan(self.current_plan())
        self._reload_plans(saved.id)
        return saved

    def _brief(self) -> None:
        self.brief_requested.emit(self.save())
