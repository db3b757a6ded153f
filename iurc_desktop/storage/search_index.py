"""The full-text search index inside a catalogue database: schema, build, format stamp, queries.

Two contentless FTS5 tables: `search_name_fts` over names and aliases (rows of `search_name`, which
keeps each name folded for exact and prefix lookups), and `search_body_fts` over every other text (its
rowids are those of `record_text`, so the text itself is not stored twice). Each FTS row has three columns:
- `latin`: the text with Chinese characters blanked out; `unicode61 remove_diacritics 2` folds case
  and accents, so "solucoes" finds "soluções";
- `cjk1`: every Chinese character as its own token, so one-character queries match exactly;
- `cjk2`: overlapping character pairs of each Chinese run; a query of n ≥ 2 characters is the phrase
  of its n-1 pairs, which matches exactly where the query is a substring of a run. (unicode61 alone
  makes a whole Chinese run one token; a segmenter's words would miss substrings such as 汕 in 汕头.)

Matches are read in rowid order with LIMIT, never ranked all at once, so a common token costs no more
than a rare one: names are inserted in ranking order (kind, then record), and body texts are read one
kind's rowid range at a time.
"""

from __future__ import annotations

import operator
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# bump when the schema or the text preparation changes: opening rebuilds older indexes
# (2: aliases of every kind, not only places)
INDEX_FORMAT = 2

KIND_ORDER = (
    "place",
    "case-study",
    "event",
    "partnership",
    "contribution",
    "programme",
    "network",
    "cluster",
    "challenge",
    "person",
    "organisation",
    "source",
)

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}
_TOP = "\U0010ffff"  # sorts after every other character in SQLite's BINARY (UTF-8 memcmp) order
_FTS_OPTIONS = "content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'"
_DROP = (
    "DROP TABLE IF EXISTS search_name_fts",
    "DROP TABLE IF EXISTS search_body_fts",
    "DROP TABLE IF EXISTS search_name",
    "DROP TABLE IF EXISTS search_index_meta",
)
_CREATE = (
    "CREATE TABLE search_index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE search_name (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
        lang TEXT NOT NULL, kind_rank INTEGER NOT NULL, value TEXT NOT NULL, norm TEXT NOT NULL)""",
    f"CREATE VIRTUAL TABLE search_name_fts USING fts5(latin, cjk1, cjk2, {_FTS_OPTIONS})",
    f"CREATE VIRTUAL TABLE search_body_fts USING fts5(latin, cjk1, cjk2, {_FTS_OPTIONS})",
)
_INDEXES = (
    "CREATE INDEX ix_search_name_norm ON search_name (norm)",
    "CREATE INDEX ix_search_name_kind_norm ON search_name (kind_rank, norm)",
)


def normalise(text: str) -> str:
    """Case- and accent-folded text, the form names are compared in ("Bacău" → "bacau")."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def fts_columns(text: str) -> tuple[str, str, str]:
    """The (latin, cjk1, cjk2) column texts of one searchable text."""
    runs = CJK_RUN.findall(text)
    if not runs:
        return text, "", ""
    latin = CJK_RUN.sub(" ", text)
    singles = " ".join("".join(runs))  # single characters are never searched as phrases: runs may touch
    # "0" between runs stops a pair phrase from matching across two runs (queries never contain it).
    pairs = " 0 ".join(" ".join(map(operator.add, run, run[1:])) for run in runs if len(run) > 1)
    return latin, singles, pairs


@dataclass(frozen=True)
class IndexStats:
    texts: int
    seconds: float


@dataclass(frozen=True)
class IndexFilter:
    kinds: tuple[str, ...] = ()
    country: str | None = None
    programme: str | None = None
    network: str | None = None
    cluster: str | None = None
    date_from: str | None = None  # ISO dates
    date_to: str | None = None


@dataclass(frozen=True)
class TextRow:
    id: int
    kind: str
    record_id: str
    field: str
    lang: str
    value: str


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _stamp(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT key, value FROM search_index_meta").fetchall())
    except sqlite3.OperationalError:
        return {}


def _source_rows(conn: sqlite3.Connection) -> str:
    """Which texts the index was built from: body rowids point into record_text, so it must not change."""
    return str(conn.execute("SELECT max(rowid) FROM record_text").fetchone()[0] or 0)


def index_is_current(conn: sqlite3.Connection) -> bool:
    stamp = _stamp(conn)
    return stamp.get("format") == str(INDEX_FORMAT) and stamp.get("source_rows") == _source_rows(conn)


def ensure_search_index(path: Path) -> bool:
    """Build the index if it is missing, older than INDEX_FORMAT or stale. Returns True if it built one."""
    conn = connect(path)
    try:
        if index_is_current(conn):
            return False
        conn.execute("BEGIN IMMEDIATE")  # another process may be rebuilding: wait, then look again
        if index_is_current(conn):
            conn.execute("ROLLBACK")
            return False
        _build(conn)
        conn.execute("COMMIT")
        return True
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def build_search_index(path: Path) -> IndexStats:
    """(Re)build the index of the catalogue database at `path` in one transaction."""
    started = time.perf_counter()
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        count = _build(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return IndexStats(count, time.perf_counter() - started)


class _Counter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, rows: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        for row in rows:
            self.count += 1
            yield row


def _build(conn: sqlite3.Connection) -> int:
    conn.execute("PRAGMA cache_size = -65536")
    for statement in (*_DROP, *_CREATE):
        conn.execute(statement)
    # streamed row by row (a 100k-record catalogue has ~400k names and aliases: no list of them in memory)
    names = ((i, *row, " ".join(normalise(row[-1]).split())) for i, row in enumerate(_name_texts(conn), 1))
    conn.executemany("INSERT INTO search_name VALUES (?, ?, ?, ?, ?, ?, ?, ?)", names)
    name_count = conn.execute("SELECT count(*) FROM search_name").fetchone()[0]
    conn.executemany(
        "INSERT INTO search_name_fts (rowid, latin, cjk1, cjk2) VALUES (?, ?, ?, ?)",
        ((rowid, *fts_columns(value)) for rowid, value in conn.execute("SELECT id, value FROM search_name")),
    )
    bodies = conn.execute("SELECT rowid, value FROM record_text WHERE field != 'name'")  # streamed, not fetched
    counted = _Counter()
    conn.executemany(
        "INSERT INTO search_body_fts (rowid, latin, cjk1, cjk2) VALUES (?, ?, ?, ?)",
        ((rowid, *fts_columns(value)) for rowid, value in counted(bodies)),
    )
    for statement in _INDEXES:
        conn.execute(statement)
    ranges = conn.execute(
        "SELECT kind, min(rowid), max(rowid) FROM record_text WHERE field != 'name' GROUP BY kind"
    ).fetchall()
    meta = [("format", str(INDEX_FORMAT)), ("source_rows", _source_rows(conn))]
    meta += [(f"range:{kind}", f"{low} {high}") for kind, low, high in ranges]
    conn.executemany("INSERT INTO search_index_meta VALUES (?, ?)", meta)
    return int(name_count) + counted.count


def _name_texts(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str, str, int, str]]:
    """(kind, record_id, field, lang, kind_rank, value) of names and aliases, in ranking order."""
    rank = "CASE r.kind " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(KIND_ORDER)) + " ELSE 99 END"
    rows = conn.execute(
        f"""SELECT r.kind, r.id, x.field, x.lang, {rank} AS kind_rank, x.value
        FROM record r JOIN (
            SELECT kind, record_id, field, lang, rowid AS seq, value FROM record_text WHERE field = 'name'
            UNION ALL
            SELECT r2.kind, r2.id, 'aliases', '', 1e18, CAST(a.value AS TEXT)
            FROM record r2, json_each(r2.data, '$.aliases') a
        ) x ON x.kind = r.kind AND x.record_id = r.id
        ORDER BY kind_rank, r.sort_name, r.id, x.seq"""
    )
    for kind, record_id, field, lang, kind_rank, value in rows:
        if value and value.strip():
            yield kind, record_id, field, lang, kind_rank, value


_NAME_COLUMNS = "t.id, t.kind, t.record_id, t.field, t.lang, t.value"
_BODY_COLUMNS = "t.rowid, t.kind, t.record_id, t.field, t.lang, t.value"


class SearchIndex:
    """Queries on the index of one catalogue database (one connection, safe to share across threads)."""

    def __init__(self, path: Path) -> None:
        self._conn = connect(path)
        self._lock = threading.Lock()
        stamp = _stamp(self._conn)
        self._ranges = {
            key.removeprefix("range:"): tuple(int(n) for n in value.split())
            for key, value in stamp.items()
            if key.startswith("range:")
        }

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, params: Iterable[object]) -> list[TextRow]:
        with self._lock:
            return [TextRow(*row) for row in self._conn.execute(sql, tuple(params))]

    def exact_names(self, norm: str, flt: IndexFilter, limit: int) -> list[TextRow]:
        where, params = _filter_sql(flt)
        sql = f"SELECT {_NAME_COLUMNS} FROM search_name t WHERE t.norm = ? {where} ORDER BY t.kind_rank, t.id LIMIT ?"
        return self._rows(sql, (norm, *params, limit))

    def prefix_names(self, norm: str, flt: IndexFilter, limit: int) -> list[TextRow]:
        """Names and aliases that start with `norm` (and are longer), by kind, then alphabetically."""
        where, params = _filter_sql(flt)
        sql = f"""SELECT {_NAME_COLUMNS} FROM search_name t
            WHERE t.norm > ? AND t.norm < ? {where} ORDER BY t.norm LIMIT ?"""
        rows = self._rows(sql, (norm, norm + _TOP, *params, limit + 1))
        if len(rows) <= limit:  # all of them: put them in kind order here
            return sorted(rows, key=lambda row: _KIND_RANK.get(row.kind, 99))[:limit]
        sql = f"""SELECT {_NAME_COLUMNS} FROM search_name t
            WHERE t.kind_rank = ? AND t.norm > ? AND t.norm < ? {where} ORDER BY t.norm LIMIT ?"""
        out: list[TextRow] = []
        for kind_rank, kind in enumerate(KIND_ORDER):
            if len(out) < limit and (not flt.kinds or kind in flt.kinds):
                out += self._rows(sql, (kind_rank, norm, norm + _TOP, *params, limit - len(out)))
        return out

    def match_names(self, fts_query: str, flt: IndexFilter, limit: int) -> list[TextRow]:
        """Names and aliases matching an FTS5 query (built by the caller from quoted tokens only), by kind."""
        where, params = _filter_sql(flt)
        sql = f"""SELECT {_NAME_COLUMNS} FROM search_name_fts f JOIN search_name t ON t.id = f.rowid
            WHERE search_name_fts MATCH ? {where} ORDER BY f.rowid LIMIT ?"""
        return self._rows(sql, (fts_query, *params, limit))

    def match_bodies(self, fts_query: str, flt: IndexFilter, limit: int) -> list[TextRow]:
        """Other texts matching an FTS5 query, by kind, then in catalogue order."""
        where, params = _filter_sql(flt)
        sql = f"""SELECT {_BODY_COLUMNS} FROM search_body_fts f JOIN record_text t ON t.rowid = f.rowid
            WHERE search_body_fts MATCH ? {where} ORDER BY f.rowid LIMIT ?"""
        rows = self._rows(sql, (fts_query, *params, limit + 1))
        if len(rows) <= limit:  # all of them: put them in kind order here; with more, read kind by kind
            return sorted(rows, key=lambda row: _KIND_RANK.get(row.kind, 99))[:limit]
        # Many matches: read them one kind's rowid range at a time, stopping when there are enough.
        sql = f"""SELECT {_BODY_COLUMNS} FROM search_body_fts f JOIN record_text t ON t.rowid = f.rowid
            WHERE search_body_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND t.kind = ? {where} ORDER BY f.rowid LIMIT ?"""
        out: list[TextRow] = []
        for kind in KIND_ORDER:
            if len(out) < limit and kind in self._ranges and (not flt.kinds or kind in flt.kinds):
                low, high = self._ranges[kind]
                out += self._rows(sql, (fts_query, low, high, kind, *params, limit - len(out)))
        return out

    def scan(self, needle: str, flt: IndexFilter, limit: int) -> list[TextRow]:
        """Texts containing `needle` anywhere (names folded), read from the base tables, never LIKE on FTS."""
        where, params = _filter_sql(flt)
        names = f"SELECT {_NAME_COLUMNS} FROM search_name t WHERE instr(t.norm, ?) > 0 {where} ORDER BY t.id LIMIT ?"
        bodies = f"""SELECT {_BODY_COLUMNS} FROM record_text t WHERE t.field != 'name' AND instr(t.value, ?) > 0 {where}
            ORDER BY t.rowid LIMIT ?"""
        found = self._rows(names, (needle, *params, limit))
        return found + self._rows(bodies, (needle, *params, limit))

    def names(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, str]]:
        """The name of each (kind, id) in each language it has."""
        out: dict[tuple[str, str], dict[str, str]] = {key: {} for key in keys}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in out:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            for start in range(0, len(ids), 500):  # stays under SQLite's limit on parameters
                chunk = ids[start : start + 500]
                sql = f"""SELECT record_id, lang, value FROM record_text
                    WHERE kind = ? AND record_id IN ({", ".join("?" for _ in chunk)}) AND field = 'name'"""
                with self._lock:
                    rows = self._conn.execute(sql, (kind, *chunk)).fetchall()
                for record_id, lang, value in rows:
                    out[(kind, record_id)][lang] = value
        return out


def _filter_sql(flt: IndexFilter) -> tuple[str, list[object]]:
    """SQL conditions (each starting with AND) on the record of text row `t`, and their parameters."""
    parts: list[str] = []
    params: list[object] = []
    link = "SELECT 1 FROM record_link l WHERE l.src_kind = t.kind AND l.src_id = t.record_id"
    if flt.kinds:
        parts.append(f"t.kind IN ({', '.join('?' for _ in flt.kinds)})")
        params += flt.kinds
    if flt.country:
        parts.append(
            "(EXISTS (SELECT 1 FROM record r WHERE r.kind = t.kind AND r.id = t.record_id AND r.country = ?)"
            f" OR EXISTS ({link} AND l.dst_kind = 'place'"
            " AND l.dst_id IN (SELECT p.id FROM record p WHERE p.kind = 'place' AND p.country = ?)))"
        )
        params += [flt.country.upper(), flt.country.upper()]
    for kind, value in (("programme", flt.programme), ("cluster", flt.cluster)):
        if value:
            linked = f"EXISTS ({link} AND l.dst_kind = '{kind}' AND l.dst_id = ?)"
            parts.append(f"((t.kind = '{kind}' AND t.record_id = ?) OR {linked})")
            params += [value, value]
    if flt.network:
        parts.append(
            f"((t.kind = 'network' AND t.record_id = ?) OR EXISTS ({link} AND l.dst_kind = 'network' AND l.dst_id = ?)"
            f" OR EXISTS ({link} AND l.dst_kind = 'cluster' AND l.dst_id IN (SELECT c.src_id FROM record_link c"
            " WHERE c.src_kind = 'cluster' AND c.dst_kind = 'network' AND c.dst_id = ?)))"
        )
        params += [flt.network, flt.network, flt.network]
    if flt.date_from or flt.date_to:
        parts.append(
            "EXISTS (SELECT 1 FROM record r WHERE r.kind = t.kind AND r.id = t.record_id AND r.start_date IS NOT NULL"
            " AND r.start_date <= ? AND r.end_date >= ?)"
        )
        params += [flt.date_to or "9999-12-31", flt.date_from or "0000-01-01"]
    return "".join(f" AND {part}" for part in parts), params
