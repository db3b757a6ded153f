"""The shipped catalogue: the five case studies, the EU–China pairings and the events of seeds 003/004.

These check what a delegate reads before a meeting: every key figure of a case study as the publication
states it, every pairing joining one European and one Chinese place, and the dates of seeds 003 and 004.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest

from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.records import CaseStudy, Event, Kind, Partnership, Place
from iurc_desktop.storage.paths import catalogue_source_dir
from iurc_desktop.storage.source import load_source

R = TypeVar("R")

# Key-figure values, results and lessons of each case study, as seed-002 gives them.
CASE_STUDIES = {
    "cs-nci-bologna-yangzhou": (["2", "2 million", "1"], 4, 4),
    "cs-lazio-zhengzhou": (["9", "3", "1"], 5, 3),
    "cs-stuttgart-suzhou-taicang": (["3", "300,000", "2"], 3, 4),
    "cs-sisak-moslavina-chongqing-zhongxian": (["4", "2", "1"], 5, 4),
    "cs-western-greece-hangzhou": (["1", "3", "1"], 5, 3),
}


@pytest.fixture(scope="module")
def catalogue() -> CatalogueContent:
    content, _problems = load_source(catalogue_source_dir())
    return content


def _get(content: CatalogueContent, kind: Kind, record_id: str, cls: type[R]) -> R:
    record = content.get(kind, record_id)
    assert isinstance(record, cls), f"{kind.value} {record_id} is missing"
    return record


@pytest.mark.parametrize("case_id", sorted(CASE_STUDIES))
def test_case_study_carries_every_key_figure_result_and_lesson(catalogue: CatalogueContent, case_id: str) -> None:
    figures, results, lessons = CASE_STUDIES[case_id]
    case = _get(catalogue, Kind.CASE_STUDY, case_id, CaseStudy)
    assert [figure.value for figure in case.key_figures] == figures
    assert all(figure.label.en and figure.label.zh and figure.label.pt for figure in case.key_figures)
    assert (len(case.results), len(case.lessons)) == (results, lessons)
    assert len(case.partners) == 2


def test_green_design_centre_figures_read_as_in_the_publication(catalogue: CatalogueContent) -> None:
    case = _get(catalogue, Kind.CASE_STUDY, "cs-nci-bologna-yangzhou", CaseStudy)
    labels = {figure.value: figure.label.en for figure in case.key_figures}
    assert "parallel design centres" in labels["2"]
    assert "investe" in labels["2 million"]
    assert "pilot project" in labels["1"]


def test_each_pairing_joins_one_european_and_one_chinese_place(catalogue: CatalogueContent) -> None:
    ours = [p for p in catalogue.all() if isinstance(p, Partnership) and p.sources[0].doc != "seed-001"]
    assert len(ours) >= 8
    for pairing in ours:
        countries = [_get(catalogue, Kind.PLACE, place_id, Place).country for place_id in pairing.places]
        assert sorted(c == "CN" for c in countries) == [False, True], pairing.id
        if pairing.case_study:
            case = _get(catalogue, Kind.CASE_STUDY, pairing.case_study, CaseStudy)
            assert set(case.partners) == set(pairing.places)


def test_seed_003_workshop_date_and_both_pilot_groups(catalogue: CatalogueContent) -> None:
    workshop = _get(catalogue, Kind.EVENT, "workshop-2018-beijing-iuc-startup", Event)
    assert workshop.start == dt.date(2018, 4, 24)
    assert "implied" in workshop.sources[0].note
    assert len(workshop.participants) == 10


def test_seed_004_delegation_and_seminar_dates(catalogue: CatalogueContent) -> None:
    visit = _get(catalogue, Kind.EVENT, "visit-2017-shantou-europe", Event)
    seminar = _get(catalogue, Kind.EVENT, "conference-2017-brussels-regional-policy-seminar", Event)
    assert (visit.start, visit.end) == (dt.date(2017, 5, 24), dt.date(2017, 6, 2))
    assert seminar.start == dt.date(2017, 5, 31)
    burgas = _get(catalogue, Kind.PARTNERSHIP, "burgas--shantou", Partnership)
    andalusia = _get(catalogue, Kind.PARTNERSHIP, "andalusia--shantou", Partnership)
    assert (burgas.since, andalusia.since) == (2017, 2015)
