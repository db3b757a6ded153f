"""The shipped catalogue's places: the pilot lists of the source documents, complete and unambiguous."""

from __future__ import annotations

from functools import cache

from iurc_desktop.domain.content import CatalogueContent, missing_translations
from iurc_desktop.domain.records import Kind, Place
from iurc_desktop.storage.paths import catalogue_source_dir
from iurc_desktop.storage.source import load_source

# seed 001, "IURC China partner list" (Chinese names as the document gives them)
CHINESE_PILOTS = {
    "北京",
    "天津",
    "重庆两江新区",
    "大连",
    "杭州",
    "济南",
    "青岛",
    "成都",
    "武汉",
    "西安",
    "呼和浩特",
    "南昌",
    "苏州",
    "扬州",
    "合肥",
    "郑州",
    "湖南湘江新区",
    "广州开发区",
    "柳州",
    "海口",
    "昆明",
    "温州",
}
IUC_GROUPS = {
    2017: {"zhengzhou", "chongqing", "longyan", "changchun", "shantou"},
    2018: {"haikou", "kunming", "liuzhou", "yantai", "weinan"},
}


@cache
def content() -> CatalogueContent:
    loaded, problems = load_source(catalogue_source_dir())
    assert problems == []
    return loaded


def places() -> list[Place]:
    return [p for p in content().records[Kind.PLACE].values() if isinstance(p, Place)]


def test_exactly_the_22_chinese_and_22_european_iurc_pilots() -> None:
    pilots = [p for p in places() if "iurc-2021-2023" in p.programmes]
    chinese = {p.name.zh for p in pilots if p.country == "CN"}
    assert chinese == CHINESE_PILOTS
    assert len([p for p in pilots if p.country != "CN"]) == 22


def test_the_iuc_groups_of_2017_and_2018_carry_their_year() -> None:
    for year, ids in IUC_GROUPS.items():
        found = {
            p.id
            for p in places()
            for part in p.participations
            if part.programme == "iuc-2016-2020" and part.year == year
        }
        assert found == ids


def test_every_place_has_coordinates_and_three_names() -> None:
    for place in places():
        assert place.latitude is not None and place.longitude is not None, place.id
        assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180
        assert place.name.missing_langs() == (), place.id


def test_no_place_is_entered_twice_under_two_names() -> None:
    seen: dict[str, str] = {}
    for place in places():
        for name in {place.name.en.casefold(), place.name.zh, *(a.casefold() for a in place.aliases)}:
            assert seen.setdefault(name, place.id) == place.id, f"{name!r}: {seen[name]} and {place.id}"


def test_every_text_is_in_all_three_languages() -> None:
    assert [str(p) for p in missing_translations(content())] == []


def test_places_that_share_a_name_stay_apart() -> None:
    ids = {p.id for p in places()}
    assert {"chongqing", "chongqing-liangjiang", "chongqing-zhongxian"} <= ids
    assert {"guangzhou", "guangzhou-development-district", "suzhou", "suzhou-taicang"} <= ids
