"""The one font briefing packs use: a TrueType CJK face with Latin letters, embedded and subset in every PDF."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from reportlab.lib import textsplit
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.storage.paths import resources_dir

FONT_NAME = "IURCSans"
FONT_FILE = "wqy-microhei.ttc"
# Debian/Ubuntu and Fedora install it here; used only if the bundled copy is missing.
SYSTEM_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
)
# ReportLab's CJK wrapping still lets these start a line; Chinese typesetting never does.
NO_LINE_START = "，。、；：！？）》」』】〉”’…%"


class BriefingFontMissing(UserError):
    """The pack font is missing or damaged: the installation needs repair."""


def font_path(extra_dirs: tuple[Path, ...] = ()) -> Path:
    candidates = [d / FONT_FILE for d in extra_dirs] + [resources_dir() / "fonts" / FONT_FILE, *SYSTEM_CANDIDATES]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise BriefingFontMissing(
        messages.FONT_MISSING, font=FONT_FILE, folders=", ".join(str(c.parent) for c in candidates)
    )


def register_font(path: Path | None = None) -> str:
    """Register the font once per process; returns the name to use in styles."""
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    chosen = path or font_path()
    try:
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(chosen), subfontIndex=0))
    except Exception as exc:  # a damaged or non-TrueType file
        raise BriefingFontMissing(messages.FONT_UNUSABLE, path=chosen) from exc
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)  # no real bold face: headings use size and colour
    _forbid_line_starts()
    _hang_punctuation_runs()
    return FONT_NAME


def _forbid_line_starts() -> None:
    # paragraph.py imported its own copy of the string, so both bindings need the extra characters
    for module in (textsplit, paragraph):
        current: str = module.ALL_CANNOT_START
        missing = "".join(ch for ch in NO_LINE_START if ch not in current)
        if missing:
            module.ALL_CANNOT_START = current + missing


def _leading_run(text: str) -> int:
    return len(text) - len(text.lstrip(NO_LINE_START + paragraph.ALL_CANNOT_START))


def _hang_punctuation_runs() -> None:
    """ReportLab hangs one closing mark at a line end but not two ("！）"): move the rest up a line as well.

    Both of ReportLab's CJK paths are wrapped: `wordSplit` (one style in the paragraph) and `cjkFragSplit` (mixed).
    """
    if getattr(paragraph.wordSplit, "iurc_hangs", False):
        return
    word_split, frag_split = paragraph.wordSplit, paragraph.cjkFragSplit

    def word_split_with_hanging(*args: Any, **kwargs: Any) -> Any:
        lines = word_split(*args, **kwargs)  # [[extra_space, text], ...]
        for previous, line in pairwise(lines):
            run = _leading_run(line[1])
            if 0 < run < len(line[1]):
                previous[1], line[1] = previous[1] + line[1][:run], line[1][run:]
        return lines

    def frag_split_with_hanging(*args: Any, **kwargs: Any) -> Any:
        result = frag_split(*args, **kwargs)
        for previous, line in pairwise(result.lines):
            before, words = getattr(previous, "words", None), getattr(line, "words", None)
            if before and words:
                text = str(words[0].text)
                run = _leading_run(text)
                if 0 < run < len(text):
                    before[-1].text, words[0].text = str(before[-1].text) + text[:run], text[run:]
        return result

    word_split_with_hanging.iurc_hangs = True  # type: ignore[attr-defined]
    paragraph.wordSplit = word_split_with_hanging
    paragraph.cjkFragSplit = frag_split_with_hanging
