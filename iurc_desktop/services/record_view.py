"""One record as renderer-neutral blocks: what the screen (HTML), the briefing pack (flowables) and the terminal
(plain text) show of it, so all three state the same facts.

A view is built once per record and reading language (`record_builder.build_view`): the order of its lists
follows that language's collation. Its pieces of text stay typed values — catalogue text in every language
(`LocalText`), vocabulary words (`Term`), dates (`When`), countries, links — so a renderer chooses how to say them
in one language, or two for a bilingual pack, and marks text that fell back to another language.

Every block has a `key` ("glance", "presented", "timeline", "partners" …): a pack template or a page chooses
and orders blocks by key (`RecordView.pick`), and a later feature (a map tab) adds its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import Kind


@dataclass(frozen=True)
class Term:
    """A word of the vocabulary (`services/vocabulary.py`), translated when rendered."""

    source: str


@dataclass(frozen=True)
class When:
    """A date, a range, or a year alone where the sources give no day."""

    start: dt.date | None = None
    end: dt.date | None = None
    year: int | None = None

    @property
    def sort_key(self) -> str:
        return self.start.isoformat() if self.start else f"{self.year:04d}" if self.year else ""

    @property
    def first_year(self) -> int | None:
        return self.start.year if self.start else self.year

    def is_empty(self) -> bool:
        return self.start is None and self.year is None


@dataclass(frozen=True)
class Country:
    code: str


@dataclass(frozen=True)
class Plain:
    """Text that is the same in every language: numbers, aliases, section titles of source documents."""

    text: str


@dataclass(frozen=True)
class Figure:
    """A key figure's value as the sources write it ("2 million"), shown in the reader's number style."""

    value: str


@dataclass(frozen=True)
class Link:
    kind: Kind
    id: str
    name: LocalText

    @property
    def key(self) -> tuple[Kind, str]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class Joined:
    """Values said together as one ("IUC 2016–2020 (2018)", "2 — parallel design centres")."""

    parts: tuple[Value, ...]
    sep: str = " "


Value = LocalText | Term | When | Country | Plain | Figure | Link | Joined
Phrase = tuple[Value, ...]  # pieces a renderer joins with " · "


@dataclass(frozen=True)
class Fact:
    """One row of a facts table: a label and its values (joined with the language's list separator)."""

    label: Term
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Entry:
    """One line of a list: what it points at, when, a few words about it, and optional facts or a text below."""

    title: Value
    when: When = field(default_factory=When)
    meta: Phrase = ()
    facts: tuple[Fact, ...] = ()
    text: LocalText = field(default_factory=LocalText)


@dataclass(frozen=True)
class Heading:
    key: str
    title: LocalText
    kind: Term
    meta: Phrase = ()
    summary: LocalText = field(default_factory=LocalText)


@dataclass(frozen=True)
class FactsTable:
    key: str
    title: Term | None
    rows: tuple[Fact, ...]


@dataclass(frozen=True)
class KeyFigures:
    key: str
    title: Term
    figures: tuple[tuple[Figure, LocalText], ...]


@dataclass(frozen=True)
class DatedList:
    """Entries in date order; `by_year` groups them under their year (a timeline)."""

    key: str
    title: Term
    entries: tuple[Entry, ...]
    by_year: bool = False

    def years(self) -> list[tuple[int | None, list[Entry]]]:
        groups: dict[int | None, list[Entry]] = {}
        for entry in self.entries:
            groups.setdefault(entry.when.first_year, []).append(entry)
        return list(groups.items())


@dataclass(frozen=True)
class LinkedList:
    key: str
    title: Term
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class TextBlock:
    key: str
    title: Term | None
    paragraphs: tuple[LocalText, ...]
    bullets: bool = False


@dataclass(frozen=True)
class SourceLine:
    source: Link
    section: str = ""
    note: LocalText = field(default_factory=LocalText)  # editors' notes are written in English


@dataclass(frozen=True)
class Provenance:
    key: str
    title: Term
    sources: tuple[SourceLine, ...]


Block = Heading | FactsTable | KeyFigures | DatedList | LinkedList | TextBlock | Provenance


@dataclass(frozen=True)
class RecordView:
    kind: Kind
    id: str
    lang: Lang
    blocks: tuple[Block, ...]

    @property
    def heading(self) -> Heading:
        first = self.blocks[0]
        assert isinstance(first, Heading)
        return first

    def block(self, key: str) -> Block | None:
        return next((b for b in self.blocks if b.key == key), None)

    def pick(self, keys: tuple[str, ...]) -> list[Block]:
        """The blocks a template asks for, in its order (absent ones skipped)."""
        return [b for key in keys if (b := self.block(key)) is not None]

    def links(self) -> Iterator[Link]:
        """Every link anywhere on the page."""
        for block in self.blocks:
            yield from _links_in(block)


def _links_in(block: Block) -> Iterator[Link]:
    values: list[Value] = []
    if isinstance(block, Heading):
        values += block.meta
    elif isinstance(block, FactsTable):
        values += [v for row in block.rows for v in row.values]
    elif isinstance(block, Provenance):
        values += [line.source for line in block.sources]
    elif isinstance(block, DatedList | LinkedList):
        for entry in block.entries:
            values += [entry.title, *entry.meta, *(v for row in entry.facts for v in row.values)]
    while values:
        value = values.pop(0)
        if isinstance(value, Link):
            yield value
        elif isinstance(value, Joined):
            values[:0] = value.parts
