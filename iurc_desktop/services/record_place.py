"""A place's page as a visit dossier: at a glance, what it said of itself, what it presented, its cooperation
timeline, its partners with their visits, case studies, people.
"""

from __future__ import annotations

from iurc_desktop.domain.lang import LocalText
from iurc_desktop.domain.records import CaseStudy, Contribution, Event, Kind, Partnership, Person, Place, Record
from iurc_desktop.services import vocabulary as vocab
from iurc_desktop.services.catalogue import MEETING_FIELDS
from iurc_desktop.services.record_builder import Key, Neighbourhood, event_when, section
from iurc_desktop.services.record_kinds import KindWriter
from iurc_desktop.services.record_view import (
    Block,
    Country,
    DatedList,
    Entry,
    Fact,
    Figure,
    Joined,
    LinkedList,
    Plain,
    Term,
    Value,
    When,
)


class PlaceWriter(KindWriter):
    def second_hop(self, hood: Neighbourhood) -> list[Key]:
        keys: list[Key] = []
        for record in hood.incoming():
            if isinstance(record, Contribution):
                keys.append((Kind.EVENT, record.event))
            elif isinstance(record, Partnership):
                keys += [(Kind.PLACE, p) for p in record.places]
        return keys

    def meta(self, hood: Neighbourhood) -> tuple[Value, ...]:
        place = hood.record
        assert isinstance(place, Place)
        return (Country(place.country), Term(vocab.PLACE_LEVELS.get(place.level, place.level)))

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        place = hood.record
        assert isinstance(place, Place)
        contributions = [c for c in hood.incoming(Kind.CONTRIBUTION) if isinstance(c, Contribution)]
        events = self._events(hood, contributions)
        partnerships = [p for p in hood.incoming(Kind.PARTNERSHIP) if isinstance(p, Partnership)]
        return [
            self._glance(hood, events, partnerships),
            self._said(hood, "strengths", place.strengths, [(c, c.strengths) for c in contributions]),
            self._said(hood, "interests", place.interests, [(c, c.cooperation) for c in contributions]),
            self._presented(hood, contributions),
            self.events("timeline", events, by_year=True),
            self._partners(hood, partnerships, events),
            self._case_studies(hood),
            self.figures(place.key_figures),
            self.b.link_list("people", hood.incoming(Kind.PERSON), _role),
        ]

    def _events(self, hood: Neighbourhood, contributions: list[Contribution]) -> list[Event]:
        """The events it took part in: those naming it, and those it presented at."""
        found = {e.id: e for e in hood.incoming(Kind.EVENT) if isinstance(e, Event)}
        for contribution in contributions:
            event = hood.get(Kind.EVENT, contribution.event)
            if isinstance(event, Event):
                found.setdefault(event.id, event)
        return list(found.values())

    def _glance(self, hood: Neighbourhood, events: list[Event], partnerships: list[Partnership]) -> Block:
        place = hood.record
        assert isinstance(place, Place)
        b = self.b
        programmes: list[Value] = []
        for part in place.participations:
            programme = hood.get(Kind.PROGRAMME, part.programme)
            if programme is not None:
                programmes.append(
                    Joined((b.link(programme), Joined((Plain("("), When(year=part.year), Plain(")")), sep="")))
                    if part.year
                    else b.link(programme)
                )
        partners = {p for ship in partnerships for p in ship.places if p != place.id}
        counts = (
            ("events", len(events)),
            ("partners", len(partners)),
            ("case_studies", len(hood.incoming(Kind.CASE_STUDY))),
            ("people", len(hood.incoming(Kind.PERSON))),
        )
        rows = [
            b.fact("country", Country(place.country)),
            b.fact("level", Term(vocab.PLACE_LEVELS.get(place.level, place.level))),
            b.fact("part_of", *b.links(hood.outgoing("parent"))),
            b.fact("includes", *b.links(hood.incoming(Kind.PLACE))),
            Fact(section("programmes"), tuple(programmes)),
            b.fact("aliases", *(Plain(a) for a in place.aliases)),
            *(b.fact(label, Plain(str(n))) for label, n in counts if n),
        ]
        return b.facts("glance", "glance", rows)

    def _said(
        self, hood: Neighbourhood, key: str, own: LocalText, said: list[tuple[Contribution, LocalText]]
    ) -> DatedList:
        """What the place said of itself: the catalogue's summary of it first, then each talk, newest first."""
        entries = [Entry(own)] if not own.is_empty() else []
        dated = []
        for contribution, text in said:
            event = hood.get(Kind.EVENT, contribution.event)
            if text.is_empty() or not isinstance(event, Event):
                continue
            dated.append(Entry(text, event_when(event), (self.b.link(event),)))
        entries += sorted(dated, key=lambda e: e.when.sort_key, reverse=True)
        return DatedList(key, section(key), tuple(entries))

    def _presented(self, hood: Neighbourhood, contributions: list[Contribution]) -> DatedList:
        b = self.b
        entries = []
        for contribution in contributions:
            event = hood.get(Kind.EVENT, contribution.event)
            if not isinstance(event, Event):
                continue
            meta = (Term(vocab.EVENT_TYPES.get(event.type, event.type)), b.link(event))
            entries.append(Entry(b.link(contribution), event_when(event), meta, text=contribution.summary))
        entries.sort(key=lambda e: (not e.when.is_empty(), e.when.sort_key), reverse=True)
        return DatedList("presented", section("presented"), tuple(entries))

    def _partners(self, hood: Neighbourhood, partnerships: list[Partnership], events: list[Event]) -> LinkedList:
        place = hood.record
        b = self.b
        entries = []
        for ship in b.by_name(partnerships, lambda p: p.name):
            others = [r for p in ship.places if p != place.id and (r := hood.get(Kind.PLACE, p)) is not None]
            visits = [e for e in events if _meets(e, ship)]
            visit_values = tuple(Joined((e.when, e.title)) for e in self.event_entries(visits))
            facts = (
                b.fact("partner", *b.links(others, sort=False)),
                b.fact("topic", ship.topic),
                b.fact("status", ship.status),
                b.fact("since", Plain(str(ship.since)) if ship.since else None),
                Fact(section("visits_events"), visit_values),
            )
            entries.append(Entry(b.link(ship), facts=tuple(f for f in facts if f.values)))
        return LinkedList("partners", section("partners"), tuple(entries))

    def _case_studies(self, hood: Neighbourhood) -> LinkedList:
        b = self.b
        entries = []
        for case in b.by_name(hood.incoming(Kind.CASE_STUDY), lambda c: c.name):
            assert isinstance(case, CaseStudy)
            figures = tuple(Joined((Figure(f.value), f.label)) for f in case.key_figures)
            facts = (Fact(section("key_figures"), figures),) if figures else ()
            entries.append(Entry(b.link(case), facts=facts, text=case.summary))
        return LinkedList("case_studies", section("case_studies"), tuple(entries))


def _meets(event: Event, partnership: Partnership) -> bool:
    """The rule of `CatalogueService.partnership_events`: two of its places meet as location, hosts or visitors."""
    present = {p for name in MEETING_FIELDS for p in _as_tuple(getattr(event, name))}
    return len(present & set(partnership.places)) >= 2


def _as_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, tuple):
        return value
    return (value,) if isinstance(value, str) and value else ()


def _role(record: Record) -> tuple[Value, ...]:
    return (record.role, record.organisation) if isinstance(record, Person) else ()
