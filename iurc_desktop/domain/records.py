"""The kinds of record in the catalogue, as plain frozen dataclasses.

Field conventions (the codec in `codec.py` relies on them):
- `LocalText` fields hold text in en/zh/pt; `tuple[LocalText, ...]` holds a list of such texts.
- Fields named in a record's `REFS` hold ids of other records (a `str`, or a tuple of them).
- Everything else is a plain scalar (str, int, float, date) or a tuple of small dataclasses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from iurc_desktop.domain.kinds import Kind as Kind  # re-exported: records name their kind
from iurc_desktop.domain.lang import LocalText

PLACE_LEVELS = ("country", "province", "region", "city", "county", "district", "new-area")
EVENT_TYPES = ("webinar", "study-visit", "meeting", "conference", "workshop", "exhibition")
ORGANISATION_TYPES = (
    "public-body",  # a government, its departments and agencies
    "eu-service",  # a service of the European Union or of the programme itself
    "international",  # an international organisation (UN-Habitat)
    "institute",  # research and technical institutes
    "university",
    "company",
    "platform",  # knowledge platforms, networks, clusters and chambers
    "park",  # science, technology and industrial parks
    "culture",  # museums, cultural centres, exhibition halls
)
# The source id of facts that no seed states (a province's capital, coordinates): they are general reference.
GENERAL_REFERENCE = "general-reference"


@dataclass(frozen=True)
class SourceRef:
    """Where a record's facts come from: a seed document and the part of it."""

    doc: str
    section: str = ""
    note: str = ""


@dataclass(frozen=True)
class KeyFigure:
    value: str
    label: LocalText = field(default_factory=LocalText)


@dataclass(frozen=True)
class Participation:
    """A place's part in a programme, e.g. IUC pilot of the 2018 group."""

    programme: str
    year: int | None = None
    role: LocalText = field(default_factory=LocalText)


@dataclass(frozen=True)
class Record:
    id: str
    name: LocalText
    summary: LocalText = field(default_factory=LocalText)
    sources: tuple[SourceRef, ...] = ()
    # Where the catalogue deliberately departs from a source (e.g. a region's country), said on the record's page.
    editor_note: LocalText = field(default_factory=LocalText)

    KIND: ClassVar[Kind]
    # field name -> kind of the record(s) it refers to
    REFS: ClassVar[dict[str, Kind]] = {}


@dataclass(frozen=True)
class Programme(Record):
    KIND = Kind.PROGRAMME
    REFS = {"parent": Kind.PROGRAMME, "organisations": Kind.ORGANISATION}
    parent: str | None = None
    organisations: tuple[str, ...] = ()  # who funds and implements it
    start_year: int | None = None
    end_year: int | None = None
    key_figures: tuple[KeyFigure, ...] = ()


@dataclass(frozen=True)
class Network(Record):
    KIND = Kind.NETWORK
    REFS = {"programme": Kind.PROGRAMME}
    programme: str | None = None


@dataclass(frozen=True)
class Cluster(Record):
    KIND = Kind.CLUSTER
    REFS = {"network": Kind.NETWORK, "managers": Kind.PERSON}
    network: str | None = None
    managers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Challenge(Record):
    KIND = Kind.CHALLENGE
    REFS = {"programme": Kind.PROGRAMME}
    programme: str | None = None


@dataclass(frozen=True)
class Place(Record):
    KIND = Kind.PLACE
    REFS = {"parent": Kind.PLACE}
    country: str = ""  # ISO 3166-1 alpha-2
    level: str = "city"
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    participations: tuple[Participation, ...] = ()
    strengths: LocalText = field(default_factory=LocalText)
    interests: LocalText = field(default_factory=LocalText)
    key_figures: tuple[KeyFigure, ...] = ()

    @property
    def programmes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.programme for p in self.participations))


@dataclass(frozen=True)
class Event(Record):
    KIND = Kind.EVENT
    REFS = {
        "programme": Kind.PROGRAMME,
        "location": Kind.PLACE,
        "hosts": Kind.PLACE,
        "visitors": Kind.PLACE,
        "participants": Kind.PLACE,
        "clusters": Kind.CLUSTER,
        "network": Kind.NETWORK,
        "people": Kind.PERSON,
        "organisations": Kind.ORGANISATION,
    }
    type: str = "meeting"
    start: dt.date | None = None
    end: dt.date | None = None
    # Why the date is partial or missing ("April to October 2021; the source gives only the months").
    date_note: LocalText = field(default_factory=LocalText)
    year: int | None = None  # where the sources give a year but no day (start stays empty then)
    programme: str | None = None
    location: str | None = None
    venue: LocalText = field(default_factory=LocalText)
    online: bool = False
    hosts: tuple[str, ...] = ()
    visitors: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    network: str | None = None
    clusters: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    # The sites, parks, museums, companies and institutes a study visit saw, as the catalogue names them;
    # those that are organisations with a record are also in `organisations`.
    sites: tuple[LocalText, ...] = ()
    organisations: tuple[str, ...] = ()
    focus: LocalText = field(default_factory=LocalText)
    outcomes: tuple[LocalText, ...] = ()
    next_steps: tuple[LocalText, ...] = ()


@dataclass(frozen=True)
class Contribution(Record):
    """What one place presented at one event."""

    KIND = Kind.CONTRIBUTION
    REFS = {"event": Kind.EVENT, "place": Kind.PLACE, "speakers": Kind.PERSON}
    event: str = ""
    place: str = ""
    speakers: tuple[str, ...] = ()
    strengths: LocalText = field(default_factory=LocalText)
    challenges: LocalText = field(default_factory=LocalText)
    cooperation: LocalText = field(default_factory=LocalText)


@dataclass(frozen=True)
class Partnership(Record):
    KIND = Kind.PARTNERSHIP
    REFS = {
        "places": Kind.PLACE,
        "programme": Kind.PROGRAMME,
        "clusters": Kind.CLUSTER,
        "case_study": Kind.CASE_STUDY,
    }
    places: tuple[str, ...] = ()
    programme: str | None = None
    clusters: tuple[str, ...] = ()
    case_study: str | None = None
    topic: LocalText = field(default_factory=LocalText)
    status: LocalText = field(default_factory=LocalText)  # e.g. "Memorandum signed", "Sister cities"
    since: int | None = None


@dataclass(frozen=True)
class CaseStudy(Record):
    KIND = Kind.CASE_STUDY
    REFS = {
        "partners": Kind.PLACE,
        "network": Kind.NETWORK,
        "clusters": Kind.CLUSTER,
        "challenges": Kind.CHALLENGE,
    }
    partners: tuple[str, ...] = ()
    network: str | None = None
    clusters: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()
    keywords: tuple[LocalText, ...] = ()
    challenge: LocalText = field(default_factory=LocalText)
    solution: LocalText = field(default_factory=LocalText)
    results: tuple[LocalText, ...] = ()
    key_figures: tuple[KeyFigure, ...] = ()
    lessons: tuple[LocalText, ...] = ()


@dataclass(frozen=True)
class Person(Record):
    KIND = Kind.PERSON
    REFS = {"place": Kind.PLACE, "affiliation": Kind.ORGANISATION}
    role: LocalText = field(default_factory=LocalText)
    organisation: LocalText = field(default_factory=LocalText)
    place: str | None = None
    affiliation: str | None = None  # the organisation record, where there is one
    aliases: tuple[str, ...] = ()  # other spellings: the seeds' forms, transliterations


@dataclass(frozen=True)
class Organisation(Record):
    """An institute, company, public body, EU service, park or platform a delegate may meet."""

    KIND = Kind.ORGANISATION
    REFS = {"place": Kind.PLACE, "parent": Kind.ORGANISATION}
    type: str = "institute"  # one of ORGANISATION_TYPES
    place: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source(Record):
    """One seed document the catalogue is written from."""

    KIND = Kind.SOURCE
    file: str = ""
    language: str = ""


RECORD_TYPES: dict[Kind, type[Record]] = {
    cls.KIND: cls
    for cls in (
        Programme,
        Network,
        Cluster,
        Challenge,
        Place,
        Event,
        Contribution,
        Partnership,
        CaseStudy,
        Person,
        Organisation,
        Source,
    )
}
