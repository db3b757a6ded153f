"""Saying a record view's values in one language, and the plain-text rendering (`iurc-desktop show`).

`Speaker` is shared by every renderer (HTML on screen, the pack's flowables, the terminal), so the three say
each date, country, vocabulary word and name the same way; only the markup differs. Qt-free and SQL-free.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.services import vocabulary as vocab
from iurc_desktop.services.locale_format import country_name, format_date_range, format_figure, format_year
from iurc_desktop.services.record_view import (
    Block,
    Country,
    DatedList,
    Entry,
    Fact,
    FactsTable,
    Figure,
    Heading,
    Joined,
    KeyFigures,
    Link,
    LinkedList,
    Plain,
    Provenance,
    RecordView,
    Term,
    TextBlock,
    Value,
    When,
)

PHRASE_SEPARATOR = " · "


@dataclass(frozen=True)
class Piece:
    """A run of text, the record it links to, and the language it fell back to (None: as asked)."""

    text: str
    link: Link | None = None
    fallback: Lang | None = None


class Speaker:
    def __init__(self, lang: Lang, translate_term: Callable[[str], str] | None = None) -> None:
        self.lang = lang
        self.term = translate_term or (lambda text: vocab.term(text, lang))
        self.fell_back = False

    @property
    def separator(self) -> str:
        # Chinese lists names with the enumeration comma, not a comma and a space
        return "、" if self.lang is Lang.ZH else ", "

    def pieces(self, value: Value) -> list[Piece]:
        if isinstance(value, Link):
            return [Piece(p.text, value, p.fallback) for p in self.pieces(value.name) or [Piece(value.id)]]
        if isinstance(value, Joined):
            out: list[Piece] = []
            for part in value.parts:
                said = self.pieces(part)
                if said:
                    if out:
                        out.append(Piece(value.sep))
                    out += said
            return out
        if isinstance(value, LocalText):
            resolved = value.resolve(self.lang)
            if not resolved.text:
                return []
            if resolved.is_fallback:
                self.fell_back = True
                return [Piece(resolved.text, None, resolved.lang)]
            return [Piece(resolved.text)]
        text = self.text_of(value)
        return [Piece(text)] if text else []

    def text_of(self, value: Term | When | Country | Plain | Figure) -> str:
        if isinstance(value, Term):
            return self.term(value.source)
        if isinstance(value, When):
            return self.when(value)
        if isinstance(value, Country):
            return country_name(value.code, self.lang)
        if isinstance(value, Figure):
            return format_figure(value.value, self.lang)
        return value.text

    def when(self, when: When) -> str:
        if when.start is not None:
            return format_date_range(when.start, when.end, self.lang)
        return format_year(when.year, self.lang) if when.year else ""

    def plain(self, value: Value, mark_fallback: bool = True) -> str:
        return "".join(_marked(p) if mark_fallback else p.text for p in self.pieces(value))

    def values(self, values: tuple[Value, ...], separator: str | None = None) -> list[list[Piece]]:
        return [said for v in values if (said := self.pieces(v))]

    def entry_head(self, entry: Entry) -> list[list[Piece]]:
        """An entry's first line: its date, what it is, then a few words about it."""
        return self.values((entry.when, entry.title, *entry.meta))


def _marked(piece: Piece) -> str:
    return f"{piece.text} [{piece.fallback.value}]" if piece.fallback else piece.text


def join(groups: list[list[Piece]], separator: str) -> str:
    return separator.join("".join(_marked(p) for p in group) for group in groups)


def width(text: str) -> int:
    """Columns the text takes in a terminal (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render_text(view: RecordView, speaker: Speaker | None = None) -> str:
    """The view as plain text for a terminal: headings underlined, facts in two columns, lists indented."""
    say = speaker or Speaker(view.lang)
    lines: list[str] = []
    for block in view.blocks:
        lines += _text_block(block, say, view)
    if say.fell_back:
        note = say.term(vocab.SECTIONS["fallback_note"])
        lines.insert(2, f"[{note}]")
    return "\n".join(lines).rstrip() + "\n"


def _title(say: Speaker, term: Term | None) -> list[str]:
    if term is None:
        return []
    text = say.term(term.source)
    return ["", text, "─" * width(text)]


def _text_block(block: Block, say: Speaker, view: RecordView) -> list[str]:
    if isinstance(block, Heading):
        out = [f"{say.plain(block.title)}  ({view.kind.value}:{view.id})"]
        out.append(join(say.values((block.kind, *block.meta)), PHRASE_SEPARATOR))
        summary = say.plain(block.summary)
        return out + (["", summary] if summary else [])
    if isinstance(block, FactsTable):
        return _title(say, block.title) + ([""] if block.title is None else []) + _facts(block.rows, say, "")
    if isinstance(block, KeyFigures):
        rows = [f"  {say.plain(v)}  {say.plain(label)}" for v, label in block.figures]
        return _title(say, block.title) + rows
    if isinstance(block, TextBlock):
        texts = [say.plain(p) for p in block.paragraphs if not p.is_empty()]
        return _title(say, block.title) + [f"  • {t}" if block.bullets else f"  {t}" for t in texts]
    if isinstance(block, DatedList) and block.by_year:
        out = _title(say, block.title)
        for year, entries in block.years():
            out.append(f"  {say.when(When(year=year)) if year else '—'}")
            for entry in entries:
                out += _entry(entry, say, "    ")
        return out
    if isinstance(block, DatedList | LinkedList):
        return _title(say, block.title) + [line for e in block.entries for line in _entry(e, say, "  ")]
    assert isinstance(block, Provenance)
    out = _title(say, block.title)
    for line in block.sources:
        section = f" — {line.section}" if line.section else ""
        out.append(f"  • {say.plain(line.source)}{section}")
        if not line.note.is_empty():
            out.append(f"    {say.term(vocab.SECTIONS['editors_note'])} {say.plain(line.note)}")
    return out


def _entry(entry: Entry, say: Speaker, indent: str) -> list[str]:
    out = [indent + join(say.entry_head(entry), PHRASE_SEPARATOR)]
    out += _facts(entry.facts, say, indent + "  ")
    text = say.plain(entry.text)
    if text:
        out.append(f"{indent}  {text}")
    return out


def _facts(rows: tuple[Fact, ...], say: Speaker, indent: str) -> list[str]:
    labels = [say.term(row.label.source) for row in rows]
    column = max((width(label) for label in labels), default=0) + 2
    out = []
    for label, row in zip(labels, rows, strict=True):
        values = join(say.values(row.values), say.separator)
        out.append(f"{indent}  {label}{' ' * (column - width(label))}{values}")
    return out
