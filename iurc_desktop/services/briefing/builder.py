"""Gathers a pack's content from the catalogue (and the delegate's notes) into a BriefingDocument."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from iurc_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from iurc_desktop.domain.records import Kind, Record
from iurc_desktop.domain.user import Note, RecordKey
from iurc_desktop.services.briefing.agenda import AGENDA_TITLE, AgendaWriter
from iurc_desktop.services.briefing.compose import BriefingSelection, SectionKind
from iurc_desktop.services.briefing.document import (
    Block,
    BriefingDocument,
    BriefingOptions,
    DocSection,
    Fields,
    Heading,
    Line,
    Para,
    Texts,
)
from iurc_desktop.services.briefing.labels import glossary
from iurc_desktop.services.briefing.map_section import map_section
from iurc_desktop.services.briefing.sections import SectionWriter
from iurc_desktop.services.briefing.template_sections import TemplateSections
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.locale_format import format_date, format_date_range

NotesFor = Callable[[RecordKey], list[Note]]
_TITLES = {"full": "pack_title", "agenda": "pack_title", "pocket": "pocket_brief"}


class BriefingPackBuilder:
    def __init__(self, catalogue: CatalogueService, notes_for: NotesFor | None = None) -> None:
        self.catalogue = catalogue
        self.notes_for = notes_for

    def build(
        self,
        selection: BriefingSelection,
        options: BriefingOptions,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> BriefingDocument:
        texts = Texts(options)
        writer = SectionWriter(self.catalogue, texts, options)
        template_sections = TemplateSections(self.catalogue, writer, texts)
        document = self._cover(selection, options, texts)
        total = len(selection.sections)
        for done, section in enumerate(selection.sections):
            if cancel is not None:
                cancel.check()
            progress(done, total, section.kind.value)
            if section.kind is SectionKind.COVER or (section.kind is SectionKind.NOTES and not options.include_notes):
                continue
            if section.kind is SectionKind.AGENDA:
                agenda = AgendaWriter(self.catalogue, texts).blocks(selection.subject)
                document.sections.append(DocSection(section.kind, texts.of(AGENDA_TITLE), agenda))
                continue
            if section.kind is SectionKind.MAP:  # its own module: services/briefing/map_section.py
                document.sections.append(map_section(self.catalogue, selection, texts, options))
                continue
            blocks = template_sections.blocks(section.kind, section.records, selection, options)
            if blocks is None:
                blocks = self._blocks(section.kind, section.records, selection, writer, texts, options)
            elif not blocks:
                blocks = [Para(texts.label("none"), "small")]
            document.sections.append(DocSection(section.kind, texts.label(section.kind.value), blocks))
        progress(total, total, "")
        return document

    def _blocks(
        self,
        kind: SectionKind,
        keys: tuple[RecordKey, ...],
        selection: BriefingSelection,
        writer: SectionWriter,
        texts: Texts,
        options: BriefingOptions,
    ) -> list[Block]:
        if kind is SectionKind.NOTES:
            return self._notes(selection, texts)
        if kind is SectionKind.SOURCES:
            return writer.sources(self._all_records(selection))
        if kind is SectionKind.GLOSSARY:
            return [Fields(tuple((texts.of(term), texts.of(meaning)) for term, meaning in glossary()))]
        if kind is SectionKind.GLANCE:
            history = selection.section(SectionKind.HISTORY)
            return writer.glance(selection.hosts, self._records(history.records if history else ()))
        if kind is SectionKind.TALKING_POINTS:
            return writer.talking_points(selection.hosts, _ids(selection, SectionKind.PARTNERS, Kind.PLACE))
        records = self._records(keys)
        blocks = writer.records(kind, records, selection.hosts)
        return blocks or [Para(texts.label("none"), "small")]

    def _cover(self, selection: BriefingSelection, options: BriefingOptions, texts: Texts) -> BriefingDocument:
        subject = selection.subject
        host_names = [self.catalogue.ref(Kind.PLACE, h, options.lang).title for h in selection.hosts]
        title = texts.plain(subject.title) if subject.title else texts.label(_TITLES[options.template])
        subtitle = texts.plain(" · ".join(host_names))
        theme = self.catalogue.find(subject.theme.kind, subject.theme.id) if subject.theme else None
        if theme is not None:  # a thematic pack is named after its theme
            title = texts.plain(subject.title) if subject.title else texts.of(theme.name)
            subtitle = texts.label("theme_pack")
        info = self.catalogue.info()
        rows: list[tuple[Line, Line]] = []
        if subject.start or subject.end:
            dates = texts.per_lang({lang: format_date_range(subject.start, subject.end, lang) for lang in texts.langs})
            rows.append((texts.label("dates"), dates))
        if subject.delegation:
            rows.append((texts.label("delegation"), texts.plain(", ".join(subject.delegation))))
        if subject.purpose:
            rows.append((texts.label("purpose"), texts.plain(subject.purpose)))
        names = {lang: " / ".join(lang2.native_name for lang2 in options.langs) for lang in texts.langs}
        rows.append((texts.label("language"), texts.per_lang(names)))
        rows.append((texts.label("catalogue"), texts.plain(info.version)))  # the title is English-only metadata
        as_of = {lang: format_date(_parse_date(info.date), lang) or info.date for lang in texts.langs}
        rows.append((texts.label("as_of"), texts.per_lang(as_of)))
        footer = f"{title.primary} · {texts.label('catalogue').primary} {info.version}"
        return BriefingDocument(title, subtitle, rows, footer, options)

    def _notes(self, selection: BriefingSelection, texts: Texts) -> list[Block]:
        if self.notes_for is None:
            return [Para(texts.label("no_notes"), "small")]
        blocks: list[Block] = []
        for key in self._all_keys(selection):
            notes = self.notes_for(key)
            if not notes:
                continue
            name = self.catalogue.ref(key.kind, key.id, texts.langs[0]).title or notes[0].record_name
            blocks.append(Heading(2, texts.plain(name)))
            blocks.extend(Para(texts.plain(note.body)) for note in notes)
        # the delegate's own silence, never the catalogue's
        return blocks or [Para(texts.label("no_notes"), "small")]

    def _all_keys(self, selection: BriefingSelection) -> list[RecordKey]:
        keys = [RecordKey(Kind.PLACE, h) for h in selection.hosts]
        keys += [k for s in selection.sections for k in s.records]
        return list(dict.fromkeys(keys))

    def _all_records(self, selection: BriefingSelection) -> list[Record]:
        return self._records(self._all_keys(selection))

    def _records(self, keys: Iterable[RecordKey]) -> list[Record]:
        found = (self.catalogue.find(k.kind, k.id) for k in keys)
        return [r for r in found if r is not None]


def _ids(selection: BriefingSelection, kind: SectionKind, record_kind: Kind) -> tuple[str, ...]:
    section = selection.section(kind)
    return tuple(k.id for k in section.records if k.kind is record_kind) if section else ()


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
