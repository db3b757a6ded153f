"""The delegate's own data (notes, favourites, plans, settings): what a start reads, read without SQLAlchemy.

`UserStore` upgrades the file (`user_db.migrate`, plain sqlite3), reads settings, favourites, recent records and
notes and writes the first three with plain SQL (`sqlite_reader.py`), and hands notes' changes, plans and saved
selections to a `user_write.UserWriter` made on the first such call (SQLAlchemy loads then, off the start-up
path; `app.warm_up` loads it in a worker soon after a start).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.user import Favourite, Note, RecordKey, SavedSelection, VisitPlan
from iurc_desktop.storage.sqlite_reader import ConnectionPool
from iurc_desktop.storage.user_db import migrate
from iurc_desktop.storage.user_ids import now_text

if TYPE_CHECKING:
    from iurc_desktop.storage.user_write import UserWriter

RECENT_KEPT = 20  # File › Recent shows the first ten; Ctrl+E all of them
NOTE_COLUMNS = "id, kind, record_id, body, record_name, created_at, updated_at, uid"


def _note(row: tuple[Any, ...]) -> Note:
    note_id, kind, record_id, body, record_name, created_at, updated_at, uid = row
    created, updated = dt.datetime.fromisoformat(created_at), dt.datetime.fromisoformat(updated_at)
    return Note(note_id, RecordKey(Kind(kind), record_id), body, record_name, created, updated, uid)


class UserStore:
    """The user database. Opening it upgrades it to the current schema."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        migrate(path)
        self.path = path
        self.reader = ConnectionPool(path)
        self._writer: UserWriter | None = None

    @property
    def writer(self) -> UserWriter:
        if self._writer is None:
            from iurc_desktop.storage.user_write import UserWriter

            self._writer = UserWriter(self.path)
        return self._writer

    def close(self) -> None:
        self.reader.close()
        if self._writer is not None:
            self._writer.close()

    # settings
    def setting(self, key: str, default: str | None = None) -> str | None:
        found = self.reader.rows("SELECT value FROM setting WHERE key = ?", (key,))
        return default if not found or found[0][0] is None else str(found[0][0])

    def settings(self) -> dict[str, str]:
        return {str(key): str(value) for key, value in self.reader.rows("SELECT key, value FROM setting")}

    def set_setting(self, key: str, value: str) -> None:
        with self.reader.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value))

    # favourites
    def favourites(self) -> list[Favourite]:
        rows = self.reader.rows("SELECT kind, record_id, record_name, added_at FROM favourite ORDER BY added_at DESC")
        return [Favourite(RecordKey(Kind(k), i), name, dt.datetime.fromisoformat(added)) for k, i, name, added in rows]

    def is_favourite(self, key: RecordKey) -> bool:
        sql = "SELECT 1 FROM favourite WHERE kind = ? AND record_id = ?"
        return bool(self.reader.rows(sql, (key.kind.value, key.id)))

    def set_favourite(self, key: RecordKey, on: bool, record_name: str = "") -> None:
        with self.reader.transaction() as conn:
            conn.execute("DELETE FROM favourite WHERE kind = ? AND record_id = ?", (key.kind.value, key.id))
            if on:
                conn.execute(
                    "INSERT INTO favourite (kind, record_id, added_at, record_name) VALUES (?, ?, ?, ?)",
                    (key.kind.value, key.id, now_text(), record_name),
                )

    # recent records
    def recent(self) -> list[tuple[RecordKey, str]]:
        """The records opened last, newest first, with the name each had when it was opened."""
        sql = "SELECT kind, record_id, record_name FROM recent_record ORDER BY opened_at DESC, rowid DESC"
        return [(RecordKey(Kind(kind), rid), str(name)) for kind, rid, name in self.reader.rows(sql)]

    def touch_recent(self, key: RecordKey, record_name: str = "") -> None:
        with self.reader.transaction() as conn:
            conn.execute("DELETE FROM recent_record WHERE kind = ? AND record_id = ?", (key.kind.value, key.id))
            conn.execute(
                "INSERT INTO recent_record (kind, record_id, record_name, opened_at) VALUES (?, ?, ?, ?)",
                (key.kind.value, key.id, record_name, now_text()),
            )
            # the newest of two opened in the same second is the later row
            conn.execute(
                "DELETE FROM recent_record WHERE rowid NOT IN (SELECT rowid FROM recent_record "
                "ORDER BY opened_at DESC, rowid DESC LIMIT ?)",
                (RECENT_KEPT,),
            )

    def clear_recent(self) -> None:
        self.writer.clear_recent()

    # notes
    def notes(self, key: RecordKey | None = None) -> list[Note]:
        where, params = ("", ()) if key is None else (" WHERE kind = ? AND record_id = ?", (key.kind.value, key.id))
        sql = f"SELECT {NOTE_COLUMNS} FROM note{where} ORDER BY updated_at DESC, id DESC"
        return [_note(row) for row in self.reader.rows(sql, params)]

    def add_note(self, key: RecordKey, body: str, record_name: str = "") -> Note:
        return self.writer.add_note(key, body, record_name)

    def update_note(self, note_id: int, body: str) -> None:
        self.writer.update_note(note_id, body)

    def delete_note(self, note_id: int) -> None:
        self.writer.delete_note(note_id)

    def search_notes(self, text: str) -> list[Note]:
        needle = text.casefold().strip()
        if not needle:
            return []
        # Notes are few and short; a Python casefold match handles every script correctly.
        return [n for n in self.notes() if needle in n.body.casefold() or needle in n.record_name.casefold()]

    def put_note(self, note: Note) -> None:
        """Write `note` with its own uid and times (undo of a delete, a restored backup)."""
        self.writer.put_note(note)

    # visit plans and saved briefing selections: read and written on their dialogs' demand, through the writer
    def visit_plans(self) -> list[VisitPlan]:
        return self.writer.visit_plans()

    def visit_plan(self, plan_id: int) -> VisitPlan | None:
        return self.writer.visit_plan(plan_id)

    def save_visit_plan(self, plan: VisitPlan) -> VisitPlan:
        return self.writer.save_visit_plan(plan)

    def delete_visit_plan(self, plan_id: int) -> None:
        self.writer.delete_visit_plan(plan_id)

    def selections(self) -> list[SavedSelection]:
        return self.writer.selections()

    def selections_with_times(self) -> list[tuple[SavedSelection, str]]:
        return self.writer.selections_with_times()

    def save_selection(self, name: str, payload: dict[str, object]) -> SavedSelection:
        return self.writer.save_selection(name, payload)

    def delete_selection(self, selection_id: int) -> None:
        self.writer.delete_selection(selection_id)

    def rename_selection(self, selection_id: int, name: str) -> bool:
        """False (and nothing changed) when another saved selection has that name already."""
        return self.writer.rename_selection(selection_id, name)


class MergeWrite:
    """What a restore writes, applied in one transaction by `UserStore.apply_merge` (nothing is deleted)."""

    def __init__(self) -> None:
        self.notes: list[Note] = []  # matched by uid: added or overwritten
        self.favourites: list[Favourite] = []  # added
        self.plans: list[tuple[VisitPlan, int]] = []  # (plan from the backup, local id to overwrite or 0)
        self.selections: list[tuple[SavedSelection, str]] = []  # matched by name, with their saved time
        self.settings: dict[str, str] = {}  # added
