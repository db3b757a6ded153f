"""Building the search index inside a catalogue database (the schema is described in search_index.py).

Every text is prepared in Python (search_text.py: Chinese folded and split into characters and pairs,
pinyin for Chinese names, number tokens) and inserted in batches of 10,000 rows inside the caller's one
transaction: names and bodies are streamed from the catalogue tables, never all in memory. (Preparing the
batches beside the writing was tried twice: a helper thread made a 100k import a third slower, the threads
taking the GIL from each other; a helper process made it 11 % faster on two cores for 150 MB more memory,
since writing the rows through executemany, not preparing them, is what the one process waits for.)
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iurc_desktop.storage.search_stamp import INDEX_FORMAT as INDEX_FORMAT
from iurc_desktop.storage.search_stamp import index_is_current, source_rows
from iurc_desktop.storage.search_stamp import read_stamp as read_stamp
from iurc_desktop.storage.search_text import CJK_RUN, fts_columns, normalise, pinyin, to_simplified, vocabulary_words

# bump when the schema or the text preparation changes: opening rebuilds older indexes
# (4: aliases of every kind, not only places; organisations; 5: the covering index of names)

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

_FTS_OPTIONS = "content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'"
_DROP = (
    "DROP TABLE IF EXISTS search_name_fts",
    "DROP TABLE IF EXISTS search_body_fts",
    "DROP TABLE IF EXISTS search_name",
    "DROP TABLE IF EXISTS search_figure",
    "DROP TABLE IF EXISTS search_vocabulary",
    "DROP TABLE IF EXISTS search_index_meta",
    "DROP INDEX IF EXISTS ix_search_text_name",
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
    # the names of many records at once, read from the index alone (combining words across a record's names
    # reads 200 records' names per query): a third of a millisecond instead of one and a half
    "CREATE INDEX ix_search_text_name ON record_text (kind, record_id, lang, value) WHERE field = 'name'",
)


@dataclass(frozen=True)
class IndexStats:
    texts: int
    seconds: float


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


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


def build_search_index(path: Path, *, new_file: bool = False) -> IndexStats:
    """(Re)build the index of the catalogue database at `path` in one transaction. `new_file`: a database
    being staged that nobody reads until it is complete: no fsync per write and the journal in memory, one
    fsync of the whole file at the end, before it is switched in."""
    started = time.perf_counter()
    conn = connect(path)
    try:
        if new_file:
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("BEGIN IMMEDIATE")
        count = _build(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    if new_file:
        _fsync(path)
    return IndexStats(count, time.perf_counter() - started)


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


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
    meta = [("format", str(INDEX_FORMAT)), ("source_rows", source_rows(conn))]
    meta += [(f"range:{kind}", f"{low} {high}") for kind, low, high in ranges]
    conn.executemany("INSERT INTO search_index_meta VALUES (?, ?)", meta)
    return name_count + body_count


NameText = tuple[str, str, str, str, int, str]  # kind, record_id, field, lang, kind_rank, value
Batch = tuple[list[tuple[object, ...]], list[tuple[object, ...]]]  # rows of a table, rows of its FTS table
_BATCH = 10000


def _batches(cursor: sqlite3.Cursor) -> Iterator[list[Any]]:
    while rows := cursor.fetchmany(_BATCH):
        yield rows


def _insert_names(conn: sqlite3.Connection, vocabulary: set[str]) -> int:
    """Names and aliases (and the pinyin of Chinese ones) into search_name and its FTS table, streamed in
    batches: a 100k-record catalogue has ~400k of them, never all in memory. Rows are numbered here, in
    ranking order."""
    count = 0
    for names, fts, words in map(prepare_names, _batches(_name_texts(conn))):
        numbers = range(count + 1, count + len(names) + 1)
        count += len(names)
        vocabulary.update(words)
        conn.executemany("INSERT INTO search_name VALUES (?, ?, ?, ?, ?, ?, ?, ?)", map(_numbered, numbers, names))
        conn.executemany(
            "INSERT INTO search_name_fts (rowid, latin, cjk1, cjk2) VALUES (?, ?, ?, ?)", map(_numbered, numbers, fts)
        )
    return count


def _numbered(number: int, row: tuple[object, ...]) -> tuple[object, ...]:
    return (number, *row)


NameBatch = tuple[list[tuple[object, ...]], list[tuple[str, str, str]], set[str]]


def prepare_names(texts: list[NameText]) -> NameBatch:
    """A batch of name texts as (search_name rows, FTS rows, vocabulary words), rows not yet numbered."""
    names: list[tuple[object, ...]] = []
    fts: list[tuple[str, str, str]] = []
    words: set[str] = set()
    for kind, record_id, field, lang, kind_rank, value in texts:
        if not value or not value.strip():
            continue
        for row_field, row_lang, text, norm, indexed in _name_rows(field, lang, value):
            words.update(vocabulary_words(norm))
            names.append((kind, record_id, row_field, row_lang, kind_rank, text, norm))
            fts.append(fts_columns(indexed, simplified=True))
    return names, fts, words


def _name_rows(field: str, lang: str, value: str) -> list[tuple[str, str, str, str, str]]:
    """(field, lang, text, folded text, indexed text) of a name, and of its pinyin when it is Chinese."""
    if value.isascii() or not CJK_RUN.search(value):
        return [(field, lang, value, " ".join(normalise(value).split()), value)]
    value = to_simplified(value)
    rows = [(field, lang, value, " ".join(normalise(value).split()), value)]
    spoken = pinyin(value)
    if spoken is not None:  # "chengdu" and "chengd…" match it, and "cheng du" run together
        # single syllables are not words of their own ("du", "shi" would match half the names)
        rows.append(("pinyin", "zh", spoken.syllables, spoken.joined, f"{spoken.joined} {spoken.words}"))
    return rows


def _insert_bodies(conn: sqlite3.Connection) -> int:
    """Every other text into search_body_fts under its record_text rowid; a key figure's label is indexed
    with the figure's value, so "2 million" finds "invested in resources and funding"."""
    count = 0
    for figures, fts in map(prepare_bodies, _batches(body_texts(conn))):
        count += len(fts)
        conn.executemany("INSERT INTO search_body_fts (rowid, latin, cjk1, cjk2) VALUES (?, ?, ?, ?)", fts)
        conn.executemany("INSERT INTO search_figure VALUES (?, ?)", figures)
    return count


def body_texts(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(record_text rowid, text, the key figure's value when the text is its label) of every text but names."""
    figure = (
        "CASE WHEN t.field GLOB 'key_figures*.label' THEN (SELECT json_extract(r.data, '$.' ||"
        " substr(t.field, 1, length(t.field) - 6) || '.value') FROM record r WHERE r.kind = t.kind"
        " AND r.id = t.record_id) END"
    )
    return conn.execute(f"SELECT t.rowid, t.value, {figure} FROM record_text t WHERE t.field != 'name'")


def prepare_bodies(bodies: list[tuple[int, str, object]]) -> Batch:
    """A batch of (record_text rowid, text, key figure value) as (search_figure rows, FTS rows)."""
    figures: list[tuple[object, ...]] = []
    fts: list[tuple[object, ...]] = []
    for rowid, value, figure_value in bodies:
        if figure_value:
            figures.append((rowid, str(figure_value)))
        fts.append((rowid, *fts_columns(value, str(figure_value or ""))))
    return figures, fts


def _name_texts(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(kind, record_id, field, lang, kind_rank, value) of names and aliases, in ranking order (blank ones
    included: the preparer skips them)."""
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
    return rows
