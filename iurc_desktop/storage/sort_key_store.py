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
        conn = self._connection()
        wanted = list(dict.fromkeys(texts))
        found: dict[str, StoredKey] = {}
        if conn is None:
            return found
        try:
            for start in range(0, len(wanted), MAX_PARAMS):
                chunk = wanted[start : start + MAX_PARAMS]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT text, weights, syllables FROM sort_key WHERE lang = ? AND text IN ({marks})"
                for text, weights, syllables in conn.execute(query, (lang, *chunk)):
                    found[text] = _decoded(weights, syllables)
        except (sqlite3.Error, ValueError, TypeError) as exc:
            log.info("collation key cache unreadable, keys are computed again: %s", exc)
            return {}
        return found

    def save(self, lang: str, keys: Mapping[str, StoredKey]) -> None:
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
        except (sqlite3.Error, OverflowError) as exc:
            log.info("collation keys not saved: %s", exc)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _decoded(weights: bytes, syllables: str | None) -> StoredKey:
    values = array("H")
    values.frombytes(weights)
    if syllables is None:
        return tuple(values), None
    parts = json.loads(syllables)
    if not isinstance(parts, list) or not all(isinstance(part, str) for part in parts):
        raise ValueError("syllables are not a list of strings")
    return tuple(values), tuple(parts)
