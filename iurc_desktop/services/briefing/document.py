"""A briefing pack as plain blocks of text in the pack's languages, ready for any renderer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.services.briefing.compose import SectionKind
from iurc_desktop.services.briefing.labels import LABELS
from iurc_desktop.services.map_model import MapModel

Paper = Literal["a4", "letter"]
Template = Literal["full", "pocket", "agenda"]


@dataclass(frozen=True)
class BriefingOptions:
    lang: Lang = Lang.EN
    second_lang: Lang | None = None  # bilingual packs: each text again in this language
    paper: Paper = "a4"
    include_notes: bool = True
    template: Template = "full"  # the full dossier, a pocket brief (two pages at most), a visit plan's agenda

    @property
    def langs(self) -> tuple[Lang, ...]:
        if self.second_lang is None or self.second_lang is self.lang:
            return (self.lang,)
        return (self.lang, self.second_lang)


@dataclass(frozen=True)
class Part:
    text: str
    lang: Lang  # the language the text is really in (differs from the wanted one on fallback)
    wanted: Lang

    @property
    def is_fallback(self) -> bool:
        return self.lang is not self.wanted


@dataclass(frozen=True)
class Line:
    """One piece of text, once per pack language (one part, or two in a bilingual pack)."""

    parts: tuple[Part, ...]

    @property
    def primary(self) -> str:
        return self.parts[0].text if self.parts else ""

    def is_empty(self) -> bool:
        return not any(p.text for p in self.parts)


@dataclass(frozen=True)
class Heading:
    level: int
    line: Line


@dataclass(frozen=True)
class Para:
    line: Line
    style: Literal["body", "small", "quote"] = "body"


@dataclass(frozen=True)
class Bullets:
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Fields:
    rows: tuple[tuple[Line, Line], ...]


@dataclass(frozen=True)
class FigureCards:
    cards: tuple[tuple[str, Line], ...]


@dataclass(frozen=True)
class MapFigure:
    """A map of the pack's subject (services/map_model.py), drawn as vector graphics by the renderer."""

    model: MapModel


Block = Heading | Para | Bullets | Fields | FigureCards | MapFigure


@dataclass
class DocSection:
    kind: SectionKind
    title: Line
    blocks: list[Block] = field(default_factory=list)


@dataclass
class BriefingDocument:
    title: Line
    subtitle: Line
    cover: list[tuple[Line, Line]]
    footer: str
    options: BriefingOptions
    sections: list[DocSection] = field(default_factory=list)
    generated: dt.date = field(default_factory=dt.date.today)


class Texts:
    """Turns catalogue text and fixed labels into Lines in the pack's languages."""

    def __init__(self, options: BriefingOptions) -> None:
        self.langs = options.langs

    def of(self, text: LocalText) -> Line:
        parts = []
        for lang in self.langs:
            resolved = text.resolve(lang)
            if resolved.lang is not None:
                parts.append(Part(resolved.text, resolved.lang, lang))
        if len(parts) == 2 and parts[0].text == parts[1].text:
            parts = parts[:1]  # names that are the same in both languages are printed once
        return Line(tuple(parts))

    def label(self, key: str, **values: str) -> Line:
        line = self.of(LABELS[key])
        if not values:
            return line
        return Line(tuple(Part(p.text.format(**values), p.lang, p.wanted) for p in line.parts))

    def plain(self, text: str) -> Line:
        """User-typed text: the same in every language."""
        return Line((Part(text, self.langs[0], self.langs[0]),)) if text else Line(())

    def per_lang(self, make: dict[Lang, str]) -> Line:
        return self.of(LocalText.from_mapping({lang.value: make[lang] for lang in self.langs}))
