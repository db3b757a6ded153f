"""What goes into a pack: the subject, and the sections proposed for it (which the delegate may edit)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import CaseStudy, Contribution, Event, Kind, Partnership, Person
from iurc_desktop.domain.user import PlanRef, RecordKey, Stop, VisitPlan

if TYPE_CHECKING:  # the GUI imports this module before the first paint: no SQLAlchemy behind it yet
    from iurc_desktop.services.catalogue import CatalogueService


class SectionKind(StrEnum):
    COVER = "cover"
    AGENDA = "agenda"  # packs from a visit plan only: the itinerary day by day
    GLANCE = "glance"
    MAP = "map"
    HOST = "host"
    HISTORY = "history"
    PARTNERS = "partners"
    THEMES = "themes"
    PEOPLE = "people"
    TALKING_POINTS = "talking_points"
    NOTES = "notes"
    SOURCES = "sources"
    GLOSSARY = "glossary"
    # pocket brief (templates.py)
    WHY = "why"
    KEY_FIGURES = "key_figures"
    CONTACTS = "contacts"
    # thematic packs on a network, cluster or challenge (themes.py)
    THEME = "theme"
    WEBINARS = "webinars"
    MEMBERS = "members"
    CASE_STUDIES = "case_studies"


DEFAULT_ORDER: tuple[SectionKind, ...] = (
    SectionKind.COVER,
    SectionKind.GLANCE,
    SectionKind.MAP,
    SectionKind.HOST,
    SectionKind.HISTORY,
    SectionKind.PARTNERS,
    SectionKind.THEMES,
    SectionKind.PEOPLE,
    SectionKind.TALKING_POINTS,
    SectionKind.NOTES,
    SectionKind.SOURCES,
    SectionKind.GLOSSARY,
)
# A plan's pack follows the itinerary: the agenda, then each stop's dossier in itinerary order.
PLAN_ORDER: tuple[SectionKind, ...] = (SectionKind.COVER, SectionKind.AGENDA, *DEFAULT_ORDER[1:])
# the other templates (the full dossier is DEFAULT_ORDER, or PLAN_ORDER for a visit plan)
TEMPLATE_ORDERS: dict[str, tuple[SectionKind, ...]] = {
    # a pocket brief: at most two pages for the car (who, why, key figures, five points, contacts)
    "pocket": (
        SectionKind.COVER,
        SectionKind.GLANCE,
        SectionKind.WHY,
        SectionKind.KEY_FIGURES,
        SectionKind.TALKING_POINTS,
        SectionKind.CONTACTS,
    ),
    # a visit plan's agenda: day by day, then each stop
    "agenda": (
        SectionKind.COVER,
        SectionKind.AGENDA,
        SectionKind.MAP,
        SectionKind.HOST,
        SectionKind.TALKING_POINTS,
        SectionKind.NOTES,
    ),
}
TEMPLATES = ("full", "pocket", "agenda")
MAX_PARTNERS = 12


@dataclass(frozen=True)
class BriefingSubject:
    """Who or what the visit is about, and the visit's own details (from a visit plan or typed in)."""

    places: tuple[str, ...] = ()
    event: str | None = None
    case_studies: tuple[str, ...] = ()
    partnership: str | None = None
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    delegation: tuple[str, ...] = ()
    purpose: str = ""
    itinerary: tuple[Stop, ...] = ()  # a visit plan's stops, in order
    theme: RecordKey | None = None  # a thematic pack: a network, cluster or challenge

    @classmethod
    def from_plan(cls, plan: VisitPlan) -> BriefingSubject:
        return cls(
            places=plan.places,
            title=plan.title,
            start=plan.start,
            end=plan.end,
            delegation=tuple(f"{m.name} ({m.role})" if m.role else m.name for m in plan.delegation),
            purpose=plan.purpose,
            itinerary=plan.stops,
        )


@dataclass(frozen=True)
class Section:
    kind: SectionKind
    records: tuple[RecordKey, ...] = ()


@dataclass(frozen=True)
class BriefingSelection:
    subject: BriefingSubject
    hosts: tuple[str, ...]
    sections: tuple[Section, ...]

    def section(self, kind: SectionKind) -> Section | None:
        return next((s for s in self.sections if s.kind is kind), None)

    def without(self, kind: SectionKind) -> BriefingSelection:
        return replace(self, sections=tuple(s for s in self.sections if s.kind is not kind))

    def to_payload(self) -> dict[str, Any]:
        subject = self.subject
        return {
            "subject": {
                "places": list(subject.places),
                "event": subject.event,
                "case_studies": list(subject.case_studies),
                "partnership": subject.partnership,
                "title": subject.title,
                "start": subject.start.isoformat() if subject.start else None,
                "end": subject.end.isoformat() if subject.end else None,
                "delegation": list(subject.delegation),
                "purpose": subject.purpose,
                "itinerary": [stop_payload(stop) for stop in subject.itinerary],
                "theme": [subject.theme.kind.value, subject.theme.id] if subject.theme else None,
            },
            "hosts": list(self.hosts),
            "sections": [
                {"kind": s.kind.value, "records": [[k.kind.value, k.id] for k in s.records]} for s in self.sections
            ],
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> BriefingSelection:
        raw = payload["subject"]
        subject = BriefingSubject(
            places=tuple(raw.get("places", ())),
            event=raw.get("event"),
            case_studies=tuple(raw.get("case_studies", ())),
            partnership=raw.get("partnership"),
            title=raw.get("title", ""),
            start=_date(raw.get("start")),
            end=_date(raw.get("end")),
            delegation=tuple(raw.get("delegation", ())),
            purpose=raw.get("purpose", ""),
            itinerary=tuple(stop_from_payload(stop) for stop in raw.get("itinerary", ())),
            theme=RecordKey(Kind(raw["theme"][0]), raw["theme"][1]) if raw.get("theme") else None,
        )
        sections = tuple(
            Section(SectionKind(s["kind"]), tuple(RecordKey(Kind(k), i) for k, i in s.get("records", ())))
            for s in payload["sections"]
        )
        return cls(subject, tuple(payload.get("hosts", ())), sections)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def stop_payload(stop: Stop) -> dict[str, Any]:
    def iso(value: dt.date | dt.time | None) -> str | None:
        return value.isoformat() if value else None

    target = stop.target
    return {
        "uid": stop.uid,
        "target": [target.kind.value, target.id, target.name],
        "start": iso(stop.start),
        "end": iso(stop.end),
        "start_time": iso(stop.start_time),
        "end_time": iso(stop.end_time),
        "zone": stop.zone,
        "note": stop.note,
        "brief_on": [[r.kind.value, r.id, r.name] for r in stop.brief_on],
    }


def stop_from_payload(raw: dict[str, Any]) -> Stop:
    kind, record_id, name = raw["target"]
    return Stop(
        uid=raw.get("uid", ""),
        target=PlanRef(Kind(kind), record_id, name),
        start=_date(raw.get("start")),
        end=_date(raw.get("end")),
        start_time=_time(raw.get("start_time")),
        end_time=_time(raw.get("end_time")),
        zone=raw.get("zone", ""),
        note=raw.get("note", ""),
        brief_on=tuple(PlanRef(Kind(k), i, n) for k, i, n in raw.get("brief_on", ())),
    )


@dataclass
class _Gathered:
    partnerships: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    case_studies: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    partner_votes: Counter[str] = field(default_factory=Counter)


class BriefingComposer:
    """Proposes a pack's sections from the catalogue's links around the subject."""

    def __init__(self, catalogue: CatalogueService) -> None:
        self.catalogue = catalogue

    def hosts_of(self, subject: BriefingSubject) -> tuple[str, ...]:
        hosts = list(subject.places)
        if subject.itinerary:  # each stop's place in itinerary order (an event stop: where it happens)
            hosts = [self._stop_place(stop) or "" for stop in subject.itinerary]
            hosts = [h for h in hosts if h]
        if subject.event:
            event = self.catalogue.record(Kind.EVENT, subject.event)
            assert isinstance(event, Event)
            hosts += list(event.hosts or event.participants)
        for case_id in subject.case_studies:
            case = self.catalogue.record(Kind.CASE_STUDY, case_id)
            assert isinstance(case, CaseStudy)
            hosts += list(case.partners)
        if subject.partnership:
            partnership = self.catalogue.record(Kind.PARTNERSHIP, subject.partnership)
            assert isinstance(partnership, Partnership)
            hosts += list(partnership.places)
        return tuple(dict.fromkeys(hosts))

    def propose(self, subject: BriefingSubject, template: str = "full") -> BriefingSelection:
        """The sections a template prints for this subject, with the records the catalogue links to it."""
        if subject.theme is not None:
            from iurc_desktop.services.briefing.themes import propose_theme

            return propose_theme(self.catalogue, subject, template)
        hosts = self.hosts_of(subject)
        found = self._gather(hosts, subject)
        partners = [p for p, _n in found.partner_votes.most_common() if p not in hosts][:MAX_PARTNERS]
        themes = self._themes(found)
        keys = _keys
        sections: dict[SectionKind, tuple[RecordKey, ...]] = {
            SectionKind.COVER: (),
            SectionKind.AGENDA: (),
            SectionKind.GLANCE: (),
            SectionKind.MAP: (),
            SectionKind.HOST: keys(Kind.PLACE, hosts),
            SectionKind.HISTORY: _briefed_first(
                subject,
                keys(Kind.PARTNERSHIP, found.partnerships)
                + keys(Kind.EVENT, found.events)
                + keys(Kind.CASE_STUDY, found.case_studies),
            ),
            SectionKind.PARTNERS: keys(Kind.PLACE, partners),
            SectionKind.THEMES: themes,
            SectionKind.PEOPLE: keys(Kind.PERSON, found.people),
            SectionKind.TALKING_POINTS: keys(Kind.PLACE, hosts),
            SectionKind.NOTES: (),
            SectionKind.SOURCES: (),
            SectionKind.GLOSSARY: (),
        }
        sections[SectionKind.KEY_FIGURES] = keys(Kind.PLACE, hosts) + keys(Kind.CASE_STUDY, found.case_studies)
        sections[SectionKind.CONTACTS] = sections[SectionKind.PEOPLE]
        sections[SectionKind.WHY] = sections[SectionKind.HISTORY]
        order = PLAN_ORDER if subject.itinerary else DEFAULT_ORDER
        if template != "full":
            order = TEMPLATE_ORDERS[template]
        return BriefingSelection(subject, hosts, tuple(Section(k, sections.get(k, ())) for k in order))

    def _stop_place(self, stop: Stop) -> str | None:
        if stop.target.kind is Kind.PLACE:
            return stop.target.id if self.catalogue.find(Kind.PLACE, stop.target.id) else None
        event = self.catalogue.find(Kind.EVENT, stop.target.id)
        if isinstance(event, Event):
            return event.location or next(iter(event.hosts), None)
        return None

    def _gather(self, hosts: tuple[str, ...], subject: BriefingSubject) -> _Gathered:
        found = _Gathered()
        if subject.event:
            found.events.append(subject.event)
        found.case_studies.extend(subject.case_studies)
        if subject.partnership:
            found.partnerships.append(subject.partnership)
        for host in hosts:
            for link in self.catalogue.related(Kind.PLACE, host, Lang.EN):
                if link.outgoing:
                    continue
                self._take(link.ref.kind, link.ref.id, host, found)
        for key in ("partnerships", "events", "case_studies", "people"):
            setattr(found, key, list(dict.fromkeys(getattr(found, key))))
        found.events.sort(key=self._event_date)
        return found

    def _take(self, kind: Kind, record_id: str, host: str, found: _Gathered) -> None:
        record = self.catalogue.find(kind, record_id)
        if isinstance(record, Partnership):
            found.partnerships.append(record.id)
            found.partner_votes.update({p: 3 for p in record.places})
        elif isinstance(record, CaseStudy):
            found.case_studies.append(record.id)
            found.partner_votes.update({p: 3 for p in record.partners})
        elif isinstance(record, Contribution):
            found.events.append(record.event)
            found.people.extend(record.speakers)
            event = self.catalogue.find(Kind.EVENT, record.event)
            if isinstance(event, Event):
                found.partner_votes.update(event.participants)
        elif isinstance(record, Event):
            found.events.append(record.id)
            found.people.extend(record.people)
            found.partner_votes.update((*record.participants, *record.hosts, *record.visitors))
        elif isinstance(record, Person):
            found.people.append(record.id)

    def _event_date(self, event_id: str) -> dt.date:
        event = self.catalogue.find(Kind.EVENT, event_id)
        return event.start if isinstance(event, Event) and event.start else dt.date.max

    def _themes(self, found: _Gathered) -> tuple[RecordKey, ...]:
        clusters: list[str] = []
        challenges: list[str] = []
        for event_id in found.events:
            event = self.catalogue.find(Kind.EVENT, event_id)
            if isinstance(event, Event):
                clusters.extend(event.clusters)
        for case_id in found.case_studies:
            case = self.catalogue.find(Kind.CASE_STUDY, case_id)
            if isinstance(case, CaseStudy):
                clusters.extend(case.clusters)
                challenges.extend(case.challenges)
        return _keys(Kind.CLUSTER, list(dict.fromkeys(clusters))) + _keys(
            Kind.CHALLENGE, list(dict.fromkeys(challenges))
        )


def _briefed_first(subject: BriefingSubject, found: tuple[RecordKey, ...]) -> tuple[RecordKey, ...]:
    """The records the plan's stops are to be briefed on, in itinerary order, then the rest found."""
    briefed = [ref.key for stop in subject.itinerary for ref in stop.brief_on]
    briefed += [stop.target.key for stop in subject.itinerary if stop.target.kind is Kind.EVENT]
    return tuple(dict.fromkeys([*briefed, *found]))


def _keys(kind: Kind, ids: tuple[str, ...] | list[str]) -> tuple[RecordKey, ...]:
    return tuple(RecordKey(kind, i) for i in ids)
