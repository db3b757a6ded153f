"""The search results in the window, in three languages: count, kind, distinguishing detail, why a hit matched,
and a "did you mean" that can be clicked."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.lang import Lang
from iurc_desktop.ui.main_window import MainWindow
from iurc_desktop.ui.search_results import HTML_ROLE, SUGGESTION_LINK
from tests.conftest import search
from tests.test_gui import listed


@pytest.fixture
def window(shipped_window: MainWindow) -> MainWindow:
    return shipped_window


@pytest.mark.parametrize(
    ("lang", "count_word", "heading"),
    [
        (Lang.EN, "results", "Bari · Place · Italy"),
        (Lang.ZH, "个结果", "巴里 · 地方 · 意大利"),
        (Lang.PT, "resultados", "Bari · Local · Itália"),
    ],
)
def test_results_give_count_kind_and_country(
    window: MainWindow,
    qtbot: QtBot,
    lang: Lang,
    count_word: str,
    heading: str,
) -> None:
    window.set_language(lang)
    qtbot.wait(50)
    search(window, "Bari")
    assert count_word in window.list_panel.message.text()
    assert listed(window)[0] == heading


def test_a_near_miss_says_it_is_approximate(window: MainWindow) -> None:
    search(window, "Bejing")
    first = window.list_panel.results.index(0, 0)
    assert first.data().startswith("Beijing")
    assert "approximate: Beijing" in first.data(HTML_ROLE)
    assert "these are close" in window.list_panel.message.text()


def test_a_screen_reader_hears_why_a_hit_matched_and_a_bare_name_has_one_line(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    search(window, "Bejing")
    first = window.list_panel.results.index(0, 0)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == "Beijing · Place · China. approximate: Beijing"
    search(window, "Bari")
    bare = window.list_panel.results.index(0, 0)  # the place itself: its name is what matched
    assert bare.data(HTML_ROLE) == "<b>Bari</b> · Place · Italy"
    row = window.list_panel.view.sizeHintForRow(0)
    two_lines = next(
        window.list_panel.view.sizeHintForRow(r)
        for r in range(window.list_panel.results.rowCount())
        if "<br>" in window.list_panel.results.index(r, 0).data(HTML_ROLE)
    )
    assert row < two_lines


def test_the_suggestion_is_a_link_that_searches_for_it(window: MainWindow, qtbot: QtBot) -> None:
    window.set_language(Lang.ZH)
    qtbot.wait(50)
    search(window, "扬洲")
    message = window.list_panel.message.text()
    assert f"href='{SUGGESTION_LINK}扬州'" in message and "您是不是要找" in message
    window.list_panel.message.linkActivated.emit(f"{SUGGESTION_LINK}扬州")
    qtbot.waitUntil(lambda: window.search_box.text() == "扬州")
    qtbot.waitUntil(lambda: bool(listed(window)) and listed(window)[0].startswith("扬州"))


def test_traditional_input_says_it_was_folded(window: MainWindow, qtbot: QtBot) -> None:
    window.set_language(Lang.PT)
    qtbot.wait(50)
    search(window, "青島")
    assert "Tradicional → Simplificado: 青岛" in window.list_panel.results.index(0, 0).data(HTML_ROLE)


def test_painting_results_keeps_none_alive(window: MainWindow) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call; the results delegate gives
    them back, so painting a long list again and again never aborts the interpreter."""
    import sys

    search(window, "Beijing")
    view = window.list_panel.view
    view.grab()
    before = sys.getrefcount(None)
    for _ in range(50):
        view.grab()  # paints every visible row (grab returns a pixmap: no void call of its own)
    assert sys.getrefcount(None) >= before - 10
