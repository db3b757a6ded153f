"""Hits over many records read their texts in a few statements, whatever their number, and show the same
snippets; half-typed words in other texts are read as the words they complete, with the same hits as FTS5's
own prefix query (issue #14)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import CaseStudy, Event, Kind, Place, Record
from iurc_desktop.services.search import SearchFilters, SearchHit, SearchService
from iurc_desktop.storage.catalogue_db import CatalogueStore, write_catalogue


def text(en: str, zh: str = "", pt: str = "") -> LocalText:
    return LocalText(en=en, zh=zh, pt=pt)


def ports(count: int) -> list[Record]:
    """Places named in English and Portuguese by a Latin word, in Chinese by 广州; their summaries hold a
    figure in the notation of each language."""
    return [
        Place(
            f"p{i:02}",
            text(f"Bari harbour {i:02}", f"广州港{i:02}", f"Porto de Bari {i:02}"),
            text(f"Invested 2 million in berth {i:02}.", "投资200万。", f"Investiu 2 milhões no cais {i:02}."),
            country="CN",
        )
        for i in range(count)
    ]


def words() -> list[Record]:
    """Texts with words that start alike ("city", "cities", "citizen") side by side and apart, in two languages."""
    summaries = [
        "A sponge city pilot.",
        "Sponge cities store rain.",
        "Every citizen of the sponge district.",
        "The city has a sponge park.",
        "Low carbon transport for the city.",
        "Low carbon transportation and transports.",
        "Carbon low, transport later.",
        "Uma cidade esponja com transportes de baixo carbono.",
        "Built in 2019 and 2020, 20 parks.",
    ]
    records: list[Record] = [
        CaseStudy(f"cs{i}", text(f"Case {i}", f"案例{i}"), text(summary, f"海绵城市{i}", summary))
        for i, summary in enumerate(summaries)
    ]
    records += [Event(f"e{i}", text(f"Visit {i}"), text(summary)) for i, summary in enumerate(summaries)]
    return records


def store_of(records: Sequence[Record], dest: Path) -> CatalogueStore:
    content = CatalogueContent()
    for record in records:
        assert content.add(record, "test.toml") is None
    write_catalogue(content, dest, {"version": "1"})
    return CatalogueStore(dest)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    store = store_of(words(), tmp_path_factory.mktemp("words") / "catalogue.sqlite3")
    search = SearchService(store)
    yield search
    search.close()
    store.close()


def shown(hits: list[SearchHit]) -> list[tuple[str, str, str, str, tuple[tuple[int, int], ...]]]:
    return [(h.id, h.title, h.field, h.snippet, h.highlights) for h in hits]


def statements(search: SearchService, query: str, lang: Lang) -> tuple[list[SearchHit], list[str]]:
    seen: list[str] = []
    with search.index.traced(seen.append):
        hits = search.search(query, lang, limit=50)
    return hits, [sql for sql in seen if not sql.startswith("--")]  # FTS5's own reads come as comments


@pytest.mark.parametrize("count", [3, 12])
def test_a_record_level_match_shows_each_hit_in_the_readers_language(tmp_path: Path, count: int) -> None:
    store = store_of(ports(count), tmp_path / "c.sqlite3")
    search = SearchService(store)
    hits = search.search("Bari 广州", Lang.PT, limit=50)  # a Latin name has one word, the Chinese one the other
    assert [(h.id, h.field, h.snippet, h.highlights) for h in hits] == [
        (f"p{i:02}", "name", f"Porto de Bari {i:02}", ((9, 13),)) for i in range(count)
    ]
    hits = search.search("2 milhões", Lang.EN, limit=50)  # the figure in the reader's notation
    assert [(h.snippet, h.highlights) for h in hits] == [
        (f"Invested 2 million in berth {i:02}.", ((9, 18),)) for i in range(count)
    ]
    search.close()
    store.close()


def test_texts_of_hits_are_read_in_statements_as_many_for_three_hits_as_for_twelve(tmp_path: Path) -> None:
    budgets = []
    for count in (3, 12):
        store = store_of(ports(count), tmp_path / f"c{count}.sqlite3")
        search = SearchService(store)
        for query, lang in (("Bari 广州", Lang.PT), ("2 milhões", Lang.EN), ("Porto Bari", Lang.ZH)):
            hits, sql = statements(search, query, lang)
            assert len(hits) == count
            budgets.append((count, query, len(sql)))
        search.close()
        store.close()
    assert [n for count, _, n in budgets if count == 3] == [n for count, _, n in budgets if count == 12]


@pytest.mark.parametrize(
    "query",
    ["sponge cit", "sponge ci", "cit", "sponge city", "low carbon transp", "carbon transport", "transp", "2", "20"],
)
@pytest.mark.parametrize("lang", [Lang.EN, Lang.PT])
def test_half_typed_words_find_what_fts5s_prefix_query_finds(
    service: SearchService, monkeypatch: pytest.MonkeyPatch, query: str, lang: Lang
) -> None:
    spelled = service.run(query, lang, limit=7)  # a small limit: the rows of several queries make the hits
    with monkeypatch.context() as patch:
        patch.setattr(service.index, "completions", lambda prefix, cap: None)  # FTS5's own prefix queries
        prefixed = service.run(query, lang, limit=7)
    assert shown(spelled.hits) == shown(prefixed.hits)
    assert [h.score for h in spelled.hits] == [h.score for h in prefixed.hits]


def test_the_words_that_complete_a_half_typed_one(service: SearchService) -> None:
    assert service.index.completions("cit", 8) == ["cities", "citizen", "city"]
    assert service.index.completions("transport", 8) == ["transport", "transportation", "transportes", "transports"]
    assert service.index.completions("cit", 2) is None  # more than asked for: FTS5's prefix query is kept
    assert service.index.completions("qqq", 8) == []
    assert service.index.completions("n20", 8) == ["n20", "n2019", "n2020"]  # figures are words too


def visits(count: int) -> list[Record]:
    return [Event(f"e{i:02}", text(f"Alpha visit {i:02}"), text(f"Omega works {i:02}.")) for i in range(count)]


def test_a_filtered_search_across_a_records_texts_reads_each_index_once(tmp_path: Path) -> None:
    """The words are looked up in the index, then their texts' records checked against the filter: never the
    index searched again for every text of the kind asked for (a 100k catalogue took half a minute)."""
    reads = []
    for count in (4, 40):
        store = store_of([*visits(count), *words()], tmp_path / f"c{count}.sqlite3")
        search = SearchService(store)
        seen: list[str] = []
        with search.index.traced(seen.append):
            outcome = search.run("alpha omega", Lang.EN, SearchFilters(kinds=(Kind.EVENT,)), 50)
        assert [h.id for h in outcome.hits] == [
            f"e{i:02}" for i in range(count)
        ]  # the name has one, the summary the other
        reads.append(sum(sql.startswith("--") for sql in seen))  # FTS5's own reads of its index
        search.close()
        store.close()
    assert reads[0] == reads[1]
