"""Search as a delegate uses it: any language, accents optional, half-typed words, filters, safe snippets."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import CaseStudy, Cluster, Event, Kind, Network, Place, Programme, Record
from iurc_desktop.services.search import SearchFilters, SearchHit, SearchService, snippet_html
from iurc_desktop.storage.catalogue_db import CatalogueStore, write_catalogue
from iurc_desktop.storage.search_index import INDEX_FORMAT, build_search_index


def text(en: str, zh: str = "", pt: str = "") -> LocalText:
    return LocalText(en=en, zh=zh, pt=pt)


def search_records() -> list[Record]:
    return [
        Programme("iurc", text("IURC 2021–2023", "国际城市与区域合作", "IURC 2021–2023")),
        Programme("iuc", text("IUC 2016–2020", "国际城市合作", "IUC 2016–2020")),
        Network("net-green", text("Green network", "绿色网络", "Rede verde"), programme="iurc"),
        Cluster("cl-water", text("Water cluster", "水务组", "Grupo da água"), network="net-green"),
        Place("zhengzhou", text("Zhengzhou", "郑州", "Zhengzhou"), country="CN"),
        Place("shantou", text("Shantou", "汕头", "Shantou"), text("A port city.", "港口城市。"), country="CN"),
        Place("shanwei", text("Shanwei", "汕尾", "Shanwei"), country="CN"),
        Place("guangzhou", text("Guangzhou", "广州", "Cantão"), aliases=("Canton",), country="CN"),
        Place("bacau", text("Bacău", "巴克乌", "Bacău"), country="RO"),
        Place("ioannina", text("Ioannina", "约阿尼纳", "Ioannina"), country="GR"),
        Place("yangzhou", text("Yangzhou", "扬州", "Yangzhou"), aliases=("Yang-chou",), country="CN"),
        CaseStudy(
            "cs-sponge",
            text("Rain gardens for Zhengzhou", "郑州雨水花园", "Jardins de chuva para Zhengzhou"),
            text(
                "A sponge city pilot that stores rain where it falls.",
                "海绵城市试点，就地蓄存雨水。",
                "Um projeto-piloto de cidade-esponja com soluções baseadas na natureza.",
            ),
            partners=("zhengzhou", "bacau"),
            network="net-green",
            clusters=("cl-water",),
            lessons=(text("Start small"), text("Measure the rain", "测量雨量", "Medir a chuva")),
        ),
        Event(
            "visit-2022-zhengzhou",
            text("Study visit to Zhengzhou", "郑州考察", "Visita de estudo a Zhengzhou"),
            text("Delegates saw the sponge city works.", "代表们参观了海绵城市工程。"),
            type="study-visit",
            start=dt.date(2022, 5, 3),
            end=dt.date(2022, 5, 6),
            programme="iurc",
            location="zhengzhou",
        ),
        Event(
            "webinar-2019-ports",
            text("Ports webinar <b>&</b>", "港口网络研讨会", "Webinar sobre portos"),
            text("Shantou & Bacău talked about ports."),
            type="webinar",
            start=dt.date(2019, 9, 1),
            programme="iuc",
            participants=("shantou", "bacau"),
        ),
    ]


def write(records: Sequence[Record], dest: Path) -> Path:
    content = CatalogueContent()
    for record in records:
        assert content.add(record, "test.toml") is None
    write_catalogue(content, dest, {"version": "1"})
    return dest


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    path = write(search_records(), tmp_path_factory.mktemp("search") / "catalogue.sqlite3")
    store = CatalogueStore(path)
    search = SearchService(store)
    yield search
    search.close()
    store.close()


def keys(hits: list[SearchHit]) -> list[tuple[str, str]]:
    return [(h.kind.value, h.id) for h in hits]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("郑州", "zhengzhou"),  # two characters: no index of words would find these
        ("汕", "shantou"),  # one character
        ("汕头", "shantou"),
        ("Cantao", "guangzhou"),  # accents optional
        ("cantão", "guangzhou"),
        ("BACAU", "bacau"),
        ("Ioann", "ioannina"),  # prefix while typing
        ("canton", "guangzhou"),  # alias
        ("  Yangzhou\t", "yangzhou"),
    ],
)
def test_a_place_name_puts_the_place_first(service: SearchService, query: str, first: str) -> None:
    hits = service.search(query, Lang.EN)
    assert keys(hits)[0] == ("place", first)


def test_one_character_finds_every_name_that_has_it(service: SearchService) -> None:
    found = keys(service.search("汕", Lang.ZH))
    assert ("place", "shantou") in found and ("place", "shanwei") in found
    assert ("place", "zhengzhou") not in found


def test_names_rank_above_body_text_exact_above_prefix(service: SearchService) -> None:
    found = keys(service.search("Zhengzhou", Lang.EN))
    assert found[0] == ("place", "zhengzhou")  # exact name
    # the case study and the visit name Zhengzhou in their names; places and case studies come before events
    assert found[1:3] == [("case-study", "cs-sponge"), ("event", "visit-2022-zhengzhou")]


def test_results_come_in_the_interface_language(service: SearchService) -> None:
    hit = service.search("Yangzhou", Lang.ZH)[0]
    assert hit.title == "扬州"
    hit = service.search("扬州", Lang.PT)[0]
    assert hit.title == "Yangzhou"
    assert hit.snippet == "扬州"  # the snippet stays in the language that matched


def test_portuguese_without_accents_finds_body_text(service: SearchService) -> None:
    hit = service.search("solucoes", Lang.PT)[0]
    assert (hit.kind, hit.id, hit.field) == (Kind.CASE_STUDY, "cs-sponge", "summary")
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "soluções"


def test_multi_word_and_mixed_language_queries(service: SearchService) -> None:
    assert keys(service.search("sponge city", Lang.EN))[0] == ("case-study", "cs-sponge")
    assert ("event", "visit-2022-zhengzhou") in keys(service.search("sponge city", Lang.EN))
    assert keys(service.search("海绵城市", Lang.EN))[0] == ("case-study", "cs-sponge")
    # each word in its own script: the English name has "Rain", the Chinese one 郑州 (issue #14)
    assert keys(service.search("Rain 郑州", Lang.EN))[0] == ("case-study", "cs-sponge")
    assert ("case-study", "cs-sponge") in keys(service.search("雨水 花园", Lang.EN))


def test_lesson_matches_name_their_position(service: SearchService) -> None:
    hit = service.search("测量", Lang.EN)[0]
    assert hit.field == "lessons[1]"
    assert hit.title == "Rain gardens for Zhengzhou"


def test_filters_narrow_the_results(service: SearchService) -> None:
    def found(query: str, filters: SearchFilters) -> set[str]:
        return {h.id for h in service.run(query, Lang.EN, filters).hits}

    assert found("zhou", SearchFilters(kinds=(Kind.PLACE,))) == set()  # words are matched from their start
    assert found("Shantou", SearchFilters(kinds=(Kind.EVENT,))) == {"webinar-2019-ports"}
    assert found("ports", SearchFilters(country="RO")) == {"webinar-2019-ports"}  # linked to Bacău
    assert "shantou" not in found("港口", SearchFilters(country="RO"))
    assert found("Zhengzhou", SearchFilters(programme="iurc")) == {"visit-2022-zhengzhou"}
    assert found("Zhengzhou", SearchFilters(cluster="cl-water")) == {"cs-sponge"}
    assert found("Zhengzhou", SearchFilters(network="net-green")) == {"cs-sponge"}
    may_2022 = SearchFilters(date_from=dt.date(2022, 5, 6), date_to=dt.date(2022, 12, 31))
    assert found("Zhengzhou", may_2022) == {"visit-2022-zhengzhou"}
    assert found("webinar", SearchFilters(date_to=dt.date(2019, 8, 31))) == set()


def test_snippets_are_cut_around_the_match_and_escaped(tmp_path: Path) -> None:
    long_text = "Lorem ipsum dolor sit amet. " * 20 + "The canal of Yangzhou. " + "Filler text here. " * 20
    records = [Place("yz", text("Somewhere", "某地"), text(long_text), country="CN")]
    search = SearchService(CatalogueStore(write(records, tmp_path / "c.sqlite3")))
    hit = search.search("canal", Lang.EN)[0]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…") and len(hit.snippet) <= 162
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "canal"
    search.close()


def test_whole_words_and_phrases_come_before_looser_matches(tmp_path: Path) -> None:
    records = [
        Place("a", text("Alpha", "甲"), text("Todos os parceiros; city sponge works."), country="PT"),
        Place(
            "b",
            text("Beta", "乙"),
            text("Transit-oriented development (TOD), sponge city pilots.", "TOD项目试点"),
            country="CN",
        ),
    ]
    search = SearchService(CatalogueStore(write(records, tmp_path / "c.sqlite3")))
    assert [h.id for h in search.search("TOD", Lang.EN)] == ["b", "a"]  # "todos" only as the start of a word
    assert [h.id for h in search.search("sponge city", Lang.EN)] == ["b", "a"]  # side by side first
    assert [h.id for h in search.search("TOD项目", Lang.EN)] == ["b"]  # Chinese and Latin in one query
    assert search.run("Transit-orientd", Lang.EN).suggestion is None  # body text is not offered as a name
    search.close()


def test_snippet_html_escapes_everything_but_the_highlight(service: SearchService) -> None:
    hit = service.search("ports webinar", Lang.EN)[0]
    assert hit.id == "webinar-2019-ports"
    assert snippet_html(hit) == "<b>Ports</b> <b>webinar</b> &lt;b&gt;&amp;&lt;/b&gt;"


def test_empty_results_suggest_a_close_name(service: SearchService) -> None:
    assert service.run("Ioanina", Lang.EN).suggestion == "Ioannina"
    assert service.run("Rain gardns", Lang.EN).suggestion == "Rain gardens"  # the close part of a longer name
    outcome = service.run("Zhengzou", Lang.EN)  # a near miss is found, marked approximate, and suggested
    assert outcome.hits[0].approximate == "Zhengzhou"
    assert outcome.suggestion == "Zhengzhou"
    assert service.run("qqqxxz", Lang.EN).suggestion is None


def test_punctuation_only_queries_scan_the_texts(service: SearchService) -> None:
    assert set(keys(service.search("–", Lang.EN))) == {("programme", "iurc"), ("programme", "iuc")}
    assert service.search("", Lang.EN) == [] and service.search("   ", Lang.EN) == []
    assert service.search("郑州", Lang.EN, limit=0) == []


def test_an_old_index_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = write(search_records(), tmp_path / "c.sqlite3")
    build_search_index(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE search_index_meta SET value = ? WHERE key = 'format'", (str(INDEX_FORMAT - 1),))
        conn.execute("INSERT INTO search_name_fts (search_name_fts) VALUES ('delete-all')")  # finds nothing
    search = SearchService(CatalogueStore(path))
    assert keys(search.search("郑州", Lang.EN))[0] == ("place", "zhengzhou")
    search.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM search_index_meta").fetchone() == (str(INDEX_FORMAT),)


def test_an_index_of_other_texts_is_rebuilt_on_open(tmp_path: Path) -> None:
    """A catalogue whose texts changed under an existing index (rowids moved) gets a fresh index."""
    path = write(search_records(), tmp_path / "c.sqlite3")
    build_search_index(path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO record_text (kind, record_id, field, lang, value) VALUES (?, ?, ?, ?, ?)",
            ("place", "bacau", "summary", "en", "Spa town"),
        )
    search = SearchService(CatalogueStore(path))
    assert keys(search.search("spa", Lang.EN)) == [("place", "bacau")]
    search.close()


def test_cli_search_json_and_no_match_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write(search_records(), data / "catalogue.sqlite3")
    argv = ["--data-dir", str(data), "search"]
    assert main([*argv, "Yangzhou", "--lang", "zh", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["title"] == "扬州" and hits[0]["highlights"] == [[0, 8]]
    assert main([*argv, "Zhengzhou", "--kind", "event", "--from", "2022-01-01", "--to", "2022-12-31", "--json"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)] == ["visit-2022-zhengzhou"]
    assert main([*argv, "Zhengzou", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["approximate"] == "Zhengzhou"
    assert main([*argv, "qqqxxz", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert "“qqqxxz”" in captured.err and "similar spellings" in captured.err  # says what it tried
