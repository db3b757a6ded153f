"""A record's neighbourhood in few statements: records by (kind, id) pairs and links of several records at once.

A record page shows a record, the records it names, the records naming it and a few of theirs. Read one by
one that was ~50 statements a page; these read each hop in one statement, whatever the kinds involved.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from iurc_desktop.domain.codec import record_from_plain
from iurc_desktop.domain.records import Kind, Record
from iurc_desktop.storage.catalogue_read import CatalogueStore, Link

RecordKey = tuple[Kind, str]
# SQLite allows 32,766 bound parameters; two per pair keeps well under it in one statement
MAX_PAIRS = 8000


def records_by_key(store: CatalogueStore, keys: Iterable[RecordKey]) -> dict[RecordKey, Record]:
    """The records with these (kind, id) keys, of any kinds, in one statement per 8,000 keys."""
    wanted = list(dict.fromkeys(keys))
    out: dict[RecordKey, Record] = {}
    for start in range(0, len(wanted), MAX_PAIRS):
        condition, params = _keys_match("kind", "id", wanted[start : start + MAX_PAIRS])
        for kind_value, record_id, data in store.rows(f"SELECT kind, id, data FROM record WHERE {condition}", params):
            kind = Kind(kind_value)
            out[(kind, record_id)] = record_from_plain(kind, json.loads(data))
    return out


def links_of(store: CatalogueStore, keys: Iterable[RecordKey]) -> dict[RecordKey, list[Link]]:
    """References from and to each of these records (outgoing in field order first), in one statement."""
    wanted = list(dict.fromkeys(keys))[:MAX_PAIRS]
    out: dict[RecordKey, list[Link]] = {key: [] for key in wanted}
    if not wanted:
        return out
    outgoing, out_params = _keys_match("src_kind", "src_id", wanted)
    incoming, in_params = _keys_match("dst_kind", "dst_id", wanted)
    sql = (
        "SELECT src_kind, src_id, field, dst_kind, dst_id, 1 AS outgoing, position FROM record_link "
        f"WHERE {outgoing} UNION ALL "
        "SELECT dst_kind, dst_id, field, src_kind, src_id, 0, position FROM record_link "
        f"WHERE {incoming} ORDER BY 1, 2, 6 DESC, 7, 4, 5"
    )
    rows = store.rows(sql, out_params + in_params)
    for kind, record_id, field, other_kind, other_id, is_out, _position in rows:
        out[(Kind(kind), record_id)].append(Link(field, bool(is_out), Kind(other_kind), other_id))
    return out


def _keys_match(kind_column: str, id_column: str, keys: list[RecordKey]) -> tuple[str, list[str]]:
    """`(kind = ? AND id IN (…)) OR …` and its parameters: one index search per kind, where a row-value IN
    would scan the whole table. Plain driver SQL: building the same with SQLAlchemy expressions cost more than
    running it (every page has another shape, so the compiled-statement cache never hits)."""
    by_kind: dict[Kind, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    terms, params = [], []
    for kind, ids in by_kind.items():
        terms.append(f"({kind_column} = ? AND {id_column} IN ({', '.join('?' * len(ids))}))")
        params += [kind.value, *ids]
    return " OR ".join(terms), params


def records_naming(
    store: CatalogueStore, src_kind: Kind, fields: tuple[str, ...], place_ids: Iterable[str], at_least: int = 2
) -> list[str]:
    """Ids of the `src_kind` records that name at least `at_least` of these places in these fields."""
    places = list(dict.fromkeys(place_ids))
    if len(places) < at_least:
        return []
    # "+src_kind" keeps SQLite on the index of the places' incoming links: on the (kind, id) index of the
    # sources it would walk every event's links (60 ms at 100k records instead of 0.1)
    sql = (
        "SELECT src_id FROM record_link WHERE dst_kind = ? "
        f"AND dst_id IN ({', '.join('?' * len(places))}) AND +src_kind = ? "
        f"AND field IN ({', '.join('?' * len(fields))}) "
        "GROUP BY src_id HAVING COUNT(DISTINCT dst_id) >= ? ORDER BY src_id"
    )
    params = (Kind.PLACE.value, *places, src_kind.value, *fields, at_least)
    return [row[0] for row in store.rows(sql, params)]


def place_links(store: CatalogueStore, src_kind: Kind) -> dict[str, list[tuple[str, str]]]:
    """For every record of a kind, the places it names as (field, place id), in field order: for list filters."""
    sql = "SELECT src_id, field, dst_id FROM record_link WHERE src_kind = ? AND dst_kind = ? ORDER BY src_id, position"
    out: dict[str, list[tuple[str, str]]] = {}
    for src_id, field, dst_id in store.rows(sql, (src_kind.value, Kind.PLACE.value)):
        out.setdefault(src_id, []).append((field, dst_id))
    return out
