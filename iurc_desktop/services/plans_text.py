"""A plan as words in one language: what `plan show`, calendar descriptions and the pack's agenda say."""

from __future__ import annotations

import datetime as dt

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP, render
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import Member, PlanRef, Stop, VisitPlan
from iurc_desktop.services.i18n import translate
from iurc_desktop.services.plans import PlanService

CONTEXT = "Plans"
NOT_IN_CATALOGUE = QT_TRANSLATE_NOOP("Plans", "not in your catalogue ({name})")
PURPOSE = QT_TRANSLATE_NOOP("Plans", "Purpose")
DELEGATION = QT_TRANSLATE_NOOP("Plans", "Delegation")
BRIEF_ON = QT_TRANSLATE_NOOP("Plans", "Brief on")
NOTE = QT_TRANSLATE_NOOP("Plans", "Note")
NOTES = QT_TRANSLATE_NOOP("Plans", "Notes")
STOPS = QT_TRANSLATE_NOOP("Plans", "Stops")
NO_DATE = QT_TRANSLATE_NOOP("Plans", "date not set")
NO_STOPS = QT_TRANSLATE_NOOP("Plans", "No stops yet.")
PLAN = QT_TRANSLATE_NOOP("Plans", "Visit plan")
LOCAL_TIME = QT_TRANSLATE_NOOP("Plans", "local time")


def label(text: str, lang: Lang) -> str:
    return translate(CONTEXT, text, lang)


def ref_name(plans: PlanService, ref: PlanRef, lang: Lang) -> str:
    """The record's name here, or the name the plan carries with "not in your catalogue"."""
    name = plans.name(ref, lang)
    if name is not None:
        return name
    return render(label(NOT_IN_CATALOGUE, lang), {"name": ref.name or ref.id})


def member_text(member: Member) -> str:
    return f"{member.name} ({member.role})" if member.role else member.name


def when_text(stop: Stop, lang: Lang) -> str:
    """ISO days (a range when the stop spans several) and local times with the zone; no locale guessing."""
    if stop.start is None:
        return label(NO_DATE, lang)
    days = stop.start.isoformat()
    if stop.end and stop.end != stop.start:
        days += f" – {stop.end.isoformat()}"
    if stop.start_time is None:
        return days
    times = _hhmm(stop.start_time) + (f"–{_hhmm(stop.end_time)}" if stop.end_time else "")
    return f"{days} {times} {stop.zone or label(LOCAL_TIME, lang)}"


def _hhmm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def itinerary_lines(plans: PlanService, plan: VisitPlan, lang: Lang, *, with_notes: bool = True) -> list[str]:
    out = [plan.title]
    if plan.purpose:
        out.append(f"{label(PURPOSE, lang)}: {plan.purpose}")
    if plan.delegation:
        out.append(f"{label(DELEGATION, lang)}: " + "; ".join(member_text(m) for m in plan.delegation))
    out.append("")
    if not plan.stops:
        out.append(label(NO_STOPS, lang))
    for number, stop in enumerate(plan.stops, 1):
        out.append(f"{number}. {when_text(stop, lang)}  {ref_name(plans, stop.target, lang)}  [{stop.target.key}]")
        if stop.brief_on:
            names = "; ".join(ref_name(plans, ref, lang) for ref in stop.brief_on)
            out.append(f"   {label(BRIEF_ON, lang)}: {names}")
        if with_notes and stop.note:
            out.append(f"   {label(NOTE, lang)}: " + " ".join(stop.note.split()))
    if with_notes and plan.notes:
        out += ["", f"{label(NOTES, lang)}: " + " ".join(plan.notes.split())]
    return out
