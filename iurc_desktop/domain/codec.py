"""Turn records into plain dicts (for JSON and TOML) and back, reporting every problem found."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Union

from iurc_desktop.domain.lang import LANGS, LocalText
from iurc_desktop.domain.records import RECORD_TYPES, Kind, Record


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the catalogue source, located as precisely as possible."""

    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ":".join(part for part in (self.file, self.record, self.field) if part)
        return f"{where}: {self.message}"


class DecodeError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in _fields(cls))


def to_plain(value: Any) -> Any:
    """A record (or part of one) as JSON-ready data: dates become ISO strings, empty parts vanish."""
    if isinstance(value, LocalText):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in _fields(type(value)):
            plain = to_plain(getattr(value, f.name))
            if plain not in (None, "", (), [], {}):
                out[f.name] = plain
        return out
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_from_plain(kind: Kind, data: Mapping[str, Any]) -> Record:
    record: Record = decode(RECORD_TYPES[kind], data, "")
    return record


def decode(cls: Any, data: Any, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise DecodeError(path, f"expected a table, got {type(data).__name__}")
    unknown = sorted(set(data) - _field_names(cls))
    if unknown:
        raise DecodeError(_join(path, unknown[0]), "unknown field")
    kwargs: dict[str, Any] = {}
    for f in _fields(cls):
        if f.name in data:
            kwargs[f.name] = _decode_value(_hints(cls)[f.name], data[f.name], _join(path, f.name))
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise DecodeError(_join(path, f.name), "required field is missing")
    return cls(**kwargs)


def _decode_value(hint: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in args if a is not type(None)]
        return _decode_value(inner[0], value, path)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise DecodeError(path, f"expected a list, got {type(value).__name__}")
        return tuple(_decode_value(args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
    if hint is LocalText:
        return _decode_text(value, path)
    if dataclasses.is_dataclass(hint):
        return decode(hint, value, path)
    return _decode_scalar(hint, value, path)


_LANG_CODES = frozenset(lang.value for lang in LANGS)


# Fields that were plain English strings in catalogue schema 2 and earlier; databases and bundles written then
# still hold them that way, so a bare string is read as the English text rather than rejected.
_ONCE_PLAIN_TEXT = frozenset({"date_note", "status"})


def _decode_text(value: Any, path: str) -> LocalText:
    if isinstance(value, str) and path.rsplit(".", 1)[-1] in _ONCE_PLAIN_TEXT:
        return LocalText(en=value)
    if not isinstance(value, Mapping):
        raise DecodeError(path, "expected text in languages, e.g. {en = …, zh = …, pt = …}")
    for key, text in value.items():
        if key not in _LANG_CODES:
            raise DecodeError(f"{path}.{key}", "unknown language (expected en, zh or pt)")
        if not isinstance(text, str):
            raise DecodeError(f"{path}.{key}", "expected a string")
    return LocalText.from_mapping(value)


def _decode_scalar(hint: Any, value: Any, path: str) -> Any:
    if hint is dt.date:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise DecodeError(path, f"expected an ISO date (YYYY-MM-DD), got {value!r}") from None
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint is bool and isinstance(value, bool):
        return value
    if hint is str and isinstance(value, str):
        return value
    raise DecodeError(path, f"expected {getattr(hint, '__name__', hint)}, got {value!r}")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def references(record: Record) -> list[tuple[str, Kind, str]]:
    """Every (field, kind, id) this record points at, in field order."""
    out: list[tuple[str, Kind, str]] = []
    for name, kind in record.REFS.items():
        value = getattr(record, name)
        for target in value if isinstance(value, tuple) else (value,):
            if target:
                out.append((name, kind, target))
    for part in getattr(record, "participations", ()):
        out.append(("participations", Kind.PROGRAMME, part.programme))
    for source in record.sources:
        out.append(("sources", Kind.SOURCE, source.doc))
    return out


def texts(record: Record) -> list[tuple[str, LocalText]]:
    """Every piece of translatable text in a record, with a field path (e.g. 'lessons[2]')."""
    return list(_walk_texts(record, ""))


def _walk_texts(value: Any, path: str) -> typing.Iterator[tuple[str, LocalText]]:
    if isinstance(value, LocalText):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in _fields(type(value)):
            yield from _walk_texts(getattr(value, f.name), _join(path, f.name))
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk_texts(item, f"{path}[{i}]")
