"""Telling a screen reader what just happened where the eye would look: counts, progress, "saved".

An announcement is both an accessibility event (QAccessibleAnnouncementEvent; on Linux the AT-SPI
`object:announcement` signal Orca speaks) and a message in the main window's status bar, so what is said
is also seen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_MS = 10_000


def main_window_of(widget: QWidget) -> QMainWindow | None:
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, QMainWindow):
            return current
        current = current.parentWidget()
    return None


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Says TEXT on behalf of WIDGET (politely: after what is being read, unless URGENT) and shows it."""
    # here, not at the top: PySide6 makes its classes on first import, and nothing is said before the first paint
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
    window = main_window_of(widget)
    if window is not None:
        window.statusBar().showMessage(text, STATUS_MS)


class ProgressAnnouncer:
    """Announces a long job's progress in quarters, not at every step a screen reader could not keep up with."""

    def __init__(self, widget: QWidget, template: str) -> None:
        self.widget, self.template = widget, template  # template: "… %1 % …"
        self.last_quarter = -1

    def reset(self) -> None:
        self.last_quarter = -1

    def update(self, done: int, total: int) -> None:
        if total <= 0:
            return
        quarter = min(4, done * 4 // total)
        if quarter != self.last_quarter:
            self.last_quarter = quarter
            announce(self.widget, self.template.replace("%1", str(quarter * 25)))
