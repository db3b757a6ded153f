"""Collation keys kept between runs, in the cache folder (`sort-keys-<app version>.sqlite3`).

A key depends only on the text, the language and the collation libraries' versions (pinned per release, whose
version names the file), never on a catalogue, so keys stay good across data updates. Weights are stored as 16-bit
integers (the DUCET's and the implicit weights all fit), the Chinese tie-break syllables as JSON. A damaged or
unwritable file is an empty cache, never an error: keys are then computed again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from array import array
from collections.abc import Iterable, Mapping
from pathlib import Path

log = logging.getLogger(__name__)
# (weights, syllables): syllables is None for the languages that sort by the weights and the text alone
StoredKey = tuple[tuple[int, ...], tuple[str, ...] | None]
MAX_PARAMS = 900  # below SQLite's oldest limit of bound parameters per statement


class SortKeyStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        # one connection for every thread that sorts (the GUI's lists, a pack worker's pages): one at a time
        self._lock = threading.RLock()

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
                conn.execute("PRAGMA busy_timeout = 2000")
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS sort_key (lang TEXT, text TEXT, weights BLOB, syllables TEXT, "
                    "PRIMARY KEY (lang, text)) WITHOUT ROWID"
                )
                self._conn = conn
            except (sqlite3.Error, OSError) as exc:  # a damaged file, a read-only or full folder: no cache
                log.info("collation keys are not kept between runs: %s", exc)
                return None
        return self._conn

    def load(self, lang: str, texts: Iterable[str]) -> dict[str, StoredKey]:
        with self._lock:
            conn = self._connection()
            wanted = list(dict.fromkeys(texts))
            if conn is None or not wanted:
                return {}
            rows: list[tuple[str, bytes, str | None]] = []
            try:
                for start in range(0, len(wanted), MAX_PARAMS):
                    chunk = wanted[start : start + MAX_PARAMS]
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT text, weights, syllables FROM sort_key WHERE lang = ? AND text IN ({marks})"
                    rows += conn.execute(query, (lang, *chunk)).fetchall()
                return _decoded(rows)
            except (sqlite3.Error, ValueError, TypeError) as exc:
                log.info("collation key cache unreadable, keys are computed again: %s", exc)
                return {}

    def save(self, lang: str, keys: Mapping[str, StoredKey]) -> None:
        with self._lock:
            conn = self._connection()
            if conn is None or not keys:
                return
            rows = [
                (lang, text, array("H", weights).tobytes(), None if syllables is None else json.dumps(syllables))
                for text, (weights, syllables) in keys.items()
            ]
            try:
                with conn:
                    conn.execute("BEGIN")
                    conn.executemany("INSERT OR REPLACE INTO sort_key VALUES (?, ?, ?, ?)", rows)
            except (sqlite3.Error, OverflowError, ValueError) as exc:  # ValueError: a lone surrogate, say
                log.info("collation keys not saved: %s", exc)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _decoded(rows: list[tuple[str, bytes, str | None]]) -> dict[str, StoredKey]:
    """Rows back into keys; the Chinese syllables of all rows parsed as one JSON document (a list of lists),
    not row by row (a 100,000-record list has tens of thousands)."""
    with_syllables = [syllables for _text, _weights, syllables in rows if syllables is not None]
    parsed = json.loads(f"[{','.join(with_syllables)}]") if with_syllables else []
    if len(parsed) != len(with_syllables) or not all(
        isinstance(part, list) and all(isinstance(s, str) for s in part) for part in parsed
    ):
        raise ValueError("syllables are not one list of strings per row")
    tones = iter(parsed)
    return {
        text: (tuple(memoryview(weights).cast("H")), None if syllables is None else tuple(next(tones)))
        for text, weights, syllables in rows
    }
