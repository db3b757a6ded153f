"""Tab through a window as a keyboard user does and judge what happened (used by tests/test_a11y_keyboard.py)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsView, QTextBrowser, QWidget

ROW_TOLERANCE = 12  # pixels: widgets on one visual row rarely share a top edge exactly
MAX_PRESSES = 400


@dataclass
class TabWalk:
    """The focus stops of one full Tab cycle, and every problem seen on the way."""

    stops: list[QWidget] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def label(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown_text = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or shown_text or widget.objectName() or '?'})"


def state(widget: QWidget | None) -> tuple[int, int]:
    """Where focus is: the widget, and inside it the link (text browser) or the item (map) it is on."""
    if widget is None:
        return (0, 0)
    inner = 0
    if isinstance(widget, QTextBrowser):
        inner = widget.textCursor().selectionStart()
    elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
        inner = id(widget.scene().focusItem())
    return (id(widget), inner)


def rect_in(top: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def in_reading_order(top: QWidget, before: QWidget, after: QWidget) -> bool:
    """AFTER reads after BEFORE: lower down, or right of it on the same row, or in a column further right."""
    a, b = rect_in(top, before), rect_in(top, after)
    if abs(a.top() - b.top()) <= ROW_TOLERANCE:
        return b.left() >= a.left()
    return b.top() > a.top() or b.left() >= a.right() - ROW_TOLERANCE


def on_screen(widget: QWidget) -> bool:
    """Some of WIDGET is within every ancestor (a scroll area's viewport for its content), so it can be seen.
    (Not visibleRegion(): that leaves out what opaque children such as a scroll area's viewport cover.)"""
    if not widget.isVisible():
        return False
    top = widget.window()
    area = rect_in(top, widget)
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        clip = parent.viewport() if isinstance(parent, QAbstractScrollArea) else parent
        area = area.intersected(rect_in(top, clip))
        parent = parent.parentWidget()
    return not area.intersected(top.rect()).isEmpty()


shown = on_screen  # the focused widget is on screen, not scrolled away inside its scroll area


def tab_through(top: QWidget) -> TabWalk:
    """Presses Tab from the window's current focus until focus comes back to where it started."""
    walk = TabWalk()
    first = QApplication.focusWidget()
    if first is None:
        walk.problems.append("nothing has focus")
        return walk
    current = first
    for _ in range(MAX_PRESSES):
        if not walk.stops or walk.stops[-1] is not current:
            walk.stops.append(current)
        if not shown(current):
            walk.problems.append(f"{label(current)} has focus but is not visible")
        before = state(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not top:
            walk.problems.append(f"Tab from {label(current)} left the window")
            return walk
        if state(focused) == before:
            walk.problems.append(f"{label(current)} keeps the focus on Tab (a trap)")
            return walk
        if focused is first and current is not first:  # round: back at the start from another widget
            return walk
        current = focused
    walk.problems.append("Tab never came back to where it started")
    return walk


def tab_stops_expected(top: QWidget) -> set[QWidget]:
    """Every visible, enabled widget of TOP a keyboard user should be able to reach with Tab."""
    return {
        w
        for w in top.findChildren(QWidget)
        if w.window() is top
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and on_screen(w)
    }


def judge(top: QWidget, walk: TabWalk) -> list[str]:
    problems = list(walk.problems)
    missing = tab_stops_expected(top) - set(walk.stops)
    problems += [f"{label(w)} cannot be reached with Tab" for w in sorted(missing, key=label)]
    for before, after in itertools.pairwise(walk.stops):
        if not in_reading_order(top, before, after):
            problems.append(f"Tab goes from {label(before)} back up/left to {label(after)}")
    return problems
