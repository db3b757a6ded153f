"""What the delegate creates: notes, favourites, visit plans, saved briefing selections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iurc_desktop.domain.records import Kind


@dataclass(frozen=True)
class RecordKey:
    kind: Kind
    id: str

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"


@dataclass(frozen=True)
class Note:
    id: int
    record: RecordKey
    body: str
    record_name: str
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class Favourite:
    record: RecordKey
    record_name: str
    added_at: dt.datetime


@dataclass(frozen=True)
class VisitPlan:
    id: int
    title: str
    destinations: tuple[str, ...] = ()  # place ids
    start: dt.date | None = None
    end: dt.date | None = None
    purpose: str = ""
    delegation: tuple[str, ...] = ()  # free-text names of the delegation's members
    notes: str = ""


@dataclass(frozen=True)
class SavedSelection:
    """A briefing pack's composition, saved so it can be printed again."""

    id: int
    name: str
    payload: dict[str, object] = field(default_factory=dict)
