"""What the delegate creates: notes, favourites, visit plans, saved briefing selections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey as RecordKey  # re-exported: notes and plans name records


@dataclass(frozen=True)
class Note:
    id: int
    record: RecordKey
    body: str
    record_name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    uid: str = ""  # the same note on every machine it is restored to (a backup merges by it)


@dataclass(frozen=True)
class Favourite:
    record: RecordKey
    record_name: str
    added_at: dt.datetime


@dataclass(frozen=True)
class Member:
    """One person of a delegation."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class PlanRef:
    """A record a plan points at, with its name as the plan's author saw it (kept when a catalogue lacks it)."""

    kind: Kind
    id: str
    name: str = ""

    @property
    def key(self) -> RecordKey:
        return RecordKey(self.kind, self.id)


@dataclass(frozen=True)
class Stop:
    """One stop of an itinerary: a place or an event, on its local day(s), optionally at local times."""

    uid: str  # stable across edits and exports: the calendar event's UID
    target: PlanRef
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive; None means the same day as start
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    zone: str = ""  # IANA time zone of the stop ("Asia/Shanghai"); "" when not known
    note: str = ""
    brief_on: tuple[PlanRef, ...] = ()  # records to brief on at this stop (partners, case studies)

    @property
    def last_day(self) -> dt.date | None:
        return self.end or self.start


@dataclass(frozen=True)
class VisitPlan:
    """An itinerary: who travels, why, and the stops in order."""

    id: int
    title: str
    purpose: str = ""
    lang: Lang = Lang.EN  # the language the plan is written in (calendar descriptions use it)
    delegation: tuple[Member, ...] = ()
    stops: tuple[Stop, ...] = ()
    notes: str = ""
    uid: str = ""
    updated_at: dt.datetime | None = None

    @property
    def places(self) -> tuple[str, ...]:
        """The place ids of the stops, in itinerary order, each once."""
        return tuple(dict.fromkeys(s.target.id for s in self.stops if s.target.kind is Kind.PLACE))

    @property
    def start(self) -> dt.date | None:
        days = [s.start for s in self.stops if s.start]
        return min(days) if days else None

    @property
    def end(self) -> dt.date | None:
        days = [d for s in self.stops if (d := s.last_day)]
        return max(days) if days else None


@dataclass(frozen=True)
class SavedSelection:
    """A briefing pack's composition, saved so it can be printed again."""

    id: int
    name: str
    payload: dict[str, object] = field(default_factory=dict)
