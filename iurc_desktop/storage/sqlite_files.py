"""Looking at an SQLite file with the standard library only (cheap enough for start-up)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def application_id(path: Path) -> int | None:
    """The file's PRAGMA application_id, or None if it is not an SQLite database."""
    if not path.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True) as conn:
            return int(conn.execute("PRAGMA application_id").fetchone()[0])
    except sqlite3.DatabaseError:
        return None
