"""The user guide and the release notes, read from plain Markdown in `resources/help/<lang>/`.

Each file is a list of `## Heading {#id}` sections. The id is stable across languages: dialogs open their
section by it (`import`, `briefing`, `plans`, `preferences`, `about`, …), and the completeness test checks
that the Chinese and Portuguese guides have exactly the English ids. No Qt here: the help window renders a
section's Markdown with `QTextBrowser.setMarkdown`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.domain.lang import Lang
from iurc_desktop.package_files import resources_dir

GUIDE_FILE = "guide.md"
WHATS_NEW_FILE = "whats-new.md"
_HEADING = re.compile(r"^## +(?P<title>.+?) *\{#(?P<id>[a-z0-9][a-z0-9.-]*)\} *$")


@dataclass(frozen=True)
class HelpSection:
    id: str
    title: str
    body: str  # Markdown, without the heading

    @property
    def markdown(self) -> str:
        return f"## {self.title}\n\n{self.body}"

    def paragraphs(self) -> list[str]:
        """The body's blocks of text (list items count one each): what the completeness test compares."""
        blocks = []
        for block in re.split(r"\n\s*\n", self.body):
            for item in re.split(r"\n(?=[-*] |\d+\. |\|)", block.strip()):
                if item.strip():
                    blocks.append(item.strip())
        return blocks


def help_dir() -> Path:
    return resources_dir() / "help"


def parse_sections(text: str) -> list[HelpSection]:
    """`## Title {#id}` headings split the text; anything before the first heading (the file's title) is dropped."""
    sections: list[HelpSection] = []
    current: tuple[str, str] | None = None
    lines: list[str] = []
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match is None:
            lines.append(line)
            continue
        if current is not None:
            sections.append(HelpSection(current[0], current[1], "\n".join(lines).strip()))
        current, lines = (match["id"], match["title"]), []
    if current is not None:
        sections.append(HelpSection(current[0], current[1], "\n".join(lines).strip()))
    return sections


@functools.cache
def _read(lang: Lang, name: str) -> tuple[HelpSection, ...]:
    path = help_dir() / lang.value / name
    if not path.is_file():
        path = help_dir() / Lang.EN.value / name
    return tuple(parse_sections(path.read_text(encoding="utf-8")))


def guide(lang: Lang) -> tuple[HelpSection, ...]:
    """The user guide in `lang` (the English one if that language has none)."""
    return _read(lang, GUIDE_FILE)


def whats_new(lang: Lang, version: str) -> HelpSection | None:
    """This version's release notes in `lang`, or None when the notes do not mention it."""
    return next((s for s in _read(lang, WHATS_NEW_FILE) if s.id == version), None)


def fold(text: str) -> str:
    """Case and accents folded, so "referencia" finds "Referência" and "ICS" finds ".ics"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search(sections: tuple[HelpSection, ...], query: str) -> list[HelpSection]:
    """The sections whose title or text holds every word of `query` (titles first)."""
    words = fold(query).split()
    if not words:
        return list(sections)
    found = [s for s in sections if all(w in fold(s.title + "\n" + s.body) for w in words)]
    return sorted(found, key=lambda s: not all(w in fold(s.title) for w in words))
