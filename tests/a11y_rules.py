"""What the accessibility audit fails on, element by element (AT-SPI roles and states, as atspi_walk.py reads them)."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

INTERACTIVE_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button", "slider",
    "entry", "password text", "list", "list box", "tree", "tree table", "table", "link", "page tab",
    "menu item", "check menu item", "radio menu item",
})  # fmt: skip
IMAGE_ROLES = frozenset({"image", "icon"})
CONTENT_ROLES = frozenset({"list item", "table cell"})  # catalogue text: may fall back to English by design
WORD = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Vocabulary:
    """The interface's own words, from the Qt Linguist catalogues, to tell which language a name is in."""

    english_only_words: frozenset[str]  # words of English UI strings that no Chinese translation keeps
    untranslated_for_pt: frozenset[str]  # English UI strings whose Portuguese differs from them

    @staticmethod
    def load(translations: Path) -> Vocabulary:
        words: set[str] = set()
        kept_in_zh: set[str] = set()
        pt_differs: set[str] = set()
        for lang, name in (("zh", "iurc_desktop_zh_CN.ts"), ("pt", "iurc_desktop_pt_PT.ts")):
            for message in ET.parse(translations / name).getroot().iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                if lang == "zh":
                    words |= {w.lower() for w in WORD.findall(source)}
                    kept_in_zh |= {w.lower() for w in WORD.findall(translation)}
                elif translation and translation.strip() != source.strip():
                    pt_differs.add(source.replace("&", "").strip())
        return Vocabulary(frozenset(words - kept_in_zh), frozenset(pt_differs))


def symbol_only(name: str) -> bool:
    """'☆', '…', '×': nothing a screen reader can say as a word."""
    stripped = name.strip()
    return bool(stripped) and not any(unicodedata.category(c)[0] in "LN" for c in stripped)


def wrong_language(name: str, lang: str, vocabulary: Vocabulary) -> bool:
    text = name.replace("&", "").strip()
    if lang == "zh":
        return not CJK.search(text) and any(w.lower() in vocabulary.english_only_words for w in WORD.findall(text))
    if lang == "pt":
        return text in vocabulary.untranslated_for_pt or text.rstrip("…").strip() in vocabulary.untranslated_for_pt
    return False


def interactive(element: dict[str, object]) -> bool:
    role = str(element["role"])
    states = element["states"]
    assert isinstance(states, list)
    return role in INTERACTIVE_ROLES or (role == "text" and "editable" in states)


def violations(element: dict[str, object], lang: str, vocabulary: Vocabulary) -> list[str]:
    role, name = str(element["role"]), str(element["name"]).strip()
    description = str(element["description"]).strip()
    found = []
    if interactive(element) and not name:
        found.append(f"{role} without a name")
    if symbol_only(name):
        found.append(f"{role} named only by a symbol {name!r}")
    if role in IMAGE_ROLES and not (name or description):
        found.append("image without a description")
    if role not in CONTENT_ROLES:
        for text in (name, description):
            if text and wrong_language(text, lang, vocabulary):
                found.append(f"{role} {text!r} is not in the interface language {lang}")
    return found
