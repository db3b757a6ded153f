"""Switching the live catalogue to a staged one, keeping the previous one for rollback.

The live file is never replaced or deleted: SQLite's backup API copies a finished database into it in one
write transaction, so a reader (or a crash, or SIGKILL) sees wholly old or wholly new content. Replacing
the file under a live WAL database is not safe: a stale `-wal` would be replayed onto the new file.
The previous catalogue is kept as a plain file in `catalogue-history/`, which nothing keeps open; it is only
ever replaced by a rename of a finished copy, never written in place.

Rollback is three steps, each of which a SIGKILL may interrupt: (1) copy live → `rollback-held.sqlite3`
(through a `.partial` name, so the held file exists only when whole), (2) copy previous → live,
(3) rename held → previous. `recover()` finishes or undoes an interrupted one before any other write: if the
live catalogue is still the held one, step 2 never happened and held is dropped; otherwise step 3 is done.
Either way a working catalogue and the newer copy survive.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.storage.catalogue_files import checkpoint, copy_database, read_meta, use_rollback_journal
from iurc_desktop.storage.paths import DataPaths

STAGING_PREFIX = ".staging-"
# file times come from the kernel's coarse clock, which can lag time.time() by a tick: a file made just after
# the lock was taken may look older than the lock; two seconds of slack keep such a file
MTIME_SLACK = 2.0
DOWNLOAD_PREFIX = ".download-"
# a test (tests/test_update_crash.py) sets this to a step name to SIGKILL the process right after that step
CRASH_ENV = "IURC_DESKTOP_CRASH_AFTER"


class InstallError(UserError):
    """A switch that could not happen; the live catalogue is as it was."""


@dataclass(frozen=True)
class CatalogueVersionInfo:
    version: str
    date: str
    installed_from: str
    installed_at: str
    signer: str

    @property
    def identity(self) -> tuple[str, str, str]:
        """What tells two installed catalogues apart (the same version may be installed twice)."""
        return (self.version, self.installed_at, self.installed_from)


def read_version_info(path: Path) -> CatalogueVersionInfo | None:
    """The version stamp of a catalogue file, read without changing a byte of it (no journal-mode switch)."""
    meta = read_meta(path) if path.is_file() else None
    if meta is None:
        return None
    return CatalogueVersionInfo(
        meta.get("version", "?"),
        meta.get("date", ""),
        meta.get("installed_from", ""),
        meta.get("installed_at", ""),
        meta.get("signer", ""),
    )


def process_tag() -> str:
    """The part of a temporary file's name that says which process made it."""
    return f".pid{os.getpid()}."


def _maker_has_ended(name: str) -> bool:
    """Whether the process named in a temporary file's tag is gone (a killed import's staging file is rubbish
    at once, however new; a live process's file — a dry run beside the app — is left alone)."""
    match = re.search(r"\.pid(\d+)\.", name)
    if match is None or int(match[1]) == os.getpid() or os.name == "nt":  # Windows' os.kill terminates
        return False
    try:
        os.kill(int(match[1]), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False  # alive under another user, or not a process id at all
    return False


def _crash_point(step: str) -> None:
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


@contextlib.contextmanager
def _copy_whole(source: Path, target: Path) -> Iterator[None]:
    """`target` appears only complete: `source` is copied under a per-process `.partial` name, and renamed
    to `target` when the `with` block succeeds (a failed switch leaves the old `target` as it was)."""
    partial = target.with_name(f"{target.name}{process_tag()}partial")
    partial.unlink(missing_ok=True)
    try:
        copy_database(source, partial)
        use_rollback_journal(partial)
        yield
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


class CatalogueInstaller:
    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths

    @property
    def previous_path(self) -> Path:
        return self.paths.catalogue_archive_dir / "previous.sqlite3"

    @property
    def held_path(self) -> Path:
        return self.paths.rollback_held

    def staging_path(self, tag: str) -> Path:
        return self.paths.data_dir / f"{STAGING_PREFIX}{tag}{process_tag()}sqlite3"

    def remove_leftovers(self, since: float) -> None:
        """Staged, downloaded and partial files older than `since`, when this process took the data-folder lock:
        every writer holds that lock, so they were left by a process that ended (killed part-way). Files made
        since then are this process's own work in progress and stay."""
        candidates = [
            *self.paths.data_dir.glob(f"{STAGING_PREFIX}*"),
            *self.paths.data_dir.glob(f"{DOWNLOAD_PREFIX}*"),
            *self.paths.catalogue_archive_dir.glob("*.partial*"),
            *self.paths.catalogue_archive_dir.glob("*.tmp"),  # names used before 0.2
        ]
        for leftover in candidates:
            try:
                if _maker_has_ended(leftover.name) or leftover.stat().st_mtime < since - MTIME_SLACK:
                    leftover.unlink(missing_ok=True)
            except OSError:
                continue

    def recover(self) -> None:
        """Finish or undo a rollback that was killed part-way (see the module's docstring)."""
        if not self.held_path.is_file():
            return
        held, live = read_version_info(self.held_path), read_version_info(self.paths.catalogue_db)
        if held is None:
            return  # not a catalogue: leave it for a person to look at, never delete it
        if live is not None and live.identity == held.identity:
            self.held_path.unlink()  # step 2 never happened: nothing to finish
        else:
            os.replace(self.held_path, self.previous_path)

    def install(self, staged: Path) -> None:
        """Make `staged` the live catalogue; the current one becomes the previous one."""
        self.paths.ensure()
        self.recover()
        live = self.paths.catalogue_db
        if read_version_info(live) is None:
            copy_database(staged, live)
        else:
            self.paths.catalogue_archive_dir.mkdir(parents=True, exist_ok=True)
            with _copy_whole(live, self.previous_path):  # previous changes only if the switch succeeds
                _crash_point("archive")
                copy_database(staged, live)
                _crash_point("install")
        checkpoint(live)

    def rollback(self) -> CatalogueVersionInfo:
        """Swap the live catalogue with the previous one; returns what is live now."""
        self.recover()
        previous = self.previous()
        if previous is None:
            raise InstallError(messages.NO_PREVIOUS_CATALOGUE)
        live = self.paths.catalogue_db
        with _copy_whole(live, self.held_path):
            pass
        _crash_point("hold")
        copy_database(self.previous_path, live)
        _crash_point("restore")
        os.replace(self.held_path, self.previous_path)
        _crash_point("keep")
        checkpoint(live)
        return previous

    def previous(self) -> CatalogueVersionInfo | None:
        return read_version_info(self.previous_path)
