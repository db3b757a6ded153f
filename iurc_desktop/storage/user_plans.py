"""Visit plans in the user database: one `visit_plan` row, its stops in `plan_stop` in itinerary order."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, Text, delete, insert, select, update
from sqlalchemy.engine import Row

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import Member, PlanRef, Stop, VisitPlan
from iurc_desktop.storage.user_ids import new_uid as new_uid
from iurc_desktop.storage.user_ids import now_text as now_text

_meta = MetaData()
plan_t = Table(
    "visit_plan",
    _meta,
    Column("id", Integer, primary_key=True),
    Column("uid", String),
    Column("title", String),
    Column("purpose", Text),
    Column("lang", String),
    Column("delegation", Text),
    Column("notes", Text),
    Column("created_at", String),
    Column("updated_at", String),
)
stop_t = Table(
    "plan_stop",
    _meta,
    Column("id", Integer, primary_key=True),
    Column("plan_id", Integer),
    Column("position", Integer),
    Column("uid", String),
    Column("kind", String),
    Column("record_id", String),
    Column("record_name", String),
    Column("start_date", String),
    Column("end_date", String),
    Column("start_time", String),
    Column("end_time", String),
    Column("zone", String),
    Column("note", Text),
    Column("brief_on", Text),
)


def _iso(value: dt.date | dt.time | None) -> str | None:
    return value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat() if value else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _stop(row: Row[Any]) -> Stop:
    brief_on = tuple(PlanRef(Kind(kind), rid, name) for kind, rid, name in json.loads(row.brief_on or "[]"))
    return Stop(
        uid=row.uid,
        target=PlanRef(Kind(row.kind), row.record_id, row.record_name),
        start=_date(row.start_date),
        end=_date(row.end_date),
        start_time=_time(row.start_time),
        end_time=_time(row.end_time),
        zone=row.zone,
        note=row.note,
        brief_on=brief_on,
    )


def _stop_values(plan_id: int, position: int, stop: Stop) -> dict[str, Any]:
    return {
        "plan_id": plan_id,
        "position": position,
        "uid": stop.uid or new_uid(),
        "kind": stop.target.kind.value,
        "record_id": stop.target.id,
        "record_name": stop.target.name,
        "start_date": _iso(stop.start),
        # a stop never ends before it starts; one-day stops keep no end
        "end_date": _iso(stop.end) if stop.start and stop.end and stop.end > stop.start else None,
        "start_time": _iso(stop.start_time),
        "end_time": _iso(stop.end_time),
        "zone": stop.zone,
        "note": stop.note,
        "brief_on": json.dumps([[r.kind.value, r.id, r.name] for r in stop.brief_on], ensure_ascii=False),
    }


def _plan(row: Row[Any], stops: list[Stop]) -> VisitPlan:
    members = tuple(Member(str(m.get("name", "")), str(m.get("role", ""))) for m in json.loads(row.delegation or "[]"))
    return VisitPlan(
        id=row.id,
        title=row.title,
        purpose=row.purpose,
        lang=Lang(row.lang) if row.lang in {lang.value for lang in Lang} else Lang.EN,
        delegation=members,
        stops=tuple(stops),
        notes=row.notes,
        uid=row.uid,
        updated_at=dt.datetime.fromisoformat(row.updated_at),
    )


def read_plans(conn: Connection, plan_id: int | None = None) -> list[VisitPlan]:
    plans = select(plan_t)
    stops = select(stop_t).order_by(stop_t.c.plan_id, stop_t.c.position)
    if plan_id is not None:
        plans = plans.where(plan_t.c.id == plan_id)
        stops = stops.where(stop_t.c.plan_id == plan_id)
    by_plan: dict[int, list[Stop]] = {}
    for row in conn.execute(stops):
        by_plan.setdefault(row.plan_id, []).append(_stop(row))
    found = [_plan(row, by_plan.get(row.id, [])) for row in conn.execute(plans)]
    # dated plans in date order, then undated ones by title
    return sorted(found, key=lambda p: (p.start is None, p.start or dt.date.min, p.title.casefold(), p.id))


def write_plan(conn: Connection, plan: VisitPlan, *, updated_at: str | None = None) -> int:
    """Insert or update `plan` with its stops (replaced as a whole, in order); returns its id."""
    values = {
        "title": plan.title,
        "purpose": plan.purpose,
        "lang": plan.lang.value,
        "delegation": json.dumps([{"name": m.name, "role": m.role} for m in plan.delegation], ensure_ascii=False),
        "notes": plan.notes,
        "updated_at": updated_at or now_text(),
    }
    exists = plan.id and conn.execute(select(plan_t.c.id).where(plan_t.c.id == plan.id)).first()
    if exists:
        conn.execute(update(plan_t).where(plan_t.c.id == plan.id).values(**values))
        plan_id = plan.id
    else:
        result = conn.execute(insert(plan_t).values(uid=plan.uid or new_uid(), created_at=now_text(), **values))
        plan_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    conn.execute(delete(stop_t).where(stop_t.c.plan_id == plan_id))
    if plan.stops:
        rows = [_stop_values(plan_id, n, stop) for n, stop in enumerate(plan.stops)]
        # a stop's uid is one calendar event: if another plan already has it (a restored copy), this one gets
        # its own rather than failing or taking the other's event over
        taken = set(conn.execute(select(stop_t.c.uid).where(stop_t.c.uid.in_([r["uid"] for r in rows]))).scalars())
        seen: set[str] = set()
        for row in rows:
            if row["uid"] in taken or row["uid"] in seen:
                row["uid"] = new_uid()
            seen.add(row["uid"])
        conn.execute(insert(stop_t), rows)
    return plan_id


def delete_plan(conn: Connection, plan_id: int) -> None:
    conn.execute(delete(stop_t).where(stop_t.c.plan_id == plan_id))
    conn.execute(delete(plan_t).where(plan_t.c.id == plan_id))


def plan_id_for_uid(conn: Connection, uid: str) -> int | None:
    found = conn.execute(select(plan_t.c.id).where(plan_t.c.uid == uid)).scalar()
    return None if found is None else int(found)
