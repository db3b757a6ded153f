"""Keyboard use: Tab visits every control of every screen and dialog in reading order, nothing traps it, the focus
stays visible, Escape closes dialogs, and record links in the reading pane are reached with Tab and open with Enter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QGraphicsView, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.ui.main_window import MainWindow
from tests.conftest import main_window_on
from tests.keyboard_walk import judge, label, tab_through

YANGZHOU = RecordKey(Kind.PLACE, "yangzhou")


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with main_window_on(qtbot, data_dir) as win:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        yield win


def settle(qtbot: QtBot, top: QWidget) -> None:
    top.activateWindow()
    qtbot.waitUntil(lambda: top.isActiveWindow() and QApplication.focusWidget() is not None)


@pytest.mark.parametrize("destination", ["places-china", "timeline", "webinars", "favourites", "map"])
def test_tab_visits_the_main_window_in_reading_order(window: MainWindow, qtbot: QtBot, destination: str) -> None:
    window.open_record(YANGZHOU)
    window.navigation.select(destination)
    settle(qtbot, window)
    window.focus_search()  # the first control in reading order: the toolbar's search box
    walk = tab_through(window)
    assert judge(window, walk) == [], [label(w) for w in walk.stops]
    if destination != "map":  # the map takes the record pane's place
        assert window.detail.add_note_button in walk.stops  # past the note box, which once kept Tab
    if destination == "map":
        assert any(isinstance(w, QGraphicsView) for w in walk.stops)  # the map is a stop, and Tab leaves it again


def dialogs(window: MainWindow) -> dict[str, Callable[[], None]]:
    return {
        "briefing composer": window.open_briefing,
        "import": window.import_update,
        "visit plans": window.open_visit_plans,
        "about": window.show_about,
    }


@pytest.mark.parametrize("name", ["briefing composer", "import", "visit plans", "about"])
def test_every_dialog_tabs_in_order_and_closes_with_escape(window: MainWindow, qtbot: QtBot, name: str) -> None:
    window.open_record(YANGZHOU)
    before = set(QApplication.topLevelWidgets())
    dialogs(window)[name]()
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible() and w not in before]
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.waitExposed(dialog)
    settle(qtbot, dialog)
    walk = tab_through(dialog)
    assert judge(dialog, walk) == [], [label(w) for w in walk.stops]
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_record_links_are_reached_with_tab_and_open_with_enter(window: MainWindow, qtbot: QtBot) -> None:
    window.open_record(YANGZHOU)
    browser: QTextBrowser = window.detail.browser
    browser.setFocus()
    settle(qtbot, window)
    for _ in range(20):
        QTest.keyClick(browser, Qt.Key.Key_Tab)
        if browser.textCursor().charFormat().isAnchor() or browser.textCursor().hasSelection():
            break
    assert browser.hasFocus() and browser.textCursor().hasSelection()
    QTest.keyClick(browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.key != YANGZHOU)
    assert window.history_index == 1


def test_a_dialog_opened_any_time_gets_its_buttons_in_layout_order(window: MainWindow, qtbot: QtBot) -> None:
    """Buttons added in another order than the platform lays them out (Help first, OK last): Tab must follow
    the layout, as the eye does."""
    from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

    from iurc_desktop.ui.keyboard import buttons_in_layout_order

    role = QDialogButtonBox.ButtonRole
    for _opening in range(2):  # and again for a second dialog
        dialog = QDialog(window)
        buttons = QDialogButtonBox()
        for text, button_role in (("Help", role.HelpRole), ("Cancel", role.RejectRole), ("OK", role.AcceptRole)):
            buttons.addButton(text, button_role)
        QVBoxLayout(dialog).addWidget(buttons)
        dialog.open()
        settle(qtbot, dialog)
        order = buttons_in_layout_order(buttons)
        assert len(order) == 3
        assert [label(w) for w in order] != ["Help", "Cancel", "OK"]  # the case worth testing: they differ
        order[0].setFocus()
        visited = [order[0]]
        for _press in range(2):
            focused = QApplication.focusWidget()
            assert focused is not None
            QTest.keyClick(focused, Qt.Key.Key_Tab)
            visited.append(QApplication.focusWidget())  # type: ignore[arg-type]
        assert visited == order
        dialog.reject()
