"""A record view's blocks as a pack's blocks, in the pack's language(s): the pack states what the screen states.

A pack template chooses which of a view's blocks it prints, by key (`PLACE_PROFILE` for a host's profile, a
shorter choice for a pocket brief).
"""

from __future__ import annotations

from iurc_desktop.services.briefing.document import (
    Block,
    Bullets,
    Fields,
    FigureCards,
    Heading,
    Line,
    Para,
    Part,
    Texts,
)
from iurc_desktop.services.record_render import PHRASE_SEPARATOR, Speaker
from iurc_desktop.services.record_view import (
    DatedList,
    Entry,
    Fact,
    FactsTable,
    KeyFigures,
    LinkedList,
    RecordView,
    Term,
    TextBlock,
    Value,
)
from iurc_desktop.services.record_view import Heading as ViewHeading

# what a host's profile prints of its place page, in this order
PLACE_PROFILE = ("heading", "glance", "strengths", "interests", "presented", "partners", "key_figures")
PARTNER_PROFILE = ("heading", "glance", "strengths", "interests")
# a pocket brief (issue #16) would print less of the same page: who, what they want, with whom
POCKET_PROFILE = ("heading", "glance", "interests", "partners")
CASE_STUDY = ("heading", "glance", "key_figures", "solution", "results", "lessons")


class ViewToPack:
    def __init__(self, texts: Texts) -> None:
        self.langs = texts.langs
        self.speakers = {lang: Speaker(lang) for lang in self.langs}

    def line(self, *values: Value, separator: str | None = PHRASE_SEPARATOR) -> Line:
        parts = []
        for lang in self.langs:
            say = self.speakers[lang]
            groups = say.values(values)
            text = (separator or say.separator).join("".join(p.text for p in group) for group in groups)
            fallback = next((p.fallback for group in groups for p in group if p.fallback), None)
            if text:
                parts.append(Part(text, fallback or lang, lang))
        if len(parts) == 2 and parts[0].text == parts[1].text:
            parts = parts[:1]
        return Line(tuple(parts))

    def term(self, term: Term) -> Line:
        return self.line(term)

    def blocks(self, view: RecordView, keys: tuple[str, ...], level: int = 2) -> list[Block]:
        out: list[Block] = []
        for block in view.pick(keys):
            if isinstance(block, ViewHeading):
                out += [Heading(level, self.line(block.title)), Para(self.line(block.kind, *block.meta), "small")]
                if not block.summary.is_empty():
                    out.append(Para(self.line(block.summary)))
                continue
            title = getattr(block, "title", None)
            if isinstance(title, Term) and not isinstance(block, FactsTable):
                out.append(Heading(level + 1, self.term(title)))
            out += self._body(block, level)
        return out

    def _body(self, block: object, level: int) -> list[Block]:
        if isinstance(block, FactsTable):
            return [self.fields(block.rows)] if block.rows else []
        if isinstance(block, KeyFigures):
            lang = self.langs[0]
            cards = tuple((self.speakers[lang].plain(v, False), self.line(label)) for v, label in block.figures)
            return [FigureCards(cards)]
        if isinstance(block, TextBlock):
            lines = tuple(self.line(p) for p in block.paragraphs if not p.is_empty())
            return [Bullets(lines)] if block.bullets else [Para(line) for line in lines]
        if isinstance(block, DatedList | LinkedList):
            return self.entries(block.entries)
        return []

    def fields(self, rows: tuple[Fact, ...]) -> Fields:
        return Fields(tuple((self.term(row.label), self.line(*row.values, separator=None)) for row in rows))

    def entries(self, entries: tuple[Entry, ...]) -> list[Block]:
        if not any(e.facts or not e.text.is_empty() for e in entries):
            return [Bullets(tuple(self.line(e.when, e.title, *e.meta) for e in entries))]
        out: list[Block] = []
        for entry in entries:
            out.append(Para(self.line(entry.when, entry.title, *entry.meta)))
            if entry.facts:
                out.append(self.fields(entry.facts))
            if not entry.text.is_empty():
                out.append(Para(self.line(entry.text), "small"))
        return out
