"""The sections only some templates print: a pocket brief's why, key figures and contacts; a theme's sections.

The builder asks `TemplateSections.blocks` first; None means the section is one of the full dossier's.
"""

from __future__ import annotations

import datetime as dt

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import CaseStudy, Event, Kind, Partnership, Person, Place, Record
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.briefing.compose import BriefingSelection, SectionKind
from iurc_desktop.services.briefing.document import (
    Block,
    BriefingOptions,
    Bullets,
    Fields,
    FigureCards,
    Line,
    Para,
    Texts,
)
from iurc_desktop.services.briefing.sections import SectionWriter
from iurc_desktop.services.briefing.themes import ThemeRecords, ThemeWriter
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.locale_format import format_date_range, format_figure, format_year

POCKET_POINTS = 5  # a pocket brief's talking points
POCKET_FIGURES = 6
POCKET_CONTACTS = 8
RECENT_EXCHANGES = 3


class TemplateSections:
    def __init__(self, catalogue: CatalogueService, writer: SectionWriter, texts: Texts) -> None:
        self.catalogue = catalogue
        self.writer = writer
        self.t = texts
        self._theme: ThemeRecords | None = None

    def blocks(
        self, kind: SectionKind, keys: tuple[RecordKey, ...], selection: BriefingSelection, options: BriefingOptions
    ) -> list[Block] | None:
        if kind is SectionKind.TALKING_POINTS and options.template == "pocket":
            return self.pocket_points(selection)
        if kind is SectionKind.WHY:
            return self.why(selection, self._records(keys))
        if kind is SectionKind.KEY_FIGURES:
            return self.key_figures(self._records(keys))
        if kind is SectionKind.CONTACTS:
            return self.contacts(self._records(keys))
        if kind in (SectionKind.THEME, SectionKind.WEBINARS, SectionKind.MEMBERS):
            return self._theme_blocks(kind, keys, selection)
        if kind is SectionKind.CASE_STUDIES:
            return [b for record in self._records(keys) for b in self.writer.records(kind, [record], ())]
        return None

    def why(self, selection: BriefingSelection, records: list[Record]) -> list[Block]:
        """Why the visit: its purpose, what the hosts seek, the ties in place and the latest exchanges."""
        blocks: list[Block] = []
        if selection.subject.purpose:
            blocks.append(Para(self.t.plain(selection.subject.purpose)))
        for place in self._records([RecordKey(Kind.PLACE, h) for h in selection.hosts]):
            if isinstance(place, Place) and not place.interests.is_empty():
                blocks.append(Para(self._named(place, self.t.of(place.interests))))
        ties = [self._tie(r) for r in records if isinstance(r, Partnership)]
        events = [r for r in records if isinstance(r, Event)]
        events.sort(key=_when, reverse=True)
        ties += [self._exchange(e) for e in events[:RECENT_EXCHANGES]]
        if ties:
            blocks.append(Bullets(tuple(ties)))
        return blocks

    def key_figures(self, records: list[Record]) -> list[Block]:
        cards: list[tuple[str, Line]] = []
        for record in records:
            if isinstance(record, Place | CaseStudy):
                for figure in record.key_figures:
                    value = format_figure(figure.value, self.t.langs[0])
                    cards.append((value, self._named(record, self.t.of(figure.label))))
        return [FigureCards(tuple(cards[:POCKET_FIGURES]))] if cards else []

    def contacts(self, records: list[Record]) -> list[Block]:
        people = [r for r in records if isinstance(r, Person)][:POCKET_CONTACTS]
        rows = []
        for person in people:
            place = self.catalogue.find(Kind.PLACE, person.place) if person.place else None
            role = {}
            for lang in self.t.langs:
                where = place.name.in_lang(lang) if place else ""
                bits = (person.role.in_lang(lang), person.organisation.in_lang(lang), where)
                role[lang] = ("，" if lang is Lang.ZH else ", ").join(x for x in bits if x)
            rows.append((self.t.of(person.name), self.t.per_lang(role)))
        return [Fields(tuple(rows))] if rows else []

    def pocket_points(self, selection: BriefingSelection) -> list[Block]:
        """The first five of the full dossier's talking points (the hosts' own come first)."""
        section = selection.section(SectionKind.TALKING_POINTS)
        hosts = [k.id for k in section.records if k.kind is Kind.PLACE] if section else list(selection.hosts)
        full = self.writer.talking_points(hosts, ())
        points = [line for block in full if isinstance(block, Bullets) for line in block.lines]
        return [Bullets(tuple(points[:POCKET_POINTS]))] if points else []

    def _theme_blocks(
        self, kind: SectionKind, keys: tuple[RecordKey, ...], selection: BriefingSelection
    ) -> list[Block]:
        theme = selection.subject.theme
        writer = ThemeWriter(self.catalogue, self.t)
        if theme is None:
            return []
        if self._theme is None:
            self._theme = ThemeRecords(self.catalogue, theme)
        if kind is SectionKind.THEME:
            counts = writer.counts(self._theme)
            return [*writer.theme(keys), *([counts] if counts.cards else [])]
        if kind is SectionKind.WEBINARS:
            return writer.webinars(keys, self._theme.contributions)
        return writer.members(keys, self._theme.contributions)

    # helpers
    def _named(self, record: Record, line: Line) -> Line:
        """A line followed by whose it is, for sections that mix several records."""
        parts = {}
        for part in line.parts:
            name = record.name.in_lang(part.wanted)
            parts[part.wanted] = f"{part.text}（{name}）" if part.wanted is Lang.ZH else f"{part.text} ({name})"
        return self.t.per_lang(parts) if parts else line

    def _tie(self, partnership: Partnership) -> Line:
        parts = {}
        for lang in self.t.langs:
            since = format_year(partnership.since, lang) if partnership.since else ""
            bits = (partnership.name.in_lang(lang), partnership.status.in_lang(lang), since)
            parts[lang] = " · ".join(x for x in bits if x)
        return self.t.per_lang(parts)

    def _exchange(self, event: Event) -> Line:
        parts = {}
        for lang in self.t.langs:
            year = format_year(event.year, lang) if event.year else ""
            when = format_date_range(event.start, event.end, lang) or year
            parts[lang] = " · ".join(x for x in (event.name.in_lang(lang), when) if x)
        return self.t.per_lang(parts)

    def _records(self, keys: list[RecordKey] | tuple[RecordKey, ...]) -> list[Record]:
        wanted = [(k.kind, k.id) for k in keys]
        found = self.catalogue.find_many(wanted)
        return [r for key in wanted if (r := found.get(key)) is not None]


def _when(event: Event) -> dt.date:
    return event.start or event.end or (dt.date(event.year, 1, 1) if event.year else dt.date.min)
