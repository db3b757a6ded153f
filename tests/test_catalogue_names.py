"""One name per entity per language: every text calls a place, person or organisation by that record's own name.

The variant forms come from the records themselves — their aliases (the seeds' spellings, transliterations, other
names) and their names in the other languages — so the check grows with the catalogue instead of a list in here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from iurc_desktop.domain.codec import texts
from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.domain.records import Kind, Record
from tests.test_catalogue_content import content

ENTITY_KINDS = (Kind.PLACE, Kind.PERSON, Kind.ORGANISATION)
CJK = re.compile(r"[\u3400-\u9fff]")
# A Chinese name followed by 市 or 省 is the same name ("郑州市" is Zhengzhou), not a variant.
CHINESE_ADMIN_SUFFIXES = ("市", "省")
# Words in quotation marks are quoted as written (a platform called «Beijing Tourism Expert» keeps its name).
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|《[^》]*》")


@dataclass(frozen=True)
class Variant:
    entity: str
    form: str


def _fits_language(form: str, lang: Lang, record: Record) -> bool:
    if lang is Lang.ZH:
        # Chinese text writes Chinese names in characters; a Latin form only counts for a record named in Latin there
        return bool(CJK.search(form)) or not CJK.search(record.name.zh)
    return not CJK.search(form)


@cache
def variants(lang: Lang) -> tuple[Variant, ...]:
    """Forms that name an entity but are not its name in `lang`."""
    found: list[Variant] = []
    for kind in ENTITY_KINDS:
        for record in content().records.get(kind, {}).values():
            own = record.name.get(lang)
            forms = {*getattr(record, "aliases", ()), *(record.name.get(other) for other in LANGS)}
            for form in forms:
                if not form or not own or form in own or not _fits_language(form, lang, record):
                    continue
                if any(form == own + suffix for suffix in CHINESE_ADMIN_SUFFIXES):
                    continue
                found.append(Variant(record.id, form))
    return tuple(found)


@cache
def names(lang: Lang) -> tuple[str, ...]:
    """Every record's own name in `lang`: a variant inside one of them (Sofia in Sofia Green) is part of that name."""
    return tuple({record.name.get(lang) for record in content().all() if record.name.get(lang)})


def _form_pattern(form: str) -> str:
    # Latin forms match whole words only ("Sofia" is not inside "Sofiya"); Chinese has no word breaks.
    return re.escape(form) if CJK.search(form) else rf"(?<!\w){re.escape(form)}(?!\w)"


@cache
def _matcher(lang: Lang) -> tuple[re.Pattern[str], dict[str, list[Variant]], dict[str, tuple[str, ...]]]:
    """One pattern for all variants (longest first), who each form names, and the names that contain each form."""
    by_form: dict[str, list[Variant]] = {}
    for variant in variants(lang):
        by_form.setdefault(variant.form, []).append(variant)
    forms = sorted(by_form, key=len, reverse=True)
    pattern = re.compile("|".join(_form_pattern(form) for form in forms)) if forms else re.compile(r"(?!)")
    containing = {form: tuple(name for name in names(lang) if form in name and name != form) for form in forms}
    return pattern, by_form, containing


def _inside_a_longer_name(text: str, start: int, end: int, longer: tuple[str, ...]) -> bool:
    form = text[start:end]
    for name in longer:
        offset = name.find(form)
        while offset != -1:
            if text.startswith(name, start - offset):
                return True
            offset = name.find(form, offset + 1)
    return False


def misnamed(text: str, lang: Lang) -> Iterator[Variant]:
    pattern, by_form, containing = _matcher(lang)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(a <= start and end <= b for a, b in quoted):
            continue
        if not _inside_a_longer_name(text, start, end, containing[match.group()]):
            yield from by_form[match.group()]


def test_every_text_names_entities_as_their_own_records_do() -> None:
    wrong = [
        f"{record.KIND.value}:{record.id} {path} [{lang.value}]: {variant.form!r} — {variant.entity} is "
        f"{content().records[kind][variant.entity].name.get(lang)!r}"
        for record in content().all()
        for path, text in texts(record)
        for lang in LANGS
        if text.get(lang)
        for variant in misnamed(text.get(lang), lang)
        for kind in ENTITY_KINDS
        if variant.entity in content().records.get(kind, {})
    ]
    assert wrong == [], f"{len(wrong)} text(s) use a name other than the record's own:\n" + "\n".join(sorted(wrong))


def test_the_check_finds_a_transliteration_and_accepts_the_own_name() -> None:
    kiwitt = content().records[Kind.PERSON]["thomas-kiwitt"]
    transliteration = next(alias for alias in getattr(kiwitt, "aliases", ()) if CJK.search(alias))
    assert [v.entity for v in misnamed(f"斯图加特大区的{transliteration}表示", Lang.ZH)] == ["thomas-kiwitt"]
    assert list(misnamed(f"斯图加特大区的{kiwitt.name.zh}表示", Lang.ZH)) == []
    assert [v.entity for v in misnamed("Pequim e Beijing", Lang.PT)] == ["beijing"]


def test_portuguese_quotes_with_guillemets_and_says_faixa_e_rota() -> None:
    # European Portuguese quotes «assim»; the Belt and Road Initiative is a Faixa e Rota throughout.
    wrong = [
        f"{record.KIND.value}:{record.id} {path}: {text.pt[:80]}"
        for record in content().all()
        for path, text in texts(record)
        if any(mark in text.pt for mark in ('"', "“", "”")) or re.search(r"Uma Faixa|Cinturão e Rota", text.pt)
    ]
    assert wrong == [], "\n".join(wrong)


def test_a_quoted_name_is_not_a_variant() -> None:
    assert list(misnamed("apresentou a «Beijing E-Town», o seu polo", Lang.PT)) == []
