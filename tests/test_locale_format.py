"""Numbers, figures and dates read the way each language writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.locale_format import format_date_range, format_figure, format_iso


@pytest.mark.parametrize(
    ("value", "en", "zh", "pt"),
    [
        ("2 million", "2 million", "200万", "2 milhões"),
        ("≈ 22 million", "≈ 22 million", "≈ 2200万", "≈ 22 milhões"),
        ("300,000", "300,000", "30万", "300\xa0000"),
        ("12,345", "12,345", "12,345", "12\xa0345"),
        ("1", "1", "1", "1"),
        ("a third of the budget", "a third of the budget", "a third of the budget", "a third of the budget"),
    ],
)
def test_key_figures_follow_the_readers_number_style(value: str, en: str, zh: str, pt: str) -> None:
    assert [format_figure(value, lang) for lang in (Lang.EN, Lang.ZH, Lang.PT)] == [en, zh, pt]


def test_dates_and_ranges_in_each_language() -> None:
    start, end = dt.date(2023, 7, 2), dt.date(2023, 7, 3)
    assert format_date_range(start, end, Lang.ZH) == "2023年7月2日至3日"
    assert format_date_range(start, end, Lang.PT) == "2–3 de jul. de 2023"
    assert format_iso("2026-01-15", Lang.PT) == "15 de janeiro de 2026"
    assert format_iso("not a date", Lang.EN) == "not a date"


def test_a_year_alone() -> None:
    from iurc_desktop.services.locale_format import format_year

    assert [format_year(2015, lang) for lang in (Lang.EN, Lang.ZH, Lang.PT)] == ["2015", "2015年", "2015"]
