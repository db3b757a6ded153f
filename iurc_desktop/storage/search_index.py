"""The full-text search index inside a catalogue database: its schema and queries (built by search_build.py).

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

Beside them: `search_name` also holds the toneless pinyin of each Chinese name (field "pinyin"), Latin
columns carry number tokens ("n2000000") for every figure, `search_figure` keeps the value of each key
figure next to its label, and `search_vocabulary` the words of all names, for typo correction.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.storage.search_build import (
    INDEX_FORMAT,
    KIND_ORDER,
    IndexStats,
    build_search_index,
    connect,
    ensure_search_index,
    read_stamp,
)
from iurc_desktop.storage.search_text import CJK_RUN, normalise

__all__ = [
    "CJK_RUN",
    "INDEX_FORMAT",
    "KIND_ORDER",
    "IndexFilter",
    "IndexStats",
    "RecordFacts",
    "SearchIndex",
    "TextRow",
    "build_search_index",
    "ensure_search_index",
    "normalise",
]

_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}
RECORD_MATCH_CAP = 1000  # matches read per term when terms are combined across a record's texts
_TOP = "\U0010ffff"  # sorts after every other character in SQLite's BINARY (UTF-8 memcmp) order


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
    figure: str = ""  # when the text is a key figure's label, the figure's value as the data writes it ("2 million")


_NAME_COLUMNS = "t.id, t.kind, t.record_id, t.field, t.lang, t.value, ''"
# a key figure's label comes with its value, which the services write in the reader's notation
_BODY_COLUMNS = (
    "t.rowid, t.kind, t.record_id, t.field, t.lang, t.value,"
    " coalesce((SELECT g.value FROM search_figure g WHERE g.id = t.rowid), '')"
)

_BODY_WORDS = "search_body_words"
# The words that start with ?1, one index seek each: the instance table reads a term's rows lazily, so LIMIT 1
# stops at its first; the next term is the first one at or after this one followed by char(1), since no
# token holds a control character (unicode61 splits on them) and `term > ?` would read all of this one's rows.
_COMPLETIONS = f"""WITH RECURSIVE word(term, n) AS (
    SELECT (SELECT term FROM temp.{_BODY_WORDS} WHERE term >= ?1 LIMIT 1), 0
    UNION ALL
    SELECT (SELECT term FROM temp.{_BODY_WORDS} WHERE term >= word.term || char(1) LIMIT 1), n + 1
    FROM word WHERE substr(word.term, 1, ?2) = ?1 AND n < ?3)
    SELECT term FROM word"""


class SearchIndex:
    """Queries on the index of one catalogue database (one connection, safe to share across threads)."""

    def __init__(self, path: Path) -> None:
        self._conn = connect(path)
        self._lock = threading.Lock()
        self._vocabulary_table = False
        stamp = read_stamp(self._conn)
        self._ranges = {
            key.removeprefix("range:"): tuple(int(n) for n in value.split())
            for key, value in stamp.items()
            if key.startswith("range:")
        }

    def close(self) -> None:
        self._conn.close()

    @contextlib.contextmanager
    def traced(self, seen: Callable[[str], None]) -> Iterator[None]:
        """Every statement run on the index while inside passed to `seen` (statement budgets of a search; FTS5's
        own statements come as comments, "-- SELECT …")."""
        with self._lock:
            self._conn.set_trace_callback(seen)
        try:
            yield
        finally:
            with self._lock:
                self._conn.set_trace_callback(None)

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
        sql = f"""SELECT {_NAME_COLUMNS} FROM search_name_fts f CROSS JOIN search_name t ON t.id = f.rowid
            WHERE search_name_fts MATCH ? {where} ORDER BY f.rowid LIMIT ?"""
        return self._rows(sql, (fts_query, *params, limit))

    def match_bodies(self, fts_query: str, flt: IndexFilter, limit: int) -> list[TextRow]:
        """Other texts matching an FTS5 query, by kind, then in catalogue order."""
        where, params = _filter_sql(flt)
        sql = f"""SELECT {_BODY_COLUMNS} FROM search_body_fts f CROSS JOIN record_text t ON t.rowid = f.rowid
            WHERE search_body_fts MATCH ? {where} ORDER BY f.rowid LIMIT ?"""
        rows = self._rows(sql, (fts_query, *params, limit + 1))
        if len(rows) <= limit:  # all of them: put them in kind order here; with more, read kind by kind
            return sorted(rows, key=lambda row: _KIND_RANK.get(row.kind, 99))[:limit]
        # Many matches: read them one kind's rowid range at a time, stopping when there are enough.
        sql = f"""SELECT {_BODY_COLUMNS} FROM search_body_fts f CROSS JOIN record_text t ON t.rowid = f.rowid
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
        """Records that match every one of the FTS5 queries, each in any of its texts and languages (or only
        in its names and aliases): "Bari 广州" is the pairing whose English name has Bari, its Chinese name 广州."""
        where, params = _filter_sql(flt)
        # each term's matches are capped (names and bodies are read in ranking order), so a common word
        # costs no more than a rare one; the price: a record beyond a common word's first matches is missed
        one = f"""SELECT * FROM (SELECT t.kind, t.record_id FROM search_name_fts f
            CROSS JOIN search_name t ON t.id = f.rowid
            WHERE search_name_fts MATCH ? {where} LIMIT {RECORD_MATCH_CAP})"""
        if not names_only:
            one += f""" UNION SELECT * FROM (SELECT t.kind, t.record_id FROM search_body_fts f
                CROSS JOIN record_text t ON t.rowid = f.rowid
                WHERE search_body_fts MATCH ? {where} LIMIT {RECORD_MATCH_CAP})"""
        sql = " INTERSECT ".join(f"SELECT * FROM ({one})" for _ in term_queries)  # compounds bind left to right
        values: list[object] = []
        for query in term_queries:
            values += [query, *params] if names_only else [query, *params, query, *params]
        with self._lock:
            keys = [(kind, record_id) for kind, record_id in self._conn.execute(sql, values)]
        return sorted(keys, key=lambda key: _KIND_RANK.get(key[0], 99))[:limit]

    def name_keys(self, fts_query: str, flt: IndexFilter, cap: int) -> tuple[list[tuple[str, str]], bool]:
        """The records whose names or aliases match, at most `cap` names read; and whether that was all of them."""
        where, params = _filter_sql(flt)
        sql = f"""SELECT t.kind, t.record_id FROM search_name_fts f CROSS JOIN search_name t ON t.id = f.rowid
            WHERE search_name_fts MATCH ? {where} LIMIT ?"""
        with self._lock:
            rows = self._conn.execute(sql, (fts_query, *params, cap + 1)).fetchall()
        return list(dict.fromkeys((kind, record_id) for kind, record_id in rows[:cap])), len(rows) <= cap

    def name_count(self, fts_query: str, cap: int) -> int:
        """How many names and aliases match, counting no further than `cap` (which term is the rarest)."""
        sql = "SELECT count(*) FROM (SELECT 1 FROM search_name_fts WHERE search_name_fts MATCH ? LIMIT ?)"
        with self._lock:
            return int(self._conn.execute(sql, (fts_query, cap)).fetchone()[0])

    def match_any(self, term_queries: list[str], flt: IndexFilter, limit: int) -> list[tuple[str, str]]:
        """Records that match some of the queries, those matching more of them first (the relaxed OR)."""
        where, params = _filter_sql(flt)
        parts = []
        values: list[object] = []
        for number, query in enumerate(term_queries):
            parts.append(
                f"""SELECT * FROM (SELECT t.kind, t.record_id, {number} AS term FROM search_name_fts f
                CROSS JOIN search_name t ON t.id = f.rowid WHERE search_name_fts MATCH ? {where} LIMIT 2000)
                UNION SELECT * FROM (SELECT t.kind, t.record_id, {number} FROM search_body_fts f
                CROSS JOIN record_text t ON t.rowid = f.rowid WHERE search_body_fts MATCH ? {where} LIMIT 2000)"""
            )
            values += [query, *params, query, *params]
        sql = f"""SELECT kind, record_id, count(DISTINCT term) FROM ({" UNION ".join(parts)})
            GROUP BY kind, record_id"""
        with self._lock:
            rows = self._conn.execute(sql, values).fetchall()
        rows.sort(key=lambda row: (-row[2], _KIND_RANK.get(row[0], 99)))  # more of the words, then by kind
        return [(kind, record_id) for kind, record_id, _count in rows[:limit]]

    def record_texts(
        self, keys: Iterable[tuple[str, str]], fields: tuple[str, ...]
    ) -> dict[tuple[str, str], list[TextRow]]:
        """Some fields of each record ("name", "summary"), in every language, in catalogue order (to show a
        record-level match): one statement for all the hits, not one per hit."""
        sql = f"""SELECT {_BODY_COLUMNS} FROM record_text t WHERE (t.kind, t.record_id) IN (SELECT
            json_extract(k.value, '$[0]'), json_extract(k.value, '$[1]') FROM json_each(?) k)
            AND t.field IN (SELECT value FROM json_each(?)) ORDER BY t.rowid"""
        out: dict[tuple[str, str], list[TextRow]] = {key: [] for key in keys}
        for row in self._rows(sql, (json.dumps(list(out)), json.dumps(fields))) if out else ():
            out[(row.kind, row.record_id)].append(row)
        return out

    def texts_in(self, wanted: Iterable[tuple[str, str, str, str]]) -> dict[tuple[str, str, str, str], TextRow]:
        """Of each (kind, record_id, field, lang), that field of the record in that language where it has it (to
        show a match in the reader's language), for all the hits in one statement."""
        sql = f"""SELECT {_BODY_COLUMNS} FROM record_text t WHERE (t.kind, t.record_id, t.field, t.lang) IN (SELECT
            json_extract(k.value, '$[0]'), json_extract(k.value, '$[1]'), json_extract(k.value, '$[2]'),
            json_extract(k.value, '$[3]') FROM json_each(?) k) ORDER BY t.rowid"""
        keys = list(dict.fromkeys(wanted))
        out: dict[tuple[str, str, str, str], TextRow] = {}
        for row in self._rows(sql, (json.dumps(keys),)) if keys else ():
            out.setdefault((row.kind, row.record_id, row.field, row.lang), row)  # the first, as one lookup had it
        return out

    def completions(self, prefix: str, cap: int) -> list[str] | None:
        """The words of other texts that start with `prefix` (itself included if it is one), or None if there are
        more than `cap` (then FTS5's own prefix query is the better one)."""
        with self._lock:
            if not self._vocabulary_table:  # a view of the index's terms, kept with this connection, not the file
                self._conn.execute(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_BODY_WORDS}"
                    " USING fts5vocab(main, search_body_fts, instance)"
                )
                self._vocabulary_table = True
            rows = self._conn.execute(_COMPLETIONS, (prefix, len(prefix), cap)).fetchall()
        words = [word for (word,) in rows if word is not None and word.startswith(prefix)]
        return None if len(words) > cap else words

    def vocabulary(self) -> list[str]:
        """The words of every name and alias, for typo correction."""
        with self._lock:
            return [word for (word,) in self._conn.execute("SELECT word FROM search_vocabulary")]

    def facts(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], RecordFacts]:
        """What tells each record apart from others of the same name: date and type of events, country of places."""
        out: dict[tuple[str, str], RecordFacts] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in dict.fromkeys(keys):
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():  # one query per kind, not per hit
            for start in range(0, len(ids), 500):  # stays under SQLite's limit on parameters
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                sql = f"""SELECT kind, id, start_date, end_date, country, json_extract(data, '$.type'),
                    json_extract(data, '$.year') FROM record WHERE kind = ? AND id IN ({marks})"""
                with self._lock:
                    rows = self._conn.execute(sql, (kind, *chunk)).fetchall()
                for row_kind, record_id, begin, end, country, subtype, year in rows:
                    out[(row_kind, record_id)] = RecordFacts(begin, end, country, subtype, year)
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
