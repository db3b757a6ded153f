"""The comforts driven as a delegate would: F1, each dialog's Help, Preferences through a restart, recent records,
the first-run welcome, and the message after saving a pack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from iurc_desktop import __version__
from iurc_desktop.app import build_main_window, make_application
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.i18n import LanguageSwitcher
from iurc_desktop.ui.main_window import MainWindow

YANGZHOU = RecordKey(Kind.PLACE, "yangzhou")
GUANGZHOU = RecordKey(Kind.PLACE, "guangzhou")
Opener = Callable[[], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[Opener]:
    """Each call is a fresh start of the app on the same data folder (the previous window closed first)."""
    app = make_application([])
    switcher = LanguageSwitcher(app)
    opened: list[tuple[MainWindow, AppContext]] = []

    def close_last() -> None:
        if opened and opened[-1][0].isVisible():
            opened[-1][0].close()
            opened[-1][1].close()

    def start() -> MainWindow:
        close_last()
        ctx = AppContext.open(data_dir)
        win = build_main_window(ctx, switcher, BackgroundRunner())
        qtbot.addWidget(win)
        win.show()
        opened.append((win, ctx))
        return win

    yield start
    close_last()
    switcher.switch(Lang.EN)


class UrlCatcher(QObject):
    """Stands in for the desktop's file manager: QDesktopServices hands file URLs here instead."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls() -> Iterator[list[QUrl]]:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")  # type: ignore[arg-type]  # PySide wants str at run time
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def help_button(dialog: QWidget) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Help)
    assert button is not None
    return button


def test_f1_opens_the_guide_in_the_interface_language_and_follows_a_switch(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    win.set_language(Lang.ZH)
    qtbot.waitUntil(lambda: win.windowTitle() != "IURC Desktop")
    qtbot.keyClick(win, Qt.Key.Key_F1)
    guide = win.comforts.help_window
    assert guide is not None and guide.isVisible()
    assert guide.section_title() == "入门"
    assert "随身携带" in guide.browser.toPlainText()
    win.set_language(Lang.PT)
    qtbot.waitUntil(lambda: guide.section_title() == "Primeiros passos")
    assert "Três maneiras de começar" in guide.browser.toPlainText()


def test_the_guide_search_filters_sections_and_says_when_nothing_matches(open_window: Opener, qtbot: QtBot) -> None:
    guide = open_window().show_help()
    qtbot.keyClicks(guide.search_box, "signature")
    titles = [guide.contents.item(i).text() for i in range(guide.contents.count())]
    assert titles[0] == "Data updates and signatures"
    qtbot.keyClick(guide.search_box, Qt.Key.Key_Return)
    assert guide.current_id == "updates"
    guide.search_box.setText("qwertyuiop")
    assert guide.contents.count() == 0 and not guide.empty.isHidden()
    assert "qwertyuiop" in guide.empty.text()


def test_each_dialogs_help_button_opens_its_section(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    win.open_record(YANGZHOU)
    opened: list[tuple[QWidget, str]] = []
    win.import_update()
    opened.append((win.import_dialog, "updates"))
    win.open_visit_plans()
    opened.append((win.visit_plans_dialog, "plans"))
    win.show_about()
    opened.append((win.about_dialog, "about"))
    preferences = win.comforts.open_preferences()
    assert preferences is not None
    opened.append((preferences, "preferences"))
    win.open_briefing()
    opened.append((win.briefing.dialogs[-1], "packs"))
    for dialog, section in opened:
        help_button(dialog).click()
        guide = win.comforts.help_window
        assert guide is not None and guide.current_id == section, section
        dialog.close()


def test_preferences_round_trip_every_setting_through_a_restart(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    dialog = win.comforts.open_preferences()
    assert dialog is not None
    dialog.interface_box.setCurrentIndex(dialog.interface_box.findData("pt"))
    dialog.pack_box.setCurrentIndex(dialog.pack_box.findData("zh"))
    dialog.second_box.setCurrentIndex(dialog.second_box.findData("en"))
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    dialog.notes_check.setChecked(False)
    dialog.channel_edit.setText("https://updates.example.org/iurc/feed.json")
    dialog.daily_check.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: win.windowTitle() == "IURC Desktop" and win.file_menu.title() == "&Ficheiro")
    win = open_window()
    assert win.lang is Lang.PT and win.file_menu.title() == "&Ficheiro"
    again = win.comforts.open_preferences()
    assert again is not None
    shown = again.chosen()
    assert (shown.language, shown.pack_lang, shown.pack_second_lang) == (Lang.PT, Lang.ZH, Lang.EN)
    assert (shown.paper, shown.include_notes, shown.daily_check) == ("letter", False, True)
    assert shown.channel_url == "https://updates.example.org/iurc/feed.json"
    assert win.svc.updates.channel_url() == "https://updates.example.org/iurc/feed.json"
    assert again.folder_edit.text() == str(win.svc.updates.paths.data_dir)
    win.open_record(YANGZHOU)
    win.open_briefing()
    composer = win.briefing.dialogs[-1]
    options = composer.current_options()  # type: ignore[attr-defined]
    assert (options.lang, options.second_lang, options.paper, options.include_notes) == (
        Lang.ZH, Lang.EN, "letter", False)  # fmt: skip


def test_open_folder_and_backup_from_preferences(open_window: Opener, opened_urls: list[QUrl], tmp_path: Path) -> None:
    win = open_window()
    dialog = win.comforts.open_preferences()
    assert dialog is not None
    dialog.open_folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened_urls] == [win.svc.updates.paths.data_dir]
    assert dialog.back_up is not None and win.user_data.back_up(tmp_path / "mine.iurcbackup")
    assert (tmp_path / "mine.iurcbackup").stat().st_size > 0


def test_recent_records_survive_a_restart_and_can_be_cleared(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    win.comforts.recent_menu.refill()
    assert not win.comforts.recent_menu.actions()[0].isEnabled()  # says why it is empty
    win.open_record(GUANGZHOU)
    win.open_record(YANGZHOU)
    win = open_window()
    menu = win.comforts.recent_menu
    menu.refill()
    assert [a.text() for a in menu.actions()] == ["&1 Yangzhou", "&2 Guangzhou"]
    menu.actions()[1].trigger()
    assert win.detail.key == GUANGZHOU
    quick = win.comforts.open_quick_open()
    assert quick.visible_titles() == ["Guangzhou", "Yangzhou"]
    qtbot.keyClicks(quick.filter_edit, "yang")
    assert quick.visible_titles() == ["Yangzhou"]
    qtbot.keyClick(quick.filter_edit, Qt.Key.Key_Return)
    assert win.detail.key == YANGZHOU
    preferences = win.comforts.open_preferences()
    assert preferences is not None
    preferences.clear_recent_button.click()
    preferences.reject()
    win = open_window()
    win.comforts.recent_menu.refill()
    assert [a.isEnabled() for a in win.comforts.recent_menu.actions()] == [False]


def test_quick_open_lists_favourites_and_says_why_it_is_empty(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    quick = win.comforts.open_quick_open()
    assert quick.visible_titles() == [] and "Nothing to open yet" in quick.empty.text()
    quick.close()
    win.svc.user.set_favourite(GUANGZHOU, True)
    assert win.comforts.open_quick_open().visible_titles() == ["★ Guangzhou"]


def test_the_welcome_shows_on_the_first_start_only(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    welcome = win.comforts.welcome
    assert welcome.isVisible() and welcome.mode == "welcome"
    text = welcome.text.toPlainText()
    assert "Catalogue 2026.1 of 15 January 2026" in text or "2026.1" in text
    assert "Nothing needs a network" in text
    welcome.close_button.click()
    assert not welcome.isVisible()
    win = open_window()
    assert not win.comforts.welcome.isVisible()
    win.comforts.welcome_action.trigger()  # Help › Welcome
    assert win.comforts.welcome.isVisible() and win.comforts.welcome.mode == "welcome"


def test_the_welcome_follows_the_interface_language(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    win.set_language(Lang.ZH)
    qtbot.waitUntil(lambda: "欢迎" in win.comforts.welcome.text.toPlainText())


def test_whats_new_shows_once_after_an_upgrade(open_window: Opener, qtbot: QtBot) -> None:
    win = open_window()
    win.svc.user.settings.update(seen_version="0.1.0")  # as an earlier version left it
    win = open_window()
    assert win.comforts.welcome.isVisible() and win.comforts.welcome.mode == "whats-new"
    assert __version__ in win.comforts.welcome.text.toPlainText()
    win = open_window()
    assert not win.comforts.welcome.isVisible()


def test_saving_a_pack_offers_open_and_show_in_folder_and_remembers_the_folder(
    open_window: Opener, qtbot: QtBot, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    win = open_window()
    win.open_record(YANGZHOU)
    win.open_briefing()
    composer = win.briefing.dialogs[-1]
    target = tmp_path / "packs" / "yangzhou.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(composer.pack_ready, timeout=60000):  # type: ignore[attr-defined]
        composer.save_to(target)  # type: ignore[attr-defined]
    box = composer.saved_box  # type: ignore[attr-defined]
    qtbot.waitUntil(box.isVisible)
    box.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened_urls] == [target.parent]
    assert win.svc.user.settings.load().last_save_dir == str(target.parent)
    QApplication.processEvents()
