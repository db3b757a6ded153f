"""The import's plain codec gives what decoding a record and turning it back into plain data gives, refuses what
decoding refuses with the same field and message, and names the same references: on every record of the real
catalogue, on records written loosely (spaces, old plain-string texts, dates as text) and on broken ones."""

from __future__ import annotations

import copy
import datetime as dt
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from iurc_desktop.domain.codec import DecodeError, record_from_plain, references, to_plain
from iurc_desktop.domain.lang import LANGS
from iurc_desktop.domain.plain_codec import PlainRecord, plain_record
from iurc_desktop.domain.records import Kind
from iurc_desktop.storage.paths import resources_dir
from iurc_desktop.storage.source import META_TABLE, kind_from_table


def source_entries() -> list[tuple[Kind, dict[str, Any]]]:
    """Every record of the shipped catalogue as its TOML source writes it (dates as dates, as tomllib reads)."""
    entries = []
    for path in sorted((resources_dir() / "catalogue").rglob("*.toml")):
        for table, rows in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if table != META_TABLE:
                entries += [(kind_from_table(table), row) for row in rows]
    return entries


def outcome(call: Any) -> tuple[str, Any]:
    try:
        return "ok", call()
    except DecodeError as exc:
        return "refused", (exc.field, exc.message)


def assert_same(kind: Kind, data: Any) -> None:
    decoded = outcome(lambda: to_plain(record_from_plain(kind, data)))
    plain = outcome(lambda: plain_record(kind, data).data)
    assert plain == decoded, (kind, data)


REAL = source_entries()


def test_the_real_catalogue_is_read_alike() -> None:
    assert len(REAL) > 400
    for kind, entry in REAL:
        record = record_from_plain(kind, entry)
        plain = plain_record(kind, entry)
        assert plain == PlainRecord(kind, to_plain(record)) == PlainRecord.of(record)
        assert plain.references() == references(record)
        assert plain.sort_name() == (record.name.en or record.name.in_lang(LANGS[0])).casefold()
        # what is stored reads back to the same plain form
        assert plain_record(kind, plain.data) == plain


def loose_variants(kind: Kind, entry: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The entry written as a person or an older tool might: padded texts, dates as text, numbers as ints."""
    padded = copy.deepcopy(entry)
    for value in padded.values():
        if isinstance(value, dict):
            for code in list(value):
                if isinstance(value[code], str):
                    value[code] = f"  {value[code]}\n"
            value.setdefault("pt", "   ")
    yield padded
    as_text = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in entry.items()}
    yield as_text
    if kind is Kind.EVENT:
        yield {**as_text, "status": "Held online", "date_note": ""}
        yield {**as_text, "start": "20200304"}
    if kind is Kind.PLACE and "lat" in entry:
        yield {**entry, "lat": int(entry["lat"])}


def test_loosely_written_records_are_normalised_alike() -> None:
    for kind, entry in REAL:
        for variant in loose_variants(kind, entry):
            assert_same(kind, variant)


BAD_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    1.5,
    "x",
    "",
    [],
    {},
    ["x", 1],
    [{"en": 1}],
    [{"doc": "a", "extra": 1}],
    {"en": 5},
    {"xx": "y"},
    {"en": "a", "zh": None},
    "2020-13-45",
    [{}],
    [[]],
)


def test_broken_fields_are_refused_alike() -> None:
    """Each field of one record of every kind, replaced by each kind of wrong value, and each dropped."""
    firsts: dict[Kind, dict[str, Any]] = {}
    for kind, entry in REAL:
        firsts.setdefault(kind, entry)
    assert len(firsts) == len(Kind)
    for kind, entry in firsts.items():
        for name in [*entry, "unknown_field"]:
            for bad in BAD_VALUES:
                assert_same(kind, {**entry, name: bad})
            assert_same(kind, {k: v for k, v in entry.items() if k != name})
        wholes: tuple[Any, ...] = ([], "x", None, 3)
        for whole in wholes:
            assert_same(kind, whole)


@pytest.mark.parametrize("kind", list(Kind))
def test_an_empty_record_is_refused_alike(kind: Kind) -> None:
    assert_same(kind, {})
    assert_same(kind, {"id": "x"})
    assert_same(kind, {"id": "", "name": {"en": " "}})
