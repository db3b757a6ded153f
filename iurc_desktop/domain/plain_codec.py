"""A record's plain form checked and brought to what `to_plain(record_from_plain(kind, data))` gives, without
making the record: the same checks, the same DecodeError fields, the same result.

Why: a data update stores each record as its plain form. Making 100,000 frozen dataclasses only to turn them
back into dicts was two fifths of an import's Python time. Each record class is compiled once into a function
that walks a plain value the way `codec.decode` and then `codec.to_plain` would (tests hold the two paths equal
on the real catalogue, synthetic records and broken input).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, NamedTuple, Union

from iurc_desktop.domain.codec import (
    _ONCE_PLAIN_TEXT,
    DecodeError,
    _field_names,
    _fields,
    _hints,
    _join,
    to_plain,
)
from iurc_desktop.domain.lang import LANGS, LocalText
from iurc_desktop.domain.records import RECORD_TYPES, Kind, Record

Normaliser = Callable[[Any], Any]  # a plain value → its normalised plain form; DecodeError fields are relative
_CODES = tuple(lang.value for lang in LANGS)
_LANG_CODES = frozenset(_CODES)
_TEXT_EXPECTED = "expected text in languages, e.g. {en = …, zh = …, pt = …}"


class PlainRecord(NamedTuple):
    """A record as the catalogue stores it: its kind and its plain form (what `to_plain` gives)."""

    kind: Kind
    data: dict[str, Any]

    @classmethod
    def of(cls, record: Record) -> PlainRecord:
        plain: dict[str, Any] = to_plain(record)
        return cls(record.KIND, plain)

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    def sort_name(self) -> str:
        """The record's name in the first language that has it (English first), case-folded."""
        name: dict[str, str] = self.data.get("name", {})
        return next((name[code] for code in _CODES if code in name), "").casefold()

    def references(self) -> list[tuple[str, Kind, str]]:
        """Every (field, kind, id) the record points at, in `codec.references`' order."""
        data = self.data
        out: list[tuple[str, Kind, str]] = []
        for name, kind in RECORD_TYPES[self.kind].REFS.items():
            value = data.get(name)
            for target in value if isinstance(value, list) else (value,):
                if target:
                    out.append((name, kind, target))
        for part in data.get("participations", ()):
            out.append(("participations", Kind.PROGRAMME, part.get("programme", "")))
        for source in data.get("sources", ()):
            out.append(("sources", Kind.SOURCE, source.get("doc", "")))
        return out


def plain_record(kind: Kind, data: Any) -> PlainRecord:
    """`data` checked as a record of `kind` and normalised; raises DecodeError naming the field at fault."""
    plain: dict[str, Any] = _record_normaliser(kind)(data)
    return PlainRecord(kind, plain)


@cache
def _record_normaliser(kind: Kind) -> Normaliser:
    record_type: Any = RECORD_TYPES[kind]
    return _compiled(record_type)


def _is_empty(plain: Any) -> bool:
    # to_plain's test, `plain in (None, "", (), [], {})`, spelled out for the plain types
    return plain is None or plain == "" or plain == [] or plain == {}


def _relocated(exc: DecodeError, prefix: str) -> DecodeError:
    """`exc`, whose field is relative to a part, relative to the whole: fields are joined as codec.decode joins
    them ("lessons[2].en", "sources[0].doc")."""
    inner = exc.field
    field = prefix if not inner else prefix + inner if inner.startswith("[") else _join(prefix, inner)
    return DecodeError(field, exc.message)


@cache
def _compiled(cls: Any) -> Normaliser:
    """The normaliser of a dataclass: every field's normaliser, its default's plain form, whether required."""
    hints, names = _hints(cls), _field_names(cls)
    steps: list[tuple[str, Normaliser, bool, Any]] = []
    for f in _fields(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        default = None if required else to_plain(_default(f))
        steps.append(
            (f.name, _hint_normaliser(hints[f.name], f.name), required, None if _is_empty(default) else default)
        )

    def normalise(data: Any) -> dict[str, Any]:
        if not isinstance(data, Mapping):
            raise DecodeError("", f"expected a table, got {type(data).__name__}")
        if not data.keys() <= names:
            raise DecodeError(sorted(set(data) - names)[0], "unknown field")
        out: dict[str, Any] = {}
        for name, field_normaliser, required, default in steps:
            if name in data:
                try:
                    plain = field_normaliser(data[name])
                except DecodeError as exc:
                    raise _relocated(exc, name) from None
                if not _is_empty(plain):
                    out[name] = plain
            elif required:
                raise DecodeError(name, "required field is missing")
            elif default is not None:
                out[name] = default
        return out

    return normalise


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    factory: Callable[[], Any] = f.default_factory  # type: ignore[assignment]
    return factory()


def _hint_normaliser(hint: Any, name: str) -> Normaliser:
    """The normaliser of a field's type hint (`name` is the field's: two texts were once plain strings)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        inner = _hint_normaliser(next(a for a in args if a is not type(None)), name)
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        return _list_normaliser(_hint_normaliser(args[0], ""))
    if hint is LocalText:
        return _once_plain_text if name in _ONCE_PLAIN_TEXT else _text
    if dataclasses.is_dataclass(hint):
        return _compiled(hint)  # type: ignore[arg-type]
    return _scalar_normaliser(hint)


def _list_normaliser(item: Normaliser) -> Normaliser:
    def normalise(value: Any) -> list[Any]:
        if not isinstance(value, list | tuple):
            raise DecodeError("", f"expected a list, got {type(value).__name__}")
        out = []
        for i, element in enumerate(value):
            try:
                out.append(item(element))
            except DecodeError as exc:
                raise _relocated(exc, f"[{i}]") from None
        return out

    return normalise


def _text(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise DecodeError("", _TEXT_EXPECTED)
    for key, text in value.items():
        if key not in _LANG_CODES:
            raise DecodeError(key, "unknown language (expected en, zh or pt)")
        if not isinstance(text, str):
            raise DecodeError(key, "expected a string")
    out: dict[str, str] = {}
    for code in _CODES:
        text = value.get(code)
        if text and (stripped := text.strip()):
            out[code] = stripped
    return out


def _once_plain_text(value: Any) -> dict[str, str]:
    if isinstance(value, str):
        return {"en": value} if value else {}
    return _text(value)


def _scalar_normaliser(hint: Any) -> Normaliser:
    def expected(value: Any) -> DecodeError:
        return DecodeError("", f"expected {getattr(hint, '__name__', hint)}, got {value!r}")

    if hint is dt.date:
        return _date
    if hint is float:

        def number(value: Any) -> float:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
            raise expected(value)

        return number
    if hint in (int, str, bool):

        def exact(value: Any) -> Any:
            if isinstance(value, hint) and (hint is bool or not isinstance(value, bool)):
                return value
            raise expected(value)

        return exact

    def unknown(value: Any) -> Any:  # codec.decode refuses a value of any other type the same way
        raise expected(value)

    return unknown


def _date(value: Any) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise DecodeError("", f"expected an ISO date (YYYY-MM-DD), got {value!r}") from None
