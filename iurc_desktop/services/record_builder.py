"""Builds a `RecordView` from the catalogue in at most five statements: the record, its links, the records they
name (one statement, all kinds), a kind's own question (a partnership's visits), and the second hop (the events
a place's contributions were made at, its partners' names). Records and links are cached by the service.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import Event, Kind, Record
from iurc_desktop.services import vocabulary as vocab
from iurc_desktop.services.catalogue import CatalogueService, UnknownRecord
from iurc_desktop.services.record_view import (
    Block,
    Entry,
    Fact,
    FactsTable,
    Heading,
    KeyFigures,
    Link,
    LinkedList,
    Provenance,
    RecordView,
    SourceLine,
    Term,
    TextBlock,
    Value,
    When,
)
from iurc_desktop.storage.catalogue_read import Link as StoredLink

Key = tuple[Kind, str]
# how editors cite the source documents in their notes: "seed 001", "Seed-002"
SEED_CITATION = re.compile(r"\b[Ss]eeds? ?-?(00\d)\b")
_T = TypeVar("_T")


def section(name: str) -> Term:
    return Term(vocab.SECTIONS[name])


def event_when(event: Event) -> When:
    return When(event.start, event.end if event.end != event.start else None, event.year)


@dataclass
class Neighbourhood:
    """A record, its stored links, and every record fetched for its page so far."""

    record: Record
    links: list[StoredLink]
    records: dict[Key, Record]

    def outgoing(self, field: str | None = None, kind: Kind | None = None) -> list[Record]:
        return self._pick(True, field, kind)

    def incoming(self, kind: Kind | None = None, field: str | None = None) -> list[Record]:
        return self._pick(False, field, kind)

    def _pick(self, outgoing: bool, field: str | None, kind: Kind | None) -> list[Record]:
        keys = [
            (link.kind, link.id)
            for link in self.links
            if link.outgoing is outgoing
            and (field is None or link.field == field)
            and (kind is None or link.kind is kind)
        ]
        return [self.records[key] for key in dict.fromkeys(keys) if key in self.records]

    def get(self, kind: Kind, record_id: str | None) -> Record | None:
        return self.records.get((kind, record_id)) if record_id else None


class ViewBuilder:
    """Record views in one language, for one catalogue (in the order of the catalogue service's collation)."""

    def __init__(self, catalogue: CatalogueService, lang: Lang) -> None:
        self.catalogue = catalogue
        self.lang = lang

    def build(self, kind: Kind, record_id: str) -> RecordView:
        from iurc_desktop.services.record_kinds import writers

        key = (kind, record_id)
        record = self.catalogue.find_many([key]).get(key)
        if record is None:
            raise UnknownRecord(kind, record_id)
        links = self.catalogue.links_many([key])[key]
        writer = writers()[kind](self)
        extra = [*writer.first_hop(record), *_cited_sources(record)]
        hood = Neighbourhood(record, links, {})
        hood.records = self.fetch([(link.kind, link.id) for link in links], extra)
        hood.records.update(self.fetch(writer.second_hop(hood)))
        hood.records[key] = record
        # a deliberate departure from the sources is said up front, on every kind of page
        departure = TextBlock("editor_note", section("editor_note"), (record.editor_note,))
        blocks = [self.heading(record, writer.meta(hood)), departure, *writer.blocks(hood)]
        provenance = self.provenance(hood)
        blocks += [*self.unshown(hood, [*blocks, provenance]), provenance]
        return RecordView(kind, record_id, self.lang, tuple(b for b in blocks if not _empty(b)))

    def fetch(self, *key_lists: Iterable[Key]) -> dict[Key, Record]:
        return self.catalogue.find_many(key for keys in key_lists for key in keys)

    # pieces every kind uses
    def heading(self, record: Record, meta: tuple[Value, ...]) -> Heading:
        return Heading("heading", record.name, Term(vocab.KIND_NAMES[record.KIND]), meta, record.summary)

    def link(self, record: Record) -> Link:
        return Link(record.KIND, record.id, record.name)

    def links(self, records: Iterable[Record], sort: bool = True) -> tuple[Link, ...]:
        out = [self.link(r) for r in records]
        return tuple(self.by_name(out, lambda link: link.name) if sort else out)

    def by_name(self, items: Iterable[_T], name: Callable[[_T], LocalText]) -> list[_T]:
        return self.catalogue.collation.sorted_by(items, lambda item: name(item).in_lang(self.lang), self.lang)

    def fact(self, label: str, *values: Value | None) -> Fact:
        return Fact(section(label), tuple(v for v in values if v is not None and not _blank(v)))

    def facts(self, key: str, title: str | None, rows: Iterable[Fact]) -> FactsTable:
        return FactsTable(key, section(title) if title else None, tuple(r for r in rows if r.values))

    def link_list(
        self, key: str, records: Iterable[Record], meta: Callable[[Record], tuple[Value, ...]] | None = None
    ) -> LinkedList:
        return LinkedList(key, section(key), self.entries(records, meta))

    def entries(
        self, records: Iterable[Record], meta: Callable[[Record], tuple[Value, ...]] | None = None
    ) -> tuple[Entry, ...]:
        ordered = self.by_name(records, lambda r: r.name)
        return tuple(Entry(self.link(r), meta=meta(r) if meta else ()) for r in ordered)

    def provenance(self, hood: Neighbourhood) -> Provenance:
        lines = []
        for ref in hood.record.sources:
            source = hood.get(Kind.SOURCE, ref.doc)
            name = source.name if source else LocalText(en=ref.doc)
            note = LocalText(en=self._name_citations(ref.note, hood)) if ref.note else LocalText()
            lines.append(SourceLine(Link(Kind.SOURCE, ref.doc, name), ref.section, note))
        return Provenance("sources", section("sources"), tuple(lines))

    def _name_citations(self, note: str, hood: Neighbourhood) -> str:
        """Editors cite the source documents as "seed 001": name the documents instead."""

        def title(match: re.Match[str]) -> str:
            source = hood.get(Kind.SOURCE, f"seed-{match[1]}")
            return source.name.in_lang(self.lang) if source else match[0]

        return SEED_CITATION.sub(title, note)

    def unshown(self, hood: Neighbourhood, blocks: list[Block]) -> list[Block]:
        """Whatever the record's links name that no block shows yet: so every reference is a link on its page."""
        shown = {link.key for link in RecordView(hood.record.KIND, "", self.lang, tuple(blocks)).links()}
        missing: dict[Kind, dict[Key, Record]] = {}
        for link in hood.links:
            key = (link.kind, link.id)
            record = hood.records.get(key)
            if record is not None and key not in shown and record is not hood.record:
                missing.setdefault(link.kind, {})[key] = record
        return [
            LinkedList(f"related-{kind.value}", Term(vocab.KIND_PLURALS[kind]), self.entries(rs.values()))
            for kind, rs in missing.items()
        ]


def _cited_sources(record: Record) -> list[Key]:
    return [(Kind.SOURCE, f"seed-{m[1]}") for ref in record.sources for m in SEED_CITATION.finditer(ref.note)]


def _blank(value: Value) -> bool:
    return isinstance(value, LocalText) and value.is_empty()


def _empty(block: Block) -> bool:
    if isinstance(block, Heading):
        return False
    if isinstance(block, FactsTable):
        return not block.rows
    if isinstance(block, Provenance):
        return not block.sources
    if isinstance(block, KeyFigures):
        return not block.figures
    if isinstance(block, TextBlock):
        return not any(not p.is_empty() for p in block.paragraphs)
    return not block.entries
