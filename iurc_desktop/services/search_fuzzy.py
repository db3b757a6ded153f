"""Near misses: words of names corrected towards the catalogue's vocabulary, and "did you mean" suggestions.

Typo correction uses rapidfuzz's optimal-string-alignment distance (a transposition counts as one edit, like a
dropped, doubled or wrong letter) over the words of every name and alias, bucketed by length so a query word is
compared only with words it could be within reach of: at most 1 edit for words of 5–6 letters, 2 from 7 on.
Shorter words are left alone: "zhou" is one letter from "chou", and neither is a typo of the other.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Callable
from dataclasses import dataclass

from iurc_desktop.services.search_query import Term
from iurc_desktop.storage.search_index import TextRow
from iurc_desktop.storage.search_text import normalise, pinyin

MIN_TYPO_WORD = 5


def max_edits(word: str) -> int:
    return 1 if len(word) <= 6 else 2


class Vocabulary:
    """The words of every name and alias, sorted (for "is this a word, or the start of one") and by length."""

    def __init__(self, words: list[str]) -> None:
        self.sorted = sorted(words)
        self.by_length: dict[int, list[str]] = {}
        for word in self.sorted:
            self.by_length.setdefault(len(word), []).append(word)

    def knows(self, term: Term) -> bool:
        at = bisect.bisect_left(self.sorted, term.text)
        if at == len(self.sorted):
            return False
        return self.sorted[at] == term.text or (term.prefix and self.sorted[at].startswith(term.text))

    def closest(self, word: str) -> str | None:
        """The nearest word within max_edits(word), the more alike first; None if there is none."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        reach = max_edits(word)
        best: tuple[int, float, str] | None = None
        for length in range(len(word) - reach, len(word) + reach + 1):
            choices = self.by_length.get(length)
            if not choices:
                continue
            for candidate, distance, _index in process.extract(
                word, choices, scorer=OSA.distance, score_cutoff=reach, limit=3
            ):
                # ties: the one sharing more of its start with what was typed (people mistype the middle)
                key = (int(distance), -_shared_start(word, candidate), candidate)
                if best is None or key < best:
                    best = key
        return best[2] if best else None


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def corrected_terms(terms: list[Term], vocabulary: Vocabulary, finds: Callable[[Term], bool]) -> list[Term] | None:
    """The terms with each unknown Latin word replaced by its nearest vocabulary word; None if nothing changed.
    `finds(term)` says whether a word matches any text as it is (body words are not in the vocabulary)."""
    out: list[Term] = []
    changed = False
    for term in terms:
        if term.cjk or term.number or len(term.text) < MIN_TYPO_WORD or vocabulary.knows(term) or finds(term):
            out.append(term)
            continue
        nearest = vocabulary.closest(term.text)
        if nearest is None:
            out.append(term)
        else:
            out.append(Term(nearest))
            changed = True
    return out if changed else None


@dataclass(frozen=True)
class Suggestion:
    shown: str  # the name or alias as written
    row: TextRow


def best_suggestion(query_norm: str, terms: list[Term], rows: list[TextRow]) -> Suggestion | None:
    """A name or alias close to what was typed (a misspelling, a missing letter). Chinese is only ever
    suggested where it sounds the same as what was typed (扬洲 → 扬州, the commonest slip of a pinyin keyboard),
    so a suggestion never turns one city into another that shares a character."""
    matcher = difflib.SequenceMatcher(None, "", query_norm)  # the matcher caches what it knows of the query
    chinese = any(t.cjk for t in terms)
    spoken = _spoken(query_norm) if chinese else ""
    best: Suggestion | None = None
    best_ratio = 0.49 if chinese else 0.7
    for row in {row.value: row for row in rows}.values():
        if row.field == "pinyin":
            continue
        for folded, shown in _candidates(row.value, len(query_norm.split())):
            if chinese and _spoken(folded) != spoken:
                continue
            matcher.set_seq1(folded)
            if matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio:
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    best, best_ratio = Suggestion(shown, row), ratio
    return best


def _spoken(text: str) -> str:
    sounds = pinyin(text)
    return sounds.joined if sounds else ""


def _candidates(name: str, size: int) -> list[tuple[str, str]]:
    """(folded, as written) for a name and each run of `size` words in it: a query may be close to part of it."""
    shown = name.split()
    folded = normalise(name).split()
    out = [(" ".join(folded), name)]
    if len(folded) > size and len(folded) == len(shown):
        out += [(" ".join(folded[i : i + size]), " ".join(shown[i : i + size])) for i in range(len(folded) - size + 1)]
    return out
