"""The body of each pack section: place profiles, cooperation history, themes, people, talking points."""

from __future__ import annotations

from collections.abc import Iterable

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import (
    CaseStudy,
    Challenge,
    Cluster,
    Contribution,
    Event,
    KeyFigure,
    Kind,
    Partnership,
    Person,
    Place,
    Record,
)
from iurc_desktop.services.briefing.compose import SectionKind
from iurc_desktop.services.briefing.document import (
    Block,
    BriefingOptions,
    Bullets,
    Fields,
    FigureCards,
    Heading,
    Line,
    Para,
    Part,
    Texts,
)
from iurc_desktop.services.briefing.from_view import CASE_STUDY, PARTNER_PROFILE, PLACE_PROFILE, ViewToPack
from iurc_desktop.services.briefing.labels import LABELS
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.locale_format import country_name, format_date_range, format_figure
from iurc_desktop.services.record_builder import ViewBuilder
from iurc_desktop.services.vocabulary import event_type_name, level_name


class SectionWriter:
    def __init__(self, catalogue: CatalogueService, texts: Texts, options: BriefingOptions) -> None:
        self.catalogue = catalogue
        self.t = texts
        self.options = options
        # the views are built in the pack's first language (its order); the blocks say them in every pack language
        self.views = ViewBuilder(catalogue, options.langs[0])
        self.from_view = ViewToPack(texts)

    # sections
    def glance(self, hosts: Iterable[str], history: list[Record]) -> list[Block]:
        """One look: who the hosts are, and how much has already been done together."""
        blocks: list[Block] = []
        for place in self._places(hosts):
            langs = self.t.langs
            facts = {
                lang: " · ".join(x for x in (country_name(place.country, lang), level_name(place.level, lang)) if x)
                for lang in langs
            }
            blocks += [Heading(3, self.t.of(place.name)), Para(self.t.per_lang(facts), "small")]
            blocks.extend(self._summary(place.summary))
        counts = {
            "partnerships": sum(isinstance(r, Partnership) for r in history),
            "events": sum(isinstance(r, Event) and r.type != "study-visit" for r in history),
            "study_visits": sum(isinstance(r, Event) and r.type == "study-visit" for r in history),
            "case_studies": sum(isinstance(r, CaseStudy) for r in history),
        }
        cards = tuple((str(n), self.t.label(key)) for key, n in counts.items() if n)
        return [*blocks, FigureCards(cards)] if cards else blocks

    def records(self, kind: SectionKind, records: list[Record], hosts: tuple[str, ...]) -> list[Block]:
        if kind is SectionKind.HISTORY:
            return self._history(records, hosts)
        if kind is SectionKind.PEOPLE:
            people = [r for r in records if isinstance(r, Person)]
            return [Fields(tuple((self.t.of(p.name), self._person_role(p)) for p in people))] if people else []
        blocks: list[Block] = []
        for record in records:
            if kind is SectionKind.PARTNERS and isinstance(record, Place):
                blocks.extend(self._place(record, PARTNER_PROFILE))
            else:
                blocks.extend(self._record(record))
        return blocks

    def talking_points(self, hosts: Iterable[str], partners: Iterable[str]) -> list[Block]:
        blocks: list[Block] = []
        for place in self._places(hosts):
            points = [self._point(c.cooperation, place, c.event) for c in self._contributions(place.id)]
            points = [p for p in points if not p.is_empty()]
            if not place.interests.is_empty():
                points.insert(0, self._point(place.interests, place, None))
            if points:
                blocks.extend([Heading(2, self.t.of(place.name)), Bullets(tuple(points))])
        partner_points = [
            self._point(p.interests, p, None) for p in self._places(partners) if not p.interests.is_empty()
        ]
        if partner_points:
            blocks.extend([Heading(2, self.t.label("partners")), Bullets(tuple(partner_points))])
        return blocks

    def sources(self, records: list[Record]) -> list[Block]:
        seen: dict[tuple[str, str], None] = {}
        for record in records:
            for ref in record.sources:
                seen.setdefault((ref.doc, ref.section), None)
        lines = []
        for doc, section in seen:
            source = self.catalogue.find(Kind.SOURCE, doc)
            name = self.t.of(source.name) if source else self.t.plain(doc)
            suffix = f" — {section}" if section else ""
            lines.append(Line(tuple(Part(p.text + suffix, p.lang, p.wanted) for p in name.parts)))
        return [Bullets(tuple(lines))] if lines else []

    # records
    def _record(self, record: Record) -> list[Block]:
        if isinstance(record, Place):
            return self._place(record)
        if isinstance(record, Cluster | Challenge):
            return [Heading(2, self.t.of(record.name)), *self._summary(record.summary)]
        if isinstance(record, CaseStudy):
            return self.from_view.blocks(self.views.build(Kind.CASE_STUDY, record.id), CASE_STUDY)
        return [Heading(2, self.t.of(record.name)), *self._summary(record.summary)]

    def _place(self, place: Place, keys: tuple[str, ...] = PLACE_PROFILE) -> list[Block]:
        """A place as its page shows it (the same record view), with the blocks a profile needs."""
        return self.from_view.blocks(self.views.build(Kind.PLACE, place.id), keys)

    def _history(self, records: list[Record], hosts: tuple[str, ...]) -> list[Block]:
        partnerships = [r for r in records if isinstance(r, Partnership)]
        events = [r for r in records if isinstance(r, Event)]
        visits = [e for e in events if e.type == "study-visit"]
        others = [e for e in events if e.type != "study-visit"]
        cases = [r for r in records if isinstance(r, CaseStudy)]
        blocks: list[Block] = []
        if partnerships:
            blocks.append(Heading(2, self.t.label("partnerships")))
            blocks.extend(b for p in partnerships for b in self._partnership(p))
        for key, group in (("events", others), ("study_visits", visits)):
            if group:
                blocks.append(Heading(2, self.t.label(key)))
                blocks.extend(b for e in group for b in self._event(e, hosts))
        if cases:
            blocks.append(Heading(2, self.t.label("case_studies")))
            blocks.extend(b for c in cases for b in self._case_study(c, level=3))
        return blocks

    def _partnership(self, partnership: Partnership) -> list[Block]:
        rows: list[tuple[Line, Line]] = []
        if not partnership.topic.is_empty():
            rows.append((self.t.label("topic"), self.t.of(partnership.topic)))
        if not partnership.status.is_empty():
            rows.append((self.t.label("status"), self.t.of(partnership.status)))
        if partnership.since:
            rows.append((self.t.label("since"), self.t.plain(str(partnership.since))))
        blocks: list[Block] = [Heading(3, self.t.of(partnership.name)), *self._summary(partnership.summary)]
        return [*blocks, Fields(tuple(rows))] if rows else blocks

    def _event(self, event: Event, hosts: tuple[str, ...]) -> list[Block]:
        when = {lang: format_date_range(event.start, event.end, lang) for lang in self.t.langs}
        # an undated or partly dated event says why ("the source gives only the months")
        meta = {
            lang: " · ".join(
                x for x in (event_type_name(event.type, lang), when[lang], event.date_note.in_lang(lang)) if x
            )
            for lang in self.t.langs
        }
        blocks: list[Block] = [Heading(3, self.t.of(event.name)), Para(self.t.per_lang(meta), "small")]
        blocks.extend(self._summary(event.summary))
        for contribution in self._contributions_at(event.id, hosts):
            blocks.extend(self._contribution(contribution))
        steps = tuple(self.t.of(s) for s in event.next_steps if not s.is_empty())
        if steps:
            blocks.extend([Heading(4, self.t.label("next_steps")), Bullets(steps)])
        return blocks

    def _contribution(self, contribution: Contribution) -> list[Block]:
        blocks: list[Block] = [Heading(4, self.t.of(contribution.name))]
        blocks.extend(self._summary(contribution.summary))
        rows = tuple(
            (self.t.label(key), self.t.of(text))
            for key, text in (
                ("strengths", contribution.strengths),
                ("challenges", contribution.challenges),
                ("cooperation", contribution.cooperation),
            )
            if not text.is_empty()
        )
        return [*blocks, Fields(rows)] if rows else blocks

    def _case_study(self, case: CaseStudy, level: int = 2) -> list[Block]:
        blocks: list[Block] = [Heading(level, self.t.of(case.name)), *self._summary(case.summary)]
        if not case.solution.is_empty():
            blocks.extend([Heading(level + 1, self.t.label("solution")), Para(self.t.of(case.solution))])
        blocks.extend(self._figures(case.key_figures))
        for key, items in (("results", case.results), ("lessons", case.lessons)):
            lines = tuple(self.t.of(i) for i in items if not i.is_empty())
            if lines:
                blocks.extend([Heading(level + 1, self.t.label(key)), Bullets(lines)])
        return blocks

    # helpers
    def _summary(self, text: LocalText) -> list[Block]:
        return [] if text.is_empty() else [Para(self.t.of(text))]

    def _figures(self, figures: tuple[KeyFigure, ...]) -> list[Block]:
        if not figures:
            return []
        return [
            Heading(4, self.t.label("key_figures")),
            FigureCards(tuple((format_figure(f.value, self.t.langs[0]), self.t.of(f.label)) for f in figures)),
        ]

    def _person_role(self, person: Person) -> Line:
        parts = {
            lang: ", ".join(x for x in (person.role.in_lang(lang), person.organisation.in_lang(lang)) if x)
            for lang in self.t.langs
        }
        return self.t.per_lang(parts)

    def _point(self, text: LocalText, place: Place, event_id: str | None) -> Line:
        """A cooperation area with who raised it (and where), so the delegate can refer to it."""
        event = self.catalogue.find(Kind.EVENT, event_id) if event_id else None
        parts = []
        for part in self.t.of(text).parts:
            source = place.name.in_lang(part.wanted)
            if event is not None:
                source = f"{source}, {event.name.in_lang(part.wanted)}"
            by = LABELS["from_point"].in_lang(part.wanted).format(name=source)
            # Chinese takes full-width brackets with no space: a Latin "(" after Chinese text makes ReportLab's
            # CJK wrapping look back and start the next line with closing punctuation
            shown = f"{part.text}（{by}）" if part.wanted is Lang.ZH else f"{part.text} ({by})"
            parts.append(Part(shown, part.lang, part.wanted))
        return Line(tuple(parts))

    def _places(self, ids: Iterable[str]) -> list[Place]:
        wanted = list(ids)
        found = self.catalogue.find_many((Kind.PLACE, i) for i in wanted)
        return [p for i in wanted if isinstance(p := found.get((Kind.PLACE, i)), Place)]

    def _incoming_contributions(self, kind: Kind, record_id: str) -> list[Contribution]:
        """The contributions naming this record, read in one statement (and cached by the service)."""
        links = self.catalogue.links_many([(kind, record_id)])[(kind, record_id)]
        keys = [(Kind.CONTRIBUTION, link.id) for link in links if not link.outgoing and link.kind is Kind.CONTRIBUTION]
        found = self.catalogue.find_many(keys)
        return [c for key in keys if isinstance(c := found.get(key), Contribution)]

    def _contributions(self, place_id: str) -> list[Contribution]:
        return self._incoming_contributions(Kind.PLACE, place_id)

    def _contributions_at(self, event_id: str, hosts: tuple[str, ...]) -> list[Contribution]:
        return [c for c in self._incoming_contributions(Kind.EVENT, event_id) if c.place in hosts]
