"""A visit plan as an RFC 5545 calendar (`.ics`): one event per dated stop, written with `icalendar`.

Calendar programs recognise an event again by its UID, so each stop keeps one for life (`Stop.uid`): a
re-exported plan updates the events it made before instead of adding copies. SEQUENCE and LAST-MODIFIED come
from the plan's last edit so the newer export wins. All-day stops are floating dates (a Chinese and a
European stop each keep their local day); timed stops carry their zone as TZID with its VTIMEZONE.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from typing import Any

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Event, Kind, Place, Record
from iurc_desktop.domain.user import Stop, VisitPlan
from iurc_desktop.services import plans_text as text
from iurc_desktop.services.plans import PlanService

PRODID = f"-//IURC Desktop//Visit plans {__version__}//EN"
UID_DOMAIN = "iurc-desktop.plan"
DEFAULT_LENGTH = dt.timedelta(hours=1)  # a timed stop without an end time
_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def plan_calendar(plans: PlanService, plan: VisitPlan, *, now: dt.datetime | None = None) -> bytes:
    import icalendar  # loaded on first export only

    stamp = now or dt.datetime.now(dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", plan.title)
    for stop in plan.stops:
        if stop.start is not None:
            calendar.add_component(_event(plans, plan, stop, stamp))
    days = [s.start for s in plan.stops if s.start]
    if days:
        calendar.add_missing_timezones(first_date=min(days) - dt.timedelta(days=366), last_date=max(days).replace(
            year=max(days).year + 2))  # fmt: skip
    return bytes(calendar.to_ical())


def write_calendar(plans: PlanService, plan: VisitPlan, target: Path) -> int:
    """Write the plan's calendar to `target`; returns how many events it holds."""
    data = plan_calendar(plans, plan)
    try:
        target.write_bytes(data)
    except OSError:
        raise UserError(messages.FILE_NOT_WRITABLE, file=target) from None
    return sum(1 for s in plan.stops if s.start is not None)


def _event(plans: PlanService, plan: VisitPlan, stop: Stop, stamp: dt.datetime) -> Any:
    import icalendar

    assert stop.start is not None
    event = icalendar.Event()
    event.add("uid", f"{stop.uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    if plan.updated_at is not None:
        updated = plan.updated_at.astimezone(dt.UTC)
        event.add("last-modified", updated)
        event.add("sequence", max(0, int((updated - _SEQUENCE_EPOCH).total_seconds() // 60)))
    start, end = _span(stop)
    event.add("dtstart", start)
    event.add("dtend", end)
    name = text.ref_name(plans, stop.target, plan.lang)
    event.add("summary", f"{name} — {plan.title}" if plan.title else name)
    event.add("location", _location(plans, stop, plan.lang) or name)
    event.add("description", description(plans, plan, stop))
    event.add("transp", "TRANSPARENT" if stop.start_time is None else "OPAQUE")
    return event


def _span(stop: Stop) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    assert stop.start is not None
    last = stop.last_day or stop.start
    if stop.start_time is None:
        return stop.start, last + dt.timedelta(days=1)  # DTEND of an all-day event is the day after
    zone = _zone(stop.zone)
    start = dt.datetime.combine(stop.start, stop.start_time, zone)
    end = dt.datetime.combine(last, stop.end_time, zone) if stop.end_time else start + DEFAULT_LENGTH
    return start, end if end > start else start + DEFAULT_LENGTH


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name) if name else dt.UTC
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _location(plans: PlanService, stop: Stop, lang: Lang) -> str:
    from iurc_desktop.services.locale_format import country_name

    record: Record | None = plans.catalogue.find(stop.target.kind, stop.target.id)
    parts: list[str] = []
    if isinstance(record, Event):
        if record.venue.in_lang(lang):
            parts.append(record.venue.in_lang(lang))
        record = plans.catalogue.find(Kind.PLACE, record.location) if record.location else None
    if isinstance(record, Place):
        parts.append(record.name.in_lang(lang))
        if record.country:
            parts.append(country_name(record.country, lang))
    return ", ".join(p for p in parts if p)


def description(plans: PlanService, plan: VisitPlan, stop: Stop) -> str:
    """A few lines in the plan's language: why, who, what to brief on, the stop's note."""
    lang = plan.lang
    lines = []
    if plan.purpose:
        lines.append(f"{text.label(text.PURPOSE, lang)}: {plan.purpose}")
    if plan.delegation:
        lines.append(f"{text.label(text.DELEGATION, lang)}: " + "; ".join(map(text.member_text, plan.delegation)))
    if stop.brief_on:
        names = "; ".join(text.ref_name(plans, ref, lang) for ref in stop.brief_on)
        lines.append(f"{text.label(text.BRIEF_ON, lang)}: {names}")
    if stop.note:
        lines.append(stop.note)
    return "\n".join(lines)
