"""Whatever a user types or pastes into the search box, search answers without an error."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.search import SearchFilters, SearchService
from iurc_desktop.storage.catalogue_db import CatalogueStore
from tests.test_search import search_records, write

FTS_SYNTAX = [*'"()*^:+-{}\\%_', "AND", "OR", "NOT", "NEAR", "NEAR(", "col:"]
WORDS = ["郑州", "汕", "Cantão", "zheng", "sponge", "city", "\x00", "\u202e", "\U0002a700", "\ufffd", " ", "\n"]
# what the forgiving parts read: numbers and scales, Traditional characters, kind words, near misses
WORDS += ["2,000,000", "2 000", "200万", "1e999", "９９", "٣", "milhões", "亿", "青島", "會議", "webinar", "visita"]
WORDS += ["Zhengzou", "Cantao", "chengdu", "cheng du", "\ud800", "\udfff", "9" * 400, ",", "."]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    path = write(search_records(), tmp_path_factory.mktemp("hostile") / "catalogue.sqlite3")
    store = CatalogueStore(path)
    search = SearchService(store)
    yield search
    search.close()
    store.close()


hostile_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(FTS_SYNTAX + WORDS), max_size=12).map("".join),
    st.lists(st.sampled_from(FTS_SYNTAX + WORDS), max_size=12).map(" ".join),
)

maybe_text = st.none() | st.sampled_from(["CN", "RO", "iurc", "cl-water", "net-green"]) | st.text(max_size=8)
hostile_filters = st.builds(
    SearchFilters,
    kinds=st.lists(st.sampled_from(list(Kind)), max_size=3).map(tuple),
    country=maybe_text,
    programme=maybe_text,
    network=maybe_text,
    cluster=maybe_text,
    date_from=st.none() | st.dates(),
    date_to=st.none() | st.dates(),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=hostile_text, lang=st.sampled_from(list(Lang)), limit=st.integers(-1, 50), filters=hostile_filters)
def test_any_input_gives_hits_or_nothing_never_an_error(
    service: SearchService, query: str, lang: Lang, limit: int, filters: SearchFilters
) -> None:
    outcome = service.run(query, lang, filters, limit=limit)
    assert len(outcome.hits) <= max(limit, 0)
    for hit in outcome.hits:
        assert hit.title
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "NEAR(郑州 汕头, 2)",
        "AND(",
        "zheng* OR ^ -city",
        "col:zhengzhou",
        "x" * 100_000,
        "郑" * 5_000,
        "\x00\x01\x02郑州\x7f",
        "a\u0301\u0301\u0301",
        "\ud800郑州\udfff",  # lone surrogates (the service boundary may strip them first)
        "2" + ",000" * 2000,
        "9" * 5_000 + "万",
        "Zhengzou " * 50,
        "webinar meeting visita 会议 考察",
        "會議 青島 2 milhões Bejing",
    ],
)
def test_fts_syntax_and_huge_input_are_taken_as_text(service: SearchService, query: str) -> None:
    outcome = service.run(query, Lang.EN)
    assert isinstance(outcome.hits, list)


def test_control_characters_do_not_hide_a_match(service: SearchService) -> None:
    assert service.search("\x00郑州\x1b", Lang.EN)[0].id == "zhengzhou"
