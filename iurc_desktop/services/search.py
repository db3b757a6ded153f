"""Search over the catalogue in any of its languages, used alike by the GUI and `iurc-desktop search`.

Ranking, best first: a name equal to the query, then an alias (or the pinyin of a Chinese name) equal to it; a
name or alias starting with it; words of a name or alias; words of any other text; every word somewhere in the
record, each in its own script and language ("Bari 广州"); then, only when these find little, near misses
(marked approximate) and records that have some of the words. Within each, by kind (places, case studies,
events …) and catalogue order; a word that names a kind ("webinar", "考察", "reunião") puts that kind first, and
people go below events when the query is about an event.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import sqlite3
from dataclasses import dataclass

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.locale_format import format_figure
from iurc_desktop.services.search_collect import Collector, Found
from iurc_desktop.services.search_fuzzy import Vocabulary, best_suggestion, corrected_terms
from iurc_desktop.services.search_query import (
    MAX_TERMS,
    Query,
    Term,
    body_queries,
    fts_queries,
    fts_query,
    parse_query,
    parse_terms,
)
from iurc_desktop.services.search_snippets import make_snippet, snippet_html, term_matcher
from iurc_desktop.storage.catalogue_read import CatalogueStore
from iurc_desktop.storage.search_index import (
    KIND_ORDER,
    IndexFilter,
    RecordFacts,
    SearchIndex,
    TextRow,
    ensure_search_index,
)
from iurc_desktop.storage.search_text import normalise

__all__ = ["SearchFilters", "SearchHit", "SearchOutcome", "SearchService", "fts_query", "parse_terms", "snippet_html"]

# Score of a hit by how it matched (higher is better); the order of hits is the ranking itself.
EXACT, PREFIX, NAME_WORD, BODY_WORD, RECORD_WORDS, SUBSTRING, SOME_WORDS = 4.0, 3.0, 2.0, 1.0, 0.8, 0.5, 0.2
FEW = 3  # fewer hits than this and near misses are looked for too
NAME_CANDIDATES = 200  # names read for the rarest word when words are combined across a record's names


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
    field: str  # which field matched, e.g. "name", "aliases", "pinyin", "summary", "lessons[1]"
    snippet: str  # plain text around the match, in the language that matched, cut between words
    highlights: tuple[tuple[int, int], ...] = ()  # (start, end) character spans in snippet
    score: float = 0.0
    approximate: str = ""  # the name or words a mistyped query was taken for ("Beijing"); empty if exact
    simplified: str = ""  # the query in Simplified characters, when it was typed in Traditional ones
    partial: bool = False  # has some of the query's words, not all
    facts: RecordFacts | None = None  # date and type of an event, country of a place


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    hits: list[SearchHit]
    suggestion: str | None = None  # a close name to try when nothing (or only near misses) matched
    tried: tuple[str, ...] = ()  # what the search tried, for an empty result: see services.search_labels


MAX_LIMIT = 1_000_000


def _encodable(text: str, filters: SearchFilters) -> bool:
    """No record holds a lone surrogate (SQLite cannot even take one) or an id with NUL: such input matches nothing.
    (A NUL in the query text itself is a control character that clean_query drops.)"""
    ids = (filters.country, filters.programme, filters.network, filters.cluster)
    return not _has_surrogate(text) and not any(value and ("\x00" in value or _has_surrogate(value)) for value in ids)


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


class SearchService:
    def __init__(self, store: CatalogueStore) -> None:
        self.store = store
        # A read-only or locked file keeps the index it has (or none: then searches find nothing).
        with contextlib.suppress(sqlite3.OperationalError):
            ensure_search_index(store.path)
        self.index = SearchIndex(store.path)
        self._vocabulary: Vocabulary | None = None

    def close(self) -> None:
        self.index.close()

    def search(self, text: str, lang: Lang, *, kind: Kind | None = None, limit: int = 20) -> list[SearchHit]:
        filters = SearchFilters(kinds=(kind,) if kind else ())
        return self.run(text, lang, filters, limit).hits

    def run(self, text: str, lang: Lang, filters: SearchFilters = SearchFilters(), limit: int = 20) -> SearchOutcome:
        query = parse_query(text)
        if not query.text or limit <= 0 or not _encodable(text, filters):
            return SearchOutcome(text, [])
        limit = min(limit, MAX_LIMIT)  # SQLite's LIMIT is 64-bit: a larger request must not overflow it
        flt = filters.for_index()
        try:
            collector = self._collect(query, flt, limit)
            found = collector.found
            facts = self.index.facts(found)
            hits = self._hits(query, _by_intent(query, found, facts), facts, lang, collector.names)
            suggestion = None if any(not h.approximate for h in hits) else self._suggest(query, flt, lang)
            return SearchOutcome(text, hits, suggestion, () if hits else _tried(query))
        except sqlite3.OperationalError:
            # The query is built from quoted words only, so this is not the user's input at fault
            # (a locked file, a missing index): show nothing rather than an SQL error.
            return SearchOutcome(text, [])

    def _collect(self, query: Query, flt: IndexFilter, limit: int) -> Collector:
        collector = Collector(limit)
        content = query.content_terms
        if query.kinds and content and not flt.kinds:  # "Bari meeting": Bari's events first, then the rest
            self._words(collector, content, dataclasses.replace(flt, kinds=tuple(sorted(query.kinds))))
        self._exact(collector, query, query.terms, flt)
        if query.kind_terms and content and not collector.full:  # "Bari meeting": Bari, in meetings first
            self._words(collector, content, flt)
        if len(content) > 1 and len(collector.found) < FEW:
            self._record_words(collector, content, flt)
        if len(collector.found) < FEW and content:
            self._near_misses(collector, query, content, flt)
        if not collector.found and len(content) > 1:
            collector.partial = True
            self._take_records(
                collector, self.index.match_any([t.fts() for t in content], flt, limit), content, SOME_WORDS
            )
        return collector

    def _exact(self, collector: Collector, query: Query, terms: list[Term], flt: IndexFilter) -> None:
        """Names equal to or starting with the query, then its words in names and in other texts."""
        norms = (query.norm, query.squashed) if len(query.norm) > len(query.squashed) else (query.norm,)
        collector.add(lambda n: self.index.exact_names(norms, flt, n), EXACT)
        for norm in norms:
            collector.add(functools.partial(self.index.prefix_names, norm, flt), PREFIX)
        if terms:
            self._words(collector, terms, flt)
        else:  # punctuation or symbols only: no words for the index, so read the texts themselves
            collector.add(lambda n: self.index.scan(query.norm, flt, n), SUBSTRING)

    def _words(self, collector: Collector, terms: list[Term], flt: IndexFilter) -> None:
        queries = fts_queries(terms)
        # each query matches only names the last, loosest one matches: where that has none, the others are not run
        if len(queries) > 2 and not collector.full and not self.index.match_names(queries[-1], flt, 1):
            queries = []
        for match in queries:
            collector.add(functools.partial(self.index.match_names, match, flt), NAME_WORD)
        mixed = any(t.cjk for t in terms) and not all(t.cjk for t in terms)
        if mixed and not collector.full:  # "Bari 广州": the English name has one, the Chinese the other
            self._record_words(collector, terms, flt, names_only=True)
        if collector.full:
            return
        for match in body_queries(terms, self.index.completions):
            collector.add(functools.partial(self.index.match_bodies, match, flt), BODY_WORD)

    def _record_words(
        self, collector: Collector, terms: list[Term], flt: IndexFilter, names_only: bool = False
    ) -> None:
        """Every term somewhere in the record: in its name in one language and its summary in another."""
        if names_only:
            keys = self._records_named(terms, flt, collector.names)
        else:
            keys = self.index.match_records([t.fts() for t in terms], flt, collector.limit)
        self._take_records(collector, keys, terms, NAME_WORD if names_only else RECORD_WORDS, names_only)

    def _take_records(
        self,
        collector: Collector,
        keys: list[tuple[str, str]],
        terms: list[Term],
        score: float,
        names_only: bool = False,
    ) -> None:
        """Each record as the name (or summary) that shows most of the terms, their texts read in one query: only
        of records that can still be taken (those taken already may yet show their name instead of an alias)."""
        room = collector.limit - len(collector.found)
        new = [key for key in dict.fromkeys(keys) if key not in collector.found][: max(room, 0)]
        wanted = set(new).union(collector.found)
        keys = [key for key in keys if key in wanted]
        texts = self.index.record_texts(keys, ("name",) if names_only else ("name", "summary"))
        for key in keys:
            rows = [row for row in texts[key] if row.field == "name" or not names_only]
            best = max(rows, key=lambda row: len(make_snippet(_shown_text(row), terms, "")[1]), default=None)
            collector.take(best or TextRow(0, *key, "", "", ""), score)

    def _records_named(
        self, terms: list[Term], flt: IndexFilter, names: dict[tuple[str, str], dict[str, str]]
    ) -> list[tuple[str, str]]:
        """Records whose names (in any language) hold every term: the records named by the rarest term, kept
        where their names have the others too, so a common word ("合作") costs no more than a rare one. The
        names read are added to `names`."""
        counts = [self.index.name_count(term.fts(), NAME_CANDIDATES) for term in terms]
        rarest = terms[counts.index(min(counts))]
        keys, _complete = self.index.name_keys(rarest.fts(), flt, NAME_CANDIDATES)
        names.update(self.index.names(keys))
        others = [term_matcher(term) for term in terms if term != rarest]
        kept = [key for key in keys if all(matches(names.get(key, {}).values()) for matches in others)]
        return sorted(kept, key=lambda key: KIND_ORDER.index(key[0]) if key[0] in KIND_ORDER else 99)

    def _near_misses(self, collector: Collector, query: Query, terms: list[Term], flt: IndexFilter) -> None:
        if self._vocabulary is None:
            self._vocabulary = Vocabulary(self.index.vocabulary())

        def finds(term: Term) -> bool:
            match = term.fts()
            return bool(self.index.match_names(match, flt, 1) or self.index.match_bodies(match, flt, 1))

        corrected = corrected_terms(terms, self._vocabulary, finds)
        if corrected is None:
            return
        words = " ".join(t.text for t in corrected)
        collector.approximate = words
        self._exact(collector, Query(words, corrected, words), corrected, flt)
        if len(corrected) > 1 and len(collector.found) < FEW:
            self._record_words(collector, corrected, flt)
        collector.approximate = ""

    def _hits(
        self,
        query: Query,
        found: list[Found],
        facts: dict[tuple[str, str], RecordFacts],
        lang: Lang,
        known: dict[tuple[str, str], dict[str, str]],
    ) -> list[SearchHit]:
        """The hits, titled by the names in `known` (read while searching) and, for the others, read here."""
        keys = [(f.row.kind, f.row.record_id) for f in found]
        names = known | self.index.names([key for key in keys if key not in known])
        # the same field in the reader's language, where the query matches it too ("2 milhões"): read for all hits
        # in one query
        asked = [
            (*key, f.row.field, lang.value) for key, f in zip(keys, found, strict=True) if _other_lang(f.row, lang)
        ]
        translations = self.index.texts_in(asked)
        simplified = query.norm if query.simplified else ""
        hits = []
        for key, item in zip(keys, found, strict=True):
            title = LocalText.from_mapping(names.get(key)).in_lang(lang) or item.row.record_id
            other = translations.get((*key, item.row.field, lang.value)) if _other_lang(item.row, lang) else None
            hits.append(_hit(query, item, title, other, simplified, facts.get(key), lang))
        return hits

    def _suggest(self, query: Query, flt: IndexFilter, lang: Lang) -> str | None:
        """A name or alias close to what was typed, followed by the record's name in the reader's language when
        that differs: "Pequim (北京)"."""
        latin = [t.text for t in query.terms if not t.cjk and not t.number and len(t.text) >= 3]
        probes = [f'latin : "{word[: 3 if len(word) > 4 else 2]}" *' for word in latin]
        probes += [f'cjk1 : "{char}"' for t in query.terms if t.cjk for char in t.text]
        if not probes:
            return None
        rows = self.index.match_names(" OR ".join(probes[:MAX_TERMS]), flt, 80)
        best = best_suggestion(query.norm, query.terms, rows)
        if best is None:
            return None
        key = (best.row.kind, best.row.record_id)
        name = LocalText.from_mapping(self.index.names([key]).get(key)).in_lang(lang)
        shown = best.shown
        return f"{shown} ({name})" if name and normalise(shown) not in normalise(name) else shown


def _other_lang(row: TextRow, lang: Lang) -> bool:
    """Whether a matched text is in another language than the reader's (and could be shown in theirs)."""
    return row.lang not in ("", lang.value) and row.field != "pinyin"


def _shown_text(row: TextRow, lang: Lang | None = None) -> str:
    """A matched text as its hit shows it: a key figure's label after the figure, written in the reader's
    notation ("2 milhões — investidos em …", "200万 — 投入…"; as the data writes it without `lang`)."""
    if not row.figure:
        return row.value
    return f"{format_figure(row.figure, lang) if lang else row.figure} — {row.value}"


def _hit(
    query: Query,
    item: Found,
    title: str,
    other: TextRow | None,
    simplified: str,
    facts: RecordFacts | None,
    lang: Lang,
) -> SearchHit:
    """A hit's snippet from the text that matched, or from `other`, the same field in the reader's language,
    where the query matches that too."""
    row = item.row
    terms = parse_terms(item.approximate) if item.approximate else query.terms
    snippet, spans = make_snippet(_shown_text(row, lang), terms, query.norm)
    shown = _approximate_label(item, row, snippet, spans)
    if other is not None:
        other_snippet, other_spans = make_snippet(_shown_text(other, lang), terms, query.norm)
        if other_spans:
            row, snippet, spans = other, other_snippet, other_spans
    kind = Kind(row.kind)
    return SearchHit(
        kind, row.record_id, title, row.field, snippet, spans, item.score, shown, simplified, item.partial, facts
    )


def _approximate_label(item: Found, row: TextRow, snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    """What a near miss was taken for: the name as written where it is what was meant ("Beijing"), else the
    words that matched, as the text writes them."""
    if not item.approximate:
        return ""
    if row.field in ("name", "aliases") and normalise(row.value) == item.approximate:
        return row.value
    matched = dict.fromkeys(snippet[s:e] for s, e in spans)
    return " ".join(matched) or item.approximate


def _by_intent(
    query: Query, found: dict[tuple[str, str], Found], facts: dict[tuple[str, str], RecordFacts]
) -> list[Found]:
    """The hits in ranking order, with the kinds the query names first (a "webinar" query: webinars, then other
    events) and people after events for a query about an event (a speaker must not come before the meeting)."""
    items = list(found.values())
    event_like = "event" in query.kinds or any(f.row.kind == "event" and f.score >= NAME_WORD for f in items)

    def key(item: Found) -> tuple[int, int, int]:
        kind = item.row.kind
        fact = facts.get((kind, item.row.record_id))
        named = not query.kinds or kind in query.kinds
        subtype = not query.subtypes or (fact is not None and fact.subtype in query.subtypes)
        return (0 if named else 1), (0 if named and subtype else 1), (1 if event_like and kind == "person" else 0)

    return sorted(items, key=key)  # stable: the collector's order within each group


def _tried(query: Query) -> tuple[str, ...]:
    """What was tried for a query that found nothing, as keys services.search_labels words."""
    tried = ["names", "texts"]
    if any(not t.cjk and not t.number for t in query.terms):
        tried.append("spellings")
    if query.simplified:
        tried.append("simplified")
    if any(not t.cjk and not t.number for t in query.terms):
        tried.append("pinyin")
    if any(t.number for t in query.terms):
        tried.append("numbers")
    if len(query.content_terms) > 1:
        tried.append("some-words")
    return tuple(tried)
