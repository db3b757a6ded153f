"""Keyboard order that matches what the eye sees, for every dialog of the app at once.

QDialogButtonBox places its buttons in the platform's order (on Linux: Help, actions, stretch, Cancel, OK), but
Tab follows the order the buttons were added in; so Tab jumped back left. `DialogTabOrder`, connected once to
the application's focusChanged, puts a dialog's button boxes in layout order whenever the focus comes into it
from outside (a dialog takes the focus as it is shown, before any key can be pressed in it). Not an application
event filter: that ran Python for every event of every widget, and the first events it saw made PySide6 build
the enum types of a hundred Qt classes (50 ms, just as the catalogue appeared).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget


def buttons_in_layout_order(box: QDialogButtonBox) -> list[QWidget]:
    layout = box.layout()
    if layout is None:
        return []
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisibleTo(box):
            found.append(widget)
    return found


def order_button_box(box: QDialogButtonBox) -> None:
    buttons = buttons_in_layout_order(box)
    for before, after in itertools.pairwise(buttons):
        QWidget.setTabOrder(before, after)


class DialogTabOrder(QObject):
    """Orders the button boxes of a dialog as the focus enters it (connected to QApplication.focusChanged)."""

    def focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if not isinstance(dialog, QDialog) or (old is not None and old.window() is dialog):
            return
        for box in dialog.findChildren(QDialogButtonBox):
            order_button_box(box)
