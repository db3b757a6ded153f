"""The application log: a rotating file in the platform's log folder (or DATA_DIR/logs), debug lines on stderr.

Every bug's traceback lands here — the user sees one line (CLI) or one dialog (GUI) naming this file.
`faulthandler` writes a crash of the interpreter itself (a segfault in Qt) to `crash.log` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import IO

from iurc_desktop.storage.paths import DataPaths

LOG_NAME = "iurc-desktop.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("iurc_desktop")


class _LogState:
    """What `setup_logging` installed, so a second call (tests, a GUI started from the CLI) replaces it."""

    def __init__(self) -> None:
        self.handlers: list[logging.Handler] = []
        self.crash_file: IO[str] | None = None
        self.faulthandler_before = False  # e.g. pytest's own, given back on shutdown


_STATE = _LogState()  # the process has one log, as it has one stderr


def setup_logging(data_dir: str | None, debug: bool = False) -> Path | None:
    """Log to the rotating file (and, with `debug`, to stderr); returns the log file, or None if none could be
    opened (a read-only folder must not stop the app)."""
    _remove_handlers()
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    log.propagate = False  # our lines go to our handlers only, never twice through the root logger
    if debug:
        _add(logging.StreamHandler(sys.stderr), logging.DEBUG)
    folder = DataPaths.resolve(data_dir).log_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        _STATE.crash_file = (folder / CRASH_NAME).open("a", encoding="utf-8")
    except OSError:
        log.debug("no log file in %s", folder)
        return None
    _add(handler, logging.DEBUG)
    _STATE.faulthandler_before = faulthandler.is_enabled()
    faulthandler.enable(_STATE.crash_file)
    return folder / LOG_NAME


def log_file() -> Path | None:
    """The file this process logs to, if any."""
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def _add(handler: logging.Handler, level: int) -> None:
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    _STATE.handlers.append(handler)


def _remove_handlers() -> None:
    for handler in _STATE.handlers:
        log.removeHandler(handler)
        handler.close()
    _STATE.handlers.clear()
    if _STATE.crash_file is not None:
        faulthandler.disable()
        _STATE.crash_file.close()
        _STATE.crash_file = None
        if _STATE.faulthandler_before and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__)


def shutdown_logging() -> None:
    _remove_handlers()
