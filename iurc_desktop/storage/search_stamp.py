"""Whether a catalogue's search index is current, answered without loading what builds it (a start asks, and the
index builder's imports — OpenCC, pypinyin, number parsing — are then needed only when it is not)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

INDEX_FORMAT = 5


def read_stamp(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT key, value FROM search_index_meta").fetchall())
    except sqlite3.OperationalError:
        return {}


def source_rows(conn: sqlite3.Connection) -> str:
    """Which texts the index was built from: body rowids point into record_text, so it must not change."""
    return str(conn.execute("SELECT max(rowid) FROM record_text").fetchone()[0] or 0)


def index_is_current(conn: sqlite3.Connection) -> bool:
    stamp = read_stamp(conn)
    return stamp.get("format") == str(INDEX_FORMAT) and stamp.get("source_rows") == source_rows(conn)


def index_current(path: Path) -> bool:
    """True when `path`'s search index is of this format and built from its texts as they are."""
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA busy_timeout = 5000")
            return index_is_current(conn)
    except sqlite3.Error:
        return False  # unreadable here: whoever builds the index says why
