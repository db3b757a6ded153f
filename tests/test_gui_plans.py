"""The itinerary editor, plan and backup files from the window, and notes edited in place — driven with pytest-qt."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import icalendar
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import Member, RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.locale_format import format_date
from iurc_desktop.ui.main_window import MainWindow
from iurc_desktop.ui.visit_plan_dialog import VisitPlanDialog

YANGZHOU = RecordKey(Kind.PLACE, "yangzhou")


def plans_dialog(window: MainWindow) -> VisitPlanDialog:
    window.open_visit_plans()
    dialog = window.visit_plans_dialog
    assert isinstance(dialog, VisitPlanDialog)
    return dialog


def type_and_add(dialog: VisitPlanDialog, qtbot: QtBot, text: str, downs: int = 0) -> None:
    box = dialog.stops.add_box
    box.setFocus()
    if text.isascii():
        qtbot.keyClicks(box, text)
    else:
        box.setText(text)  # QTest types Latin keys only; an input method would commit the Chinese text like this
    qtbot.waitUntil(lambda: dialog.stops.results.count() > 0)
    for _ in range(downs):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def stop_ids(dialog: VisitPlanDialog) -> list[str]:
    return [s.target.id for s in dialog.stops.stops()]


def test_an_itinerary_is_built_by_typing_reordered_and_saved(window: MainWindow, qtbot: QtBot) -> None:
    dialog = plans_dialog(window)
    dialog.new_plan()
    qtbot.keyClicks(dialog.title_edit, "Spring exchange")
    dialog.purpose_edit.setText("Green design")
    dialog.add_member()
    name, role = dialog.members.item(0, 0), dialog.members.item(0, 1)
    assert name is not None and role is not None
    name.setText("A. Rossi")
    role.setText("Mayor")
    type_and_add(dialog, qtbot, "Yangzhou")
    assert stop_ids(dialog) == ["yangzhou"] and dialog.stops.add_box.text() == ""
    type_and_add(dialog, qtbot, "bolog")
    type_and_add(dialog, qtbot, "广州")
    assert stop_ids(dialog) == ["yangzhou", "nci-bologna", "guangzhou"]
    # keyboard: Alt+Up moves the chosen stop up
    dialog.stops.stop_list.setFocus()
    dialog.stops.stop_list.setCurrentRow(2)
    qtbot.keyClick(dialog.stops.stop_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stop_ids(dialog) == ["yangzhou", "guangzhou", "nci-bologna"]
    # drag and drop moves rows through the model, as the view does on a drop
    model = dialog.stops.stop_list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert stop_ids(dialog) == ["nci-bologna", "yangzhou", "guangzhou"]
    assert dialog.stops.stop_list.item(0).text().startswith("1. ")  # numbered again after the move
    # the Yangzhou stop: two days, from 09:00 local time
    dialog.stops.stop_list.setCurrentRow(1)
    editor = dialog.stops
    editor.dated.setChecked(True)
    editor.start_edit.setDate(QDate(2027, 4, 12))
    editor.end_edit.setDate(QDate(2027, 4, 13))
    editor.timed.setChecked(True)
    editor.start_time.setTime(QTime(9, 0))
    assert editor.zone_label.text() == "Asia/Shanghai"
    editor.brief_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.save()
    (plan,) = window.svc.user.plans.plans()
    assert (plan.title, plan.purpose, plan.delegation) == (
        "Spring exchange",
        "Green design",
        (Member("A. Rossi", "Mayor"),),
    )
    assert [s.target.id for s in plan.stops] == ["nci-bologna", "yangzhou", "guangzhou"]
    yangzhou = plan.stops[1]
    assert (yangzhou.start, yangzhou.end, yangzhou.start_time) == (
        dt.date(2027, 4, 12),
        dt.date(2027, 4, 13),
        dt.time(9),
    )
    assert yangzhou.zone == "Asia/Shanghai" and len(yangzhou.brief_on) == 1
    assert plan.stops[0].zone == "Europe/Rome"
    assert dialog.stops.when(yangzhou) == "12–13 Apr 2027 09:00"  # as the reader writes dates, not 2027-04-12
    assert dialog.plan_list.item(0).text() == "Spring exchange\n12 April 2027"
    # removing a stop with the Delete key
    dialog.stops.stop_list.setFocus()
    dialog.stops.stop_list.setCurrentRow(2)
    qtbot.keyClick(dialog.stops.stop_list, Qt.Key.Key_Delete)
    assert stop_ids(dialog) == ["nci-bologna", "yangzhou"]
    dialog.reject()  # closing keeps what was typed
    (plan,) = window.svc.user.plans.plans()
    assert [s.target.id for s in plan.stops] == ["nci-bologna", "yangzhou"]


def test_plans_are_duplicated_deleted_and_travel_as_files(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = plans_dialog(window)
    dialog.new_plan()
    dialog.title_edit.setText("Trip")
    type_and_add(dialog, qtbot, "Yangzhou")
    dialog.stops.dated.setChecked(True)
    dialog.stops.start_edit.setDate(QDate(2027, 5, 3))
    dialog.duplicate()
    assert [p.title for p in window.svc.user.plans.plans()] == ["Trip", "Trip (copy)"]
    assert dialog.plan.title == "Trip (copy)"
    dialog.delete(confirmed=True)
    assert [p.title for p in window.svc.user.plans.plans()] == ["Trip"]
    dialog.export_calendar(tmp_path / "trip.ics")
    (event,) = icalendar.Calendar.from_ical((tmp_path / "trip.ics").read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2027, 5, 3)
    dialog.export_plan(tmp_path / "trip.iurcplan", include_notes=False)
    assert json.loads((tmp_path / "trip.iurcplan").read_text(encoding="utf-8"))["plan"]["title"] == "Trip"
    dialog.reject()
    window.open_plan_file(tmp_path / "trip.iurcplan")  # what a double-click or a drop on the window does
    assert [p.title for p in window.svc.user.plans.plans()] == ["Trip", "Trip"]
    assert window.visit_plans_dialog.isVisible()


def test_a_hostile_plan_file_in_the_window_gets_one_message_and_changes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.iurcplan"
    bad.write_bytes(b'{"format": "iurc-desktop-plan", "schema_version": 1, "plan": {"title": "<b>x</b>\\u001b"}}')
    window.open_plan_file(bad)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "bad.iurcplan" in boxes[0].text() and "$.plan.title" in boxes[0].text()
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert window.svc.user.plans.plans() == []


def test_a_plan_pack_opens_with_the_agenda(window: MainWindow, qtbot: QtBot) -> None:
    from iurc_desktop.services.briefing.compose import SectionKind
    from iurc_desktop.ui.briefing_dialog import BriefingDialog

    dialog = plans_dialog(window)
    dialog.new_plan()
    type_and_add(dialog, qtbot, "Yangzhou")
    dialog.brief_button.click()
    packs = [d for d in window.briefing.dialogs if isinstance(d, BriefingDialog)]
    assert packs and [s.kind for s in packs[-1].selection.sections][:2] == [SectionKind.COVER, SectionKind.AGENDA]
    for d in window.briefing.dialogs:
        d.close()


def test_backup_and_restore_from_the_window(window: MainWindow, qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    window.svc.user.add_note(YANGZHOU, "Ask about the canal")
    assert window.user_data.back_up(tmp_path / "mine.iurcbackup")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / "catalogue.sqlite3").write_bytes((data_dir / "catalogue.sqlite3").read_bytes())
    ctx = AppContext.open(fresh)
    try:
        from iurc_desktop.services.user import UserDataService

        user = UserDataService(ctx.user, ctx.catalogue)
        window.services.user = user  # type: ignore[union-attr]
        window.user_data.restore(tmp_path / "mine.iurcbackup", confirm=True)  # read in the background
        qtbot.waitUntil(lambda: window.user_data.restored is not None)
        preview = window.user_data.restored
        assert preview is not None and window.user_data.summary(preview) == ["Notes: 1 added, 0 updated"]
        assert [n.body for n in user.notes()] == ["Ask about the canal"]
        window.user_data.restore(tmp_path / "mine.iurcbackup", confirm=True)
        qtbot.waitUntil(lambda: window.user_data.last_preview is not None)
        assert window.user_data.last_preview.empty  # type: ignore[union-attr]
        for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
            box.close()  # "nothing would change"
        window.user_data.restore(tmp_path / "nothing-here.iurcbackup", confirm=True)
        qtbot.waitUntil(
            lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert any("nothing-here.iurcbackup" in b.text() and "cannot be read" in b.text() for b in boxes)
    finally:
        ctx.close()


def test_notes_are_edited_in_place_and_a_delete_can_be_undone(window: MainWindow, qtbot: QtBot) -> None:
    detail = window.detail
    window.open_record(YANGZHOU)
    detail.note_edit.setFocus()
    qtbot.keyClicks(detail.note_edit, "Bring the figures")
    qtbot.keyClick(detail.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter adds
    assert [n.body for n in window.svc.user.notes(YANGZHOU)] == ["Bring the figures"]
    assert detail.note_edit.toPlainText() == ""
    item = detail.notes_list.item(0)
    detail.notes_list.setCurrentItem(item)
    rect = detail.notes_list.visualItemRect(item)
    qtbot.mouseClick(detail.notes_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(detail.notes_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert detail.editing is not None and detail.note_edit.toPlainText() == "Bring the figures"
    assert detail.add_note_button.text() == "Save note"
    qtbot.keyClicks(detail.note_edit, " of 2022")
    qtbot.mouseClick(detail.add_note_button, Qt.MouseButton.LeftButton)
    (note,) = window.svc.user.notes(YANGZHOU)
    assert note.body == "Bring the figures of 2022" and note.updated_at >= note.created_at
    assert detail.notes_list.count() == 1 and detail.notes_list.item(0).text().endswith("Bring the figures of 2022")
    detail.notes_list.setCurrentRow(0)
    qtbot.mouseClick(detail.delete_note_button, Qt.MouseButton.LeftButton)
    assert window.svc.user.notes(YANGZHOU) == [] and detail.undo_button.isVisible()
    qtbot.mouseClick(detail.undo_button, Qt.MouseButton.LeftButton)
    assert window.svc.user.notes(YANGZHOU) == [note]  # back with its own times and uid
    assert not detail.undo_button.isVisible()
    written = note.created_at - dt.timedelta(days=3)
    window.svc.user.restore_note(dataclasses.replace(note, created_at=written))
    window.open_record(YANGZHOU)
    shown = detail.notes_list.item(0).text()
    local = written.astimezone()
    day = format_date(local.date(), Lang.EN, "medium")
    assert shown.startswith(f"{day} {local:%H:%M}, edited ") and shown.endswith("— Bring the figures of 2022")


def test_tab_leaves_the_note_boxes(window: MainWindow, qtbot: QtBot) -> None:
    window.open_record(YANGZHOU)
    box = window.detail.note_edit
    box.setFocus()
    qtbot.keyClicks(box, "draft")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.toPlainText() == "draft" and not box.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert box.hasFocus()
    dialog = plans_dialog(window)
    dialog.new_plan()
    type_and_add(dialog, qtbot, "Yangzhou")
    for plain in (dialog.notes_edit, dialog.stops.note_edit):
        plain.setFocus()
        qtbot.keyClick(plain, Qt.Key.Key_Tab)
        assert "\t" not in plain.toPlainText() and not plain.hasFocus()
    # the dialog's Tab order follows the form: title → purpose → language
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    assert dialog.purpose_edit.hasFocus()
    qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Tab)
    assert dialog.lang_box.hasFocus()
