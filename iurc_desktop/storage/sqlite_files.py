"""Looking at SQLite files with the standard library only (cheap enough for start-up), and naming what went
wrong with the disk they are on as user errors (full, read-only, locked, damaged)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError

BUSY_TIMEOUT_MS = 5000  # every connection waits this long for another writer, then says so


class EnvironmentProblem(UserError):
    """The disk or folder under the data refused: full, read-only, locked by another program."""


class DatabaseDamaged(UserError):
    """An SQLite file whose pages or tables are damaged."""


def application_id(path: Path) -> int | None:
    """The file's PRAGMA application_id, or None if it is not an SQLite database."""
    if not path.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000) as conn:
            return int(conn.execute("PRAGMA application_id").fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the busy timeout every wait in the app is bounded by."""
    if read_only:
        return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)


def looks_whole(path: Path) -> bool:
    """Cheap start-up test of a file's SQLite header: the magic string, and a file at least as long as the
    pages its header counts (a truncated copy is shorter). Damage inside pages needs `quick_check`."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the page count is valid only when these agree
    return not counted or size >= pages * page_size


def quick_check(path: Path) -> str | None:
    """None if SQLite's quick_check passes on `path`; else its first complaint (a damaged page, a bad header)."""
    try:
        conn = connect(path, read_only=True)
        try:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, keeping it; returns the new name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    os.replace(path, target)
    for side in ("-wal", "-shm"):
        companion = Path(f"{path}{side}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{side}"))
    return target


def environment_error(exc: BaseException, folder: Path) -> UserError | None:
    """The user error an OS or SQLite failure stands for, or None if it is not about the environment."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "full" in text or "disk i/o error" in text:
        return EnvironmentProblem(messages.DISK_FULL, path=folder)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "unable to open" in text:
        return EnvironmentProblem(messages.FOLDER_READ_ONLY, path=folder)
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(messages.DATABASE_LOCKED, path=folder)
    return None


def reraise_environment(exc: BaseException, folder: Path) -> NoReturn:
    """Raise the user error `exc` stands for; re-raise `exc` itself (a bug) when it stands for none."""
    problem = environment_error(exc, folder)
    if problem is None:
        raise exc
    raise problem from None


def is_sql_error(exc: BaseException) -> bool:
    """An error of SQLite or of SQLAlchemy around it. SQLAlchemy is looked up, not imported: starts that only
    read never load it, and an error of a library that is not loaded cannot occur."""
    if isinstance(exc, sqlite3.Error):
        return True
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.SQLAlchemyError)


def is_database_error(exc: BaseException) -> bool:
    """An error of SQLite, SQLAlchemy or the file system: what a full disk or a read-only folder raises."""
    return isinstance(exc, OSError) or is_sql_error(exc)
