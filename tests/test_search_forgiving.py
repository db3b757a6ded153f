"""Issue #14 on the real catalogue: what search forgives (typos, Traditional characters, pinyin, mixed scripts,
numbers in any notation), how it ranks by intent, and what its results say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.services import search_labels
from iurc_desktop.services.search import SearchService
from iurc_desktop.services.search_query import parse_query
from iurc_desktop.storage.catalogue_db import CatalogueStore, write_catalogue
from iurc_desktop.storage.search_text import number_tokens, pinyin, to_simplified
from tests.test_search_catalogue import CONTENT


@pytest.fixture(scope="module")
def search(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    """The real catalogue, written and indexed once for the module."""
    path = tmp_path_factory.mktemp("real") / "catalogue.sqlite3"
    write_catalogue(CONTENT, path, {"version": "test"})
    store = CatalogueStore(path)
    service = SearchService(store)
    yield service
    service.close()
    store.close()


def top(service: SearchService, query: str, lang: Lang, n: int = 3) -> list[tuple[Kind, str]]:
    return [(hit.kind, hit.id) for hit in service.search(query, lang, limit=20)[:n]]


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("Bejing", Lang.EN, "beijing"),
        ("Barcelna", Lang.EN, "barcelona"),
        ("Bejing", Lang.ZH, "beijing"),
        ("Pequin", Lang.PT, "beijing"),
        ("Guanzhou", Lang.ZH, "guangzhou"),
        ("Barcleona", Lang.PT, "barcelona"),  # a transposition
        ("Chengduu", Lang.EN, "chengdu"),  # a doubled letter
    ],
)
def test_typos_find_the_place_marked_approximate(search: SearchService, query: str, lang: Lang, expected: str) -> None:
    hits = search.search(query, lang)
    assert (Kind.PLACE, expected) in [(h.kind, h.id) for h in hits[:3]]
    place = next(h for h in hits if h.id == expected)
    assert place.approximate
    assert search_labels.why(place, lang)  # "approximate: Beijing", in the reader's language


def test_exact_hits_rank_above_approximate_ones(search: SearchService) -> None:
    hits = search.search("Beijing", Lang.EN)
    assert hits[0].id == "beijing" and not any(h.approximate for h in hits)


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("青島", Lang.ZH, "qingdao"),
        ("重慶", Lang.EN, "chongqing"),
        ("汕頭", Lang.PT, "shantou"),
        ("廣州", Lang.ZH, "guangzhou"),
    ],
)
def test_traditional_characters_find_the_simplified_record(
    search: SearchService, query: str, lang: Lang, expected: str
) -> None:
    hits = search.search(query, lang)
    assert hits[0].kind is Kind.PLACE and hits[0].id == expected  # the same city, never a neighbour
    assert hits[0].simplified == to_simplified(query)


def test_a_traditional_phrase_finds_its_simplified_text(search: SearchService) -> None:
    assert any(h.id == "beijing" for h in search.search("北京", Lang.ZH)[:3])
    assert search.search("國際", Lang.ZH)  # 国际: in many Simplified texts


@pytest.mark.parametrize("query", ["cheng du", "chengdu", "Chengdu", "cheng du "])
def test_pinyin_spaced_or_joined_finds_chengdu_first_in_chinese(search: SearchService, query: str) -> None:
    hits = search.search(query, Lang.ZH)
    assert (hits[0].kind, hits[0].id) == (Kind.PLACE, "chengdu")
    assert hits[0].title == "成都"


def test_chinese_names_are_indexed_by_their_pinyin(search: SearchService) -> None:
    spoken = pinyin("重庆两江新区")
    assert spoken is not None and spoken.syllables == "chong qing liang jiang xin qu"  # 重 read chong, not zhong
    assert spoken.joined == "chongqingliangjiangxinqu" and "liangjiang" in spoken.words.split()
    assert (Kind.PLACE, "chongqing-liangjiang") in top(search, "liangjiang", Lang.ZH)
    assert (Kind.PLACE, "chongqing-liangjiang") in top(search, "chongqing liangjiang", Lang.ZH)
    assert (Kind.PLACE, "chongqing") in top(search, "chong qing", Lang.ZH)


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("Bari 广州", Lang.EN, (Kind.PARTNERSHIP, "bari--guangzhou")),
        ("Bari 广州", Lang.ZH, (Kind.PARTNERSHIP, "bari--guangzhou")),
        ("Bari Cantão", Lang.PT, (Kind.PARTNERSHIP, "bari--guangzhou")),
        ("广州 Bari", Lang.PT, (Kind.PARTNERSHIP, "bari--guangzhou")),
    ],
)
def test_mixed_scripts_find_the_record_with_both(
    search: SearchService, query: str, lang: Lang, expected: tuple[Kind, str]
) -> None:
    assert top(search, query, lang)[0] == expected


def test_words_that_no_record_has_together_fall_back_to_some_of_them(search: SearchService) -> None:
    hits = search.search("Bari qqqxxz", Lang.EN)
    assert hits and all(h.partial for h in hits)
    assert (Kind.PLACE, "bari") in [(h.kind, h.id) for h in hits[:3]]


@pytest.mark.parametrize("query", ["2,000,000", "2 000 000", "2 million", "2 milhões", "200万", "2000000"])
@pytest.mark.parametrize("lang", [Lang.EN, Lang.ZH, Lang.PT])
def test_a_figure_in_any_notation_finds_the_record_that_states_it(
    search: SearchService, query: str, lang: Lang
) -> None:
    hits = search.search(query, lang)
    assert (Kind.CASE_STUDY, "cs-nci-bologna-yangzhou") in [(h.kind, h.id) for h in hits[:3]]
    hit = next(h for h in hits if h.id == "cs-nci-bologna-yangzhou")
    # the figure is written as the reader writes numbers, and highlighted whatever notation was typed
    figure = {Lang.EN: "2 million", Lang.ZH: "200万", Lang.PT: "2 milhões"}[lang]
    assert hit.snippet.startswith(f"{figure} — ")
    assert [hit.snippet[start:end] for start, end in hit.highlights][:1] == [figure]


def test_numbers_are_read_in_each_notation(search: SearchService) -> None:
    assert number_tokens("近2200万人") == ["n22000000"] == number_tokens("almost 22 million")
    assert number_tokens("2,5 milhões") == ["n2500000"]
    assert number_tokens("300,000") == number_tokens("300 000") == number_tokens("300.000") == ["n300000"]
    assert number_tokens("Ioannina2") == []  # digits inside a word are not a figure
    assert (Kind.PLACE, "beijing") in top(search, "22 milhões", Lang.PT)


@pytest.mark.parametrize(
    ("query", "lang", "kind"),
    [
        ("Beijing visit", Lang.EN, Kind.EVENT),
        ("visita Pequim", Lang.PT, Kind.EVENT),
        ("北京考察", Lang.ZH, Kind.EVENT),
        ("Yangzhou case study", Lang.EN, Kind.CASE_STUDY),
        ("Bari reunião", Lang.PT, Kind.EVENT),
        ("广州 会议", Lang.ZH, Kind.EVENT),
    ],
)
def test_a_kind_word_puts_that_kind_first(search: SearchService, query: str, lang: Lang, kind: Kind) -> None:
    assert parse_query(query).kinds
    assert search.search(query, lang)[0].kind is kind


def test_study_visit_to_beijing_is_the_first_visit(search: SearchService) -> None:
    assert top(search, "Beijing visit", Lang.EN, 1) == [(Kind.EVENT, "visit-2023-beijing")]


def test_people_rank_below_events_for_an_event_query(search: SearchService) -> None:
    hits = search.search("webinar nature-based solutions", Lang.EN, limit=40)
    kinds = [h.kind for h in hits]
    assert Kind.EVENT in kinds
    if Kind.PERSON in kinds:
        assert max(i for i, k in enumerate(kinds) if k is Kind.EVENT) < min(
            i for i, k in enumerate(kinds) if k is Kind.PERSON
        )


def test_names_rank_above_aliases_and_words(search: SearchService) -> None:
    hits = search.search("Pequim", Lang.PT)
    assert (hits[0].kind, hits[0].id) == (Kind.PLACE, "beijing")
    assert hits[0].title == "Pequim"


def test_results_say_what_sets_them_apart(search: SearchService) -> None:
    place = search.search("Bari", Lang.PT)[0]
    assert search_labels.detail(place, Lang.PT) == "Itália"
    event = next(h for h in search.search("Beijing visit", Lang.EN) if h.kind is Kind.EVENT)
    assert "2023" in search_labels.detail(event, Lang.EN)
    assert "2023" in search_labels.detail(event, Lang.ZH)


def test_snippets_are_never_cut_mid_word(search: SearchService) -> None:
    import re

    from iurc_desktop.domain.codec import texts

    whole = {w for r in CONTENT.all() for _p, t in texts(r) for v in t.all_values() for w in re.findall(r"\w+", v)}
    for query in ("sponge", "cooperation", "Beijing", "solucoes", "smart city"):
        for hit in search.search(query, Lang.EN):
            body = hit.snippet.removeprefix("…").removesuffix("…")
            words = re.findall(r"\w+", body)
            assert words and words[0] in whole and words[-1] in whole, hit.snippet


def test_an_empty_result_says_what_was_tried_in_each_language(search: SearchService) -> None:
    outcome = search.run("qqqxxzz", Lang.EN)
    assert outcome.hits == [] and "spellings" in outcome.tried
    assert "similar spellings" in search_labels.empty_message(outcome, Lang.EN)
    assert "相近拼写" in search_labels.empty_message(outcome, Lang.ZH)
    assert "grafias semelhantes" in search_labels.empty_message(outcome, Lang.PT)
    assert search_labels.count(3, Lang.PT) == "3 resultados"
