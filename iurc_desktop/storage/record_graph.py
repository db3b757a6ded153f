"""A record's neighbourhood in few statements: records by (kind, id) pairs and links of several records at once.

A record page shows a record, the records it names, the records naming it and a few of theirs. Read one by
one that was ~50 statements a page; these read each hop in one statement, whatever the kinds involved.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Engine, func, literal, select, tuple_, union_all

from iurc_desktop.domain.codec import record_from_plain
from iurc_desktop.domain.records import Kind, Record
from iurc_desktop.storage.catalogue_db import Link
from iurc_desktop.storage.models import RecordLink, RecordRow

RecordKey = tuple[Kind, str]
# SQLite allows 32,766 bound parameters; two per pair keeps well under it in one statement
MAX_PAIRS = 8000


def records_by_key(engine: Engine, keys: Iterable[RecordKey]) -> dict[RecordKey, Record]:
    """The records with these (kind, id) keys, of any kinds, in one statement per 8,000 keys."""
    wanted = list(dict.fromkeys(keys))
    out: dict[RecordKey, Record] = {}
    with engine.connect() as conn:
        for start in range(0, len(wanted), MAX_PAIRS):
            pairs = [(kind.value, record_id) for kind, record_id in wanted[start : start + MAX_PAIRS]]
            rows = conn.execute(
                select(RecordRow.kind, RecordRow.id, RecordRow.data).where(
                    tuple_(RecordRow.kind, RecordRow.id).in_(pairs)
                )
            )
            for row in rows:
                kind = Kind(row.kind)
                out[(kind, row.id)] = record_from_plain(kind, json.loads(row.data))
    return out


def links_of(engine: Engine, keys: Iterable[RecordKey]) -> dict[RecordKey, list[Link]]:
    """References from and to each of these records (outgoing in field order first), in one statement."""
    wanted = list(dict.fromkeys(keys))
    out: dict[RecordKey, list[Link]] = {key: [] for key in wanted}
    if not wanted:
        return out
    pairs = [(kind.value, record_id) for kind, record_id in wanted[:MAX_PAIRS]]
    outgoing = select(
        RecordLink.src_kind.label("kind"),
        RecordLink.src_id.label("id"),
        RecordLink.field,
        RecordLink.dst_kind.label("other_kind"),
        RecordLink.dst_id.label("other_id"),
        literal(1).label("outgoing"),
        RecordLink.position,
    ).where(tuple_(RecordLink.src_kind, RecordLink.src_id).in_(pairs))
    incoming = select(
        RecordLink.dst_kind,
        RecordLink.dst_id,
        RecordLink.field,
        RecordLink.src_kind,
        RecordLink.src_id,
        literal(0),
        RecordLink.position,
    ).where(tuple_(RecordLink.dst_kind, RecordLink.dst_id).in_(pairs))
    query = union_all(outgoing, incoming)
    with engine.connect() as conn:
        rows = conn.execute(query.order_by("kind", "id", query.selected_columns.outgoing.desc(), "position")).all()
    for kind, record_id, field, other_kind, other_id, is_out, _position in rows:
        out[(Kind(kind), record_id)].append(Link(field, bool(is_out), Kind(other_kind), other_id))
    return out


def records_naming(
    engine: Engine, src_kind: Kind, fields: tuple[str, ...], place_ids: Iterable[str], at_least: int = 2
) -> list[str]:
    """Ids of the `src_kind` records that name at least `at_least` of these places in these fields."""
    places = list(dict.fromkeys(place_ids))
    if len(places) < at_least:
        return []
    query = (
        select(RecordLink.src_id)
        .where(
            RecordLink.src_kind == src_kind.value,
            RecordLink.field.in_(fields),
            RecordLink.dst_kind == Kind.PLACE.value,
            RecordLink.dst_id.in_(places),
        )
        .group_by(RecordLink.src_id)
        .having(func.count(func.distinct(RecordLink.dst_id)) >= at_least)
        .order_by(RecordLink.src_id)
    )
    with engine.connect() as conn:
        return [row.src_id for row in conn.execute(query)]
