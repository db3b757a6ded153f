"""One writer per data folder: an OS file lock on `DATA_DIR/.lock`, usable without Qt (CLI) and in the GUI.

The GUI holds it for as long as a window is open; CLI commands that write (import, rollback, trust) and the
first-run set-up hold it while they work. The OS drops the lock when its process ends, however it ends, so a
SIGKILL never leaves a stale lock behind (the file itself stays; only the lock on it counts).

Locks are per open file (flock) on POSIX, so a second open in the same process would block itself: holders in
one process share one open file through `_HELD`, a count per folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.storage.sqlite_files import reraise_environment

LOCK_NAME = ".lock"
WRITE_WAIT = 3.0  # a CLI write waits this long for the app to let go, then says it is busy
SETUP_WAIT = 90.0  # waiting for another process's first-run set-up (building the catalogue takes seconds)


class DataFolderBusy(UserError):
    """Another process (a window, an import) holds the data folder."""


@dataclass
class _Held:
    handle: IO[bytes]
    count: int
    acquired_at: float


_HELD: dict[Path, _Held] = {}  # this process's open lock files (see the module docstring)
_HELD_GUARD = threading.RLock()  # the GUI thread and a background job may both take the lock


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DataFolderLock:
    """`with DataFolderLock(folder).hold(timeout):` — or acquire()/release() for a window's lifetime."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = (data_dir / LOCK_NAME).resolve()
        self._holds = 0  # this object's own acquisitions, released one by one

    def acquire(self, timeout: float = 0.0) -> float:
        """Take the lock, waiting up to `timeout` seconds; returns when this process first took it."""
        with _HELD_GUARD:
            return self._acquire(timeout)

    def _acquire(self, timeout: float) -> float:
        held = _HELD.get(self.path)
        if held is not None:
            held.count += 1
            self._holds += 1
            return held.acquired_at
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 — kept open as long as the lock is held
        except OSError as exc:
            reraise_environment(exc, self.data_dir)
        deadline = time.monotonic() + timeout
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                handle.close()
                raise DataFolderBusy(messages.DATA_FOLDER_BUSY, path=self.data_dir)
            time.sleep(0.05)
        _HELD[self.path] = _Held(handle, 1, time.time())
        self._holds += 1
        _write_owner(handle)
        return _HELD[self.path].acquired_at

    def release(self) -> None:
        with _HELD_GUARD:
            self._release()

    def _release(self) -> None:
        if self._holds == 0:
            return
        self._holds -= 1
        held = _HELD[self.path]
        held.count -= 1
        if held.count == 0:
            del _HELD[self.path]
            held.handle.close()  # closing the file drops the OS lock

    @contextlib.contextmanager
    def hold(self, timeout: float = 0.0) -> Iterator[float]:
        """Hold the lock for a `with` block; yields when this process first took it."""
        acquired_at = self.acquire(timeout)
        try:
            yield acquired_at
        finally:
            self.release()


def _write_owner(handle: IO[bytes]) -> None:
    """The holder's pid, for a person looking at the folder (the lock itself is what counts)."""
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
    except OSError:
        pass
