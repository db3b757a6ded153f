"""The words around search results, in the reader's language, for the window and the command line alike:
why a hit matched, what tells it apart, how many there are, and what was tried when nothing matched."""

from __future__ import annotations

import datetime as dt

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.i18n import translate
from iurc_desktop.services.locale_format import join_sentences
from iurc_desktop.services.search import SearchHit, SearchOutcome

CONTEXT = "Search"

APPROXIMATE = QT_TRANSLATE_NOOP("Search", "approximate: {name}")
SIMPLIFIED = QT_TRANSLATE_NOOP("Search", "Traditional → Simplified: {text}")
PINYIN = QT_TRANSLATE_NOOP("Search", "pinyin: {text}")
PARTIAL = QT_TRANSLATE_NOOP("Search", "has some of the words")
ONE_RESULT = QT_TRANSLATE_NOOP("Search", "1 result")
RESULTS = QT_TRANSLATE_NOOP("Search", "{count} results")
NO_MATCH = QT_TRANSLATE_NOOP("Search", "No match for “{query}”.")
TRIED = QT_TRANSLATE_NOOP("Search", "Tried: {list}.")
DID_YOU_MEAN = QT_TRANSLATE_NOOP("Search", "Did you mean “{suggestion}”?")
ONLY_NEAR = QT_TRANSLATE_NOOP("Search", "No exact match for “{query}”; these are close.")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Search", ", ")
TRIED_WHAT = {
    "names": QT_TRANSLATE_NOOP("Search", "names and aliases"),
    "texts": QT_TRANSLATE_NOOP("Search", "every text in three languages"),
    "spellings": QT_TRANSLATE_NOOP("Search", "similar spellings"),
    "simplified": QT_TRANSLATE_NOOP("Search", "Simplified characters"),
    "pinyin": QT_TRANSLATE_NOOP("Search", "pinyin of Chinese names"),
    "numbers": QT_TRANSLATE_NOOP("Search", "the number in other notations"),
    "some-words": QT_TRANSLATE_NOOP("Search", "records with only some of the words"),
}


def _t(source: str, lang: Lang, **params: object) -> str:
    text = translate(CONTEXT, source, lang)
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def why(hit: SearchHit, lang: Lang) -> str:
    """Why a hit matched, where that is not plain to see: "approximate: Beijing", "pinyin: chengdu"."""
    parts = []
    if hit.approximate:
        parts.append(_t(APPROXIMATE, lang, name=hit.approximate))
    if hit.simplified:
        parts.append(_t(SIMPLIFIED, lang, text=hit.simplified))
    if hit.field == "pinyin":
        parts.append(_t(PINYIN, lang, text=hit.snippet))
    if hit.partial:
        parts.append(_t(PARTIAL, lang))
    return " · ".join(parts)


def detail(hit: SearchHit, lang: Lang) -> str:
    """What tells the record apart from others of its name: an event's date, a place's country."""
    from iurc_desktop.services.locale_format import country_name, format_date_range, format_year

    facts = hit.facts
    if facts is None:
        return ""
    if facts.start:
        try:
            start = dt.date.fromisoformat(facts.start)
            end = dt.date.fromisoformat(facts.end) if facts.end else None
        except ValueError:
            return facts.start
        return format_date_range(start, end, lang)
    if facts.year:
        return format_year(int(facts.year), lang)
    if facts.country:
        return country_name(facts.country, lang)
    return ""


def kind_label(hit: SearchHit, lang: Lang) -> str:
    """The kind of a hit in the singular, an event by its type: "Place", "Webinar", "Study visit"."""
    from iurc_desktop.services.vocabulary import event_type_name, kind_name

    subtype = hit.facts.subtype if hit.facts else None
    if hit.kind is Kind.EVENT and subtype:
        return event_type_name(subtype, lang)
    return kind_name(hit.kind, lang)


def count(n: int, lang: Lang) -> str:
    return _t(ONE_RESULT, lang) if n == 1 else _t(RESULTS, lang, count=n)


def empty_message(outcome: SearchOutcome, lang: Lang) -> str:
    """For a search that found nothing: what was typed, what was tried, and a suggestion if there is one."""
    separator = translate(CONTEXT, LIST_SEPARATOR, lang)
    tried = separator.join(_t(TRIED_WHAT[key], lang) for key in outcome.tried if key in TRIED_WHAT)
    lines = [_t(NO_MATCH, lang, query=outcome.query.strip())]
    if tried:
        lines.append(_t(TRIED, lang, list=tried))
    return join_sentences(lines, lang)


def near_message(outcome: SearchOutcome, lang: Lang) -> str:
    return _t(ONLY_NEAR, lang, query=outcome.query.strip())


def suggestion_message(suggestion: str, lang: Lang) -> str:
    return _t(DID_YOU_MEAN, lang, suggestion=suggestion)
