"""What each kind of record page shows, as blocks (see `record_view.py`). The place page is in `record_place.py`.

Each writer names the records its page needs beyond the record's own links (`first_hop`, `second_hop`), so the
builder fetches them in one statement per hop, then lays out its blocks from what was fetched.
"""

from __future__ import annotations

from iurc_desktop.domain.lang import LocalText
from iurc_desktop.domain.records import (
    CaseStudy,
    Challenge,
    Cluster,
    Contribution,
    Event,
    KeyFigure,
    Kind,
    Network,
    Organisation,
    Partnership,
    Person,
    Place,
    Programme,
    Record,
    Source,
)
from iurc_desktop.services import vocabulary as vocab
from iurc_desktop.services.record_builder import Key, Neighbourhood, ViewBuilder, event_when, section
from iurc_desktop.services.record_view import (
    Block,
    DatedList,
    Entry,
    Fact,
    Figure,
    Joined,
    KeyFigures,
    LinkedList,
    Plain,
    Term,
    TextBlock,
    Value,
    When,
)


class KindWriter:
    def __init__(self, builder: ViewBuilder) -> None:
        self.b = builder

    def first_hop(self, record: Record) -> list[Key]:
        return []

    def second_hop(self, hood: Neighbourhood) -> list[Key]:
        return []

    def meta(self, hood: Neighbourhood) -> tuple[Value, ...]:
        return ()

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        return []

    # shared pieces
    def events(self, key: str, events: list[Event], by_year: bool = False, newest_first: bool = False) -> DatedList:
        return DatedList(key, section(key), tuple(self.event_entries(events, newest_first)), by_year)

    def event_entries(self, events: list[Event], newest_first: bool = False) -> list[Entry]:
        ordered = sorted(self.b.by_name(events, lambda e: e.name), key=lambda e: _date_key(event_when(e)))
        if newest_first:
            ordered.reverse()
        return [Entry(self.b.link(e), event_when(e), (Term(vocab.EVENT_TYPES.get(e.type, e.type)),)) for e in ordered]

    def figures(self, figures: tuple[KeyFigure, ...]) -> KeyFigures:
        pairs = tuple((Figure(f.value), f.label) for f in figures)
        return KeyFigures("key_figures", section("key_figures"), pairs)

    def texts(self, key: str, paragraphs: tuple[LocalText, ...], bullets: bool = False) -> TextBlock:
        return TextBlock(key, section(key), paragraphs, bullets)


def _date_key(when: When) -> tuple[bool, str]:
    return (when.is_empty(), when.sort_key)


class EventWriter(KindWriter):
    def first_hop(self, record: Record) -> list[Key]:
        assert isinstance(record, Event)
        return [(Kind.PARTNERSHIP, p) for p in self.b.catalogue.partnerships_served(record)]

    def second_hop(self, hood: Neighbourhood) -> list[Key]:
        contributions = hood.incoming(Kind.CONTRIBUTION)
        return [(Kind.PLACE, c.place) for c in contributions if isinstance(c, Contribution)]

    def meta(self, hood: Neighbourhood) -> tuple[Value, ...]:
        event = hood.record
        assert isinstance(event, Event)
        return (Term(vocab.EVENT_TYPES.get(event.type, event.type)), event_when(event), event.date_note)

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        event = hood.record
        assert isinstance(event, Event)
        b = self.b
        where = hood.get(Kind.PLACE, event.location)
        partnerships = [r for r in hood.records.values() if isinstance(r, Partnership)]
        glance = b.facts(
            "glance",
            None,
            [
                b.fact(
                    "where",
                    b.link(where) if where else event.venue,
                    Term(vocab.SECTIONS["online"]) if event.online else None,
                ),
                b.fact("programme", *b.links(hood.outgoing("programme"))),
                b.fact("network", *b.links(hood.outgoing("network"))),
                b.fact("clusters", *b.links(hood.outgoing("clusters"))),
                b.fact("hosts", *b.links(hood.outgoing("hosts"))),
                b.fact("visitors", *b.links(hood.outgoing("visitors"))),
                b.fact("participants", *b.links(hood.outgoing("participants"))),
                b.fact("people", *b.links(hood.outgoing("people"))),
                b.fact("organisations", *b.links(hood.outgoing("organisations"))),
                b.fact("partnership", *b.links(partnerships)),
            ],
        )
        return [
            glance,
            self.texts("focus", (event.focus,)),
            self.texts("sites", event.sites, bullets=True),
            self._presented(hood),
            self.texts("outcomes", event.outcomes, bullets=True),
            self.texts("next_steps", event.next_steps, bullets=True),
        ]

    def _presented(self, hood: Neighbourhood) -> LinkedList:
        """What each place presented, grouped by place (sorted by the place's name)."""
        b = self.b
        rows = []
        for contribution in hood.incoming(Kind.CONTRIBUTION):
            assert isinstance(contribution, Contribution)
            place = hood.get(Kind.PLACE, contribution.place)
            rows.append((place, contribution))
        rows = b.by_name(rows, lambda row: row[0].name if row[0] else row[1].name)
        entries = tuple(
            Entry(
                b.link(place) if place else b.link(contribution),
                meta=(b.link(contribution),) if place else (),
                facts=contribution_facts(b, contribution),
                text=contribution.summary,
            )
            for place, contribution in rows
        )
        return LinkedList("each_presented", section("each_presented"), entries)


def contribution_facts(b: ViewBuilder, contribution: Contribution) -> tuple[Fact, ...]:
    rows = [
        b.fact("strengths", contribution.strengths),
        b.fact("challenges", contribution.challenges),
        b.fact("cooperation", contribution.cooperation),
    ]
    return tuple(r for r in rows if r.values)


class ContributionWriter(KindWriter):
    def meta(self, hood: Neighbourhood) -> tuple[Value, ...]:
        record = hood.record
        assert isinstance(record, Contribution)
        event = hood.get(Kind.EVENT, record.event)
        return (event_when(event),) if isinstance(event, Event) else ()

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        record = hood.record
        assert isinstance(record, Contribution)
        b = self.b
        rows = [
            b.fact("place", *b.links(hood.outgoing("place"))),
            b.fact("event", *b.links(hood.outgoing("event"))),
            b.fact("speakers", *b.links(hood.outgoing("speakers"))),
            *contribution_facts(b, record),
        ]
        return [b.facts("glance", None, rows)]


class PartnershipWriter(KindWriter):
    def first_hop(self, record: Record) -> list[Key]:
        assert isinstance(record, Partnership)
        return [(Kind.EVENT, e) for e in self.b.catalogue.partnership_events(record)]

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        record = hood.record
        assert isinstance(record, Partnership)
        b = self.b
        since = Plain(str(record.since)) if record.since else None
        rows = [
            b.fact("partners", *b.links(hood.outgoing("places"), sort=False)),
            b.fact("topic", record.topic),
            b.fact("status", record.status),
            b.fact("since", since),
            b.fact("programme", *b.links(hood.outgoing("programme"))),
            b.fact("clusters", *b.links(hood.outgoing("clusters"))),
            b.fact("case_study", *b.links(hood.outgoing("case_study"))),
        ]
        visits = [r for r in hood.records.values() if isinstance(r, Event)]
        return [b.facts("glance", None, rows), self.events("visits_events", visits)]


class CaseStudyWriter(KindWriter):
    def blocks(self, hood: Neighbourhood) -> list[Block]:
        case = hood.record
        assert isinstance(case, CaseStudy)
        b = self.b
        rows = [
            b.fact("partners", *b.links(hood.outgoing("partners"), sort=False)),
            b.fact("network", *b.links(hood.outgoing("network"))),
            b.fact("clusters", *b.links(hood.outgoing("clusters"))),
            b.fact("cluster_challenges", *b.links(hood.outgoing("challenges"))),
            b.fact("keywords", *case.keywords),
            b.fact("partnership", *b.links(hood.incoming(Kind.PARTNERSHIP))),
        ]
        return [
            b.facts("glance", None, rows),
            self.figures(case.key_figures),
            self.texts("the_challenge", (case.challenge,)),
            self.texts("solution", (case.solution,)),
            self.texts("results", case.results, bullets=True),
            self.texts("lessons", case.lessons, bullets=True),
        ]


class ClusterWriter(KindWriter):
    def second_hop(self, hood: Neighbourhood) -> list[Key]:
        keys: list[Key] = []
        for record in hood.incoming():
            if isinstance(record, Event):
                keys += [(Kind.PLACE, p) for p in (*record.hosts, *record.visitors, *record.participants)]
            elif isinstance(record, CaseStudy):
                keys += [(Kind.PLACE, p) for p in record.partners]
                keys += [(Kind.CHALLENGE, c) for c in record.challenges]
            elif isinstance(record, Partnership):
                keys += [(Kind.PLACE, p) for p in record.places]
        return keys

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        cluster = hood.record
        assert isinstance(cluster, Cluster)
        b = self.b
        cases = [r for r in hood.incoming(Kind.CASE_STUDY) if isinstance(r, CaseStudy)]
        challenges = [
            hood.records[(Kind.CHALLENGE, c)]
            for case in cases
            for c in case.challenges
            if (Kind.CHALLENGE, c) in hood.records
        ]
        members = [r for r in hood.records.values() if isinstance(r, Place)]
        events = [r for r in hood.incoming(Kind.EVENT) if isinstance(r, Event)]
        rows = [
            b.fact("network", *b.links(hood.outgoing("network"))),
            b.fact("managers", *b.links(hood.outgoing("managers"))),
            b.fact("cluster_challenges", *b.links(dict.fromkeys(challenges))),
        ]
        return [
            b.facts("glance", None, rows),
            self.events("webinars", events),
            b.link_list("members", members, lambda p: (_country(p),)),
            b.link_list("case_studies", cases),
            b.link_list("partnerships", hood.incoming(Kind.PARTNERSHIP)),
        ]


def _country(place: Record) -> Value:
    from iurc_desktop.services.record_view import Country

    return Country(place.country) if isinstance(place, Place) else Plain("")


class ChallengeWriter(KindWriter):
    def second_hop(self, hood: Neighbourhood) -> list[Key]:
        return [
            (Kind.CLUSTER, c) for r in hood.incoming(Kind.CASE_STUDY) if isinstance(r, CaseStudy) for c in r.clusters
        ]

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        assert isinstance(hood.record, Challenge)
        b = self.b
        clusters = [r for r in hood.records.values() if isinstance(r, Cluster)]
        return [
            b.facts("glance", None, [b.fact("programme", *b.links(hood.outgoing("programme")))]),
            b.link_list("clusters", clusters),
            b.link_list("case_studies", hood.incoming(Kind.CASE_STUDY)),
        ]


class NetworkWriter(KindWriter):
    def blocks(self, hood: Neighbourhood) -> list[Block]:
        assert isinstance(hood.record, Network)
        b = self.b
        events = [r for r in hood.incoming(Kind.EVENT) if isinstance(r, Event)]
        return [
            b.facts("glance", None, [b.fact("programme", *b.links(hood.outgoing("programme")))]),
            b.link_list("clusters", hood.incoming(Kind.CLUSTER)),
            self.events("events", events),
            b.link_list("case_studies", hood.incoming(Kind.CASE_STUDY)),
        ]


class ProgrammeWriter(KindWriter):
    def blocks(self, hood: Neighbourhood) -> list[Block]:
        programme = hood.record
        assert isinstance(programme, Programme)
        b = self.b
        years = "–".join(str(y) for y in (programme.start_year, programme.end_year) if y)
        events = [r for r in hood.incoming(Kind.EVENT) if isinstance(r, Event)]
        rows = [
            b.fact("years", Plain(years) if years else None),
            b.fact("parent", *b.links(hood.outgoing("parent"))),
            b.fact("organisations", *b.links(hood.outgoing("organisations"))),
        ]
        return [
            b.facts("glance", None, rows),
            self.figures(programme.key_figures),
            b.link_list("sub_programmes", hood.incoming(Kind.PROGRAMME)),
            b.link_list("networks", hood.incoming(Kind.NETWORK)),
            b.link_list("cluster_challenges", hood.incoming(Kind.CHALLENGE)),
            b.link_list("places", hood.incoming(Kind.PLACE), lambda p: (_country(p),)),
            b.link_list("partnerships", hood.incoming(Kind.PARTNERSHIP)),
            self.events("events", events, by_year=True),
        ]


class PersonWriter(KindWriter):
    def blocks(self, hood: Neighbourhood) -> list[Block]:
        person = hood.record
        assert isinstance(person, Person)
        b = self.b
        events = [r for r in hood.incoming(Kind.EVENT) if isinstance(r, Event)]
        places = hood.outgoing("place")
        rows = [
            b.fact("role", person.role),
            b.fact("organisation", *b.links(hood.outgoing("affiliation")) or (person.organisation,)),
            b.fact("place", *b.links(places)),
            b.fact("aliases", *(Plain(a) for a in person.aliases)),
        ]
        return [
            b.facts("glance", None, rows),
            self.events("events", events),
            b.link_list("contributions", hood.incoming(Kind.CONTRIBUTION)),
            b.link_list("clusters", hood.incoming(Kind.CLUSTER)),
        ]


class OrganisationWriter(KindWriter):
    def meta(self, hood: Neighbourhood) -> tuple[Value, ...]:
        record = hood.record
        assert isinstance(record, Organisation)
        return (Term(vocab.ORGANISATION_TYPES.get(record.type, record.type)),)

    def blocks(self, hood: Neighbourhood) -> list[Block]:
        organisation = hood.record
        assert isinstance(organisation, Organisation)
        b = self.b
        rows = [
            b.fact("place", *b.links(hood.outgoing("place"))),
            b.fact("part_of", *b.links(hood.outgoing("parent"))),
            b.fact("includes", *b.links(hood.incoming(Kind.ORGANISATION))),
            b.fact("aliases", *(Plain(a) for a in organisation.aliases)),
        ]
        events = [r for r in hood.incoming(Kind.EVENT) if isinstance(r, Event)]
        return [
            b.facts("glance", None, rows),
            self.events("events", events),
            b.link_list("people", hood.incoming(Kind.PERSON)),
            b.link_list("programmes", hood.incoming(Kind.PROGRAMME)),
        ]


class SourceWriter(KindWriter):
    def blocks(self, hood: Neighbourhood) -> list[Block]:
        source = hood.record
        assert isinstance(source, Source)
        b = self.b
        cited = hood.incoming()
        ordered = sorted(b.by_name(cited, lambda r: r.name), key=lambda r: list(Kind).index(r.KIND))
        entries = tuple(Entry(b.link(r), meta=(Term(vocab.KIND_NAMES[r.KIND]),)) for r in ordered)
        rows = [b.fact("records", Plain(str(len(entries))))]
        if source.file:
            rows.insert(0, b.fact("file", Plain(source.file)))
        return [b.facts("glance", None, rows), LinkedList("records", section("records"), entries)]


def _joined(*parts: Value) -> Joined:
    return Joined(parts)


def writers() -> dict[Kind, type[KindWriter]]:
    from iurc_desktop.services.record_place import PlaceWriter

    return {
        Kind.PLACE: PlaceWriter,
        Kind.EVENT: EventWriter,
        Kind.CONTRIBUTION: ContributionWriter,
        Kind.PARTNERSHIP: PartnershipWriter,
        Kind.CASE_STUDY: CaseStudyWriter,
        Kind.CLUSTER: ClusterWriter,
        Kind.CHALLENGE: ChallengeWriter,
        Kind.NETWORK: NetworkWriter,
        Kind.PROGRAMME: ProgrammeWriter,
        Kind.PERSON: PersonWriter,
        Kind.ORGANISATION: OrganisationWriter,
        Kind.SOURCE: SourceWriter,
    }
