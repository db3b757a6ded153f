"""The daily update check: if the delegate enabled it, ask the update channel at most once a day, in the
background, and say in the status bar when a newer catalogue is available."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from iurc_desktop.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from iurc_desktop.services.updates.service import UpdateService

log = logging.getLogger("iurc_desktop.ui.updates")


class DailyUpdateCheck(QObject):
    """If the delegate enabled it: ask the update channel, at most once a day, in the background."""

    available = Signal(str)  # a message for the status bar

    def __init__(self, updates: UpdateService, runner: BackgroundRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.updates, self.runner = updates, runner

    def start_if_due(self) -> bool:
        from iurc_desktop.services.updates.channel import check_due

        url = self.updates.channel_url()
        if not url or not self.updates.daily_check() or not check_due(self.updates.last_check()):
            return False
        task = self.runner.start(lambda _progress, _cancel: self._newer_version(url))
        task.signals.finished.connect(self._finished)
        # unasked-for, so a refused network or a bad feed stays out of the way: the log has it
        task.signals.failed.connect(lambda error: log.info("daily update check failed: %s", error))
        return True

    def _newer_version(self, url: str) -> str | None:
        from iurc_desktop.services.updates.bundle import version_key
        from iurc_desktop.services.updates.channel import fetch_feed

        entry = fetch_feed(url)
        self.updates.remember_check(url)
        installed = self.updates.installed()
        newer = installed is None or version_key(entry.version) > version_key(installed.version)
        return entry.version if newer else None

    def _finished(self, version: object) -> None:
        if isinstance(version, str):
            message = self.tr("Catalogue %1 is available: File › Import data update… › Check for updates.")
            self.available.emit(message.replace("%1", version))
