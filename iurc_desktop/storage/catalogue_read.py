"""Reading records back from a catalogue database, with the standard library's sqlite3 driver.

The catalogue is written through SQLAlchemy (`catalogue_db.py`: its tables, the import path); it is read with
plain SQL on a small pool of stdlib connections (`sqlite_reader.py`), like the search index, so that a start
imports no SQLAlchemy.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iurc_desktop.domain import messages
from iurc_desktop.domain.codec import record_from_plain
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.records import Record
from iurc_desktop.storage.sqlite_files import environment_error
from iurc_desktop.storage.sqlite_reader import ConnectionPool

CATALOGUE_APPLICATION_ID = 0x49555243  # "IURC": tells a catalogue file from a user file
SUMMARY_FIELDS = ("name", "level", "type", "participations", "programme", "year")


class CatalogueMissing(UserError):
    """No catalogue file where one was expected."""


class NotACatalogue(UserError):
    """The file is not a catalogue database (for example, it is the user database, or it is damaged)."""


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
            raise CatalogueMissing(messages.CATALOGUE_MISSING, path=path)
        self.path = path
        self.reader = ConnectionPool(path)
        try:
            app_id = self.rows("PRAGMA application_id")[0][0]
            has_tables = self.rows("SELECT count(*) FROM sqlite_master WHERE name = 'record'")[0][0]
        except sqlite3.DatabaseError as exc:  # "file is not a database", a garbled header, a full or read-only disk
            problem = environment_error(exc, path.parent)
            self.close()
            if problem is not None:
                raise problem from None
            app_id, has_tables = None, 0
        if app_id != CATALOGUE_APPLICATION_ID or not has_tables:
            self.close()
            raise NotACatalogue(messages.NOT_A_CATALOGUE, path=path)

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """The rows of one statement (storage's own SQL only: `sql` never holds a value, `params` do)."""
        return self.reader.rows(sql, params)

    def traced(self, seen: Callable[[str], None]) -> AbstractContextManager[None]:
        """Every statement run while inside, on any thread, passed to `seen` (the statement budgets of a page)."""
        return self.reader.traced(seen)

    def close(self) -> None:
        self.reader.close()

    def meta(self) -> dict[str, str]:
        return {key: value for key, value in self.rows("SELECT key, value FROM catalogue_meta")}

    def get(self, kind: Kind, record_id: str) -> Record | None:
        found = self.rows("SELECT data FROM record WHERE kind = ? AND id = ?", (kind.value, record_id))
        return record_from_plain(kind, json.loads(found[0][0])) if found else None

    def get_many(self, kind: Kind, ids: Iterable[str]) -> dict[str, Record]:
        wanted = list(dict.fromkeys(ids))
        out: dict[str, Record] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = f"SELECT id, data FROM record WHERE kind = ? AND id IN ({', '.join('?' * len(chunk))})"
            out.update(
                {rid: record_from_plain(kind, json.loads(data)) for rid, data in self.rows(sql, (kind.value, *chunk))}
            )
        return out

    def records(self, kind: Kind) -> list[Record]:
        rows = self.rows("SELECT data FROM record WHERE kind = ? ORDER BY sort_name", (kind.value,))
        return [record_from_plain(kind, json.loads(data)) for (data,) in rows]

    def summaries(self, kind: Kind) -> list[dict[str, Any]]:
        """What a list shows of each record, read with json_extract instead of decoding whole records."""
        extracted = ", ".join(f"json_extract(data, '$.{name}')" for name in SUMMARY_FIELDS)
        sql = f"SELECT id, country, start_date, end_date, {extracted} FROM record WHERE kind = ? ORDER BY sort_name"
        names = ("id", "country", "start_date", "end_date", *SUMMARY_FIELDS)
        return [dict(zip(names, row, strict=True)) for row in self.rows(sql, (kind.value,))]

    def ids(self, kind: Kind) -> list[str]:
        return [rid for (rid,) in self.rows("SELECT id FROM record WHERE kind = ? ORDER BY sort_name", (kind.value,))]

    def counts(self) -> dict[Kind, int]:
        return {Kind(kind): int(n) for kind, n in self.rows("SELECT kind, count(*) FROM record GROUP BY kind")}

    def links(self, kind: Kind, record_id: str) -> list[Link]:
        """References from this record and to it, in a stable order."""
        key = (kind.value, record_id)
        out_rows = self.rows(
            "SELECT field, dst_kind, dst_id FROM record_link WHERE src_kind = ? AND src_id = ? ORDER BY position", key
        )
        in_rows = self.rows(
            "SELECT field, src_kind, src_id FROM record_link WHERE dst_kind = ? AND dst_id = ? "
            "ORDER BY src_kind, src_id",
            key,
        )
        return [Link(f, True, Kind(k), i) for f, k, i in out_rows] + [Link(f, False, Kind(k), i) for f, k, i in in_rows]

    def replace_meta(self, values: dict[str, str]) -> None:
        with self.reader.transaction() as conn:
            conn.executemany("DELETE FROM catalogue_meta WHERE key = ?", [(key,) for key in values])
            conn.executemany("INSERT INTO catalogue_meta (key, value) VALUES (?, ?)", list(values.items()))

    def removed(self, kind: Kind, record_id: str) -> tuple[dict[str, str], str] | None:
        """(last name by language, catalogue version that removed it) for a record an update removed."""
        try:
            found = self.rows(
                "SELECT name, removed_in FROM removed_record WHERE kind = ? AND id = ?", (kind.value, record_id)
            )
        except sqlite3.OperationalError:  # a catalogue written before schema 2 has no such table
            return None
        return (json.loads(found[0][0]), found[0][1]) if found else None
