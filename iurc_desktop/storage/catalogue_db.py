"""Writing a catalogue database from content, and reading records back from it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select

from iurc_desktop.domain.codec import record_from_plain, references, texts, to_plain
from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import LANGS
from iurc_desktop.domain.records import Event, Kind, Place, Record
from iurc_desktop.storage.engine import sqlite_engine
from iurc_desktop.storage.models import (
    CATALOGUE_APPLICATION_ID,
    CATALOGUE_SCHEMA_VERSION,
    CatalogueBase,
    CatalogueMeta,
    RecordLink,
    RecordRow,
    RecordText,
)


class CatalogueMissing(Exception):
    pass


class NotACatalogue(Exception):
    """The file is not a catalogue database (for example, it is the user database)."""


def write_catalogue(content: CatalogueContent, dest: Path, meta: Mapping[str, str]) -> None:
    """Create a new catalogue database at `dest` (which must not exist yet)."""
    if dest.exists():
        raise FileExistsError(dest)
    engine = sqlite_engine(dest, wal=False)
    try:
        _fill(engine, content, meta)
    except BaseException:
        engine.dispose()
        dest.unlink(missing_ok=True)  # never leave a half-written catalogue behind
        raise
    engine.dispose()


def _fill(engine: Engine, content: CatalogueContent, meta: Mapping[str, str]) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {CATALOGUE_APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {CATALOGUE_SCHEMA_VERSION}")
    CatalogueBase.metadata.create_all(engine)
    records = list(content.all())
    full_meta = {"schema_version": str(CATALOGUE_SCHEMA_VERSION), **meta}
    with engine.begin() as conn:
        for table, rows in (
            (RecordRow, [_record_row(r) for r in records]),
            (RecordText, list(_text_rows(records))),
            (RecordLink, list(_link_rows(records))),
            (CatalogueMeta, [{"key": k, "value": v} for k, v in full_meta.items()]),
        ):
            if rows:  # an empty executemany is an error in SQLAlchemy
                conn.execute(insert(table), rows)


def _record_row(record: Record) -> dict[str, object]:
    start: dt.date | None = record.start if isinstance(record, Event) else None
    end: dt.date | None = (record.end or start) if isinstance(record, Event) else None
    return {
        "kind": record.KIND.value,
        "id": record.id,
        "sort_name": (record.name.en or record.name.in_lang(LANGS[0])).casefold(),
        "country": record.country if isinstance(record, Place) else None,
        "start_date": start.isoformat() if start else None,
        "end_date": end.isoformat() if end else None,
        "data": json.dumps(to_plain(record), ensure_ascii=False, sort_keys=True),
    }


def _text_rows(records: Iterable[Record]) -> Iterator[dict[str, object]]:
    for record in records:
        for path, text in texts(record):
            for lang in LANGS:
                value = text.get(lang)
                if value:
                    yield {
                        "kind": record.KIND.value,
                        "record_id": record.id,
                        "field": path,
                        "lang": lang.value,
                        "value": value,
                    }


def _link_rows(records: Iterable[Record]) -> Iterator[dict[str, object]]:
    for record in records:
        for position, (field, kind, target) in enumerate(references(record)):
            yield {
                "src_kind": record.KIND.value,
                "src_id": record.id,
                "field": field,
                "dst_kind": kind.value,
                "dst_id": target,
                "position": position,
            }


@dataclass(frozen=True)
class Link:
    """A reference between two records, seen from one of them."""

    field: str
    outgoing: bool
    kind: Kind
    id: str


class CatalogueStore:
    """Read access to one catalogue database file."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise CatalogueMissing(f"no catalogue at {path}")
        self.path = path
        self.engine: Engine = sqlite_engine(path)
        with self.engine.connect() as conn:
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        if app_id != CATALOGUE_APPLICATION_ID:
            self.engine.dispose()
            raise NotACatalogue(f"{path} is not an IURC catalogue database")

    def close(self) -> None:
        self.engine.dispose()

    def meta(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return {row.key: row.value for row in conn.execute(select(CatalogueMeta))}

    def get(self, kind: Kind, record_id: str) -> Record | None:
        with self.engine.connect() as conn:
            data = conn.execute(
                select(RecordRow.data).where(RecordRow.kind == kind.value, RecordRow.id == record_id)
            ).scalar()
        return None if data is None else record_from_plain(kind, json.loads(data))

    def get_many(self, kind: Kind, ids: Iterable[str]) -> dict[str, Record]:
        wanted = list(dict.fromkeys(ids))
        out: dict[str, Record] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                rows = conn.execute(
                    select(RecordRow.id, RecordRow.data).where(
                        RecordRow.kind == kind.value, RecordRow.id.in_(wanted[start : start + 500])
                    )
                )
                out.update({row.id: record_from_plain(kind, json.loads(row.data)) for row in rows})
        return out

    def records(self, kind: Kind) -> list[Record]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(RecordRow.data).where(RecordRow.kind == kind.value).order_by(RecordRow.sort_name)
            )
            return [record_from_plain(kind, json.loads(row.data)) for row in rows]

    def summaries(self, kind: Kind) -> list[dict[str, Any]]:
        """What a list shows of each record, read with json_extract instead of decoding whole records."""
        fields = ("name", "level", "type", "participations", "programme")
        columns = [func.json_extract(RecordRow.data, f"$.{name}").label(name) for name in fields]
        query = (
            select(RecordRow.id, RecordRow.country, RecordRow.start_date, RecordRow.end_date, *columns)
            .where(RecordRow.kind == kind.value)
            .order_by(RecordRow.sort_name)
        )
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def ids(self, kind: Kind) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(RecordRow.id).where(RecordRow.kind == kind.value).order_by(RecordRow.sort_name))
            return [row.id for row in rows]

    def counts(self) -> dict[Kind, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(RecordRow.kind, func.count()).group_by(RecordRow.kind))
            return {Kind(kind): int(n) for kind, n in rows}

    def links(self, kind: Kind, record_id: str) -> list[Link]:
        """References from this record and to it, in a stable order."""
        with self.engine.connect() as conn:
            out_rows = conn.execute(
                select(RecordLink.field, RecordLink.dst_kind, RecordLink.dst_id)
                .where(RecordLink.src_kind == kind.value, RecordLink.src_id == record_id)
                .order_by(RecordLink.position)
            ).all()
            in_rows = conn.execute(
                select(RecordLink.field, RecordLink.src_kind, RecordLink.src_id)
                .where(RecordLink.dst_kind == kind.value, RecordLink.dst_id == record_id)
                .order_by(RecordLink.src_kind, RecordLink.src_id)
            ).all()
        return [Link(f, True, Kind(k), i) for f, k, i in out_rows] + [Link(f, False, Kind(k), i) for f, k, i in in_rows]

    def replace_meta(self, values: Mapping[str, str]) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(CatalogueMeta).where(CatalogueMeta.key.in_(list(values))))
            conn.execute(insert(CatalogueMeta), [{"key": k, "value": v} for k, v in values.items()])
