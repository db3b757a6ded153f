"""Whole catalogue files: copying one into another, stamping, comparing two, reading their version stamp.

Plain sqlite3 (no SQLAlchemy engine is needed to copy or attach a file). Every connection has the busy
timeout of `sqlite_files`, and the backup loop is bounded too: CPython's `Connection.backup` retries a locked
destination forever, so the progress callback stops it at the deadline.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from iurc_desktop.domain import messages
from iurc_desktop.storage.catalogue_read import CATALOGUE_APPLICATION_ID
from iurc_desktop.storage.sqlite_files import (
    BUSY_TIMEOUT_MS,
    EnvironmentProblem,
    application_id,
    connect,
    reraise_environment,
)

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def read_meta(path: Path) -> dict[str, str] | None:
    """catalogue_meta of a catalogue file, read without changing a byte of it; None if it is none or damaged."""
    if application_id(path) != CATALOGUE_APPLICATION_ID:
        return None
    try:
        conn = connect(path, read_only=True)
    except sqlite3.DatabaseError:
        return None
    try:
        return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM catalogue_meta").fetchall()}
    except sqlite3.DatabaseError:  # a damaged history file must not break status
        return None
    finally:
        conn.close()


def copy_database(source: Path, target: Path) -> None:
    """Copy one SQLite database into another with the backup API: one write transaction on `target`, so its
    readers (and a SIGKILL) see wholly old or wholly new content. Waits at most BUSY_TIMEOUT_MS for a writer
    holding `target`, then raises EnvironmentProblem; a full disk is EnvironmentProblem too."""
    try:
        src = connect(source)  # not read-only: a WAL database without its -shm cannot be opened so
        dst = connect(target)
    except sqlite3.Error as exc:
        reraise_environment(exc, target.parent)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000

    def bounded(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED) and time.monotonic() > deadline:
            raise EnvironmentProblem(messages.DATABASE_LOCKED, path=target.parent)

    try:
        src.backup(dst, pages=4096, progress=bounded, sleep=0.05)
    except sqlite3.Error as exc:
        reraise_environment(exc, target.parent)
    finally:
        dst.close()
        src.close()


def snapshot(source: Path, target: Path) -> None:
    """Copy a database that sits on read-only or full media (no -shm can be made beside it: `immutable`)."""
    try:
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro&immutable=1", uri=True)
        dst = connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        reraise_environment(exc, target.parent)


def checkpoint(path: Path) -> None:
    """Fold the WAL back into the file and empty it (a switched-in catalogue otherwise sits in `-wal`)."""
    conn = connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        pass  # a reader still holds the old snapshot: SQLite checkpoints on a later write or close
    finally:
        conn.close()


def use_rollback_journal(path: Path) -> None:
    """A file nothing keeps open needs no WAL (and must not leave -wal/-shm beside it)."""
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def stamp_meta(path: Path, values: Mapping[str, str]) -> None:
    conn = connect(path)
    try:
        with conn:
            conn.executemany("INSERT OR REPLACE INTO catalogue_meta (key, value) VALUES (?, ?)", values.items())
    finally:
        conn.close()


_ADDED = "FROM record n WHERE NOT EXISTS (SELECT 1 FROM old.record o WHERE o.kind = n.kind AND o.id = n.id)"
_REMOVED = "FROM old.record o WHERE NOT EXISTS (SELECT 1 FROM record n WHERE n.kind = o.kind AND n.id = o.id)"
_CHANGED = "FROM record n JOIN old.record o ON o.kind = n.kind AND o.id = n.id WHERE o.data != n.data"
_DIFF_SQL = {
    "added": f"SELECT n.kind, n.id, json_extract(n.data, '$.name') {_ADDED}",
    "removed": f"SELECT o.kind, o.id, json_extract(o.data, '$.name') {_REMOVED}",
    "changed": f"SELECT n.kind, n.id, json_extract(n.data, '$.name') {_CHANGED}",
}


def _attach_live(conn: sqlite3.Connection, live: Path | None) -> None:
    if live is None or not live.is_file():
        conn.execute("ATTACH ':memory:' AS old")
        conn.execute("CREATE TABLE old.record (kind TEXT, id TEXT, data TEXT)")
    else:
        conn.execute("ATTACH ? AS old", (f"file:{live.as_posix()}",))  # only read; a WAL file needs rw to open


def diff_rows(staged: Path, live: Path | None) -> Iterator[tuple[str, str, str, str | None]]:
    """(change, kind, id, name JSON) for every record added, removed or changed from `live` to `staged`."""
    conn = connect(staged, read_only=True)
    try:
        _attach_live(conn, live)
        for change, sql in _DIFF_SQL.items():
            for kind, record_id, name in conn.execute(sql + " ORDER BY 1, 2"):
                yield change, str(kind), str(record_id), name
    finally:
        conn.close()


def carry_removals(staged: Path, live: Path | None, new_version: str, meta: Mapping[str, str]) -> None:
    """Remember in `staged` every record that updates removed so far (with the version that removed it);
    records that came back are forgotten. Also stamps `meta`."""
    conn = connect(staged)
    try:
        with conn:
            _attach_live(conn, live)
            has_table = conn.execute("SELECT 1 FROM old.sqlite_master WHERE name = 'removed_record'").fetchone()
            if has_table:
                conn.execute(
                    "INSERT OR REPLACE INTO removed_record SELECT o.* FROM old.removed_record o "
                    "WHERE NOT EXISTS (SELECT 1 FROM record r WHERE r.kind = o.kind AND r.id = o.id)"
                )
            conn.execute(
                "INSERT OR REPLACE INTO removed_record (kind, id, name, removed_in) "
                f"SELECT o.kind, o.id, coalesce(json_extract(o.data, '$.name'), '{{}}'), ? {_REMOVED}",
                (new_version,),
            )
            conn.executemany("INSERT OR REPLACE INTO catalogue_meta (key, value) VALUES (?, ?)", meta.items())
    except sqlite3.Error as exc:
        reraise_environment(exc, staged.parent)
    finally:
        conn.close()
