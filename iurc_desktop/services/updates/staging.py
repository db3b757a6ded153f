"""Building the new catalogue beside the live one, and saying what it changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError, OperationalError

from iurc_desktop.domain.codec import DecodeError, record_from_plain
from iurc_desktop.domain.records import Kind, Record
from iurc_desktop.services.updates.bundle import BundleError
from iurc_desktop.storage.catalogue_db import DanglingReferences, write_records
from iurc_desktop.storage.search_index import build_search_index

Names = dict[str, str]  # a record's name by language code


def decode_lines(lines: Iterable[tuple[int, bytes]]) -> Iterator[Record]:
    for number, line in lines:
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            raise BundleError(f"records line {number} is not valid UTF-8") from None
        try:
            entry = json.loads(text)
            kind = Kind.parse(entry["kind"])
            yield record_from_plain(kind, entry["record"])
        except DecodeError as exc:
            raise BundleError(f"records line {number}: {exc}") from None
        except (json.JSONDecodeError, KeyError, TypeError, ValueError):
            raise BundleError(f"records line {number} is not a valid record") from None


def write_staged(records: Iterable[Record], dest: Path, meta: dict[str, str]) -> dict[Kind, int]:
    """The new catalogue database at `dest`, search index included; messages are one line for the user."""
    try:
        counts = write_records(dest, records, meta)
        build_search_index(dest, new_file=True)
    except DanglingReferences as exc:
        raise BundleError(f"the bundle's content is inconsistent: {exc}") from None
    except IntegrityError:
        dest.unlink(missing_ok=True)
        raise BundleError("the bundle's content holds a record twice") from None
    except (OperationalError, sqlite3.OperationalError) as exc:
        dest.unlink(missing_ok=True)
        if disk_failed(exc):
            raise BundleError(
                "not enough disk space (or the disk failed) to prepare the update; nothing changed"
            ) from None
        raise
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return counts


def disk_failed(exc: Exception) -> bool:
    """SQLite says "database or disk is full" for ENOSPC and "disk I/O error" when a write is cut off."""
    return "full" in str(exc) or "disk I/O error" in str(exc)


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


_ADDED = "FROM record n WHERE NOT EXISTS (SELECT 1 FROM old.record o WHERE o.kind = n.kind AND o.id = n.id)"
_REMOVED = "FROM old.record o WHERE NOT EXISTS (SELECT 1 FROM record n WHERE n.kind = o.kind AND n.id = o.id)"
_CHANGED = "FROM record n JOIN old.record o ON o.kind = n.kind AND o.id = n.id WHERE o.data != n.data"
_DIFF_SQL = {
    "added": f"SELECT n.kind, n.id, json_extract(n.data, '$.name') {_ADDED}",
    "removed": f"SELECT o.kind, o.id, json_extract(o.data, '$.name') {_REMOVED}",
    "changed": f"SELECT n.kind, n.id, json_extract(n.data, '$.name') {_CHANGED}",
}


def _attach_live(conn: sqlite3.Connection, live: Path | None) -> None:
    if live is None or not live.is_file():
        conn.execute("ATTACH ':memory:' AS old")
        conn.execute("CREATE TABLE old.record (kind TEXT, id TEXT, data TEXT)")
    else:
        conn.execute("ATTACH ? AS old", (f"file:{live.as_posix()}",))  # only read; a WAL file needs rw to open


def compare(staged: Path, live: Path | None) -> CatalogueDiff:
    """Records added, changed and removed per kind, going from `live` to `staged` (names for the first
    PREVIEW_LIMIT of each list, counts for all: a 100k-record update must not fill memory with names)."""
    diff = CatalogueDiff()
    conn = sqlite3.connect(f"file:{staged.as_posix()}?mode=ro", uri=True)
    try:
        _attach_live(conn, live)
        for change, sql in _DIFF_SQL.items():
            for kind, record_id, name in conn.execute(sql + " ORDER BY 1, 2"):
                bucket = diff.kinds.setdefault(Kind(kind), KindChanges())
                bucket.counts[change] += 1
                if bucket.counts[change] <= PREVIEW_LIMIT:
                    getattr(bucket, change).append((record_id, json.loads(name) if name else {}))
    finally:
        conn.close()
    return diff


def carry_removals(staged: Path, live: Path | None, new_version: str, meta: dict[str, str] | None = None) -> None:
    """Remember, in the new catalogue, every record that updates removed so far (with the version that
    removed it), so a note on such a record can say what happened; records that came back are forgotten."""
    conn = sqlite3.connect(f"file:{staged.as_posix()}", uri=True)
    try:
        with conn:
            _attach_live(conn, live)
            has_table = conn.execute("SELECT 1 FROM old.sqlite_master WHERE name = 'removed_record'").fetchone()
            if has_table:
                conn.execute(
                    "INSERT OR REPLACE INTO removed_record SELECT o.* FROM old.removed_record o "
                    "WHERE NOT EXISTS (SELECT 1 FROM record r WHERE r.kind = o.kind AND r.id = o.id)"
                )
            conn.execute(
                "INSERT OR REPLACE INTO removed_record (kind, id, name, removed_in) "
                f"SELECT o.kind, o.id, coalesce(json_extract(o.data, '$.name'), '{{}}'), ? {_REMOVED}",
                (new_version,),
            )
            conn.executemany("INSERT OR REPLACE INTO catalogue_meta (key, value) VALUES (?, ?)", (meta or {}).items())
    finally:
        conn.close()
