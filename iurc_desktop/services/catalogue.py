"""Catalogue questions in a delegate's terms: lists, records and how records relate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import Lang, LocalText, Resolved
from iurc_desktop.domain.records import Event, Kind, Partnership, Record
from iurc_desktop.domain.regions import EU_MEMBERS
from iurc_desktop.services.collation import Collation
from iurc_desktop.storage import record_graph
from iurc_desktop.storage.catalogue_read import CatalogueStore, Link

FOUND_CACHE_SIZE = 4096
# where a place is when it meets a partner (participants of a webinar with 20 places do not make a visit)
MEETING_FIELDS = ("location", "hosts", "visitors")


class UnknownRecord(UserError, LookupError):
    def __init__(self, kind: Kind, record_id: str) -> None:
        super().__init__(messages.UNKNOWN_RECORD, kind=kind.value, id=record_id)


@dataclass(frozen=True)
class RecordRef:
    kind: Kind
    id: str
    name: Resolved

    @property
    def title(self) -> str:
        return self.name.text or self.id


@dataclass(frozen=True)
class ListItem:
    kind: Kind
    id: str
    title: str
    is_fallback: bool
    country: str = ""
    programmes: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    subtype: str = ""  # place level, event type, or a partnership's pair ("eu-china" or "other")
    year: int | None = None  # an event the sources date only by its year
    places: tuple[str, ...] = ()  # events and partnerships: the places they name (location and hosts first)
    detail: str = ""  # events: where (the location's or first host's name), so two alike titles differ
    active_years: tuple[int, ...] = ()  # places: the years they joined a programme

    @property
    def years(self) -> range | tuple[int, ...]:
        """The calendar years the record spans (places: the years they joined a programme)."""
        if self.active_years:
            return self.active_years
        if self.start is not None:
            return range(self.start.year, (self.end or self.start).year + 1)
        return range(self.year, self.year + 1) if self.year else range(0)

    @property
    def sort_date(self) -> str:
        """ISO text that orders dated records by day, and year-only ones at the start of their year."""
        return self.start.isoformat() if self.start else f"{self.year:04d}" if self.year else ""


@dataclass(frozen=True)
class Related:
    field: str
    outgoing: bool
    ref: RecordRef


@dataclass(frozen=True)
class CatalogueInfo:
    version: str
    date: str
    title: str
    counts: dict[Kind, int]
    meta: dict[str, str]


class CatalogueService:
    def __init__(self, store: CatalogueStore, collation: Collation | None = None) -> None:
        self.store = store
        # the run's alphabetical order, for what is built over this catalogue (pages, packs, the GUI's lists);
        # without a data folder's (tests, benchmarks) a plain in-memory one
        self.collation = collation if collation is not None else Collation()
        # what lists show, decoded once: switching language then only re-resolves names (a catalogue is
        # never changed under a service; an update makes a new one)
        self._summaries: dict[Kind, list[_Summary]] = {}
        # records are immutable and a pack or a page asks for the same ones many times (each read costs
        # a query and a decode); bounded, because a catalogue may hold 100,000
        self._found: dict[tuple[Kind, str], Record | None] = {}
        self._links: dict[tuple[Kind, str], list[Link]] = {}
        self._places: dict[Kind, dict[str, list[tuple[str, str]]]] = {}
        # each list in each language, built once: a language switch on a 100,000-record catalogue then shows
        # its lists again without resolving 30,000 names anew
        self._items: dict[tuple[Kind, Lang], list[ListItem]] = {}

    def info(self) -> CatalogueInfo:
        meta = self.store.meta()
        return CatalogueInfo(
            meta.get("version", "?"), meta.get("date", ""), meta.get("title", ""), self.store.counts(), meta
        )

    def record(self, kind: Kind, record_id: str) -> Record:
        record = self.store.get(kind, record_id)
        if record is None:
            raise UnknownRecord(kind, record_id)
        return record

    def find(self, kind: Kind, record_id: str) -> Record | None:
        key = (kind, record_id)
        if key not in self._found:
            if len(self._found) >= FOUND_CACHE_SIZE:
                self._found.clear()
            self._found[key] = self.store.get(kind, record_id)
        return self._found[key]

    def find_many(self, keys: Iterable[tuple[Kind, str]]) -> dict[tuple[Kind, str], Record]:
        """Records of any kinds by key: cached ones from memory, the others in one statement."""
        wanted = list(dict.fromkeys(keys))
        missing = [key for key in wanted if key not in self._found]
        if missing:
            if len(self._found) + len(missing) >= FOUND_CACHE_SIZE:
                self._found.clear()
            found = record_graph.records_by_key(self.store, missing)
            self._found.update({key: found.get(key) for key in missing})
        return {key: record for key in wanted if (record := self._found.get(key)) is not None}

    def links_many(self, keys: Iterable[tuple[Kind, str]]) -> dict[tuple[Kind, str], list[Link]]:
        """References from and to each record (outgoing first, in field order), cached like records."""
        wanted = list(dict.fromkeys(keys))
        missing = [key for key in wanted if key not in self._links]
        if missing:
            if len(self._links) + len(missing) >= FOUND_CACHE_SIZE:
                self._links.clear()
            self._links.update(record_graph.links_of(self.store, missing))
        return {key: self._links.get(key, []) for key in wanted}

    def partnership_events(self, partnership: Partnership) -> list[str]:
        """The visits and meetings of a partnership: events where two of its places meet as hosts or visitors."""
        return record_graph.records_naming(self.store, Kind.EVENT, MEETING_FIELDS, partnership.places)

    def partnerships_served(self, event: Event) -> list[str]:
        """The partnerships an event served (the same rule as `partnership_events`, seen from the event)."""
        places = [p for p in (event.location, *event.hosts, *event.visitors) if p]
        return record_graph.records_naming(self.store, Kind.PARTNERSHIP, ("places",), places)

    def removed_in(self, kind: Kind, record_id: str) -> tuple[LocalText, str] | None:
        """(last name, catalogue version that removed it) for a record a data update took away."""
        found = self.store.removed(kind, record_id)
        if found is None:
            return None
        names, version = found
        return LocalText(**{lang.value: names.get(lang.value, "") for lang in Lang}), version

    def records(self, kind: Kind) -> list[Record]:
        return self.store.records(kind)

    def list_items(
        self, kind: Kind, lang: Lang, *, programme: str | None = None, country: str | None = None
    ) -> list[ListItem]:
        items = list(self._all_items(kind, lang))
        if programme:
            items = [i for i in items if programme in i.programmes]
        if country:
            items = [i for i in items if i.country == country.upper()]
        return items

    def _all_items(self, kind: Kind, lang: Lang) -> list[ListItem]:
        if (kind, lang) not in self._items:
            if kind not in self._summaries:
                self._summaries[kind] = [_summary(kind, row) for row in self.store.summaries(kind)]
            items = [summary.item(lang) for summary in self._summaries[kind]]
            if kind in (Kind.EVENT, Kind.PARTNERSHIP):
                items = self._with_places(kind, items, lang)
            self._items[(kind, lang)] = items
        return self._items[(kind, lang)]

    def _with_places(self, kind: Kind, items: list[ListItem], lang: Lang) -> list[ListItem]:
        """Events and partnerships with the places they name (for the place filter, the EU–China filter and the
        'where' that tells two study visits apart), read once per kind."""
        if kind not in self._places:
            self._places[kind] = record_graph.place_links(self.store, kind)
        if Kind.PLACE not in self._summaries:
            self._summaries[Kind.PLACE] = [_summary(Kind.PLACE, row) for row in self.store.summaries(Kind.PLACE)]
        places = {s.id: s for s in self._summaries[Kind.PLACE]}
        out = []
        for item in items:
            named = self._places[kind].get(item.id, [])
            ids = tuple(dict.fromkeys(place for _field, place in named))
            extra: dict[str, Any] = {"places": ids}
            if kind is Kind.EVENT:
                where = next((p for f, p in named if f == "location"), None) or next(
                    (p for f, p in named if f == "hosts"), None
                )
                extra["detail"] = places[where].name.in_lang(lang) if where in places else ""
            else:
                countries = {places[p].country for p in ids if p in places}
                extra["subtype"] = "eu-china" if "CN" in countries and countries - {"CN"} <= EU_MEMBERS else "other"
                if len(countries) < 2:
                    extra["subtype"] = "other"
            out.append(dataclasses.replace(item, **extra))
        return out

    def ref(self, kind: Kind, record_id: str, lang: Lang) -> RecordRef:
        record = self.store.get(kind, record_id)
        if record is None:
            return RecordRef(kind, record_id, Resolved("", None, lang))
        return RecordRef(kind, record_id, record.name.resolve(lang))

    def refs(self, kind: Kind, ids: tuple[str, ...] | list[str], lang: Lang) -> list[RecordRef]:
        found = self.store.get_many(kind, ids)
        return [
            RecordRef(kind, i, found[i].name.resolve(lang))
            if i in found
            else RecordRef(kind, i, Resolved("", None, lang))
            for i in ids
        ]

    def related(self, kind: Kind, record_id: str, lang: Lang) -> list[Related]:
        links = self.store.links(kind, record_id)
        by_kind: dict[Kind, list[str]] = {}
        for link in links:
            by_kind.setdefault(link.kind, []).append(link.id)
        names = {k: self.store.get_many(k, ids) for k, ids in by_kind.items()}
        out = []
        for link in links:
            target = names[link.kind].get(link.id)
            name = target.name.resolve(lang) if target else Resolved("", None, lang)
            out.append(Related(link.field, link.outgoing, RecordRef(link.kind, link.id, name)))
        return out


@dataclass(frozen=True)
class _Summary:
    kind: Kind
    id: str
    name: LocalText
    country: str
    programmes: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    subtype: str
    year: int | None
    active_years: tuple[int, ...] = ()

    def item(self, lang: Lang) -> ListItem:
        name = self.name.resolve(lang)
        return ListItem(
            self.kind, self.id, name.text or self.id, name.is_fallback, self.country, self.programmes, self.start,
            self.end, self.subtype, self.year, active_years=self.active_years,
        )  # fmt: skip


def _summary(kind: Kind, row: dict[str, Any]) -> _Summary:
    """What a list needs of a record, from the few columns CatalogueStore.summaries reads."""
    name = LocalText.from_mapping(json.loads(row["name"]) if row["name"] else {})
    programmes: tuple[str, ...] = ()
    active_years: tuple[int, ...] = ()
    if row["participations"]:
        parts = json.loads(row["participations"])
        programmes = tuple(dict.fromkeys(p["programme"] for p in parts))
        active_years = tuple(sorted({p["year"] for p in parts if isinstance(p.get("year"), int)}))
    elif row["programme"]:
        programmes = (row["programme"],)
    start = dt.date.fromisoformat(row["start_date"]) if row["start_date"] else None
    end = dt.date.fromisoformat(row["end_date"]) if row["end_date"] else None
    if start is not None and end == start and kind is Kind.EVENT:
        end = None
    subtype = row["level"] or row["type"] or ""
    year = row["year"] if isinstance(row["year"], int) else None
    return _Summary(kind, row["id"], name, row["country"] or "", programmes, start, end, subtype, year, active_years)
