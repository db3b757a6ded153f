"""Snippets of matched text: the part around the first match, whole words only, with the matched spans."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from iurc_desktop.services.search_query import Term
from iurc_desktop.storage.search_text import (
    CJK_RUN,
    NUMBER,
    normalise,
    number_token,
    number_tokens,
    number_value,
    to_simplified,
)

if TYPE_CHECKING:
    from iurc_desktop.services.search import SearchHit

SNIPPET_CHARS = 160


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    return normalise(to_simplified(char))  # so a Simplified query highlights the Traditional text it found


def _folded_with_origin(text: str) -> tuple[str, list[int] | None]:
    """The normalised text, and for each of its characters the index of the one it came from (None: the same)."""
    if text.isascii():
        return text.lower(), None
    parts = [_fold_char(char) for char in text]
    folded = "".join(parts)
    if len(folded) == len(text) and all(len(part) == 1 for part in parts):
        return folded, None
    origin: list[int] = []
    for i, part in enumerate(parts):
        origin += [i] * len(part)
    return folded, origin


def _term_pattern(term: Term) -> str:
    if term.cjk:
        return re.escape(term.text)
    return rf"(?<![^\W_]){re.escape(term.text)}[^\W_]*"  # a word, or the start of one: the whole word


def term_matcher(term: Term) -> Callable[[Iterable[str]], bool]:
    """Whether `term` matches one of some texts as the index would match it (folded, from a word's start)."""
    if term.cjk:
        return lambda texts: any(term.text in to_simplified(text) for text in texts)
    if term.number:
        return lambda texts: any(
            token == term.text or (term.prefix and token.startswith(term.text))
            for text in texts
            for token in number_tokens(text)
        )
    pattern = re.compile(_term_pattern(term))
    return lambda texts: any(pattern.search(normalise(text)) for text in texts)


def _spans(folded: str, terms: list[Term], norm: str) -> tuple[list[tuple[int, int]], int]:
    """Matched spans in `folded`, merged, and where the snippet should centre (the first term's first match)."""
    patterns = [_term_pattern(term) for term in terms if not term.number]
    patterns = patterns or ([re.escape(norm)] if norm and not terms else [])
    found: list[tuple[int, int]] = []
    focus = -1
    numbers = [term for term in terms if term.number]
    if numbers:  # a number matches in whatever notation the text writes it ("2 million" for 200万)
        for match in NUMBER.finditer(folded):
            value = number_value(match)
            token = number_token(value) if value is not None else ""
            if any(token == t.text or (t.prefix and token.startswith(t.text)) for t in numbers):
                found.append((match.start(), match.end()))
                focus = match.start() if focus < 0 else focus
    for pattern in patterns:
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, folded)]
        if focus < 0 and spans:
            focus = spans[0][0]
        found += spans
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged, max(focus, 0)


def make_snippet(text: str, terms: list[Term], norm: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Up to SNIPPET_CHARS of `text` around its first match, and the matched spans within the snippet."""
    folded, origin = _folded_with_origin(text)
    folded_spans, focus = _spans(folded, terms, norm)
    if origin is None:
        spans = folded_spans
    else:
        spans = [(origin[s], origin[e - 1] + 1) for s, e in folded_spans if e > s]
        focus = origin[focus] if focus < len(origin) else 0
    if len(text) <= SNIPPET_CHARS:
        return text, tuple(spans)
    start, end = _word_window(text, focus)
    lead = "…" if start > 0 else ""
    snippet = lead + text[start:end] + ("…" if end < len(text) else "")
    shift = len(lead) - start
    inside = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start)
    return snippet, inside


def _word_window(text: str, focus: int) -> tuple[int, int]:
    """About SNIPPET_CHARS of `text` around `focus`, starting and ending between words (Chinese has no spaces:
    any character boundary is one)."""
    start = max(0, min(focus - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
    end = min(len(text), start + SNIPPET_CHARS)
    if start > 0 and _mid_word(text, start):
        space = text.find(" ", start, focus if focus > start else end)
        start = space + 1 if space >= 0 else start
    if end < len(text) and _mid_word(text, end):
        space = text.rfind(" ", max(start, focus), end)
        end = space if space > start else end
    return start, end


def _mid_word(text: str, cut: int) -> bool:
    """Whether cutting `text` at `cut` splits a word of an alphabetic script."""
    before, after = text[cut - 1], text[cut]
    return before.isalnum() and after.isalnum() and not CJK_RUN.match(before) and not CJK_RUN.match(after)


def snippet_html(hit: SearchHit) -> str:
    """The snippet as HTML: matched spans in <b>, everything else escaped."""
    out: list[str] = []
    position = 0
    for start, end in hit.highlights:
        out.append(html.escape(hit.snippet[position:start]))
        out.append(f"<b>{html.escape(hit.snippet[start:end])}</b>")
        position = end
    out.append(html.escape(hit.snippet[position:]))
    return "".join(out)
