"""Languages of the catalogue and the one rule for falling back between them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Lang(StrEnum):
    EN = "en"
    ZH = "zh"
    PT = "pt"

    @classmethod
    def parse(cls, value: str) -> Lang:
        """Accept 'en', 'zh', 'pt' and locale-like spellings ('zh_CN', 'pt-PT')."""
        head = value.strip().lower().replace("-", "_").split("_")[0]
        for lang in cls:
            if lang.value == head:
                return lang
        raise ValueError(f"unknown language {value!r} (expected one of en, zh, pt)")

    @property
    def babel_locale(self) -> str:
        return {"en": "en_GB", "zh": "zh_Hans_CN", "pt": "pt_PT"}[self.value]

    @property
    def native_name(self) -> str:
        return {"en": "English", "zh": "中文", "pt": "Português"}[self.value]


LANGS: tuple[Lang, ...] = (Lang.EN, Lang.ZH, Lang.PT)


@dataclass(frozen=True)
class Resolved:
    """A text in the language that was asked for, or the one it fell back to."""

    text: str
    lang: Lang | None
    requested: Lang

    @property
    def is_fallback(self) -> bool:
        return self.lang is not None and self.lang is not self.requested

    @property
    def is_missing(self) -> bool:
        return self.lang is None


@dataclass(frozen=True)
class LocalText:
    """One piece of text in up to three languages. Empty strings count as absent."""

    en: str = ""
    zh: str = ""
    pt: str = ""

    @classmethod
    def from_mapping(cls, data: Mapping[str, str] | None) -> LocalText:
        if not data:
            return cls()
        return cls(*(str(data.get(code, "") or "").strip() for code in ("en", "zh", "pt")))

    def get(self, lang: Lang) -> str:
        return str(getattr(self, lang.value))

    def to_dict(self) -> dict[str, str]:
        # hot in imports and index builds: no Lang enum lookups here
        return {code: text for code, text in (("en", self.en), ("zh", self.zh), ("pt", self.pt)) if text}

    def resolve(self, lang: Lang) -> Resolved:
        """Requested language, then English, then any language that has text."""
        for candidate in (lang, Lang.EN, *LANGS):
            value = self.get(candidate)
            if value:
                return Resolved(value, candidate, lang)
        return Resolved("", None, lang)

    def in_lang(self, lang: Lang) -> str:
        return self.resolve(lang).text

    def is_empty(self) -> bool:
        return not (self.en or self.zh or self.pt)

    def missing_langs(self) -> tuple[Lang, ...]:
        return tuple(lang for lang in LANGS if not self.get(lang))

    def all_values(self) -> tuple[str, ...]:
        return tuple(v for v in (self.en, self.zh, self.pt) if v)
