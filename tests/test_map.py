"""The map without a window: basemap, projection, what is drawn for the shipped catalogue, the `map` command, packs."""

from __future__ import annotations

import itertools
import math
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain import geo
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind, Partnership, Place
from iurc_desktop.domain.user import PlanRef, Stop, VisitPlan
from iurc_desktop.services.basemap import map_resources, read_basemap, shipped_basemap
from iurc_desktop.services.briefing.compose import BriefingSubject, SectionKind
from iurc_desktop.services.briefing.document import BriefingOptions, MapFigure
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.map_model import MapFilters, MapService, region_of


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """The catalogue shipped with the app, installed into a fresh data folder."""
    ctx = AppContext.open(tmp_path_factory.mktemp("map") / "data")
    yield ctx
    ctx.close()


def places_with_coordinates(ctx: AppContext) -> list[Place]:
    found = [r for r in ctx.catalogue.records(Kind.PLACE) if isinstance(r, Place)]
    return [p for p in found if p.latitude is not None and p.longitude is not None]


def eu_china_partnerships(ctx: AppContext) -> list[Partnership]:
    places = {p.id: p for p in places_with_coordinates(ctx)}
    out = []
    for record in ctx.catalogue.records(Kind.PARTNERSHIP):
        assert isinstance(record, Partnership)
        regions = {region_of(places[p].country) for p in record.places if p in places}
        if regions == {"europe", "china"}:
            out.append(record)
    return out


# the basemap
def test_the_basemap_is_small_land_only_and_covers_the_world() -> None:
    path = map_resources() / "land.bin"
    assert path.stat().st_size <= 1_000_000
    basemap = read_basemap(path)
    assert 100 <= len(basemap.rings) <= 2000 and basemap.point_count > 3000
    lons = [lon for ring in basemap.rings for lon, _lat in ring]
    assert min(lons) >= geo.SEAM - 1e-6 and max(lons) <= geo.SEAM + 360 + 1e-6
    assert (map_resources() / "README.md").read_text().count("public domain")


def test_no_national_border_survives_in_the_land() -> None:
    """Neighbours' shared borders were dissolved: Italy–France or China–Mongolia have no ring edge inland."""
    inland = [(10.0, 48.5), (105.0, 42.0), (35.0, 0.0), (-60.0, -10.0)]  # Bavaria, Gobi, Kenya, Amazon
    for lon, lat in inland:
        for ring in shipped_basemap().rings:
            for (ax, ay), (bx, by) in itertools.pairwise(ring):
                assert math.hypot((ax + bx) / 2 - lon, (ay + by) / 2 - lat) > 3.0, (lon, lat)


def test_projection_centres_between_europe_and_china_and_keeps_both_whole() -> None:
    lisbon, shanghai = geo.project(-9.1, 38.7), geo.project(121.5, 31.2)
    assert lisbon[0] < 0 < shanghai[0]
    assert abs(abs(lisbon[0]) - abs(shanghai[0])) < 0.25 * geo.WIDTH
    assert geo.project(60, 0) == (0.0, 0.0)
    assert abs(geo.project(-119.9, 0)[0]) > 0.49 * geo.WIDTH  # the seam is in the eastern Pacific


def test_great_circles_end_at_both_places_and_bend_north() -> None:
    line = geo.great_circle((12.77, 41.98), (113.63, 34.75))
    assert line[0] == pytest.approx((12.77, 41.98)) and line[-1] == pytest.approx((113.63, 34.75))
    assert max(lat for _lon, lat in line) > 50


def test_labels_never_overlap() -> None:
    candidates = [geo.label_boxes(x, 100.0, 60.0, 12.0, 4.0) for x in range(0, 400, 7)]
    chosen = geo.place_labels(candidates)
    placed = [boxes[pick] for boxes, pick in zip(candidates, chosen, strict=True) if pick is not None]
    assert 5 < len(placed) < len(candidates)
    for i, a in enumerate(placed):
        assert not any(a.overlaps(b) for b in placed[i + 1 :])


# what the map shows
def test_every_place_with_coordinates_is_a_marker(real: AppContext) -> None:
    model = MapService(real.catalogue).world(Lang.EN)
    expected = {p.id for p in places_with_coordinates(real)}
    assert len(expected) >= 70
    assert {m.id for m in model.markers} == expected


def test_every_eu_china_partnership_is_an_arc_between_its_two_places(real: AppContext) -> None:
    model = MapService(real.catalogue).world(Lang.EN)
    partnerships = eu_china_partnerships(real)
    assert len(partnerships) >= 8
    arcs = {arc.partnership: arc for arc in model.arcs}
    places = {p.id: p for p in places_with_coordinates(real)}
    for record in partnerships:
        arc = arcs[record.id]
        assert {arc.start, arc.end} == set(record.places)
        start, end = places[arc.start], places[arc.end]
        assert arc.lines[0][0] == pytest.approx((start.longitude, start.latitude))
        assert arc.lines[-1][-1] == pytest.approx((end.longitude, end.latitude))


def test_labels_are_in_the_interface_language(real: AppContext) -> None:
    service = MapService(real.catalogue)
    names = {lang: {m.id: m.name for m in service.around_places(["zhengzhou"], lang).markers} for lang in Lang}
    assert names[Lang.ZH]["zhengzhou"] == "郑州"
    assert names[Lang.PT]["lazio"] != names[Lang.EN]["lazio"]


def test_filters_narrow_the_world(real: AppContext) -> None:
    service = MapService(real.catalogue)
    italy = service.world(Lang.EN, MapFilters(country="IT"))
    assert {m.country for m in italy.markers} <= {"IT", "CN"} and any(m.country == "CN" for m in italy.markers)
    assert all(a.start in {m.id for m in italy.markers} for a in italy.arcs)
    assert not service.world(Lang.EN, MapFilters(layer="places")).arcs
    pairs = service.world(Lang.EN, MapFilters(layer="partnerships"))
    assert {m.id for m in pairs.markers} == {p for a in pairs.arcs for p in (a.start, a.end)}
    for year in service.years():
        assert len(service.world(Lang.EN, MapFilters(year=year)).markers) <= 74


def test_a_plan_route_follows_its_stop_order(real: AppContext) -> None:
    stops = ["zhengzhou", "lazio", "hangzhou", "yangzhou"]
    model = MapService(real.catalogue).plan(stops, Lang.EN)
    assert model.route == tuple(stops)
    assert {m.id: m.stop for m in model.markers} == {s: n for n, s in enumerate(stops, 1)}
    lines = model.route_lines()
    places = {p.id: p for p in places_with_coordinates(real)}
    ends = [(places[s].longitude, places[s].latitude) for s in stops]
    assert len(lines) == 3
    for line, a, b in zip(lines, ends, ends[1:], strict=False):
        assert line[0] == pytest.approx(a) and line[-1] == pytest.approx(b)


def plan_of(*places: str) -> VisitPlan:
    stops = tuple(Stop(f"stop-{n}", PlanRef(Kind.PLACE, p)) for n, p in enumerate(places))
    return VisitPlan(0, "Tour", stops=stops)


# the command
@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_map_command_draws_zhengzhou_and_lazio(real: AppContext, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"x{suffix}"
    assert main(["--data-dir", str(real.paths.data_dir), "map", "--place", "zhengzhou", "-o", str(target)]) == 0
    data = target.read_bytes()
    assert len(data) > 10_000
    if suffix == ".svg":
        assert b"Zhengzhou" in data and b"Lazio" in data and b"<path" in data
    if suffix == ".pdf":
        text = pypdf.PdfReader(target).pages[0].extract_text()
        assert "Zhengzhou" in text and "Lazio" in text


def test_map_command_refuses_unknown_ids_and_suffixes(
    real: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(real.paths.data_dir)
    assert main(["--data-dir", root, "map", "--place", "atlantis", "-o", str(tmp_path / "a.png")]) == 2
    assert main(["--data-dir", root, "map", "--plan", "99", "-o", str(tmp_path / "a.png")]) == 2
    assert main(["--data-dir", root, "map", "--lang", "pt", "-o", str(tmp_path / "a.gif")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3 and "atlantis" in lines[0] and "99" in lines[1] and ".svg" in lines[2]
    assert not list(tmp_path.iterdir())


def test_map_command_draws_a_saved_plan(real: AppContext, tmp_path: Path) -> None:
    plan = real.user.save_visit_plan(plan_of("lazio", "zhengzhou", "hangzhou"))
    target = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(real.paths.data_dir), "map", "--plan", str(plan.id), "-o", str(target)]) == 0
    assert "Hangzhou" in pypdf.PdfReader(target).pages[0].extract_text()


# packs
def map_page_text(pdf: Path, title: str) -> tuple[int, str]:
    reader = pypdf.PdfReader(pdf)
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        if title in text.splitlines():
            return number, text
    raise AssertionError(f"no page titled {title!r}")


@pytest.mark.parametrize(
    ("lang", "title", "host", "partner"),
    [
        (Lang.EN, "Map", "Zhengzhou", "Lazio"),
        (Lang.ZH, "地图", "郑州", "拉齐奥"),
        (Lang.PT, "Mapa", "Zhengzhou", "Lácio"),
    ],
)
def test_the_zhengzhou_pack_has_a_vector_map_page(
    real: AppContext, tmp_path: Path, lang: Lang, title: str, host: str, partner: str
) -> None:
    service = BriefingService(real.catalogue)
    selection = service.propose(BriefingSubject(places=("zhengzhou",)))
    assert selection.section(SectionKind.MAP) is not None
    target = tmp_path / f"pack-{lang.value}.pdf"
    service.render(selection, BriefingOptions(lang), target)
    number, text = map_page_text(target, title)
    assert host in text and partner in text
    page = pypdf.PdfReader(target).pages[number - 1]
    assert not page.images  # drawn as vector paths and text, not a picture
    result = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=False)
    if result.returncode == 0:  # poppler-utils present: the labels use the embedded font
        assert "WenQuanYi" in result.stdout


def test_a_plan_pack_map_numbers_the_stops_in_order(real: AppContext) -> None:
    plan = plan_of("hangzhou", "zhengzhou", "lazio")
    service = BriefingService(real.catalogue)
    selection = service.propose(BriefingSubject.from_plan(plan))
    document = service.builder.build(selection, BriefingOptions(Lang.EN))
    section = next(s for s in document.sections if s.kind is SectionKind.MAP)
    figure = section.blocks[0]
    assert isinstance(figure, MapFigure)
    assert figure.model.route == ("hangzhou", "zhengzhou", "lazio")
