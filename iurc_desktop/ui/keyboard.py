"""Keyboard order that matches what the eye sees, for every dialog of the app at once.

QDialogButtonBox places its buttons in the platform's order (on Linux: Help, actions, stretch, Cancel, OK), but
Tab follows the order the buttons were added in; so Tab jumped back left. `DialogTabOrder`, installed once on
the application, puts each dialog's button boxes in layout order the first time the dialog is shown.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject
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
    """Application event filter: orders the button boxes of any dialog as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            for box in watched.findChildren(QDialogButtonBox):
                order_button_box(box)
        return False
