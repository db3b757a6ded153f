"""A backup of the user database as one SQLite file, and reading one back without trusting it.

The backup is written with SQLite's online backup API from a read-only connection, so a live database (WAL,
another window writing) is copied consistently — never by copying its file. Reading a backup never opens the
given file for writing: it is checked by its header (SQLite, the user database's application id, a schema
version this app knows), copied into a private temporary folder with the backup API, checked with
`quick_check`, upgraded there through the normal migration chain, and read with the normal store.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.user import Favourite, Note, SavedSelection, VisitPlan
from iurc_desktop.storage.sqlite_files import is_sql_error
from iurc_desktop.storage.user_db import USER_APPLICATION_ID, USER_SCHEMA_VERSION, NotAUserDatabase
from iurc_desktop.storage.user_store import UserStore

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_BACKUP_BYTES = 256 * 1024 * 1024  # a delegate's notes and plans are kilobytes; this leaves room for years


@dataclass(frozen=True)
class BackupContent:
    notes: list[Note] = field(default_factory=list)
    favourites: list[Favourite] = field(default_factory=list)
    plans: list[VisitPlan] = field(default_factory=list)
    selections: list[tuple[SavedSelection, str]] = field(default_factory=list)  # with when each was saved
    settings: dict[str, str] = field(default_factory=dict)


def write_backup(live: Path, target: Path) -> None:
    """Copy the user database at `live` into the new file `target` (replaced whole, never half-written)."""
    if target.exists() and target.resolve() == live.resolve():
        raise UserError(messages.BACKUP_IS_LIVE_FILE, file=target)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{live.as_posix()}?mode=ro", uri=True)) as source,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        os.replace(partial, target)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        raise UserError(messages.FILE_NOT_WRITABLE, file=target) from None


def read_backup(path: Path) -> BackupContent:
    """Everything in the backup at `path`; one `UserError` if it is not a usable backup."""
    _check_header(path)
    with tempfile.TemporaryDirectory(prefix="iurc-restore-") as folder:
        copy = Path(folder) / "restore.sqlite3"
        try:
            with (
                contextlib.closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as source,
                contextlib.closing(sqlite3.connect(copy)) as target,
            ):
                source.backup(target)
                if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise UserError(messages.BACKUP_NOT_A_BACKUP, file=path.name)
            store = UserStore(copy)
            try:
                return _content(store)
            finally:
                store.close()
        except Exception as exc:
            if not (is_sql_error(exc) or isinstance(exc, NotAUserDatabase | ValueError | TypeError | LookupError)):
                raise
            # a damaged or hand-made file: unreadable rows, bad dates, unknown kinds, broken JSON
            raise UserError(messages.BACKUP_NOT_A_BACKUP, file=path.name) from None


def _check_header(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        raise UserError(messages.FILE_NOT_READABLE, file=path) from None
    if size > MAX_BACKUP_BYTES:
        raise UserError(messages.BACKUP_TOO_LARGE, file=path.name, limit=MAX_BACKUP_BYTES)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise UserError(messages.BACKUP_NOT_A_BACKUP, file=path.name)
    version = int.from_bytes(header[60:64], "big")
    if int.from_bytes(header[68:72], "big") != USER_APPLICATION_ID or version < 1:
        raise UserError(messages.BACKUP_NOT_A_BACKUP, file=path.name)
    if version > USER_SCHEMA_VERSION:
        raise UserError(messages.BACKUP_NEWER, file=path.name, version=version)


def _content(store: UserStore) -> BackupContent:
    return BackupContent(
        notes=store.notes(),
        favourites=store.favourites(),
        plans=store.visit_plans(),
        selections=store.selections_with_times(),
        settings=store.settings(),
    )
