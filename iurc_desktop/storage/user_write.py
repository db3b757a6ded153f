"""Writing the delegate's own data (notes, favourites, plans, settings), and what only writers read (plans,
saved selections), through SQLAlchemy; `user_store.UserStore` reads the rest without it and hands writes here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Row

from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import Note, RecordKey, SavedSelection, VisitPlan
from iurc_desktop.storage.engine import sqlite_engine
from iurc_desktop.storage.user_plans import delete_plan, new_uid, now_text, read_plans, write_plan
from iurc_desktop.storage.user_store import MergeWrite

_meta = MetaData()
setting_t = Table("setting", _meta, Column("key", String, primary_key=True), Column("value", Text))
favourite_t = Table(
    "favourite",
    _meta,
    Column("kind", String, primary_key=True),
    Column("record_id", String, primary_key=True),
    Column("added_at", String),
    Column("record_name", String),
)
note_t = Table(
    "note",
    _meta,
    Column("id", Integer, primary_key=True),
    Column("kind", String),
    Column("record_id", String),
    Column("body", Text),
    Column("created_at", String),
    Column("updated_at", String),
    Column("record_name", String),
    Column("uid", String),
)
selection_t = Table(
    "saved_selection",
    _meta,
    Column("id", Integer, primary_key=True),
    Column("name", String),
    Column("payload", Text),
    Column("created_at", String),
    Column("updated_at", String),
)

recent_t = Table(
    "recent_record",
    _meta,
    Column("kind", String, primary_key=True),
    Column("record_id", String, primary_key=True),
    Column("record_name", String),
    Column("opened_at", String),
)


def _now() -> str:
    return now_text()


def _note(row: Row[Any]) -> Note:
    return Note(
        row.id,
        RecordKey(Kind(row.kind), row.record_id),
        row.body,
        row.record_name,
        dt.datetime.fromisoformat(row.created_at),
        dt.datetime.fromisoformat(row.updated_at),
        row.uid,
    )


class UserWriter:
    """Changes to the user database (already upgraded by `UserStore`) through one SQLAlchemy engine."""

    def __init__(self, path: Path) -> None:
        self.engine = sqlite_engine(path)

    def close(self) -> None:
        self.engine.dispose()

    # settings
    def clear_recent(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(recent_t))

    # notes
    def add_note(self, key: RecordKey, body: str, record_name: str = "") -> Note:
        now = _now()
        with self.engine.begin() as conn:
            note_id = conn.execute(
                insert(note_t).values(
                    kind=key.kind.value,
                    record_id=key.id,
                    body=body,
                    created_at=now,
                    updated_at=now,
                    record_name=record_name,
                    uid=new_uid(),
                )
            ).inserted_primary_key
            assert note_id is not None
            row = conn.execute(select(note_t).where(note_t.c.id == note_id[0])).one()
        return _note(row)

    def update_note(self, note_id: int, body: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(note_t).where(note_t.c.id == note_id).values(body=body, updated_at=_now()))

    def delete_note(self, note_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(note_t).where(note_t.c.id == note_id))

    def put_note(self, note: Note) -> None:
        """Write `note` with its own uid and times (undo of a delete, a restored backup)."""
        with self.engine.begin() as conn:
            _put_note(conn, note.uid or new_uid(), _note_values(note))

    # visit plans
    def visit_plans(self) -> list[VisitPlan]:
        with self.engine.connect() as conn:
            return read_plans(conn)

    def visit_plan(self, plan_id: int) -> VisitPlan | None:
        with self.engine.connect() as conn:
            found = read_plans(conn, plan_id)
        return found[0] if found else None

    def save_visit_plan(self, plan: VisitPlan) -> VisitPlan:
        with self.engine.begin() as conn:
            plan_id = write_plan(conn, plan)
        saved = self.visit_plan(plan_id)
        assert saved is not None
        return saved

    def delete_visit_plan(self, plan_id: int) -> None:
        with self.engine.begin() as conn:
            delete_plan(conn, plan_id)

    # saved briefing selections
    def selections(self) -> list[SavedSelection]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(selection_t).order_by(selection_t.c.name))
            return [SavedSelection(r.id, r.name, json.loads(r.payload)) for r in rows]

    def selections_with_times(self) -> list[tuple[SavedSelection, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(selection_t).order_by(selection_t.c.name))
            return [(SavedSelection(r.id, r.name, json.loads(r.payload)), str(r.updated_at)) for r in rows]

    def save_selection(self, name: str, payload: dict[str, object]) -> SavedSelection:
        now = _now()
        body = json.dumps(payload, ensure_ascii=False)
        with self.engine.begin() as conn:
            existing = conn.execute(select(selection_t.c.id).where(selection_t.c.name == name)).scalar()
            if existing:
                conn.execute(
                    update(selection_t).where(selection_t.c.id == existing).values(payload=body, updated_at=now)
                )
                sel_id = existing
            else:
                sel_id = conn.execute(
                    insert(selection_t).values(name=name, payload=body, created_at=now, updated_at=now)
                ).inserted_primary_key[0]  # type: ignore[index]
        return SavedSelection(int(sel_id), name, payload)

    def delete_selection(self, selection_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(selection_t).where(selection_t.c.id == selection_id))

    def rename_selection(self, selection_id: int, name: str) -> bool:
        """False (and nothing changed) when another saved selection has that name already."""
        with self.engine.begin() as conn:
            taken = conn.execute(
                select(selection_t.c.id).where(selection_t.c.name == name, selection_t.c.id != selection_id)
            ).scalar()
            if taken:
                return False
            conn.execute(update(selection_t).where(selection_t.c.id == selection_id).values(name=name))
            return True


def _put_note(conn: Connection, uid: str, values: dict[str, Any]) -> None:
    existing = conn.execute(select(note_t.c.id).where(note_t.c.uid == uid)).scalar()
    if existing is None:
        conn.execute(insert(note_t).values(uid=uid, **values))
    else:
        conn.execute(update(note_t).where(note_t.c.id == existing).values(**values))


def apply_merge(writer: UserWriter, write: MergeWrite) -> None:
    with writer.engine.begin() as conn:
        for note in write.notes:
            _put_note(conn, note.uid, _note_values(note))
        for fav in write.favourites:
            conn.execute(insert(favourite_t).prefix_with("OR IGNORE").values(
                kind=fav.record.kind.value, record_id=fav.record.id, record_name=fav.record_name,
                added_at=fav.added_at.isoformat(timespec="seconds")))  # fmt: skip
        for plan, local_id in write.plans:
            stamp = plan.updated_at.isoformat(timespec="seconds") if plan.updated_at else None
            write_plan(conn, dataclasses.replace(plan, id=local_id), updated_at=stamp)
        for selection, saved_at in write.selections:
            body = json.dumps(selection.payload, ensure_ascii=False)
            conn.execute(delete(selection_t).where(selection_t.c.name == selection.name))
            conn.execute(insert(selection_t).values(name=selection.name, payload=body, created_at=saved_at,
                                                    updated_at=saved_at))  # fmt: skip
        for key, value in write.settings.items():
            conn.execute(insert(setting_t).prefix_with("OR IGNORE").values(key=key, value=value))


def _note_values(note: Note) -> dict[str, Any]:
    return {
        "kind": note.record.kind.value,
        "record_id": note.record.id,
        "body": note.body,
        "record_name": note.record_name,
        "created_at": note.created_at.isoformat(timespec="seconds"),
        "updated_at": note.updated_at.isoformat(timespec="seconds"),
    }
