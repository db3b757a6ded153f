"""What a map shows, renderer-neutral: markers for places, arcs for EU–China pairings, a visit's route.

The window (ui/map_view.py), the `map` command and briefing packs all draw a `MapModel` built here, over the
same basemap and projection (domain/geo.py), so the three agree.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iurc_desktop.domain import geo
from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP
from iurc_desktop.domain.geo import LonLat, great_circle, split_at_seam
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Event, Kind, Partnership, Place
from iurc_desktop.domain.regions import REGIONS as REGIONS
from iurc_desktop.domain.regions import region_of as region_of
from iurc_desktop.domain.user import Stop, VisitPlan

if TYPE_CHECKING:  # the window imports this module before the catalogue (and SQLAlchemy) are loaded
    from iurc_desktop.services.catalogue import CatalogueService

LAYERS = ("all", "places", "partnerships", "events")
# larger places are labelled first when labels compete for room
LEVEL_RANK = {"country": 0, "province": 1, "region": 1, "new-area": 2, "city": 2, "county": 3, "district": 3}


# one palette for screen, PNG/SVG and PDF
SEA, LAND, COAST = "#dce8f1", "#f6f3ec", "#9fb3c4"
REGION_COLOURS = {"europe": "#003399", "china": "#c8102e", "other": "#5f7d3a"}
ARC_COLOUR, ROUTE_COLOUR, LABEL_COLOUR, HALO_COLOUR = "#d08a00", "#1d2733", "#1d2733", "#ffffff"
# the legend's words (context "Map"): translated by Qt in the window, by services/i18n elsewhere
LEGEND = {
    "europe": QT_TRANSLATE_NOOP("Map", "Europe"),
    "china": QT_TRANSLATE_NOOP("Map", "China"),
    "other": QT_TRANSLATE_NOOP("Map", "Elsewhere"),
    "arc": QT_TRANSLATE_NOOP("Map", "Partnership"),
    "route": QT_TRANSLATE_NOOP("Map", "Route"),
}
NO_BORDERS_NOTE = QT_TRANSLATE_NOOP("Map", "Land and sea only; no borders are drawn. Natural Earth.")


@dataclass(frozen=True)
class MapMarker:
    id: str
    name: str
    lon: float
    lat: float
    country: str
    region: str  # "europe", "china" or "other": the marker's colour
    level: str = "city"
    focus: bool = False  # the subject of the map (drawn larger, labelled first)
    stop: int | None = None  # a visit plan's stop number, from 1

    @property
    def lonlat(self) -> LonLat:
        return self.lon, self.lat


@dataclass(frozen=True)
class MapArc:
    partnership: str
    name: str
    start: str  # place ids: the European end, then the Chinese one
    end: str
    lines: tuple[tuple[LonLat, ...], ...]  # the great circle, cut at the map's seam


@dataclass(frozen=True)
class MapModel:
    lang: Lang
    markers: tuple[MapMarker, ...]
    arcs: tuple[MapArc, ...] = ()
    route: tuple[str, ...] = ()  # place ids in itinerary order
    focus: tuple[str, ...] = ()  # place ids the view frames first (empty: the whole world)

    def marker(self, place_id: str) -> MapMarker | None:
        return next((m for m in self.markers if m.id == place_id), None)

    def route_lines(self) -> list[list[LonLat]]:
        """The route from stop to stop along great circles, cut at the seam."""
        stops = [m.lonlat for m in (self.marker(i) for i in self.route) if m is not None]
        lines: list[list[LonLat]] = []
        for a, b in itertools.pairwise(stops):
            lines += split_at_seam(great_circle(a, b, 24))
        return lines

    def legend_keys(self) -> list[str]:
        keys = [r for r in REGIONS if any(m.region == r for m in self.markers)]
        return keys + (["arc"] if self.arcs else []) + (["route"] if len(self.route) > 1 else [])

    def extent(self, aspect: float, margin: float = 0.25, min_width: float = 45.0) -> tuple[float, float, float, float]:
        """The part of the map to show (left, bottom, right, top in map units) for a frame of `aspect` = w / h.

        Every marker (a subject's partners belong in its frame) and the route, padded, never narrower than a few
        countries, with the frame's proportions, and kept inside the map; the world when there is nothing.
        """
        points = [geo.project(*m.lonlat) for m in self.markers]
        points += [geo.project(*p) for line in self.route_lines() for p in line]
        if not points:
            return -geo.WIDTH / 2, -geo.HEIGHT / 2, geo.WIDTH / 2, geo.HEIGHT / 2
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        width = max(max(xs) - min(xs), min_width) * (1 + 2 * margin)
        height = max(max(ys) - min(ys), min_width / aspect) * (1 + 2 * margin)
        width, height = max(width, height * aspect), max(height, width / aspect)
        width, height = min(width, geo.WIDTH * 1.02), min(height, geo.HEIGHT * 1.02)
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        cx = 0.0 if width >= geo.WIDTH else max(-geo.WIDTH / 2 + width / 2, min(geo.WIDTH / 2 - width / 2, cx))
        cy = 0.0 if height >= geo.HEIGHT else max(-geo.HEIGHT / 2 + height / 2, min(geo.HEIGHT / 2 - height / 2, cy))
        return cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2

    def labelling_order(self) -> list[MapMarker]:
        """Markers in the order their labels claim room: the subject first, then stops, then larger places."""
        degree: dict[str, int] = {}
        for arc in self.arcs:
            for end in (arc.start, arc.end):
                degree[end] = degree.get(end, 0) + 1
        return sorted(
            self.markers,
            key=lambda m: (not m.focus, m.stop is None, LEVEL_RANK.get(m.level, 2), -degree.get(m.id, 0), m.name),
        )


@dataclass(frozen=True)
class MapFilters:
    """The same narrowing the lists offer (programme, country, year), plus what to draw."""

    programme: str | None = None
    country: str | None = None
    year: int | None = None
    layer: str = "all"  # see LAYERS


@dataclass
class _Index:
    places: dict[str, Place] = field(default_factory=dict)
    partnerships: list[Partnership] = field(default_factory=list)


class MapService:
    def __init__(self, catalogue: CatalogueService) -> None:
        self.catalogue = catalogue
        self._index: _Index | None = None
        self._events: list[Event] | None = None  # decoded only for the events layer: there are many

    @classmethod
    def over(
        cls, catalogue: CatalogueService, places: Iterable[Place], partnerships: Iterable[Partnership]
    ) -> MapService:
        """A service that knows only these records: a map of a few places (a briefing pack's) without decoding
        every place and partnership of the catalogue. Its maps are the full service's when the records include
        the places shown and every partnership naming them."""
        service = cls(catalogue)
        index = _Index()
        index.places = {p.id: p for p in places if p.latitude is not None and p.longitude is not None}
        index.partnerships = list(partnerships)
        service._index = index
        return service

    @property
    def index(self) -> _Index:
        if self._index is None:
            index = _Index()
            for record in self.catalogue.records(Kind.PLACE):
                if isinstance(record, Place) and record.latitude is not None and record.longitude is not None:
                    index.places[record.id] = record
            index.partnerships = [r for r in self.catalogue.records(Kind.PARTNERSHIP) if isinstance(r, Partnership)]
            self._index = index
        return self._index

    @property
    def events(self) -> list[Event]:
        if self._events is None:
            self._events = [r for r in self.catalogue.records(Kind.EVENT) if isinstance(r, Event)]
        return self._events

    # what the map can be narrowed by
    def programmes(self) -> list[str]:
        found = {p for place in self.index.places.values() for p in place.programmes}
        return sorted(found | {p.programme for p in self.index.partnerships if p.programme})

    def countries(self) -> list[str]:
        return sorted({place.country for place in self.index.places.values() if place.country})

    def years(self) -> list[int]:
        found = {p.year for place in self.index.places.values() for p in place.participations if p.year}
        found |= {p.since for p in self.index.partnerships if p.since}
        found |= {year for item in self.catalogue.list_items(Kind.EVENT, Lang.EN) for year in item.years}
        return sorted(found)

    # maps
    def world(self, lang: Lang, filters: MapFilters | None = None) -> MapModel:
        filters = filters or MapFilters()
        arcs = [p for p in self._eu_china(self.index.partnerships) if _partnership_admits(p, filters)]
        if filters.layer == "partnerships":
            ids = {pid for p in arcs for pid in p.places}
        elif filters.layer == "events":
            events = [e for e in self.events if _event_admits(e, filters)]
            ids = {pid for e in events for pid in _event_places(e)}
            arcs = []
        else:
            ids = {pid for pid, place in self.index.places.items() if _place_admits(place, filters)}
            arcs = [] if filters.layer == "places" else arcs
        ids = {pid for pid in ids if pid in self.index.places}
        if filters.country:  # the country's places, and the partners they are paired with
            ids = {pid for pid in ids if self.index.places[pid].country == filters.country.upper()}
            arcs = [p for p in arcs if ids & set(p.places)]
            ids |= {pid for p in arcs for pid in p.places if pid in self.index.places}
        arcs = [p for p in arcs if all(pid in ids for pid in p.places if pid in self.index.places)]
        return self._model(lang, sorted(ids), arcs)

    def around_places(
        self, place_ids: Sequence[str], lang: Lang, focus: Sequence[str] | None = None, extra: Sequence[str] = ()
    ) -> MapModel:
        """The places and every partner they are paired with, and `extra` places (a pack's partners) without their
        pairings; `focus` (default: the places) is the subject."""
        subject = set(place_ids)
        arcs = [p for p in self._eu_china(self.index.partnerships) if subject & set(p.places)]
        ids = list(dict.fromkeys([*place_ids, *(pid for p in arcs for pid in p.places), *extra]))
        return self._model(lang, ids, arcs, focus=tuple(place_ids if focus is None else focus))

    def partnership(self, partnership_id: str, lang: Lang) -> MapModel:
        record = self.catalogue.record(Kind.PARTNERSHIP, partnership_id)
        assert isinstance(record, Partnership)
        return self._model(lang, list(record.places), self._eu_china([record]), focus=record.places)

    def event(self, event_id: str, lang: Lang) -> MapModel:
        record = self.catalogue.record(Kind.EVENT, event_id)
        assert isinstance(record, Event)
        ids = list(_event_places(record))
        return self._model(lang, ids, [], focus=tuple(ids))

    def plan_of(self, plan: VisitPlan, lang: Lang) -> MapModel:
        """A saved visit plan's route: each stop's place (an event stop: where the event is), in order."""
        return self.plan(self.stop_places(plan.stops), lang)

    def stop_places(self, stops: Sequence[Stop]) -> list[str]:
        out = []
        for stop in stops:
            if stop.target.kind is Kind.PLACE:
                out.append(stop.target.id)
            elif stop.target.kind is Kind.EVENT:
                event = self.catalogue.find(Kind.EVENT, stop.target.id)
                places = _event_places(event) if isinstance(event, Event) else ()
                out += places[:1]
        return out

    def plan(self, stops: Sequence[str], lang: Lang) -> MapModel:
        """A visit's stops, numbered in itinerary order, and the route between them."""
        ordered = [s for s in dict.fromkeys(stops) if s in self.index.places]
        return self._model(lang, ordered, [], focus=tuple(ordered), route=tuple(ordered))

    def _eu_china(self, partnerships: Iterable[Partnership]) -> list[Partnership]:
        out = []
        for record in partnerships:
            regions = {region_of(self.index.places[p].country) for p in record.places if p in self.index.places}
            if "china" in regions and len(regions) > 1:
                out.append(record)
        return out

    def _model(
        self,
        lang: Lang,
        place_ids: Sequence[str],
        partnerships: Sequence[Partnership],
        focus: Sequence[str] = (),
        route: Sequence[str] = (),
    ) -> MapModel:
        stops = {pid: n for n, pid in enumerate(route, start=1)}
        markers = [
            self._marker(self.index.places[pid], lang, pid in focus, stops.get(pid))
            for pid in place_ids
            if pid in self.index.places
        ]
        arcs = [arc for p in partnerships for arc in self._arcs(p, lang)]
        focus_ids = tuple(pid for pid in focus if pid in self.index.places)
        return MapModel(lang, tuple(markers), tuple(arcs), tuple(route), focus_ids)

    def _marker(self, place: Place, lang: Lang, focus: bool, stop: int | None) -> MapMarker:
        assert place.longitude is not None and place.latitude is not None
        name = place.name.resolve(lang).text or place.id
        return MapMarker(
            place.id, name, place.longitude, place.latitude, place.country, region_of(place.country), place.level,
            focus, stop,
        )  # fmt: skip

    def _arcs(self, record: Partnership, lang: Lang) -> list[MapArc]:
        """One arc from each European (or other) end to each Chinese end of the pairing."""
        ends = [self.index.places[p] for p in record.places if p in self.index.places]
        chinese = [p for p in ends if p.country == "CN"]
        others = [p for p in ends if p.country != "CN"]
        name = record.name.resolve(lang).text or record.id
        out = []
        for a in others:
            for b in chinese:
                assert a.longitude is not None and a.latitude is not None
                assert b.longitude is not None and b.latitude is not None
                line = great_circle((a.longitude, a.latitude), (b.longitude, b.latitude))
                out.append(MapArc(record.id, name, a.id, b.id, tuple(tuple(piece) for piece in split_at_seam(line))))
        return out


def _event_years(event: Event) -> set[int]:
    if event.start is not None:
        return set(range(event.start.year, (event.end or event.start).year + 1))
    return {event.year} if event.year else set()


def _event_places(event: Event) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*((event.location,) if event.location else ()), *event.hosts, *event.visitors)))


def _place_admits(place: Place, filters: MapFilters) -> bool:
    if filters.programme and filters.programme not in place.programmes:
        return False
    return not filters.year or any(p.year == filters.year for p in place.participations)


def _partnership_admits(record: Partnership, filters: MapFilters) -> bool:
    if filters.programme and record.programme != filters.programme:
        return False
    return not filters.year or record.since == filters.year


def _event_admits(event: Event, filters: MapFilters) -> bool:
    if filters.programme and event.programme != filters.programme:
        return False
    return not filters.year or filters.year in _event_years(event)
