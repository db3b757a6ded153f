"""Lists that read right: the timeline, filters that stay in their list, counts, empty states, history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.ui.main_window import MainWindow
from tests.conftest import main_window_on
from tests.test_gui import listed


@pytest.fixture(scope="module")
def real_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("real")
    AppContext.open(folder).close()  # installs the shipped catalogue once
    return folder


@pytest.fixture
def window(qtbot: QtBot, real_dir: Path) -> Iterator[MainWindow]:
    with main_window_on(qtbot, real_dir) as win:
        yield win


def test_back_and_forward_start_disabled_and_the_list_follows_them(window: MainWindow) -> None:
    window.history.clear()
    window.history_index = -1
    window._update_history_actions()
    assert not window.back_action.isEnabled() and not window.forward_action.isEnabled()
    window.navigation.select("places-china")
    window.open_record(RecordKey(Kind.PLACE, "zhengzhou"))
    window.open_record(RecordKey(Kind.PLACE, "yangzhou"))
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()
    window.go_back()
    current = window.list_panel.view.currentIndex()
    assert current.data() == "Zhengzhou" and window.forward_action.isEnabled()


def test_a_filter_chosen_in_one_list_does_not_narrow_the_next(window: MainWindow) -> None:
    window.navigation.select("places-europe")
    bar = window.list_panel.facet_bar
    bar.country_box.setCurrentIndex(bar.country_box.findData("IT"))
    assert bar.clear_button.isVisibleTo(window) and " of " in window.list_panel.count_label.text()
    window.navigation.select("places-other")
    window.navigation.select("places-europe")
    assert bar.facets().country is None
    assert " of " not in window.list_panel.count_label.text()


def test_the_timeline_lists_every_event_by_year_with_type_and_place_filters(window: MainWindow) -> None:
    window.navigation.select("timeline")
    rows = listed(window)
    assert rows[0].isdigit() and "2023" in rows
    visits = [r for r in rows if "Study visit" in r]
    assert len(visits) == len(set(visits)) > 5  # two study visits never read the same
    bar = window.list_panel.facet_bar
    bar.type_box.setCurrentIndex(bar.type_box.findData("webinar"))
    assert all("Webinar" in r for r in listed(window) if not r.isdigit())
    bar.place_box.setCurrentIndex(bar.place_box.findData("zhengzhou"))
    assert 0 < len([r for r in listed(window) if not r.isdigit()]) < len(visits) + 20


def test_partnerships_split_into_eu_china_and_other_pairs(window: MainWindow) -> None:
    window.navigation.select("partnerships")
    bar = window.list_panel.facet_bar
    bar.type_box.setCurrentIndex(bar.type_box.findData("eu-china"))
    shown = listed(window)
    assert "Lazio Region – Zhengzhou" in shown and not any("Brisbane" in s for s in shown)


def test_an_empty_list_says_what_to_do(window: MainWindow) -> None:
    window.navigation.select("favourites")
    assert "Add to favourites" in window.list_panel.message.text()
    assert window.list_panel.message.isVisibleTo(window)


def test_chinese_lists_are_in_pinyin_order(window: MainWindow, qtbot: QtBot) -> None:
    window.set_language(Lang.ZH)
    qtbot.waitUntil(lambda: window.windowTitle() == "IURC 桌面版")
    window.navigation.select("places-china")
    names = listed(window)
    assert names.index("北京") < names.index("长春") < names.index("成都")
