"""Search over the catalogue in any of its languages, used alike by the GUI and `iurc-desktop search`.

Ranking, best first: a name or alias equal to the query; a name or alias starting with it; a word of
a name or alias; a word of any other text. Within each of these, by kind (places, case studies,
events …) and then in catalogue order. The query is never handed to FTS5 as typed: it is cut into
words and Chinese runs, each quoted, so no input can cause an FTS syntax error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import html
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import Kind
from iurc_desktop.storage.catalogue_db import CatalogueStore
from iurc_desktop.storage.search_index import (
    CJK_RUN,
    IndexFilter,
    SearchIndex,
    TextRow,
    ensure_search_index,
    normalise,
)

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
SNIPPET_CHARS = 160
_WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
# Score of a hit by how it matched (higher is better); the order of hits is the ranking itself.
EXACT, PREFIX, NAME_WORD, BODY_WORD, SUBSTRING = 4.0, 3.0, 2.0, 1.0, 0.5


@dataclass(frozen=True)
class SearchFilters:
    kinds: tuple[Kind, ...] = ()
    country: str | None = None  # ISO alpha-2, places (and records linked to places in that country)
    programme: str | None = None
    network: str | None = None
    cluster: str | None = None
    date_from: dt.date | None = None  # events overlapping the range
    date_to: dt.date | None = None

    def for_index(self) -> IndexFilter:
        return IndexFilter(
            kinds=tuple(k.value for k in self.kinds),
            country=self.country,
            programme=self.programme,
            network=self.network,
            cluster=self.cluster,
            date_from=self.date_from.isoformat() if self.date_from else None,
            date_to=self.date_to.isoformat() if self.date_to else None,
        )


@dataclass(frozen=True)
class SearchHit:
    kind: Kind
    id: str
    title: str  # the record's name in the requested language (fallback rule of LocalText)
    field: str  # which field matched, e.g. "name", "aliases", "summary", "lessons[1]"
    snippet: str  # plain text around the match, in the language that matched
    highlights: tuple[tuple[int, int], ...] = ()  # (start, end) character spans in snippet
    score: float = 0.0


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    hits: list[SearchHit]
    suggestion: str | None = None  # a close alias/name to try when hits is empty (the UI words the message)


MAX_LIMIT = 1_000_000


def _encodable(text: str, filters: SearchFilters) -> bool:
    """No record holds a lone surrogate (SQLite cannot even take one) or an id with NUL: such input matches nothing.
    (A NUL in the query text itself is a control character that clean_query drops.)"""
    ids = (filters.country, filters.programme, filters.network, filters.cluster)
    return not _has_surrogate(text) and not any(value and ("\x00" in value or _has_surrogate(value)) for value in ids)


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


@dataclass(frozen=True)
class Term:
    """One part of a query: a folded Latin word (prefix-matched if last) or a run of Chinese characters."""

    text: str
    cjk: bool
    prefix: bool = False

    def fts(self) -> str:
        if not self.cjk:
            return f'latin : "{self.text}"' + (" *" if self.prefix else "")
        if len(self.text) == 1:
            return f'cjk1 : "{self.text}"'
        return 'cjk2 : "' + " ".join(self.text[i : i + 2] for i in range(len(self.text) - 1)) + '"'


def clean_query(text: str) -> str:
    """The query without control characters, whitespace collapsed, cut to a sane length."""
    return " ".join(_CONTROL.sub(" ", text).split())[:MAX_QUERY_CHARS]


def parse_terms(query: str) -> list[Term]:
    terms: list[Term] = []
    position = 0
    for run in CJK_RUN.finditer(query):
        terms += [Term(w, False) for w in _WORD.findall(normalise(query[position : run.start()]))]
        terms.append(Term(run.group(), True))
        position = run.end()
    terms += [Term(w, False) for w in _WORD.findall(normalise(query[position:]))]
    terms = list(dict.fromkeys(terms))[:MAX_TERMS]
    if terms and not terms[-1].cjk and not query[-1:].isspace():
        terms[-1] = Term(terms[-1].text, False, prefix=True)  # the word being typed
    return terms


def fts_query(terms: list[Term]) -> str:
    return " AND ".join(term.fts() for term in terms)


def phrase_query(terms: list[Term]) -> str:
    """Latin words next to each other, in order (the last one possibly half-typed)."""
    return 'latin : "' + " ".join(t.text for t in terms) + '"' + (" *" if terms[-1].prefix else "")


def fts_queries(terms: list[Term]) -> list[str]:
    """FTS5 queries from the closest match to the loosest: the words side by side before anywhere in the
    text, and the last word whole before it is taken as the start of a longer word ("TOD" before "todos")."""
    variants = [terms]
    if terms[-1].prefix:
        variants.insert(0, [*terms[:-1], Term(terms[-1].text, False)])
    phrases = [phrase_query(v) for v in variants] if len(terms) > 1 and not any(t.cjk for t in terms) else []
    return [*phrases, *(fts_query(v) for v in variants)]


@dataclass
class _Collector:
    """Hits in ranking order, one per record."""

    limit: int
    found: dict[tuple[str, str], tuple[TextRow, float]] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return len(self.found) >= self.limit

    def _alias_first(self, key: tuple[str, str], score: float) -> bool:
        first, first_score = self.found[key]
        return first.field == "aliases" and first_score == score

    def add(self, fetch: Callable[[int], list[TextRow]], score: float) -> None:
        """Take rows from `fetch(n)` until the limit is reached or `fetch` has no more."""
        wanted = (self.limit - len(self.found)) * 3 + 5
        while not self.full:
            rows = fetch(wanted)
            for row in rows:
                key = (row.kind, row.record_id)
                if key not in self.found and not self.full:
                    self.found[key] = (row, score)
                elif key in self.found and self._alias_first(key, score) and row.field == "name":
                    self.found[key] = (row, score)  # the record's name reads better than its alias
            if len(rows) < wanted:
                return
            wanted *= 4


class SearchService:
    def __init__(self, store: CatalogueStore) -> None:
        self.store = store
        # A read-only or locked file keeps the index it has (or none: then searches find nothing).
        with contextlib.suppress(sqlite3.OperationalError):
            ensure_search_index(store.path)
        self.index = SearchIndex(store.path)

    def close(self) -> None:
        self.index.close()

    def search(self, text: str, lang: Lang, *, kind: Kind | None = None, limit: int = 20) -> list[SearchHit]:
        filters = SearchFilters(kinds=(kind,) if kind else ())
        return self.run(text, lang, filters, limit).hits

    def run(self, text: str, lang: Lang, filters: SearchFilters = SearchFilters(), limit: int = 20) -> SearchOutcome:
        query = clean_query(text)
        if not query or limit <= 0 or not _encodable(text, filters):
            return SearchOutcome(text, [])
        limit = min(limit, MAX_LIMIT)  # SQLite's LIMIT is 64-bit: a larger request must not overflow it
        flt = filters.for_index()
        terms = parse_terms(query)
        try:
            found = self._collect(query, terms, flt, limit)
            hits = self._hits(found, terms, normalise(query), lang)
            return SearchOutcome(text, hits, None if hits else self._suggest(query, terms, flt, lang))
        except sqlite3.OperationalError:
            # The query is built from quoted words only, so this is not the user's input at fault
            # (a locked file, a missing index): show nothing rather than an SQL error.
            return SearchOutcome(text, [])

    def _collect(
        self, query: str, terms: list[Term], flt: IndexFilter, limit: int
    ) -> dict[tuple[str, str], tuple[TextRow, float]]:
        collector = _Collector(limit)
        norm = " ".join(normalise(query).split())
        collector.add(lambda n: self.index.exact_names(norm, flt, n), EXACT)
        collector.add(lambda n: self.index.prefix_names(norm, flt, n), PREFIX)
        if terms:
            queries = fts_queries(terms)
            for fetch, score in ((self.index.match_names, NAME_WORD), (self.index.match_bodies, BODY_WORD)):
                for match in queries:
                    collector.add(functools.partial(fetch, match, flt), score)
        else:  # punctuation or symbols only: no words for the index, so read the texts themselves
            collector.add(lambda n: self.index.scan(norm, flt, n), SUBSTRING)
        return collector.found

    def _hits(
        self, found: dict[tuple[str, str], tuple[TextRow, float]], terms: list[Term], norm: str, lang: Lang
    ) -> list[SearchHit]:
        names = self.index.names(found)
        hits = []
        for key, (row, score) in found.items():
            title = LocalText.from_mapping(names.get(key)).in_lang(lang) or row.record_id
            snippet, spans = make_snippet(row.value, terms, norm)
            hits.append(SearchHit(Kind(row.kind), row.record_id, title, row.field, snippet, spans, score))
        return hits

    def _suggest(self, query: str, terms: list[Term], flt: IndexFilter, lang: Lang) -> str | None:
        """A name or alias close to what was typed (a misspelling, a missing letter), followed by the record's
        name in the reader's language when that differs: "Pequim (北京)"."""
        latin = [t.text for t in terms if not t.cjk and len(t.text) >= 3]
        probes = [f'latin : "{word[: 3 if len(word) > 4 else 2]}" *' for word in latin]
        probes += [f'cjk1 : "{char}"' for t in terms if t.cjk for char in t.text]
        if not probes:
            return None
        rows = self.index.match_names(" OR ".join(probes[:MAX_TERMS]), flt, 80)
        wanted = " ".join(normalise(query).split())
        matcher = difflib.SequenceMatcher(None, "", wanted)  # the matcher caches what it knows of `wanted`
        # one Chinese character in two is a fair guess (扬洲 → 扬州); Latin needs most letters right
        best: tuple[str, TextRow] | None = None
        best_ratio = 0.49 if any(t.cjk for t in terms) else 0.7
        for row in {row.value: row for row in rows}.values():
            for folded, shown in _candidates(row.value, len(wanted.split())):
                matcher.set_seq1(folded)
                if matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio:
                    ratio = matcher.ratio()
                    if ratio > best_ratio:
                        best, best_ratio = (shown, row), ratio
        if best is None:
            return None
        shown, row = best
        key = (row.kind, row.record_id)
        name = LocalText.from_mapping(self.index.names([key]).get(key)).in_lang(lang)
        return f"{shown} ({name})" if name and normalise(shown) not in normalise(name) else shown


def _candidates(name: str, size: int) -> list[tuple[str, str]]:
    """(folded, as written) for a name and each run of `size` words in it: a query may be close to part of it."""
    shown = name.split()
    folded = normalise(name).split()
    out = [(" ".join(folded), name)]
    if len(folded) > size and len(folded) == len(shown):
        out += [(" ".join(folded[i : i + size]), " ".join(shown[i : i + size])) for i in range(len(folded) - size + 1)]
    return out


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    return normalise(char)


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


def _spans(folded: str, terms: list[Term], norm: str) -> tuple[list[tuple[int, int]], int]:
    """Matched spans in `folded`, merged, and where the snippet should centre (the first term's first match)."""
    patterns = [_term_pattern(term) for term in terms] or ([re.escape(norm)] if norm else [])
    found: list[tuple[int, int]] = []
    focus = -1
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
    first = focus
    start = max(0, min(first - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
    end = start + SNIPPET_CHARS
    lead = "…" if start > 0 else ""
    snippet = lead + text[start:end] + ("…" if end < len(text) else "")
    shift = len(lead) - start
    inside = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start)
    return snippet, inside


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
