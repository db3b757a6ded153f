"""Test-only: walks the window through its screens for the accessibility audit (tests/test_a11y_atspi.py).

Started only when the environment names a handshake folder in IURC_A11Y_SCRIPT. For each screen the tour
writes `screen-N` (holding the screen's name) once the screen has settled, then waits for the auditor, which
reads the accessibility tree over AT-SPI, to write `done-N`. After the last screen it writes `finished` and
closes the window. Files rather than sockets: the auditor runs in another Python (the system's, for gi).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.ui.navigation import DESTINATIONS

if TYPE_CHECKING:
    from iurc_desktop.ui.main_window import MainWindow

SETTLE_MS = 400  # long enough for Qt to publish the new widgets on the accessibility bus
POLL_MS = 100
WAIT_LIMIT_MS = 120_000  # an auditor that went away must not keep the app open for ever


class ScreenTour(QObject):
    def __init__(self, window: MainWindow, folder: Path, lang: Lang) -> None:
        super().__init__(window)
        self.window, self.folder, self.lang = window, folder, lang
        self.steps: list[tuple[str, Callable[[], None]]] = []
        self.index = 0
        self.waited = 0

    def start(self) -> None:
        self.window.set_language(self.lang)
        self.steps = self._screens()
        QTimer.singleShot(SETTLE_MS, self._run_step)

    def _screens(self) -> list[tuple[str, Callable[[], None]]]:
        window = self.window
        steps: list[tuple[str, Callable[[], None]]] = [
            (f"destination {key}", partial(window.navigation.select, key)) for key in DESTINATIONS
        ]
        catalogue = window.svc.catalogue
        first: dict[Kind, str] = {}
        for kind in Kind:
            items = catalogue.list_items(kind, self.lang)
            if items:
                first[kind] = items[0].id
                key = RecordKey(kind, items[0].id)
                steps.append((f"record {kind.value}", partial(window.open_record, key)))
        if Kind.PLACE in first:
            query = catalogue.ref(Kind.PLACE, first[Kind.PLACE], self.lang).title
            steps.append(("search results", lambda: self._search(query)))
            steps.append(("briefing composer", lambda: self._composer(RecordKey(Kind.PLACE, first[Kind.PLACE]))))
        steps += [
            ("import dialog", window.import_update),
            ("visit plans", window.open_visit_plans),
            ("about", window.show_about),
        ]
        return steps

    def _search(self, query: str) -> None:
        self.window.search_box.setText(query)
        self.window.run_search()

    def _composer(self, key: RecordKey) -> None:
        self.window.open_record(key)
        self.window.open_briefing()

    def _run_step(self) -> None:
        for widget in QApplication.topLevelWidgets():  # the previous screen's dialog goes away first
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.index >= len(self.steps):
            (self.folder / "finished").write_text("", encoding="utf-8")
            self.window.close()
            return
        name, show = self.steps[self.index]
        show()
        QTimer.singleShot(SETTLE_MS, lambda: self._announce(name))

    def _announce(self, name: str) -> None:
        (self.folder / f"screen-{self.index}").write_text(name, encoding="utf-8")
        self.waited = 0
        QTimer.singleShot(POLL_MS, self._wait)

    def _wait(self) -> None:
        if (self.folder / f"done-{self.index}").exists():
            self.index += 1
            self._run_step()
        elif self.waited > WAIT_LIMIT_MS:
            self.window.close()
        else:
            self.waited += POLL_MS
            QTimer.singleShot(POLL_MS, self._wait)


def start_tour_if_asked(window: MainWindow) -> ScreenTour | None:
    import os

    folder = os.environ.get("IURC_A11Y_SCRIPT")
    if not folder:
        return None
    tour = ScreenTour(window, Path(folder), Lang.parse(os.environ.get("IURC_A11Y_LANG", "en")))
    tour.start()
    return tour
