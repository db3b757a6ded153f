"""Dates, numbers and country names in a catalogue language, from Babel's locale data.

Babel is imported on first use, not with this module: the main window imports this module before it first
paints, and nothing on that first paint needs Babel (it is about 10 ms of start-up).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING, Literal

from iurc_desktop.domain.lang import Lang

if TYPE_CHECKING:
    from babel import Locale


@cache
def _locale(lang: Lang) -> Locale:
    from babel import Locale

    return Locale.parse(lang.babel_locale)


def country_name(code: str, lang: Lang) -> str:
    return str(_locale(lang).territories.get(code.upper(), code)) if code else ""


def language_name(code: str, lang: Lang) -> str:
    return str(_locale(lang).languages.get(code, code))


def format_date(value: dt.date | None, lang: Lang, fmt: str = "long") -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=fmt, locale=_locale(lang)) if value else ""


def format_year(year: int, lang: Lang) -> str:
    """A year alone, as each language writes it (2015, 2015年)."""
    from babel.dates import format_skeleton

    return str(format_skeleton("y", dt.date(year, 1, 1), locale=_locale(lang)))


def format_iso(value: str, lang: Lang) -> str:
    """An ISO date or timestamp as stored in metadata, in the reader's language (local time); as is if unreadable."""
    from babel.dates import format_datetime as babel_format_datetime

    try:
        if "T" in value:
            moment = dt.datetime.fromisoformat(value)
            return str(babel_format_datetime(moment.astimezone(), format="medium", locale=_locale(lang)))
        return format_date(dt.date.fromisoformat(value), lang)
    except ValueError:
        return value


def format_date_range(start: dt.date | None, end: dt.date | None, lang: Lang) -> str:
    from babel.dates import format_interval

    if start is None:
        return format_date(end, lang)
    if end is None or end == start:
        return format_date(start, lang)
    return str(format_interval(start, end, skeleton="yMMMd", locale=_locale(lang)))


def join_sentences(sentences: list[str], lang: Lang) -> str:
    """Whole sentences one after another: Chinese runs them on after their "。", the others leave a space."""
    return ("" if lang is Lang.ZH else " ").join(s for s in sentences if s)


def format_number(value: float | int, lang: Lang) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_locale(lang)))


# a key figure as the seeds write it: "2 million", "≈ 22 million", "300,000", "1"
_FIGURE = re.compile(r"^(?P<prefix>[^\d]*?)(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion)?$")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_LARGEST = 1e15  # beyond it a figure is shown as the data writes it


def format_figure(value: str, lang: Lang) -> str:
    """Key-figure values in the reader's number style (2 million → 200万 → 2 milhões); other text as is, and so is
    a figure the reader's style would change: rounded (2.25 million), too large (∞) or too small (0)."""
    from iurc_desktop.storage.search_text import number_tokens

    match = _FIGURE.match(value.strip())
    if not match:
        return value
    styled = _styled_figure(match, lang)
    # read back as search reads numbers in any notation: the same value, or the figure as the data writes it
    return styled if styled and number_tokens(styled) == number_tokens(value) else value


def _styled_figure(match: re.Match[str], lang: Lang) -> str:
    """The figure in the reader's style, or "" where the data's own writing is already theirs."""
    from babel.numbers import format_compact_decimal, format_decimal

    number = float(match["number"].replace(",", ""))
    prefix = match["prefix"]
    amount = number * _SCALES[match["scale"]] if match["scale"] else number
    if amount >= _LARGEST:  # not a figure of this catalogue's world; Babel's rounding would raise on it
        return ""
    if match["scale"]:
        # Chinese has only the short form (万, 亿), which is how it is written anyway
        kind: Literal["long", "short"] = "long" if "long" in _locale(lang).compact_decimal_formats else "short"
        return f"{prefix}{format_compact_decimal(amount, format_type=kind, locale=_locale(lang), fraction_digits=2)}"
    if lang is Lang.ZH and (grouped := _chinese_units(number)):
        return f"{prefix}{grouped}"
    if number >= 1000 or not number.is_integer():
        return f"{prefix}{format_decimal(number, locale=_locale(lang))}"
    return ""


def _chinese_units(number: float) -> str:
    """300000 → "30万", 250000000 → "2.5亿": Chinese counts large numbers in 万 and 亿 — only where that is exact."""
    for unit, sign in ((100_000_000, "亿"), (10_000, "万")):
        scaled = number / unit
        if scaled >= 1 and (scaled * 10).is_integer():
            return f"{scaled:g}{sign}"
    return ""


def warm(lang: Lang) -> None:
    """Loads Babel and `lang`'s locale data (in a worker, before the window needs them for its first list)."""
    format_date(dt.date(2000, 1, 1), lang)
