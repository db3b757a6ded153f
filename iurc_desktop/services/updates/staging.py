"""Building the new catalogue beside the live one, and saying what it changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError, OperationalError

from iurc_desktop.domain import messages
from iurc_desktop.domain.codec import DecodeError
from iurc_desktop.domain.plain_codec import PlainRecord, plain_record
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.updates.bundle import BundleError, load_json
from iurc_desktop.storage.catalogue_db import DanglingReferences, write_records
from iurc_desktop.storage.catalogue_files import diff_rows
from iurc_desktop.storage.search_build import build_search_index
from iurc_desktop.storage.sqlite_files import reraise_environment

Names = dict[str, str]  # a record's name by language code


def decode_lines(lines: Iterable[tuple[int, bytes]]) -> Iterator[PlainRecord]:
    """Records from checked lines, in their plain form (checked as the codec checks a record, without making
    one: `plain_codec`); any line that is not exactly a record is refused with its number."""
    for number, line in lines:
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            raise BundleError(messages.BUNDLE_LINE_NOT_UTF8, line=number) from None
        yield _decode_line(number, text)


def _decode_line(number: int, text: str) -> PlainRecord:
    try:
        entry = load_json(text)
    except ValueError:
        raise BundleError(messages.BUNDLE_LINE_INVALID, line=number) from None
    if (
        not isinstance(entry, dict)
        or not isinstance(entry.get("kind"), str)
        or not isinstance(entry.get("record"), dict)
    ):
        raise BundleError(messages.BUNDLE_LINE_INVALID, line=number)
    try:
        kind = Kind.parse(entry["kind"])
    except ValueError:
        raise BundleError(messages.BUNDLE_LINE_FIELD, line=number, field="kind") from None
    try:
        return plain_record(kind, entry["record"])
    except DecodeError as exc:
        raise BundleError(messages.BUNDLE_LINE_FIELD, line=number, field=exc.field) from None
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError):
        raise BundleError(messages.BUNDLE_LINE_INVALID, line=number) from None


def write_staged(lines: Iterable[tuple[int, bytes]], dest: Path, meta: dict[str, str]) -> dict[Kind, int]:
    """The new catalogue database at `dest` from the bundle's checked lines, search index included; refusals
    are BundleError / UserError."""
    try:
        counts = write_records(dest, decode_lines(lines), meta)
        build_search_index(dest, new_file=True)
    except DanglingReferences as exc:
        raise BundleError(messages.BUNDLE_DANGLING, **exc.params) from None
    except IntegrityError:
        dest.unlink(missing_ok=True)
        raise BundleError(messages.BUNDLE_DUPLICATE_RECORD) from None
    except (OperationalError, sqlite3.OperationalError, OSError) as exc:
        dest.unlink(missing_ok=True)
        reraise_environment(exc, dest.parent)
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    if not counts:
        dest.unlink(missing_ok=True)
        raise BundleError(messages.BUNDLE_NO_RECORDS)
    return counts


PREVIEW_LIMIT = 500  # names kept per kind and change; counts are always complete


@dataclass
class KindChanges:
    added: list[tuple[str, Names]] = field(default_factory=list)
    changed: list[tuple[str, Names]] = field(default_factory=list)
    removed: list[tuple[str, Names]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "changed": 0, "removed": 0})

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class CatalogueDiff:
    kinds: dict[Kind, KindChanges] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return all(changes.total == 0 for changes in self.kinds.values())


def compare(staged: Path, live: Path | None) -> CatalogueDiff:
    """Records added, changed and removed per kind, going from `live` to `staged` (names for the first
    PREVIEW_LIMIT of each list, counts for all: a 100k-record update must not fill memory with names)."""
    diff = CatalogueDiff()
    for change, kind, record_id, name in diff_rows(staged, live):
        bucket = diff.kinds.setdefault(Kind(kind), KindChanges())
        bucket.counts[change] += 1
        if bucket.counts[change] <= PREVIEW_LIMIT:
            getattr(bucket, change).append((record_id, json.loads(name) if name else {}))
    return diff
