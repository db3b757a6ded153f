"""Switching the live catalogue to a staged one, keeping the previous one for rollback.

The live file is never replaced or deleted: SQLite's backup API copies a finished database into it in one
write transaction, so a reader (or a crash, or SIGKILL) sees wholly old or wholly new content. Replacing
the file under a live WAL database is not safe: a stale `-wal` would be replayed onto the new file.
The previous catalogue is kept as a plain file in `catalogue-history/`, which nothing keeps open.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.storage.models import CATALOGUE_APPLICATION_ID
from iurc_desktop.storage.paths import DataPaths
from iurc_desktop.storage.sqlite_files import application_id

STAGING_PREFIX = ".staging-"


class InstallError(Exception):
    """A switch that could not happen; the live catalogue is as it was."""


@dataclass(frozen=True)
class CatalogueVersionInfo:
    version: str
    date: str
    installed_from: str
    installed_at: str
    signer: str


def read_version_info(path: Path) -> CatalogueVersionInfo | None:
    """The version stamp of a catalogue file, read without changing a byte of it (no journal-mode switch)."""
    if application_id(path) != CATALOGUE_APPLICATION_ID:
        return None
    conn = sqlite3.connect(path)
    try:
        meta = dict(conn.execute("SELECT key, value FROM catalogue_meta").fetchall())
    except sqlite3.DatabaseError:  # a damaged history file must not break status
        return None
    finally:
        conn.close()
    return CatalogueVersionInfo(
        meta.get("version", "?"),
        meta.get("date", ""),
        meta.get("installed_from", ""),
        meta.get("installed_at", ""),
        meta.get("signer", ""),
    )


def copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite database into another with the backup API (atomic for readers of `target`)."""
    if not source.is_file():
        raise InstallError(f"{source.name} is missing")
    src = sqlite3.connect(source)  # not read-only: a WAL database without its -shm cannot be opened so
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.OperationalError as exc:
        if "full" in str(exc) or "disk I/O error" in str(exc):
            raise InstallError("not enough disk space to switch catalogues; nothing was changed") from None
        raise
    finally:
        dst.close()
        src.close()


class CatalogueInstaller:
    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths

    @property
    def previous_path(self) -> Path:
        return self.paths.catalogue_archive_dir / "previous.sqlite3"

    def staging_path(self, tag: str) -> Path:
        return self.paths.data_dir / f"{STAGING_PREFIX}{tag}-{os.getpid()}.sqlite3"

    def remove_leftovers(self) -> None:
        """Staged files of an import that was killed part-way."""
        for leftover in self.paths.data_dir.glob(f"{STAGING_PREFIX}*"):
            leftover.unlink(missing_ok=True)
        for leftover in self.paths.catalogue_archive_dir.glob("*.tmp"):
            leftover.unlink(missing_ok=True)

    def install(self, staged: Path) -> None:
        """Make `staged` the live catalogue; the current one becomes the previous one."""
        self.paths.ensure()
        live = self.paths.catalogue_db
        if live.is_file() and read_version_info(live) is not None:
            self._archive(live)
        copy_database(staged, live)

    def rollback(self) -> CatalogueVersionInfo:
        """Swap the live catalogue with the previous one; returns what is live now."""
        previous = read_version_info(self.previous_path) if self.previous_path.is_file() else None
        if previous is None:
            raise InstallError("there is no previous catalogue to go back to")
        live = self.paths.catalogue_db
        held = self.previous_path.with_suffix(".swap.tmp")
        held.unlink(missing_ok=True)
        copy_database(live, held)
        copy_database(self.previous_path, live)
        os.replace(held, self.previous_path)
        return previous

    def _archive(self, live: Path) -> None:
        self.paths.catalogue_archive_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.previous_path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        try:
            copy_database(live, tmp)
            _use_rollback_journal(tmp)
            os.replace(tmp, self.previous_path)  # nothing holds this file open
        finally:
            tmp.unlink(missing_ok=True)

    def previous(self) -> CatalogueVersionInfo | None:
        return read_version_info(self.previous_path) if self.previous_path.is_file() else None


def _use_rollback_journal(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
