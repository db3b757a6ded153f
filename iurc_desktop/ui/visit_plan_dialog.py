"""Visit plans: itineraries with a delegation and ordered stops; copies, deletion, calendar and plan files."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.domain.user import Member, VisitPlan
from iurc_desktop.services.locale_format import format_date
from iurc_desktop.ui.help_window import add_help_button
from iurc_desktop.ui.message_box import show_user_error
from iurc_desktop.ui.plan_stops import StopsEditor

if TYPE_CHECKING:
    from iurc_desktop.services.search import SearchService
    from iurc_desktop.services.user import UserDataService

PLAN_ROLE = Qt.ItemDataRole.UserRole


class VisitPlanDialog(QDialog):
    brief_requested = Signal(object)  # the saved VisitPlan
    map_requested = Signal(object)  # the saved VisitPlan, to show its route on the map

    def __init__(self, user: UserDataService, search: SearchService, lang: Lang,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.user, self.plans, self.lang = user, user.plans, lang
        self.plan = VisitPlan(0, "")
        self.dirty = False
        self.resize(1000, 700)
        self.plan_list = QListWidget()
        self.new_button, self.copy_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.title_edit, self.purpose_edit = QLineEdit(), QLineEdit()
        self.lang_box = QComboBox()
        for code in LANGS:
            self.lang_box.addItem(code.native_name, code.value)
        self.members = QTableWidget(0, 2)
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.members.verticalHeader().setDefaultSectionSize(self.members.fontMetrics().height() + 10)
        self.members.setMaximumHeight(self.members.fontMetrics().height() * 6 + 24)  # a header and four members
        self.add_member_button, self.remove_member_button = QPushButton(), QPushButton()
        self.stops = StopsEditor(self.plans, search, lang)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(60)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.import_button = self.buttons.addButton("", role)
        self.export_button = self.buttons.addButton("", role)
        self.calendar_button = self.buttons.addButton("", role)
        self.brief_button = self.buttons.addButton("", role)
        self.map_button = self.buttons.addButton("", role)
        add_help_button(self.buttons, self, "plans")
        self._layout()
        self._connect()
        self.retranslate()
        self.reload(0)

    def _layout(self) -> None:
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.plan_list, 1)
        for button in (self.new_button, self.copy_button, self.delete_button):
            side.addWidget(button)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        right = QWidget()
        self.form = QFormLayout(right)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels = {field: QLabel() for field in (self.title_edit, self.purpose_edit, self.lang_box, self.members,
                                                     self.stops, self.notes_edit)}  # fmt: skip
        for field, label in self.labels.items():
            label.setBuddy(field)
            self.form.addRow(label, field)
            if field is self.members:
                self.form.addRow("", member_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.plan_list.currentItemChanged.connect(lambda current, _previous: self._switch(current))
        self.new_button.clicked.connect(self.new_plan)
        self.copy_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        for edit in (self.title_edit, self.purpose_edit):
            edit.textEdited.connect(self._touched)
        self.lang_box.currentIndexChanged.connect(self._touched)
        self.members.itemChanged.connect(self._touched)
        self.notes_edit.textChanged.connect(self._touched)
        self.stops.changed.connect(self._touched)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(lambda: self.import_plan())
        self.export_button.clicked.connect(lambda: self.export_plan())
        self.calendar_button.clicked.connect(lambda: self.export_calendar())
        self.brief_button.clicked.connect(lambda: self.brief_requested.emit(self.save()))
        self.map_button.clicked.connect(lambda: self.map_requested.emit(self.save()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Visit plans"))
        self.plan_list.setAccessibleName(self.tr("Visit plans"))
        self.new_button.setText(self.tr("New plan"))
        self.copy_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete plan…"))
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.members.setAccessibleName(self.tr("Delegation"))
        self.add_member_button.setText(self.tr("Add member"))
        self.remove_member_button.setText(self.tr("Remove member"))
        self.import_button.setText(self.tr("Import plan…"))
        self.export_button.setText(self.tr("Export plan…"))
        self.calendar_button.setText(self.tr("Export to calendar…"))
        self.brief_button.setText(self.tr("Briefing pack…"))
        self.map_button.setText(self.tr("Show on map"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.purpose_edit.setAccessibleName(self.tr("Purpose"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        for field, text in ((self.title_edit, self.tr("&Title")), (self.purpose_edit, self.tr("&Purpose")),
                            (self.lang_box, self.tr("Plan &language")), (self.members, self.tr("&Delegation")),
                            (self.stops, self.tr("&Stops")), (self.notes_edit, self.tr("&Notes"))):  # fmt: skip
            self.labels[field].setText(text)
        self.stops.retranslate()

    # the list of plans
    def reload(self, select_id: int) -> None:
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        chosen = None
        for plan in self.plans.plans():
            when = format_date(plan.start, self.lang) if plan.start else self.tr("no dates yet")
            item = QListWidgetItem(f"{plan.title or self.tr('(untitled)')}\n{when}")
            item.setData(PLAN_ROLE, plan.id)
            self.plan_list.addItem(item)
            if plan.id == select_id:
                chosen = item
        self.plan_list.blockSignals(False)
        chosen = chosen or self.plan_list.item(0)
        if chosen is None:
            self._load(VisitPlan(0, "", lang=self.lang))
        else:
            self.plan_list.setCurrentItem(chosen)

    def _switch(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        plan_id = int(item.data(PLAN_ROLE))
        if plan_id == self.plan.id:
            return
        if self.dirty:
            self.save(reselect=False)  # moving to another plan keeps what was typed
        self._load(self.plans.plan(plan_id))

    def _load(self, plan: VisitPlan) -> None:
        self.plan = plan
        for widget in (self.title_edit, self.purpose_edit, self.lang_box, self.members, self.notes_edit, self.stops):
            widget.blockSignals(True)
        self.title_edit.setText(plan.title)
        self.purpose_edit.setText(plan.purpose)
        self.lang_box.setCurrentIndex(max(self.lang_box.findData(plan.lang.value), 0))
        self.members.setRowCount(0)
        for member in plan.delegation:
            self._member_row(member)
        self.notes_edit.setPlainText(plan.notes)
        self.stops.set_stops(plan.stops)
        for widget in (self.title_edit, self.purpose_edit, self.lang_box, self.members, self.notes_edit, self.stops):
            widget.blockSignals(False)
        for button in (self.copy_button, self.delete_button):
            button.setEnabled(bool(plan.id))
        self.dirty = False

    def _touched(self) -> None:
        self.dirty = True

    def _member_row(self, member: Member) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        self.members.setItem(row, 0, QTableWidgetItem(member.name))
        self.members.setItem(row, 1, QTableWidgetItem(member.role))

    def add_member(self) -> None:
        self._member_row(Member(""))
        self.members.setCurrentCell(self.members.rowCount() - 1, 0)
        self.members.setFocus()
        self.dirty = True

    def remove_member(self) -> None:
        if self.members.currentRow() >= 0:
            self.members.removeRow(self.members.currentRow())
            self.dirty = True

    # the plan being edited
    def current_plan(self) -> VisitPlan:
        members = []
        for row in range(self.members.rowCount()):
            name, role = (self.members.item(row, col) for col in (0, 1))
            if name is not None and name.text().strip():
                members.append(Member(name.text().strip(), role.text().strip() if role else ""))
        return dataclasses.replace(
            self.plan,
            title=self.title_edit.text().strip() or self.tr("Visit plan"),
            purpose=self.purpose_edit.text().strip(),
            lang=Lang(self.lang_box.currentData()),
            delegation=tuple(members),
            stops=self.stops.stops(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, reselect: bool = True) -> VisitPlan:
        saved = self.plans.save(self.current_plan())
        self.dirty = False
        if reselect:
            self.reload(saved.id)
        return saved

    def new_plan(self) -> None:
        if self.dirty:
            self.save(reselect=False)
        self.reload(self.plans.save(VisitPlan(0, self.tr("New visit plan"), lang=self.lang)).id)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def duplicate(self) -> None:
        original = self.save()
        copy = self.plans.duplicate(original.id, self.tr("%1 (copy)").replace("%1", original.title))
        self.reload(copy.id)

    def delete(self, confirmed: bool = False) -> None:
        if not self.plan.id:
            return
        question = self.tr("Delete the visit plan “%1”? This cannot be undone.").replace("%1", self.plan.title)
        if not confirmed:
            answer = QMessageBox.question(self, self.tr("Delete plan"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.plans.delete(self.plan.id)
        self.plan = VisitPlan(0, "")
        self.reload(0)

    # files
    def import_plan(self, path: Path | None = None) -> VisitPlan | None:
        from iurc_desktop.services.plans_share import import_plan_file

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import plan"), "",
                                                    self.tr("Visit plans (*.iurcplan)"))  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        if self.dirty:
            self.save(reselect=False)
        try:
            plan = import_plan_file(self.plans, path)
        except UserError as error:
            show_user_error(self, error)
            return None
        self.reload(plan.id)
        return plan

    def export_plan(self, path: Path | None = None, include_notes: bool | None = None) -> None:
        from iurc_desktop.services.plans_share import write_plan_file

        plan = self.save()
        path = path or self._save_path(plan, ".iurcplan", self.tr("Visit plans (*.iurcplan)"))
        if path is None:
            return
        if include_notes is None:
            answer = QMessageBox.question(self, self.tr("Export plan"), self.tr("Include the plan's notes?"))
            include_notes = answer == QMessageBox.StandardButton.Yes
        self._write(lambda: write_plan_file(self.plans, plan, path, include_notes=include_notes))

    def export_calendar(self, path: Path | None = None) -> None:
        from iurc_desktop.services.plans_ics import write_calendar

        plan = self.save()
        path = path or self._save_path(plan, ".ics", self.tr("Calendar files (*.ics)"))
        if path is not None:
            self._write(lambda: write_calendar(self.plans, plan, path))

    def _save_path(self, plan: VisitPlan, suffix: str, filter_text: str) -> Path | None:
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in plan.title).strip() or "plan"
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), safe + suffix, filter_text)
        if not chosen:
            return None
        return Path(chosen if chosen.endswith(suffix) else chosen + suffix)

    def _write(self, write: object) -> None:
        try:
            write()  # type: ignore[operator]
        except UserError as error:
            show_user_error(self, error)

    def done(self, result: int) -> None:
        if self.dirty and (self.plan.id or self.current_plan().stops):
            self.save(reselect=False)  # closing keeps what was typed, like moving to another plan
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
