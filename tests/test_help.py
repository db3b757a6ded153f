"""The user guide and release notes: complete in Chinese and Portuguese, searchable, sections by stable id."""

from __future__ import annotations

import re

import pytest

from iurc_desktop import __version__
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services import help as guide_text
from iurc_desktop.services.help import HelpSection, parse_sections

CJK = re.compile(r"[\u3400-\u9fff]")
CONTEXT_SECTIONS = ("updates", "packs", "plans", "preferences", "about")  # the dialogs' Help buttons


def _wording(paragraph: str) -> str:
    """What a reader reads: code spans, file names and shortcuts taken out (they are the same in every language)."""
    text = re.sub(r"`[^`]*`", "", paragraph)
    text = re.sub(r"\b(Ctrl|Alt|F1|Enter)\S*", "", text)
    text = re.sub(r"[|*_\-:#\s.,()]+", " ", text).strip()
    return text if re.search(r"[^\W\d_]", text) else ""  # a version number or a table rule has no words


def _files() -> list[tuple[str, tuple[HelpSection, ...], tuple[HelpSection, ...], tuple[HelpSection, ...]]]:
    out = []
    for name in (guide_text.GUIDE_FILE, guide_text.WHATS_NEW_FILE):
        read = [tuple(parse_sections((guide_text.help_dir() / lang.value / name).read_text("utf-8"))) for lang in
                (Lang.EN, Lang.ZH, Lang.PT)]  # fmt: skip
        out.append((name, read[0], read[1], read[2]))
    return out


@pytest.mark.parametrize("name, en, zh, pt", _files())
def test_every_language_has_the_same_sections_and_paragraphs(
    name: str, en: tuple[HelpSection, ...], zh: tuple[HelpSection, ...], pt: tuple[HelpSection, ...]
) -> None:
    assert en, name
    ids = [s.id for s in en]
    assert [s.id for s in zh] == ids, name
    assert [s.id for s in pt] == ids, name
    for english, chinese, portuguese in zip(en, zh, pt, strict=True):
        count = len(english.paragraphs())
        assert len(chinese.paragraphs()) == count, (name, english.id)
        assert len(portuguese.paragraphs()) == count, (name, english.id)


@pytest.mark.parametrize("name, en, zh, pt", _files())
def test_no_english_is_left_in_the_chinese_and_portuguese_text(
    name: str, en: tuple[HelpSection, ...], zh: tuple[HelpSection, ...], pt: tuple[HelpSection, ...]
) -> None:
    english = {_wording(p) for s in en for p in [s.title, *s.paragraphs()]}
    for section in zh:
        for paragraph in [section.title, *section.paragraphs()]:
            if _wording(paragraph):  # a block with words to read is in Chinese
                assert CJK.search(paragraph), (name, section.id, paragraph)
    for section in pt:
        for paragraph in [section.title, *section.paragraphs()]:
            wording = _wording(paragraph)
            if re.search(r"[A-Za-z]{4}", wording):
                assert wording not in english, (name, section.id, paragraph)


def test_the_guide_covers_what_a_delegate_needs() -> None:
    ids = {s.id for s in guide_text.guide(Lang.EN)}
    wanted = {"start", "places", "dossier", "search", "notes", "plans", "packs", "updates", "data", "shortcuts"}
    assert wanted | set(CONTEXT_SECTIONS) <= ids


def test_this_version_has_release_notes_in_every_language() -> None:
    for lang in (Lang.EN, Lang.ZH, Lang.PT):
        notes = guide_text.whats_new(lang, __version__)
        assert notes is not None and notes.body, lang


def test_search_forgives_case_and_accents_and_puts_title_matches_first() -> None:
    pt = guide_text.guide(Lang.PT)
    assert guide_text.search(pt, "PREFERENCIAS")[0].id == "preferences"
    assert "plans" in {s.id for s in guide_text.search(guide_text.guide(Lang.EN), "ics calendar")}
    assert guide_text.search(guide_text.guide(Lang.ZH), "备份")[0].id == "data"
    assert guide_text.search(pt, "zzzz-nothing") == []


def test_headings_without_an_id_are_not_sections() -> None:
    sections = parse_sections("# Title\n\nintro\n\n## One {#one}\n\nText.\n\n## Not a section\n\nMore.\n")
    assert [s.id for s in sections] == ["one"]
    assert "Not a section" in sections[0].body
