"""Recent records: the *File › Recent* submenu (and the entries the Ctrl+E quick-open list shows, in
`quick_open.py`: a dialog's widgets are not loaded before the window's first paint)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from iurc_desktop.domain.record_key import RecordKey

KEY_ROLE = Qt.ItemDataRole.UserRole
MENU_SIZE = 10


@dataclass(frozen=True)
class Entry:
    key: RecordKey
    title: str  # in the interface language (or the name saved when the record was opened, if it went away)
    favourite: bool = False
    recent: bool = False


class RecentMenu(QMenu):
    """Filled each time it opens, so it always shows what is in the user database now."""

    def __init__(self, entries: Callable[[], list[Entry]], chosen: Callable[[RecordKey], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.entries, self.chosen = entries, chosen
        self.aboutToShow.connect(self.refill)

    def refill(self) -> None:
        self.clear()
        recent = [e for e in self.entries() if e.recent][:MENU_SIZE]
        if not recent:
            empty = self.addAction(self.tr("No recent records yet: the records you open appear here."))
            empty.setEnabled(False)
            return
        for number, entry in enumerate(recent, 1):
            # &1…&9 and &0: the tenth is reached by its underlined 0 as in other applications' recent lists
            action = QAction(f"&{number % 10} {entry.title.replace('&', '&&')}", self)
            action.triggered.connect(lambda _checked=False, key=entry.key: self.chosen(key))
            self.addAction(action)
