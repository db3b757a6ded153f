"""Dates, numbers and country names in a catalogue language, from Babel's locale data."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.dates import format_interval
from babel.numbers import format_decimal

from iurc_desktop.domain.lang import Lang


@cache
def _locale(lang: Lang) -> Locale:
    return Locale.parse(lang.babel_locale)


def country_name(code: str, lang: Lang) -> str:
    return str(_locale(lang).territories.get(code.upper(), code)) if code else ""


def language_name(code: str, lang: Lang) -> str:
    return str(_locale(lang).languages.get(code, code))


def format_date(value: dt.date | None, lang: Lang, fmt: str = "long") -> str:
    return babel_format_date(value, format=fmt, locale=_locale(lang)) if value else ""


def format_iso(value: str, lang: Lang) -> str:
    """An ISO date or timestamp as stored in metadata, in the reader's language (local time); as is if unreadable."""
    try:
        if "T" in value:
            moment = dt.datetime.fromisoformat(value)
            return str(babel_format_datetime(moment.astimezone(), format="medium", locale=_locale(lang)))
        return format_date(dt.date.fromisoformat(value), lang)
    except ValueError:
        return value


def format_date_range(start: dt.date | None, end: dt.date | None, lang: Lang) -> str:
    if start is None:
        return format_date(end, lang)
    if end is None or end == start:
        return format_date(start, lang)
    return str(format_interval(start, end, skeleton="yMMMd", locale=_locale(lang)))


def format_number(value: float | int, lang: Lang) -> str:
    return str(format_decimal(value, locale=_locale(lang)))
