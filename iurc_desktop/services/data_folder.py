"""The data-folder lock as the GUI sees it (ui/ talks to services only; the lock itself is storage/lock.py)."""

from __future__ import annotations

from iurc_desktop.storage.lock import DataFolderBusy, DataFolderLock

__all__ = ["DataFolderBusy", "DataFolderLock"]
