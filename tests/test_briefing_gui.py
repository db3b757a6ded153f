"""The pack's windows as a delegate uses them: preview controls, a composer that keeps its work, saved packs,
thematic packs from Ctrl+P."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from iurc_desktop.app import build_main_window, make_application
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.briefing.compose import BriefingSubject, SectionKind
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.user import UserDataService
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.briefing_dialog import BriefingDialog
from iurc_desktop.ui.composer_state import ComposerMemory
from iurc_desktop.ui.i18n import LanguageSwitcher
from iurc_desktop.ui.main_window import MainWindow
from iurc_desktop.ui.saved_packs import SavedPacksDialog

SUBJECT = BriefingSubject(places=("zhengzhou",))


@pytest.fixture(scope="module")
def real_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("real")
    AppContext.open(folder).close()  # installs the shipped catalogue once
    return folder


@pytest.fixture
def ctx(real_dir: Path, tmp_path: Path) -> Iterator[AppContext]:
    shutil.copytree(real_dir, tmp_path / "data")  # each test its own notes and saved packs
    context = AppContext.open(tmp_path / "data")
    yield context
    context.close()


@pytest.fixture
def user(ctx: AppContext) -> UserDataService:
    return UserDataService(ctx.user, ctx.catalogue)


def composer(
    qtbot: QtBot,
    ctx: AppContext,
    user: UserDataService,
    subject: BriefingSubject = SUBJECT,
    memory: ComposerMemory | None = None,
    state: dict[str, object] | None = None,
    lang: Lang = Lang.EN,
) -> BriefingDialog:
    service = BriefingService(ctx.catalogue)
    dialog = BriefingDialog(
        service, ctx.catalogue, BackgroundRunner(), service.propose(subject), lang, user.save_selection,
        state=state, memory=memory,
    )  # fmt: skip
    dialog.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(dialog)
    return dialog


def top(dialog: BriefingDialog, kind: SectionKind) -> int:
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None].index(kind.value)


def test_preview_zooms_and_pages_and_fits_the_screen(qtbot: QtBot, ctx: AppContext, user: UserDataService) -> None:
    dialog = composer(qtbot, ctx, user)
    with qtbot.waitSignal(dialog.pack_ready, timeout=60000):
        dialog.preview()
    preview = dialog.preview_window
    qtbot.waitExposed(preview)
    screen = preview.screen().availableGeometry()
    assert preview.height() <= screen.height() and preview.width() <= screen.width()
    assert preview.document.pageCount() > 5
    preview.zoom_in()
    assert preview.view.zoomMode() is QPdfView.ZoomMode.Custom
    bigger = preview.view.zoomFactor()
    preview.zoom_out()
    assert preview.view.zoomFactor() < bigger
    preview.fit_page()
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitInView
    preview.fit_width()
    assert preview.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    preview.next_action.trigger()
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    preview.page_box.setValue(4)
    assert preview.current_page() == 3
    preview.previous_action.trigger()
    assert preview.current_page() == 2
    assert preview.next_action.shortcut().toString() == "PgDown"
    assert preview.print_action.shortcuts()


def test_composer_keeps_its_work_across_close_and_reopen(qtbot: QtBot, ctx: AppContext, user: UserDataService) -> None:
    memory = ComposerMemory()
    first = composer(qtbot, ctx, user, memory=memory)
    first.show()
    glossary = first.tree.topLevelItem(top(first, SectionKind.GLOSSARY))
    assert glossary is not None
    glossary.setCheckState(0, Qt.CheckState.Unchecked)
    people = first.tree.topLevelItem(top(first, SectionKind.PEOPLE))
    assert people is not None
    first.tree.setCurrentItem(people)
    first._move(-2)
    first.paper_box.setCurrentIndex(first.paper_box.findData("letter"))
    first.lang_box.setCurrentIndex(2)
    kept = first.state()
    asked: list[bool] = []
    first.ask_to_save = lambda: asked.append(True) or QMessageBox.StandardButton.Cancel  # type: ignore[func-returns-value]
    first.reject()
    assert asked and first.isVisible()  # Cancel: still open
    first.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    first.reject()
    again = composer(qtbot, ctx, user, memory=memory)
    assert again.state() == kept
    assert again.start_again_button.isVisibleTo(again)
    again.start_again()
    assert again.state()["sections"] != kept["sections"]
    other = composer(qtbot, ctx, user, BriefingSubject(places=("yangzhou",)), memory=memory)
    assert other.state()["paper"] == "a4"  # another subject starts afresh


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    qtbot: QtBot, ctx: AppContext, user: UserDataService
) -> None:
    dialog = composer(qtbot, ctx, user)
    dialog.show()
    dialog.reject()  # nothing changed: no question
    assert not dialog.isVisible()
    dialog = composer(qtbot, ctx, user)
    dialog.show()
    dialog.title_edit.setText("May visit")
    dialog.ask_to_save = lambda: QMessageBox.StandardButton.Cancel
    dialog.reject()
    assert dialog.isVisible()
    dialog.save_named("May visit")
    dialog.ask_to_save = lambda: QMessageBox.StandardButton.Cancel
    dialog.reject()  # saved: closes without asking
    assert not dialog.isVisible()


def test_a_language_switch_alone_is_no_change_to_save(qtbot: QtBot, ctx: AppContext, user: UserDataService) -> None:
    memory = ComposerMemory()
    first = composer(qtbot, ctx, user, memory=memory, lang=Lang.PT)
    first.show()
    first.reject()
    again = composer(qtbot, ctx, user, memory=memory, lang=Lang.ZH)  # the same visit, the window now in Chinese
    again.show()
    asked: list[bool] = []
    again.ask_to_save = lambda: asked.append(True) or QMessageBox.StandardButton.Cancel  # type: ignore[func-returns-value]
    again.reject()
    assert not asked and not again.isVisible()


def test_saved_packs_open_rename_delete_and_list_what_disappeared(
    qtbot: QtBot, ctx: AppContext, user: UserDataService
) -> None:
    dialog = composer(qtbot, ctx, user)
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("pocket"))
    dialog.save_named("Zhengzhou pocket")
    saved = user.selections()[0]
    payload: dict[str, Any] = dict(saved.payload)
    state: dict[str, Any] = dict(payload["composer"])
    sections = [dict(s) for s in state["sections"]]
    sections[-1]["records"] = [*sections[-1]["records"], ["person", "gone-person", True, "Dr Gone"]]
    user.save_selection("Zhengzhou pocket", {**payload, "composer": {**state, "sections": sections}})
    packs = SavedPacksDialog(user)
    qtbot.addWidget(packs)
    assert packs.names() == ["Zhengzhou pocket"]
    assert packs.rename_current("Car brief")
    assert packs.names() == ["Car brief"]
    with qtbot.waitSignal(packs.open_requested) as opened:
        packs.open_current()
    reopened = composer(qtbot, ctx, user, state=opened.args[0]["composer"])
    assert reopened.template_box.currentData() == "pocket"
    assert reopened.missing == ["Dr Gone"] and "Dr Gone" in reopened.missing_label.text()
    packs.delete_current(confirmed=True)
    assert packs.names() == [] and packs.empty.isVisibleTo(packs)


def test_saved_packs_are_listed_with_their_local_time_as_the_reader_writes_it(
    qtbot: QtBot, ctx: AppContext, user: UserDataService
) -> None:
    import datetime as dt

    composer(qtbot, ctx, user).save_named("Zhengzhou")
    ((_selection, saved_at),) = user.selections_with_times()
    local = dt.datetime.fromisoformat(saved_at).astimezone()  # kept in UTC
    packs = SavedPacksDialog(user, lang=Lang.PT)
    qtbot.addWidget(packs)
    item = packs.list.item(0)
    assert item is not None
    assert item.text() == f"Zhengzhou  —  {local:%d/%m/%Y, %H:%M:%S}"  # Portugal's day/month/year
    assert packs.names() == ["Zhengzhou"]


def test_a_cluster_pack_has_the_clusters_webinars(
    qtbot: QtBot, ctx: AppContext, user: UserDataService, tmp_path: Path
) -> None:
    cluster = RecordKey(Kind.CLUSTER, "circular-economy")
    dialog = composer(qtbot, ctx, user, BriefingSubject(theme=cluster))
    webinars = dialog.tree.topLevelItem(top(dialog, SectionKind.WEBINARS))
    assert webinars is not None and webinars.childCount() > 0
    name = webinars.child(0).text(0)  # type: ignore[union-attr]
    target = tmp_path / "theme.pdf"
    with qtbot.waitSignal(dialog.pack_ready, timeout=60000):
        dialog.generate(target, lambda _result: None)
    text = " ".join((page.extract_text() or "").replace("\n", " ") for page in PdfReader(target).pages)
    assert name[:25] in text and "Visit briefing" not in text


@pytest.fixture
def window(qtbot: QtBot, real_dir: Path) -> Iterator[MainWindow]:
    app = make_application([])
    context = AppContext.open(real_dir)
    switcher = LanguageSwitcher(app)
    win = build_main_window(context, switcher, BackgroundRunner())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    context.close()


def test_ctrl_p_is_there_for_themes_and_says_why_not_elsewhere(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.services is not None, timeout=30000)
    window.open_record(RecordKey(Kind.CLUSTER, "circular-economy"))
    assert window.brief_action.isEnabled()
    programme = window.svc.catalogue.records(Kind.PROGRAMME)[0]
    window.open_record(RecordKey(Kind.PROGRAMME, programme.id))
    assert not window.brief_action.isEnabled()
    assert "networks, clusters and challenges" in window.brief_action.toolTip()
