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
        ("1", "1", "1", "1"),
        ("2.25 million", "2.25 million", "225万", "2,25 milhões"),
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


def test_chinese_counts_large_figures_in_wan_and_yi_only_where_exact() -> None:
    from iurc_desktop.domain.lang import Lang
    from iurc_desktop.services.locale_format import format_figure

    assert format_figure("300,000", Lang.ZH) == "30万"
    assert format_figure("250000000", Lang.ZH) == "2.5亿"
    assert format_figure("12,345", Lang.ZH) == "12,345"  # 1.2345万 would round a stated figure
    assert format_figure("300,000", Lang.PT) == "300\xa0000"


@pytest.mark.parametrize("value", ["9" * 400, "9" * 40 + " million", "0.0000001", "2.125 million"])
def test_a_figure_no_style_can_write_exactly_stays_as_the_data_writes_it(value: str) -> None:
    # never a different number: not ∞ for a huge one, 0 for a tiny one, nor a rounded 2.1 million
    assert {format_figure(value, lang) for lang in Lang} == {value}
