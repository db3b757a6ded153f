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

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.storage.search_text import (
    CJK_RUN,
    fts_columns,
    normalise,
    pinyin,
    to_simplified,
    vocabulary_words,
)

__all__ = [
    "CJK_RUN",
    "KIND_ORDER",
    "IndexFilter",
    "RecordFacts",
    "SearchIndex",
    "TextRow",
    "build_search_index",
    "normalise",
]

INDEX_FORMAT = 2  # bump when the schema or the text preparation changes: opening rebuilds older indexes

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
    "source",
)

_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}
_TOP = "\U0010ffff"  # sorts after every other character in SQLite's BINARY (UTF-8 memcmp) order
_FTS_OPTIONS = "content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'"
_DROP = (
    "DROP TABLE IF EXISTS search_name_fts",
    "DROP TABLE IF EXISTS search_body_fts",
    "DROP TABLE IF EXISTS search_name",
    "DROP TABLE IF EXISTS search_figure",
    "DROP TABLE IF EXISTS search_vocabulary",
    "DROP TABLE IF EXISTS search_index_meta",
)
_CREATE = (
    "CREATE TABLE search_index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE search_name (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
        lang TEXT NOT NULL, kind_rank INTEGER NOT NULL, value TEXT NOT NULL, norm TEXT NOT NULL)""",
    # the value of a key figure, shown with its label ("2 million — invested in …"); rowids of record_text
    "CREATE TABLE search_figure (id INTEGER PRIMARY KEY, value TEXT NOT NULL)",
    # the words of names and aliases, for typo correction (read into memory on the first near-miss)
    "CREATE TABLE search_vocabulary (word TEXT PRIMARY KEY) WITHOUT ROWID",
    f"CREATE VIRTUAL TABLE search_name_fts USING fts5(latin, cjk1, cjk2, {_FTS_OPTIONS})",
    f"CREATE VIRTUAL TABLE search_body_fts USING fts5(latin, cjk1, cjk2, {_FTS_OPTIONS})",
)
_INDEXES = (
    "CREATE INDEX ix_search_name_norm ON search_name (norm)",
    "CREATE INDEX ix_search_name_kind_norm ON search_name (kind_rank, norm)",
)


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
class RecordFacts:
    start: str | None  # ISO dates
    end: str | None
    country: str | None
    subtype: str | None  # an event's type: meeting, webinar, study-visit …
    year: int | None


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


def _build(conn: sqlite3.Connection) -> int:
    conn.execute("PRAGMA cache_size = -65536")
    for statement in (*_DROP, *_CREATE):
        conn.execute(statement)
    vocabulary: set[str] = set()
    name_count = _insert_names(conn, vocabulary)
    conn.executemany("INSERT INTO search_vocabulary VALUES (?)", ((word,) for word in sorted(vocabulary)))
    body_count = _insert_bodies(conn)
    for statement in _INDEXES:
        conn.execute(statement)
    ranges = conn.execute(
        "SELECT kind, min(rowid), max(rowid) FROM record_text WHERE field != 'name' GROUP BY kind"
    ).fetchall()
    meta = [("format", str(INDEX_FORMAT)), ("source_rows", _source_rows(conn))]
    meta += [(f"range:{kind}", f"{low} {high}") for kind, low, high in ranges]
    conn.executemany("INSERT INTO search_index_meta VALUES (?, ?)", meta)
    return name_count + body_count


def _insert_names(conn: sqlite3.Connection, vocabulary: set[str]) -> int:
    """Names and aliases (and the pinyin of Chinese ones) into search_name and its FTS table, streamed in
    batches: a 100k-record catalogue has ~400k of them, never all in memory."""
    names: list[tuple[object, ...]] = []
    fts: list[tuple[object, ...]] = []
    count = 0
    for kind, record_id, field, lang, kind_rank, value in _name_texts(conn):
        rows = [(field, lang, value)]
        if CJK_RUN.search(value):
            value = to_simplified(value)
            rows = [(field, lang, value)]
            spoken = pinyin(value)
            if spoken:
                rows.append(("pinyin", "zh", spoken))
        for row_field, row_lang, text in rows:
            count += 1
            norm = " ".join(normalise(text).split())
            vocabulary.update(vocabulary_words(norm))
            names.append((count, kind, record_id, row_field, row_lang, kind_rank, text, norm))
            # a pinyin row also answers to its syllables run together: "chengdu" and "chongqingliangjiang"
            extra = norm.replace(" ", "") if row_field == "pinyin" and " " in norm else ""
            fts.append((count, *fts_columns(text, extra)))
        if len(names) >= 5000:
            _flush_names(conn, names, fts)
    _flush_names(conn, names, fts)
    return count


def _flush_names(conn: sqlite3.Connection, names: list[tuple[object, ...]], fts: list[tuple[object, ...]]) -> None:
    conn.executemany("INSERT INTO search_name VALUES (?, ?, ?, ?, ?, ?, ?, ?)", names)
    conn.executemany("INSERT INTO search_name_fts (rowid, latin, cjk1, cjk2) VALUES (?, ?, ?, ?)", fts)
    names.clear()
    fts.clear()


def _insert_bodies(conn: sqlite3.Connection) -> int:
    """Every other text into search_body_fts under its record_text rowid; a key figure's label is indexed
    with the figure's value, so "2 million" finds "invested in resources and funding"."""
    figure = (
        "CASE WHEN t.field GLOB 'key_figures*.label' THEN (SELECT json_extract(r.data, '$.' ||"
        " substr(t.field, 1, length(t.field) - 6) || '.value') FROM record r WHERE r.kind = t.kind"
        " AND r.id = t.record_id) END"
    )
    bodies = conn.execute(f"SELECT t.rowid, t.value, {figure} FROM record_text t WHERE t.field != 'name'")
    fts: list[tuple[object, ...]] = []
    figures: list[tuple[int, str]] = []
    count = 0
    for rowid, value, figure_value in bodies:  # streamed, not fetched
        count += 1
        if figure_value:
            figures.append((rowid, str(figure_value)))
        fts.append((rowid, *fts_columns(value, str(figure_value or ""))))
        if len(fts) >= 5000:
            conn.executemany("INSERT INTO search_body_fts (rowid, latin, cjk1, cjk2) VALUES (?, ?, ?, ?)", fts)
            fts.clear()
    conn.executemany("INSERT INTO search_body_fts (rowid, latin, cjk1, cjk2) VALUES (?, ?, ?, ?)", fts)
    conn.executemany("INSERT INTO search_figure VALUES (?, ?)", figures)
    return count


def _name_texts(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str, str, int, str]]:
    """(kind, record_id, field, lang, kind_rank, value) of names and aliases, in ranking order."""
    rank = "CASE r.kind " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(KIND_ORDER)) + " ELSE 99 END"
    rows = conn.execute(
        f"""SELECT r.kind, r.id, x.field, x.lang, {rank} AS kind_rank, x.value
        FROM record r JOIN (
            SELECT kind, record_id, field, lang, rowid AS seq, value FROM record_text WHERE field = 'name'
            UNION ALL
            SELECT r2.kind, r2.id, 'aliases', '', 1e18, CAST(a.value AS TEXT)
            FROM record r2, json_each(r2.data, '$.aliases') a WHERE r2.kind = 'place'
        ) x ON x.kind = r.kind AND x.record_id = r.id
        ORDER BY kind_rank, r.sort_name, r.id, x.seq"""
    )
    for kind, record_id, field, lang, kind_rank, value in rows:
        if value and value.strip():
            yield kind, record_id, field, lang, kind_rank, value


_NAME_COLUMNS = "t.id, t.kind, t.record_id, t.field, t.lang, t.value"
# a key figure's label reads with its value: "2 million — invested in resources and funding"
_BODY_COLUMNS = (
    "t.rowid, t.kind, t.record_id, t.field, t.lang,"
    " coalesce((SELECT g.value || ' — ' || t.value FROM search_figure g WHERE g.id = t.rowid), t.value)"
)


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

    def exact_names(self, norms: tuple[str, ...], flt: IndexFilter, limit: int) -> list[TextRow]:
        """Names equal to one of `norms`, names before aliases and pinyin, then by kind."""
        where, params = _filter_sql(flt)
        sql = f"""SELECT {_NAME_COLUMNS} FROM search_name t WHERE t.norm IN ({", ".join("?" for _ in norms)}) {where}
            ORDER BY t.field != 'name', t.kind_rank, t.id LIMIT ?"""
        return self._rows(sql, (*norms, *params, limit))

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

    def match_records(
        self, term_queries: list[str], flt: IndexFilter, limit: int, *, names_only: bool = False
    ) -> list[tuple[str, str]]:
        """Records that match every one of the FTS5 queries, each in any of its texts and languages (or only in
        its names and aliases): "Bari 广州" is the pairing whose English name has Bari and Chinese name 广州. By kind."""
        where, params = _filter_sql(flt)
        one = f"""SELECT t.kind, t.record_id FROM search_name_fts f JOIN search_name t ON t.id = f.rowid
            WHERE search_name_fts MATCH ? {where}"""
        if not names_only:
            one += f""" UNION SELECT t.kind, t.record_id FROM search_body_fts f JOIN record_text t ON t.rowid = f.rowid
                WHERE search_body_fts MATCH ? {where}"""
        sql = " INTERSECT ".join(f"SELECT * FROM ({one})" for _ in term_queries)  # compounds bind left to right
        values: list[object] = []
        for query in term_queries:
            values += [query, *params] if names_only else [query, *params, query, *params]
        with self._lock:
            keys = [(kind, record_id) for kind, record_id in self._conn.execute(sql, values)]
        return sorted(keys, key=lambda key: _KIND_RANK.get(key[0], 99))[:limit]

    def match_any(self, term_queries: list[str], flt: IndexFilter, limit: int) -> list[tuple[str, str]]:
        """Records that match some of the queries, those matching more of them first (the relaxed OR)."""
        where, params = _filter_sql(flt)
        parts = []
        values: list[object] = []
        for number, query in enumerate(term_queries):
            parts.append(
                f"""SELECT * FROM (SELECT t.kind, t.record_id, {number} AS term FROM search_name_fts f
                JOIN search_name t ON t.id = f.rowid WHERE search_name_fts MATCH ? {where} LIMIT 2000)
                UNION SELECT * FROM (SELECT t.kind, t.record_id, {number} FROM search_body_fts f
                JOIN record_text t ON t.rowid = f.rowid WHERE search_body_fts MATCH ? {where} LIMIT 2000)"""
            )
            values += [query, *params, query, *params]
        sql = f"""SELECT kind, record_id FROM ({" UNION ".join(parts)}) GROUP BY kind, record_id
            ORDER BY count(DISTINCT term) DESC LIMIT ?"""
        with self._lock:
            return [(kind, record_id) for kind, record_id in self._conn.execute(sql, (*values, limit))]

    def record_texts(self, key: tuple[str, str]) -> list[TextRow]:
        """The name and summary texts of one record, in every language (to show a record-level match)."""
        sql = f"""SELECT {_BODY_COLUMNS} FROM record_text t WHERE t.kind = ? AND t.record_id = ?
            AND t.field IN ('name', 'summary') ORDER BY t.rowid"""
        return self._rows(sql, key)

    def vocabulary(self) -> list[str]:
        """The words of every name and alias, for typo correction."""
        with self._lock:
            return [word for (word,) in self._conn.execute("SELECT word FROM search_vocabulary")]

    def facts(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], RecordFacts]:
        """What tells each record apart from others of the same name: date and type of events, country of places."""
        out: dict[tuple[str, str], RecordFacts] = {}
        sql = """SELECT kind, id, start_date, end_date, country, json_extract(data, '$.type'),
            json_extract(data, '$.year') FROM record WHERE kind = ? AND id = ?"""
        with self._lock:
            for key in keys:
                for kind, record_id, start, end, country, subtype, year in self._conn.execute(sql, key):
                    out[(kind, record_id)] = RecordFacts(start, end, country, subtype, year)
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
