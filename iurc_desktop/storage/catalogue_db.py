"""Writing a catalogue database from content (reading it back is `catalogue_read.py`, without SQLAlchemy)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from iurc_desktop.domain import messages
from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import LANGS
from iurc_desktop.domain.plain_codec import PlainRecord
from iurc_desktop.domain.records import Kind
from iurc_desktop.storage.catalogue_read import CatalogueMissing as CatalogueMissing
from iurc_desktop.storage.catalogue_read import CatalogueStore as CatalogueStore
from iurc_desktop.storage.catalogue_read import Link as Link
from iurc_desktop.storage.catalogue_read import NotACatalogue as NotACatalogue
from iurc_desktop.storage.engine import sqlite_engine
from iurc_desktop.storage.models import (
    CATALOGUE_APPLICATION_ID,
    CATALOGUE_SCHEMA_VERSION,
    CatalogueBase,
    CatalogueMeta,
    RecordLink,
    RecordRow,
    RecordText,
    RemovedRecord,
)


class DanglingReferences(UserError):
    """Records point at ids the catalogue does not hold (`source` and `target` name the first such link)."""


def write_catalogue(content: CatalogueContent, dest: Path, meta: Mapping[str, str]) -> None:
    """Create a new catalogue database at `dest` (which must not exist yet)."""
    write_records(dest, map(PlainRecord.of, content.all()), meta)


def write_records(
    dest: Path,
    records: Iterable[PlainRecord],
    meta: Mapping[str, str],
    removed: Iterable[Mapping[str, str]] = (),
    batch_size: int = 5000,
) -> dict[Kind, int]:
    """Stream records (in their plain form: `plain_codec`) into a new catalogue database at `dest`, a batch at
    a time (an update with 100,000 records never sits in memory whole). Raises DanglingReferences, and leaves
    no file, when a reference points at a record that is not there."""
    if dest.exists():
        raise FileExistsError(dest)
    engine = sqlite_engine(dest, wal=False)
    event.listen(engine, "connect", _new_file_pragmas)
    try:
        counts = _fill(engine, map(_record_rows, _chunks(records, batch_size)), meta, list(removed))
    except BaseException:
        engine.dispose()
        dest.unlink(missing_ok=True)  # never leave a half-written catalogue behind
        raise
    engine.dispose()
    return counts


def _new_file_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """A new file nobody reads until it is complete (it is deleted on failure and copied into the live one only
    once finished): no fsync per commit, the rollback journal in memory, a 64 MB page cache. No foreign-key
    check per row either: every text and link row is made from the record it belongs to, and what links point
    at is checked once for the whole file (_raise_if_dangling)."""
    for pragma in ("synchronous = OFF", "journal_mode = MEMORY", "cache_size = -65536", "foreign_keys = OFF"):
        dbapi_connection.execute(f"PRAGMA {pragma}")


def _fill(
    engine: Engine, batches: Iterable[RowBatch], meta: Mapping[str, str], removed: list[Mapping[str, str]]
) -> dict[Kind, int]:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {CATALOGUE_APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {CATALOGUE_SCHEMA_VERSION}")
    CatalogueBase.metadata.create_all(engine)
    # secondary indexes are built once the rows are in (a sort, instead of 900k inserts at random places)
    indexes = [index for table in CatalogueBase.metadata.sorted_tables for index in table.indexes]
    with engine.begin() as conn:
        for index in indexes:
            index.drop(conn)
    counts: dict[Kind, int] = {}
    full_meta = {"schema_version": str(CATALOGUE_SCHEMA_VERSION), **meta}
    with engine.begin() as conn:
        for batch_counts, records, texts, links in batches:
            for kind, count in batch_counts.items():
                counts[kind] = counts.get(kind, 0) + count
            # positional rows: binding 850k dicts by name cost a second more than the rows themselves
            _insert_rows(conn, RecordRow, RECORD_COLUMNS, records)
            _insert_rows(conn, RecordText, TEXT_COLUMNS, texts)
            _insert_rows(conn, RecordLink, LINK_COLUMNS, links)
        _insert(conn, CatalogueMeta, [{"key": k, "value": v} for k, v in full_meta.items()])
        _insert(conn, RemovedRecord, [dict(row) for row in removed])
        for index in indexes:
            index.create(conn)
        _raise_if_dangling(conn)
    return counts


TextRow = tuple[str, str, str, str, str]  # kind, record_id, field, lang, value
Row = tuple[object, ...]
RowBatch = tuple[dict[Kind, int], list[Row], list[TextRow], list[Row]]  # counts, record, text and link rows
RECORD_COLUMNS = ("kind", "id", "sort_name", "country", "start_date", "end_date", "data")
TEXT_COLUMNS = ("kind", "record_id", "field", "lang", "value")
LINK_COLUMNS = ("src_kind", "src_id", "field", "dst_kind", "dst_id", "position")


def _record_rows(records: list[PlainRecord]) -> RowBatch:
    """A batch of records as (records per kind, record rows, text rows, link rows), positional in the orders
    above."""
    counts: dict[Kind, int] = {}
    for record in records:
        counts[record.kind] = counts.get(record.kind, 0) + 1
    return counts, [_record_row(r) for r in records], list(_text_rows(records)), list(_link_rows(records))


def _chunks(records: Iterable[PlainRecord], size: int) -> Iterator[list[PlainRecord]]:
    remaining = iter(records)
    return iter(lambda: list(itertools.islice(remaining, size)), [])  # itertools.batched, before Python 3.12


def _insert_rows(conn: Connection, table: type[CatalogueBase], columns: tuple[str, ...], rows: Sequence[Row]) -> None:
    if rows:
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table.__tablename__} ({', '.join(columns)}) VALUES ({marks})", rows)


def _insert(conn: Connection, table: type[CatalogueBase], rows: list[dict[str, object]]) -> None:
    """executemany straight to the driver: SQLAlchemy's insert() cost more than SQLite itself on big imports."""
    if not rows:
        return
    columns = list(rows[0])
    names, values = ", ".join(columns), ", ".join(f":{c}" for c in columns)
    conn.exec_driver_sql(f"INSERT INTO {table.__tablename__} ({names}) VALUES ({values})", rows)


def _raise_if_dangling(conn: Connection) -> None:
    rows = conn.exec_driver_sql(
        """SELECT l.src_kind, l.src_id, l.field, l.dst_kind, l.dst_id FROM record_link l
        LEFT JOIN record r ON r.kind = l.dst_kind AND r.id = l.dst_id WHERE r.id IS NULL LIMIT 3"""
    ).all()
    if rows:
        kind, record_id, _field, dst_kind, dst_id = rows[0]
        raise DanglingReferences(
            messages.CATALOGUE_DANGLING, source=f"{kind}:{record_id}", target=f"{dst_kind}:{dst_id}"
        )


def _record_row(record: PlainRecord) -> Row:
    data, kind = record.data, record.kind
    start: str | None = data.get("start") if kind is Kind.EVENT else None
    end: str | None = (data.get("end") or start) if kind is Kind.EVENT else None
    country = data.get("country", "") if kind is Kind.PLACE else None
    data_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return kind.value, record.id, record.sort_name(), country, start, end, data_json


def _text_rows(records: Iterable[PlainRecord]) -> Iterator[TextRow]:
    """One row per text and language, as codec.texts() names them, read from the records' plain form (walking
    that is a third of the cost of walking the dataclasses again, on a 100k-record import)."""
    for record in records:
        kind, record_id = record.kind.value, record.id
        for path, text in _plain_texts(record.data, ""):
            for lang, value in text.items():
                yield kind, record_id, path, lang, value


_LANG_KEYS = frozenset(lang.value for lang in LANGS)


def _plain_texts(value: Any, path: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(path, {lang: text}) of every text in a record's plain form, in codec.texts()'s order and naming: a
    text is a table of language codes only (to_plain drops empty parts, and no record part is named en/zh/pt)."""
    if isinstance(value, dict):
        if value.keys() <= _LANG_KEYS:
            yield path, value
            return
        for name, item in value.items():
            yield from _plain_texts(item, f"{path}.{name}" if path else name)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _plain_texts(item, f"{path}[{i}]")


def _link_rows(records: Iterable[PlainRecord]) -> Iterator[Row]:
    for record in records:
        kind, record_id = record.kind.value, record.id
        for position, (field, target_kind, target) in enumerate(record.references()):
            yield kind, record_id, field, target_kind.value, target, position
