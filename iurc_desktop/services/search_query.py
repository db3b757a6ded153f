"""A query, cut into terms the index can match: Latin words, Chinese runs and numbers, each in its own script.

The query is never handed to FTS5 as typed: every term is quoted here, so no input can cause an FTS syntax
error. Chinese is folded to Simplified first (青島 → 青岛), and words that name a kind of record ("webinar",
"考察", "reunião") are taken out of the terms and kept as the query's intent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from iurc_desktop.storage.search_text import (
    CJK_RUN,
    NUMBER,
    normalise,
    number_token,
    number_value,
    to_simplified,
)

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MAX_COMPLETIONS = 8  # more words than this start with a half-typed one: FTS5's prefix query is the cheaper
_PLAIN_WORD = re.compile(r"[a-z0-9]+")  # a word FTS5's tokenizer keeps as it is, so it can be spelled out as typed
_WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]")

# Words that name a kind of record, folded, in the three languages: (kind, event type or "").
KIND_WORDS: dict[str, tuple[str, str]] = {
    "meeting": ("event", "meeting"),
    "meetings": ("event", "meeting"),
    "reuniao": ("event", "meeting"),
    "reunioes": ("event", "meeting"),
    "会议": ("event", "meeting"),
    "会晤": ("event", "meeting"),
    "webinar": ("event", "webinar"),
    "webinars": ("event", "webinar"),
    "webinario": ("event", "webinar"),
    "webinarios": ("event", "webinar"),
    "网络研讨会": ("event", "webinar"),
    "visit": ("event", "study-visit"),
    "visits": ("event", "study-visit"),
    "visita": ("event", "study-visit"),
    "visitas": ("event", "study-visit"),
    "考察": ("event", "study-visit"),
    "访问": ("event", "study-visit"),
    "conference": ("event", "conference"),
    "conferencia": ("event", "conference"),
    "大会": ("event", "conference"),
    "workshop": ("event", "workshop"),
    "研讨会": ("event", "workshop"),
    "exhibition": ("event", "exhibition"),
    "exposicao": ("event", "exhibition"),
    "展览": ("event", "exhibition"),
    "event": ("event", ""),
    "events": ("event", ""),
    "evento": ("event", ""),
    "eventos": ("event", ""),
    "活动": ("event", ""),
    "case study": ("case-study", ""),
    "case studies": ("case-study", ""),
    "estudo de caso": ("case-study", ""),
    "estudos de caso": ("case-study", ""),
    "案例": ("case-study", ""),
    "案例研究": ("case-study", ""),
    "partnership": ("partnership", ""),
    "parceria": ("partnership", ""),
    "合作伙伴关系": ("partnership", ""),
    "结对": ("partnership", ""),
}
_LATIN_KIND = re.compile(
    r"(?<![^\W_])(" + "|".join(re.escape(w) for w in sorted(KIND_WORDS, key=len, reverse=True) if w.isascii()) + r")"
    r"(?![^\W_])"
)
_CJK_KIND = re.compile("|".join(re.escape(w) for w in sorted(KIND_WORDS, key=len, reverse=True) if not w.isascii()))


@dataclass(frozen=True)
class Term:
    """One part of a query: a folded Latin word (prefix-matched if last), a run of Chinese characters, or a
    number in its indexed form ("n2000000")."""

    text: str
    cjk: bool = False
    prefix: bool = False
    number: bool = False

    def fts(self) -> str:
        if self.number or not self.cjk:
            return f'latin : "{self.text}"' + (" *" if self.prefix else "")
        if len(self.text) == 1:
            return f'cjk1 : "{self.text}"'
        return 'cjk2 : "' + " ".join(self.text[i : i + 2] for i in range(len(self.text) - 1)) + '"'


@dataclass(frozen=True)
class Query:
    """What was typed, cleaned; its terms; the kinds its words name; how it was folded."""

    text: str  # cleaned, as typed
    terms: list[Term]
    norm: str  # folded whole, for exact and prefix name lookups
    kinds: frozenset[str] = frozenset()  # kinds named by a word of the query ("webinar" → event)
    subtypes: frozenset[str] = frozenset()  # event types named ("webinar")
    kind_terms: list[Term] = field(default_factory=list)  # the terms those words made
    simplified: bool = False  # Traditional characters were folded to Simplified

    @property
    def squashed(self) -> str:
        """Latin words run together: "cheng du" → "chengdu" (pinyin typed a syllable at a time)."""
        return self.norm.replace(" ", "")

    @property
    def content_terms(self) -> list[Term]:
        return [term for term in self.terms if term not in self.kind_terms]


def clean_query(text: str) -> str:
    """The query without control characters or lone surrogates, whitespace collapsed, cut to a sane length."""
    return " ".join(_CONTROL.sub(" ", text).split())[:MAX_QUERY_CHARS]


def _text_terms(text: str) -> list[Term]:
    """Latin words and Chinese runs of a part of a query that has no number."""
    terms: list[Term] = []
    position = 0
    for run in CJK_RUN.finditer(text):
        terms += [Term(w) for w in _WORD.findall(normalise(text[position : run.start()]))]
        terms.append(Term(run.group(), cjk=True))
        position = run.end()
    return terms + [Term(w) for w in _WORD.findall(normalise(text[position:]))]


def parse_terms(query: str) -> list[Term]:
    """Terms of an already cleaned query, in order, each once, at most MAX_TERMS."""
    terms: list[Term] = []
    position = 0
    typing_digits = False
    for match in NUMBER.finditer(query):  # numbers first, so "200万" is a number, not 200 and the character 万
        terms += _text_terms(query[position : match.start()])
        value = number_value(match)
        terms += [Term(number_token(value), number=True)] if value is not None else []
        position = match.end()
        typing_digits = match.group().isdigit() and position == len(query)
    terms += _text_terms(query[position:])
    terms = list(dict.fromkeys(terms))[:MAX_TERMS]
    last = terms[-1] if terms else None
    # the word being typed is also the start of longer ones; so are plain digits ("20" → 2019), never "2 million"
    if last and not last.cjk and not query[-1:].isspace() and (not last.number or typing_digits):
        terms[-1] = Term(last.text, prefix=True, number=last.number)
    return terms


def _kind_intent(text: str) -> tuple[str, list[str]]:
    """`text` (folded) without its kind words, and those words."""
    found: list[str] = []

    def take(match: re.Match[str]) -> str:
        found.append(match.group())
        return " "

    rest = _LATIN_KIND.sub(take, normalise(text))
    return _CJK_KIND.sub(take, rest), found


def parse_query(text: str) -> Query:
    cleaned = clean_query(text)
    simplified = to_simplified(cleaned)
    terms = parse_terms(simplified)
    rest, words = _kind_intent(simplified)
    intents = [KIND_WORDS[word] for word in words]
    kind_terms: list[Term] = []
    if words and rest.strip():  # a query that is only "webinar" searches for the word itself
        # "成都考察" is 成都 and the kind word 考察; "Bari meeting" is bari and meeting
        kind_terms = [Term(word, cjk=not word.isascii()) for word in dict.fromkeys(words) if " " not in word]
        terms = list(dict.fromkeys([*parse_terms(rest), *kind_terms]))[:MAX_TERMS]
    return Query(
        text=cleaned,
        terms=terms,
        norm=" ".join(normalise(simplified).split()),
        kinds=frozenset(kind for kind, _ in intents),
        subtypes=frozenset(sub for _, sub in intents if sub),
        kind_terms=kind_terms,
        simplified=simplified != cleaned,
    )


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
        variants.insert(0, [*terms[:-1], Term(terms[-1].text, number=terms[-1].number)])
    phrases = [phrase_query(v) for v in variants] if _plain(terms) else []
    return [*phrases, *(fts_query(v) for v in variants)]


def _plain(terms: list[Term]) -> bool:
    """Whether the terms are Latin words that can be looked for side by side."""
    return len(terms) > 1 and not any(t.cjk or t.number for t in terms)


Completions = Callable[[str, int], "list[str] | None"]  # the index's words that start with one; None: too many


def body_queries(terms: list[Term], completions: Completions) -> list[str]:
    """fts_queries for the texts other than names, each half-typed variant cut to the words it adds: it comes
    right after the same query with that word whole, whose matches are taken by then, so "sponge cit" reads
    "sponge" with "city" or "cities", not "cit" again. (Hits are the same; FTS5's own prefix query merges the
    matches of every completion before it returns its first row, where these read them as they go.)"""
    last = terms[-1]
    others = _other_completions(last, completions)
    if others is None:
        return fts_queries(terms)
    whole = [*terms[:-1], Term(last.text, number=last.number)]
    queries: list[str] = []
    if _plain(terms):
        queries.append(phrase_query(whole))
        heads = " ".join(t.text for t in terms[:-1])
        queries += [f"latin : ({_any_of([f'{heads} {word}' for word in others])})"] if others else []
    queries.append(fts_query(whole))
    if others:
        queries.append(" AND ".join([*(t.fts() for t in terms[:-1]), f"latin : ({_any_of(others)})"]))
    return queries


def _other_completions(last: Term, completions: Completions) -> list[str] | None:
    """The longer words a half-typed last term stands for, or None where FTS5's prefix query is to be kept: a
    word of one letter (too many), or one the tokenizer might spell otherwise than the index."""
    if not last.prefix or len(last.text) < 2 or not _PLAIN_WORD.fullmatch(last.text):
        return None
    words = completions(last.text, MAX_COMPLETIONS)
    if words is None or not all(_PLAIN_WORD.fullmatch(word) for word in words):
        return None
    return [word for word in words if word != last.text]


def _any_of(words: list[str]) -> str:
    return " OR ".join(f'"{word}"' for word in words)
