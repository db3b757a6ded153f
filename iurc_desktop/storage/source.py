"""The catalogue's editable source: TOML files under resources/catalogue/, any kinds per file.

A file holds arrays of tables named after kinds, e.g. `[[place]]`, `[[case_study]]`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from babel import Locale

from iurc_desktop.domain import messages
from iurc_desktop.domain.codec import DecodeError, Problem, record_from_plain
from iurc_desktop.domain.content import CatalogueContent, check_consistency
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.records import Kind, Place


class SourceError(UserError):
    """The source cannot be read at all (missing folder, no files)."""


def kind_from_table(name: str) -> Kind:
    return Kind.parse(name.replace("_", "-"))


META_TABLE = "catalogue"  # `[catalogue]` in any file: version, date and title of the catalogue


def load_source(folder: Path) -> tuple[CatalogueContent, list[Problem]]:
    if not folder.is_dir():
        raise SourceError(messages.SOURCE_FOLDER_MISSING, path=folder)
    files = sorted(folder.rglob("*.toml"))
    if not files:
        raise SourceError(messages.SOURCE_FOLDER_EMPTY, path=folder)
    content = CatalogueContent()
    problems: list[Problem] = []
    for path in files:
        problems.extend(_load_file(path, path.relative_to(folder).as_posix(), content))
    problems.extend(check_consistency(content))
    problems.extend(_check_countries(content))
    return content, problems


def _load_file(path: Path, label: str, content: CatalogueContent) -> list[Problem]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        return [Problem(label, "", "", f"not valid UTF-8 ({exc.reason} at byte {exc.start})")]
    except tomllib.TOMLDecodeError as exc:
        return [Problem(label, "", "", f"TOML syntax error: {exc}")]
    problems: list[Problem] = []
    for table, entries in data.items():
        if table == META_TABLE:
            problems.extend(_load_meta(entries, label, content))
            continue
        try:
            kind = kind_from_table(table)
        except ValueError as exc:
            problems.append(Problem(label, "", table, str(exc)))
            continue
        if not isinstance(entries, list):
            problems.append(Problem(label, "", table, f"use [[{table}]] tables, one per record"))
            continue
        for index, entry in enumerate(entries):
            problems.extend(_load_entry(kind, entry, f"{label}", index, content))
    return problems


def _load_meta(entries: Any, label: str, content: CatalogueContent) -> list[Problem]:
    if not isinstance(entries, dict):
        return [Problem(label, "", META_TABLE, "expected a [catalogue] table")]
    content.meta.update({str(k): str(v) for k, v in entries.items()})
    return []


def _load_entry(kind: Kind, entry: Any, label: str, index: int, content: CatalogueContent) -> list[Problem]:
    record_label = f"{kind.value}:{entry.get('id', f'#{index + 1}') if isinstance(entry, dict) else index}"
    try:
        record = record_from_plain(kind, entry)
    except DecodeError as exc:
        return [Problem(label, record_label, exc.field, exc.message)]
    duplicate = content.add(record, label)
    return [duplicate] if duplicate else []


def _check_countries(content: CatalogueContent) -> list[Problem]:
    # Babel also lists regions such as "419" and the placeholder "ZZ" (Unknown Region): not countries.
    known = {str(code) for code in Locale("en").territories if str(code).isalpha() and code != "ZZ"}
    problems = []
    for place in content.records.get(Kind.PLACE, {}).values():
        assert isinstance(place, Place)
        if place.country and place.country not in known:
            origin = content.origin.get((Kind.PLACE, place.id), "")
            problems.append(Problem(origin, f"place:{place.id}", "country", f"unknown country {place.country!r}"))
    return problems
