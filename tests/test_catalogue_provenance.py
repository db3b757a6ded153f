"""Provenance that is true: what no seed says is cited to general reference, never to a seed; departures are said."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from iurc_desktop.domain.content import records_citing
from iurc_desktop.domain.records import GENERAL_REFERENCE, Kind, Organisation, Person, Place
from tests.test_catalogue_content import content, seeds_dir

# words an editor uses for a fact taken from general reference rather than from the document cited
GENERAL_WORDS = re.compile(r"general reference|coordinates|capital|not in the seed", re.IGNORECASE)


def general_sections(record: Place) -> str:
    return " ".join(ref.section for ref in record.sources if ref.doc == GENERAL_REFERENCE)


def test_general_reference_is_a_source_of_its_own() -> None:
    source = content().records[Kind.SOURCE][GENERAL_REFERENCE]
    assert not getattr(source, "file", ""), "general reference is not one of the seed files"


def test_no_seed_citation_claims_a_general_reference_fact() -> None:
    wrong = [
        f"{record.KIND.value}:{record.id}: {ref.doc} — {ref.section} {ref.note}"
        for record in content().all()
        for ref in record.sources
        if ref.doc.startswith("seed-") and GENERAL_WORDS.search(f"{ref.section} {ref.note}")
    ]
    assert wrong == [], "\n".join(wrong)


def test_coordinates_are_cited_to_general_reference() -> None:
    for place in content().records[Kind.PLACE].values():
        assert isinstance(place, Place)
        if place.latitude is not None:
            assert "coordinates" in general_sections(place), place.id


def test_a_province_parent_is_stated_by_a_seed_or_cited_to_general_reference() -> None:
    if not seeds_dir().is_dir():
        pytest.skip(f"seed documents not found at {seeds_dir()}")
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt")))
    places = content().records[Kind.PLACE]
    for place in places.values():
        assert isinstance(place, Place)
        parent = places.get(place.parent) if place.parent else None
        if not isinstance(parent, Place) or parent.level != "province":
            continue
        # seed 003 writes "Haikou (Hainan province)"; anything else is general reference
        stated = any(f"{place.name.en}{joint}{parent.name.en} province" in seeds for joint in (" (", ", "))
        assert stated or "parent place" in general_sections(place), place.id


def test_a_capital_named_in_a_summary_is_cited_to_general_reference() -> None:
    # no seed says which city is a capital; a summary that does says it on general reference
    for place in content().records[Kind.PLACE].values():
        assert isinstance(place, Place)
        if "capital" in place.summary.en.casefold():
            assert "capital" in general_sections(place), place.id


def test_provinces_are_parents_of_the_chinese_pilot_cities() -> None:
    places = content().records[Kind.PLACE]
    provinces = {p.id for p in places.values() if isinstance(p, Place) and p.level == "province"}
    assert {"henan", "hainan", "yunnan", "guangxi", "shandong", "shaanxi"} <= provinces
    for province_id in provinces:
        province = places[province_id]
        assert isinstance(province, Place)
        assert "capital" in general_sections(province), province_id
        assert any(isinstance(p, Place) and p.parent == province_id for p in places.values()), province_id
    for city in ("zhengzhou", "haikou", "kunming", "liuzhou", "yantai", "weinan", "yangzhou", "wuhan"):
        place = places[city]
        assert isinstance(place, Place) and place.parent in provinces, city


def test_a_departure_from_a_seed_is_said_in_three_languages() -> None:
    noted = [record for record in content().all() if not record.editor_note.is_empty()]
    assert noted, "the catalogue departs from its seeds somewhere (Silesia's country)"
    for record in noted:
        assert record.editor_note.missing_langs() == (), record.id
    assert not content().records[Kind.PLACE]["silesia"].editor_note.is_empty()


def test_the_brussels_final_event_is_one_record() -> None:
    events = [
        record
        for record in content().records[Kind.EVENT].values()
        if any("IURC Final Event in Brussels" in ref.section for ref in record.sources)
    ]
    assert [e.id for e in events] == ["visit-2023-brussels"]
    assert not any("cut off" in ref.note for ref in events[0].sources)


def test_organisations_cite_sources_and_the_people_who_work_there_link_them() -> None:
    organisations = content().records[Kind.ORGANISATION]
    assert len(organisations) >= 60
    for org in organisations.values():
        assert isinstance(org, Organisation)
        assert any(ref.doc.startswith("seed-") for ref in org.sources), org.id
        assert org.name.missing_langs() == () and org.summary.missing_langs() == (), org.id
    for person in content().records[Kind.PERSON].values():
        assert isinstance(person, Person)
        if person.affiliation:
            assert person.affiliation in organisations, person.id


def test_every_seed_is_cited_and_the_report_says_by_how_many() -> None:
    counts = records_citing(content())
    assert all(counts[f"seed-00{i}"] > 0 for i in range(5)), counts
    done = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "data", "validate", "--report"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "records citing each source:" in done.stdout
    assert re.search(rf"^\s+seed-002\s+{counts['seed-002']}$", done.stdout, re.MULTILINE)
    assert re.search(rf"^\s+organisation\s+{len(content().records[Kind.ORGANISATION])}$", done.stdout, re.MULTILINE)
