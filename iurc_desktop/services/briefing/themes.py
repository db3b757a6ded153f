"""Thematic packs: a network, cluster or challenge, its webinars, the member places and what they presented.

A theme has no host: the pack is about what was said on the theme and by whom, so the delegate can prepare a
webinar or a meeting of the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar

from iurc_desktop.domain.records import CaseStudy, Challenge, Cluster, Contribution, Event, Kind, Network, Place
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.briefing.compose import BriefingSelection, BriefingSubject, Section, SectionKind
from iurc_desktop.services.briefing.document import Block, Bullets, FigureCards, Heading, Line, Para, Texts
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.locale_format import country_name, format_date_range
from iurc_desktop.services.vocabulary import event_type_name, level_name

T = TypeVar("T")
THEME_KINDS = (Kind.NETWORK, Kind.CLUSTER, Kind.CHALLENGE)
THEME_ORDERS: dict[str, tuple[SectionKind, ...]] = {
    "full": (
        SectionKind.COVER,
        SectionKind.THEME,
        SectionKind.WEBINARS,
        SectionKind.MEMBERS,
        SectionKind.CASE_STUDIES,
        SectionKind.PEOPLE,
        SectionKind.NOTES,
        SectionKind.SOURCES,
        SectionKind.GLOSSARY,
    ),
    "pocket": (
        SectionKind.COVER,
        SectionKind.THEME,
        SectionKind.WEBINARS,
        SectionKind.KEY_FIGURES,
        SectionKind.CONTACTS,
    ),
}


class ThemeRecords:
    """What the catalogue holds on one theme: its clusters, events, contributions and case studies."""

    def __init__(self, catalogue: CatalogueService, theme: RecordKey) -> None:
        self.catalogue = catalogue
        self.theme = theme
        self.clusters = self._clusters()
        self.events = sorted((e for e in _of(catalogue, Kind.EVENT, Event) if self._covers_event(e)), key=_when)
        event_ids = {e.id for e in self.events}
        self.contributions = [c for c in _of(catalogue, Kind.CONTRIBUTION, Contribution) if c.event in event_ids]
        self.case_studies = [c for c in _of(catalogue, Kind.CASE_STUDY, CaseStudy) if self._covers_case(c)]

    def _clusters(self) -> list[str]:
        if self.theme.kind is Kind.CLUSTER:
            return [self.theme.id]
        if self.theme.kind is Kind.NETWORK:
            return [c.id for c in _of(self.catalogue, Kind.CLUSTER, Cluster) if c.network == self.theme.id]
        return []

    def _covers_event(self, event: Event) -> bool:
        if self.theme.kind is Kind.NETWORK and event.network == self.theme.id:
            return True
        return bool(set(event.clusters) & set(self.clusters))

    def _covers_case(self, case: CaseStudy) -> bool:
        if self.theme.kind is Kind.CHALLENGE:
            return self.theme.id in case.challenges
        return case.network == self.theme.id or bool(set(case.clusters) & set(self.clusters))

    def members(self) -> list[str]:
        """The places that presented on the theme, then the partners of its case studies."""
        places = [c.place for c in self.contributions if c.place]
        places += [p for case in self.case_studies for p in case.partners]
        return list(dict.fromkeys(places))

    def people(self) -> list[str]:
        people = [p for c in self.contributions for p in c.speakers]
        people += [p for e in self.events for p in e.people]
        return list(dict.fromkeys(people))


def propose_theme(catalogue: CatalogueService, subject: BriefingSubject, template: str) -> BriefingSelection:
    assert subject.theme is not None
    found = ThemeRecords(catalogue, subject.theme)
    themes = [subject.theme] + [RecordKey(Kind.CLUSTER, c) for c in found.clusters if c != subject.theme.id]
    cases = tuple(RecordKey(Kind.CASE_STUDY, c.id) for c in found.case_studies)
    people = tuple(RecordKey(Kind.PERSON, p) for p in found.people())
    records: dict[SectionKind, tuple[RecordKey, ...]] = {
        SectionKind.THEME: tuple(themes),
        SectionKind.WEBINARS: tuple(RecordKey(Kind.EVENT, e.id) for e in found.events),
        SectionKind.MEMBERS: tuple(RecordKey(Kind.PLACE, p) for p in found.members()),
        SectionKind.CASE_STUDIES: cases,
        SectionKind.KEY_FIGURES: cases,
        SectionKind.PEOPLE: people,
        SectionKind.CONTACTS: people,
    }
    order = THEME_ORDERS.get(template, THEME_ORDERS["full"])
    return BriefingSelection(subject, (), tuple(Section(k, records.get(k, ())) for k in order))


class ThemeWriter:
    """The bodies of a thematic pack's own sections."""

    def __init__(self, catalogue: CatalogueService, texts: Texts) -> None:
        self.catalogue = catalogue
        self.t = texts

    def theme(self, keys: Iterable[RecordKey]) -> list[Block]:
        blocks: list[Block] = []
        for key in keys:
            record = self.catalogue.find(key.kind, key.id)
            if not isinstance(record, Network | Cluster | Challenge):
                continue
            blocks.append(Heading(2, self.t.of(record.name)))
            if isinstance(record, Cluster) and record.network:
                network = self.catalogue.find(Kind.NETWORK, record.network)
                if network is not None:
                    blocks.append(Para(self.t.of(network.name), "small"))
            if not record.summary.is_empty():
                blocks.append(Para(self.t.of(record.summary)))
        return blocks

    def webinars(self, keys: Iterable[RecordKey], contributions: list[Contribution]) -> list[Block]:
        blocks: list[Block] = []
        for event in self._found(keys, Event):
            meta = {
                lang: " · ".join(x for x in (event_type_name(event.type, lang), format_date_range(event.start,
                                 event.end, lang) or (str(event.year) if event.year else "")) if x)
                for lang in self.t.langs
            }  # fmt: skip
            blocks += [Heading(2, self.t.of(event.name)), Para(self.t.per_lang(meta), "small")]
            if not event.summary.is_empty():
                blocks.append(Para(self.t.of(event.summary)))
            said = [self._presented(c, by_place=True) for c in contributions if c.event == event.id]
            if said:
                blocks.append(Bullets(tuple(said)))
        return blocks

    def members(self, keys: Iterable[RecordKey], contributions: list[Contribution]) -> list[Block]:
        blocks: list[Block] = []
        for place in self._found(keys, Place):
            facts = {
                lang: " · ".join(x for x in (country_name(place.country, lang), level_name(place.level, lang)) if x)
                for lang in self.t.langs
            }
            blocks += [Heading(2, self.t.of(place.name)), Para(self.t.per_lang(facts), "small")]
            said = [self._presented(c, by_place=False) for c in contributions if c.place == place.id]
            if said:
                blocks.append(Bullets(tuple(said)))
            elif not place.summary.is_empty():
                blocks.append(Para(self.t.of(place.summary)))
        return blocks

    def counts(self, found: ThemeRecords) -> FigureCards:
        numbers = (("webinars", len(found.events)), ("members", len(found.members())),
                   ("case_studies", len(found.case_studies)))  # fmt: skip
        return FigureCards(tuple((str(n), self.t.label(key)) for key, n in numbers if n))

    def _presented(self, contribution: Contribution, by_place: bool) -> Line:
        """One contribution: who presented what (under an event) or what was presented where (under a place)."""
        other_kind, other_id = (Kind.PLACE, contribution.place) if by_place else (Kind.EVENT, contribution.event)
        other = self.catalogue.find(other_kind, other_id)
        parts = {}
        for lang in self.t.langs:
            title = contribution.name.in_lang(lang) or contribution.summary.in_lang(lang)
            who = other.name.in_lang(lang) if other is not None else other_id
            parts[lang] = f"{who}: {title}" if by_place else f"{title} ({who})"
        return self.t.per_lang(parts)

    def _found(self, keys: Iterable[RecordKey], cls: type[T]) -> list[T]:
        wanted = [(k.kind, k.id) for k in keys]
        found = self.catalogue.find_many(wanted)
        return [r for key in wanted if isinstance(r := found.get(key), cls)]


def _of(catalogue: CatalogueService, kind: Kind, cls: type[T]) -> list[T]:
    return [r for r in catalogue.records(kind) if isinstance(r, cls)]


def _when(event: Event) -> dt.date:
    return event.start or (dt.date(event.year, 1, 1) if event.year else dt.date.max)
