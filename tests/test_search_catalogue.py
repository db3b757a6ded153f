"""The issue's search examples, run on the real catalogue source.

The catalogue is still being written: each example is skipped while the record it looks for is absent
from the source, and runs as soon as it lands. References the source does not resolve yet are dropped
so that the rest of it can be built and searched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind, Place, Record
from iurc_desktop.services.search import SearchService
from iurc_desktop.storage.catalogue_db import CatalogueStore, write_catalogue
from iurc_desktop.storage.paths import catalogue_source_dir
from iurc_desktop.storage.source import load_source


def _without_dangling(record: Record, content: CatalogueContent) -> Record:
    changes: dict[str, object] = {}
    for name, kind in record.REFS.items():
        value = getattr(record, name)
        if isinstance(value, tuple):
            changes[name] = tuple(v for v in value if content.get(kind, v))
        elif value and not content.get(kind, value):
            changes[name] = "" if isinstance(getattr(type(record), name, None), str) else None
    if isinstance(record, Place):
        changes["participations"] = tuple(p for p in record.participations if content.get(Kind.PROGRAMME, p.programme))
    changes["sources"] = tuple(s for s in record.sources if content.get(Kind.SOURCE, s.doc))
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


def real_content() -> CatalogueContent:
    loaded, _problems = load_source(catalogue_source_dir())
    content = CatalogueContent(meta=dict(loaded.meta))
    for record in loaded.all():
        content.add(_without_dangling(record, loaded), loaded.origin.get((record.KIND, record.id), ""))
    return content


CONTENT = real_content()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    path: Path = tmp_path_factory.mktemp("real") / "catalogue.sqlite3"
    write_catalogue(CONTENT, path, {"version": "test"})
    store = CatalogueStore(path)
    search = SearchService(store)
    yield search
    search.close()
    store.close()


def place_named(name: str) -> Place | None:
    for record in CONTENT.records.get(Kind.PLACE, {}).values():
        if name in record.name.all_values() or name in getattr(record, "aliases", ()):
            assert isinstance(record, Place)
            return record
    return None


def text_containing(fragment: str) -> bool:
    from iurc_desktop.domain.codec import texts

    wanted = fragment.casefold()
    return any(wanted in value.casefold() for r in CONTENT.all() for _p, t in texts(r) for value in t.all_values())


def needs_place(name: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(place_named(name) is None, reason=f"no place named {name} in the catalogue yet")


@pytest.mark.parametrize(
    ("query", "lang", "place_name"),
    [
        pytest.param("郑州", Lang.EN, "郑州", marks=needs_place("郑州")),
        pytest.param("海口", Lang.EN, "海口", marks=needs_place("海口")),
        pytest.param("汕", Lang.ZH, "汕头", marks=needs_place("汕头")),
        pytest.param("太仓", Lang.EN, "太仓", marks=needs_place("太仓")),
        pytest.param("Cantao", Lang.PT, "Cantão", marks=needs_place("Cantão")),
        pytest.param("Bacau", Lang.EN, "Bacău", marks=needs_place("Bacău")),
        pytest.param("Ioann", Lang.EN, "Ioannina", marks=needs_place("Ioannina")),
        pytest.param("Yangzhou", Lang.ZH, "扬州", marks=needs_place("扬州")),
    ],
)
def test_issue_examples_find_the_place_first_among_places(
    service: SearchService, query: str, lang: Lang, place_name: str
) -> None:
    place = place_named(place_name)
    assert place is not None
    places = [hit for hit in service.search(query, lang, limit=50) if hit.kind is Kind.PLACE]
    assert places and places[0].id == place.id
    assert places[0].title == place.name.in_lang(lang)  # in the interface language


@pytest.mark.skipif(not text_containing("soluções"), reason="no Portuguese text with 'soluções' yet")
def test_portuguese_without_accents_finds_accented_text(service: SearchService) -> None:
    hits = service.search("solucoes", Lang.PT)
    assert hits
    start, end = hits[0].highlights[0]
    assert hits[0].snippet[start:end].casefold().startswith("soluç")


@pytest.mark.skipif(not text_containing("sponge city"), reason="no text about sponge cities yet")
def test_sponge_city_finds_a_text_about_it(service: SearchService) -> None:
    hits = service.search("sponge city", Lang.EN)
    assert hits
    assert "sponge" in hits[0].snippet.casefold() or "sponge" in hits[0].title.casefold()


@pytest.mark.parametrize("query", ["郑州", "海口", "汕", "太仓", "扬州"])
def test_chinese_queries_find_every_record_named_with_them(service: SearchService, query: str) -> None:
    named = {(r.KIND, r.id) for r in CONTENT.all() if query in r.name.zh}
    found = {(hit.kind, hit.id) for hit in service.search(query, Lang.EN, limit=500)}
    assert named <= found


def test_every_place_is_found_by_each_of_its_names(service: SearchService) -> None:
    for place in CONTENT.records.get(Kind.PLACE, {}).values():
        for name in place.name.all_values():
            found = [(hit.kind, hit.id) for hit in service.search(name, Lang.EN, limit=50)]
            assert (Kind.PLACE, place.id) in found, name


@pytest.mark.parametrize(
    ("typed", "lang", "suggestion"),
    [
        ("Pequin", Lang.ZH, "Pequim (北京)"),  # a Portuguese name, mistyped, explained in the reader's language
        ("Pequin", Lang.PT, "Pequim"),
        ("Guanzhou", Lang.ZH, "Guangzhou (广州)"),
        ("扬洲", Lang.EN, "扬州 (Yangzhou)"),  # one Chinese character wrong
    ],
)
def test_a_near_miss_suggests_the_name_and_says_what_it_is(
    service: SearchService, typed: str, lang: Lang, suggestion: str
) -> None:
    outcome = service.run(typed, lang)
    assert all(hit.approximate for hit in outcome.hits)  # near misses are shown, marked, and suggested
    assert outcome.suggestion == suggestion
