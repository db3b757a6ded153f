"""The map in the window, driven as a delegate would: the Map destination, clicks, keyboard, zoom, language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.ui.main_window import MainWindow
from iurc_desktop.ui.map_scene import MarkerItem
from iurc_desktop.ui.map_view import MapView
from tests.conftest import main_window_on

PLACES_WITH_COORDINATES = {"yangzhou", "nci-bologna", "guangzhou"}


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with main_window_on(qtbot, data_dir) as win:
        win.resize(1200, 800)
        qtbot.waitExposed(win)
        yield win


def open_map(win: MainWindow, qtbot: QtBot) -> MapView:
    win.navigation.select("map")
    qtbot.waitUntil(lambda: win.map_view.isVisible() and win.map_view.canvas.map_scene is not None)
    return win.map_view


def marker_point(view: MapView, place_id: str) -> QPoint:
    scene = view.canvas.map_scene
    assert scene is not None
    return view.canvas.mapFromScene(scene.markers[place_id].pos())


def test_the_map_destination_shows_every_place_with_coordinates(window: MainWindow, qtbot: QtBot) -> None:
    view = open_map(window, qtbot)
    scene = view.canvas.map_scene
    assert scene is not None
    assert set(scene.markers) == PLACES_WITH_COORDINATES
    assert [(a.start, a.end) for a in scene.model.arcs] == [("nci-bologna", "yangzhou")]
    assert not window.list_panel.isVisible() and not window.detail.isVisible()


def test_clicking_a_marker_opens_the_record(window: MainWindow, qtbot: QtBot) -> None:
    view = open_map(window, qtbot)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=marker_point(view, "guangzhou"))
    assert window.detail.key == RecordKey(Kind.PLACE, "guangzhou")
    assert window.detail.isVisible() and not view.isVisible()


def test_clicking_an_arc_opens_the_partnership(window: MainWindow, qtbot: QtBot) -> None:
    view = open_map(window, qtbot)
    scene = view.canvas.map_scene
    assert scene is not None
    arc = scene.arc_items[0]
    middle = arc.path().pointAtPercent(0.5)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=view.canvas.mapFromScene(middle))
    assert window.detail.key == RecordKey(Kind.PARTNERSHIP, "nci-bologna--yangzhou")


def test_tab_reaches_every_marker_and_enter_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    view = open_map(window, qtbot)
    view.canvas.setFocus()
    reached = []
    for _ in PLACES_WITH_COORDINATES:
        qtbot.keyClick(view.canvas, Qt.Key.Key_Tab)
        focused = view.canvas.map_scene.focusItem() if view.canvas.map_scene else None
        assert isinstance(focused, MarkerItem)
        assert view.canvas.accessibleName() == focused.marker.name
        reached.append(focused.marker.id)
    assert set(reached) == PLACES_WITH_COORDINATES
    assert reached[0] == "nci-bologna"  # west to east
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert window.detail.key == RecordKey(Kind.PLACE, reached[-1])


def test_keyboard_zoom_and_pan(window: MainWindow, qtbot: QtBot) -> None:
    view = open_map(window, qtbot)
    canvas = view.canvas
    start = canvas.scale_factor()
    qtbot.keyClicks(canvas, "++")
    qtbot.waitUntil(lambda: canvas.scale_factor() > start * 1.5)
    centre = canvas.mapToScene(canvas.viewport().rect().center())
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.mapToScene(canvas.viewport().rect().center()).x() > centre.x()
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    # the whole map fills the view again (measured against the view as it is now: the window may have settled
    # its layout since the map first opened, and the map follows its size)
    shown = canvas.mapFromScene(canvas.home).boundingRect()
    viewport = canvas.viewport().rect()
    assert viewport.adjusted(-3, -3, 3, 3).contains(shown)
    assert min(viewport.width() - shown.width(), viewport.height() - shown.height()) <= 4


def test_show_on_map_from_a_record_and_labels_follow_the_language(window: MainWindow, qtbot: QtBot) -> None:
    window.open_record(RecordKey(Kind.PLACE, "yangzhou"))
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    view = window.map_view
    assert view.isVisible()
    scene = view.canvas.map_scene
    assert scene is not None and scene.model.focus == ("yangzhou",)
    assert set(scene.markers) == {"yangzhou", "nci-bologna"}
    window.set_language(Lang.ZH)
    qtbot.waitUntil(lambda: window.map_view.canvas.map_scene is not None
                    and window.map_view.canvas.map_scene.model.lang is Lang.ZH)  # fmt: skip
    scene = window.map_view.canvas.map_scene
    assert scene is not None
    assert {m.name for m in scene.model.markers} == {"扬州", "博洛尼亚-伊莫拉新区"}
    visible = [label for label in scene.labels.values() if label.isVisible()]
    assert visible  # the subject is labelled at least


def test_the_plan_map_numbers_its_stops(window: MainWindow, qtbot: QtBot) -> None:
    view = window.map_view
    window.show_stops_on_map(("guangzhou", "nci-bologna", "yangzhou"))
    assert view.isVisible()
    scene = view.canvas.map_scene
    assert scene is not None
    assert {pid: item.marker.stop for pid, item in scene.markers.items()} == {
        "guangzhou": 1,
        "nci-bologna": 2,
        "yangzhou": 3,
    }


def test_show_on_map_from_the_record_page_and_from_a_visit_plan(window: MainWindow, qtbot: QtBot) -> None:
    from iurc_desktop.domain.user import PlanRef, Stop, VisitPlan

    window.open_record(RecordKey(Kind.PARTNERSHIP, "nci-bologna--yangzhou"))
    assert window.detail.map_button.isEnabled()
    qtbot.mouseClick(window.detail.map_button, Qt.MouseButton.LeftButton)
    scene = window.map_view.canvas.map_scene
    assert window.map_view.isVisible() and scene is not None
    assert [(a.start, a.end) for a in scene.model.arcs] == [("nci-bologna", "yangzhou")]
    window.open_record(RecordKey(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou"))
    assert not window.detail.map_button.isEnabled()  # a case study has no one place of its own
    stops = tuple(Stop(f"s{n}", PlanRef(Kind.PLACE, p)) for n, p in enumerate(("yangzhou", "guangzhou")))
    window.show_plan_on_map(VisitPlan(0, "Tour", stops=stops))
    scene = window.map_view.canvas.map_scene
    assert scene is not None and scene.model.route == ("yangzhou", "guangzhou")


def test_closing_on_the_map_reopens_on_the_list_and_the_record(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    window.navigation.select("places-china")
    window.open_record(RecordKey(Kind.PLACE, "yangzhou"))
    window.show_on_map()
    qtbot.waitUntil(window.map_view.isVisible)
    window.close()  # a record's map was showing when the window closed
    with main_window_on(qtbot, data_dir) as again:
        again.resize(1200, 800)
        qtbot.waitExposed(again)
        _navigation, listed, record, *_map = again.splitter.sizes()
        assert listed > 0 and record > 0
        assert again.list_panel.isVisible() and again.detail.isVisible()
