"""Visit plans as itineraries: calendar export, plan files between colleagues, the `plan` command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import Member, PlanRef, VisitPlan
from iurc_desktop.services.briefing.compose import BriefingComposer, BriefingSubject, SectionKind
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.plans import PlanService, zone_for
from iurc_desktop.services.plans_ics import plan_calendar
from iurc_desktop.storage.catalogue_db import write_catalogue
from tests.conftest import small_content


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    assert main(["--data-dir", str(folder), *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def catalogue_folder(folder: Path, content: CatalogueContent, version: str) -> Path:
    folder.mkdir()
    meta = {"version": version, "date": "2026-01-15", "title": "Test catalogue", "installed_from": "test"}
    write_catalogue(content, folder / "catalogue.sqlite3", meta)
    return folder


def make_plan(capsys: pytest.CaptureFixture[str], folder: Path) -> int:
    """Three stops over two time zones: a timed Chinese stop, a timed Italian one, an all-day one in China."""
    plan_id = int(run(capsys, folder, "plan", "create", "Spring exchange", "--purpose", "Green design",
                      "--member", "A. Rossi:Mayor", "--member", "B. Costa"))  # fmt: skip
    run(capsys, folder, "plan", "add-stop", str(plan_id), "yangzhou", "--date", "2027-04-12", "--until",
        "2027-04-13", "--time", "09:00", "--end-time", "11:30", "--note", "Bring the 2022 figures")  # fmt: skip
    run(capsys, folder, "plan", "add-stop", str(plan_id), "place:nci-bologna", "--date", "2027-04-16",
        "--time", "23:30")  # fmt: skip
    run(capsys, folder, "plan", "add-stop", str(plan_id), "guangzhou", "--date", "2027-04-14")
    return plan_id


def test_zones_come_from_the_country() -> None:
    assert zone_for("CN") == "Asia/Shanghai"
    assert zone_for("PT") == "Europe/Lisbon"
    assert zone_for("US", -94.6) == "America/Chicago"  # Kansas City
    assert zone_for("BR", -38.5) == "America/Sao_Paulo"
    assert zone_for("AU", 153.0) == "Australia/Sydney"
    assert zone_for("XX") == ""


def test_an_ics_parses_back_to_the_same_stops_dates_and_zones(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_id = make_plan(capsys, data_dir)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    run(capsys, data_dir, "plan", "export", str(plan_id), "--format", "ics", "-o", str(first))
    calendar = icalendar.Calendar.from_ical(first.read_bytes())
    assert str(calendar["prodid"]).startswith("-//IURC Desktop//")
    assert {str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")} == {"Asia/Shanghai", "Europe/Rome"}
    events = calendar.walk("VEVENT")
    assert [str(e["location"]).split(",")[0] for e in events] == ["Yangzhou", "NCI-Bologna", "Guangzhou"]
    yangzhou, bologna, guangzhou = events
    start, end = yangzhou.decoded("dtstart"), yangzhou.decoded("dtend")
    assert (start.date(), start.time(), str(start.tzinfo)) == (dt.date(2027, 4, 12), dt.time(9), "Asia/Shanghai")
    assert (end.date(), end.time()) == (dt.date(2027, 4, 13), dt.time(11, 30))
    late = bologna.decoded("dtstart")
    assert (late.date(), str(late.tzinfo)) == (dt.date(2027, 4, 16), "Europe/Rome")  # its local day, not UTC's
    assert bologna.decoded("dtend") - late == dt.timedelta(hours=1)
    assert guangzhou.decoded("dtstart") == dt.date(2027, 4, 14)  # all day: a date, no zone
    assert guangzhou.decoded("dtend") == dt.date(2027, 4, 15)
    assert "Green design" in str(yangzhou["description"]) and "A. Rossi (Mayor)" in str(yangzhou["description"])
    assert "Bring the 2022 figures" in str(yangzhou["description"])
    assert all(e.get("dtstamp") for e in events)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == 3
    run(capsys, data_dir, "plan", "add-stop", str(plan_id), "yangzhou")  # an undated stop makes no event
    run(capsys, data_dir, "plan", "export", str(plan_id), "--format", "ics", "-o", str(second))
    again = [str(e["uid"]) for e in icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")]
    assert again == uids  # a re-export updates the events it made, it does not duplicate them


def test_calendar_text_is_escaped_and_in_the_plans_language(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir)
    try:
        plans = PlanService(ctx.user, ctx.catalogue)
        stop = plans.new_stop(Kind.PLACE, "yangzhou", Lang.ZH)
        stop = stop.__class__(**{**stop.__dict__, "start": dt.date(2027, 5, 1), "note": "a, b; c\\d\nnew line"})
        plan = plans.save(VisitPlan(0, "扬州; 春季, 访问", "绿色设计", Lang.ZH, (Member("王"),), (stop,)))
        raw = plan_calendar(plans, plan).decode()
        assert "SUMMARY:扬州 — 扬州\\; 春季\\, 访问" in raw
        (event,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
        assert str(event["description"]).endswith("a, b; c\\d\nnew line")
        assert str(event["location"]) == "扬州, 中国"
    finally:
        ctx.close()


def test_a_plan_file_brings_the_same_itinerary_to_a_colleague(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_id = make_plan(capsys, data_dir)
    shown = run(capsys, data_dir, "plan", "show", str(plan_id))
    exported = tmp_path / "spring.iurcplan"
    run(capsys, data_dir, "plan", "export", str(plan_id), "--format", "iurcplan", "-o", str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert (document["format"], document["schema_version"], document["catalogue_version"]) == (
        "iurc-desktop-plan", 1, "2026.1")  # fmt: skip
    assert document["plan"]["stops"][0]["name"] == {"en": "Yangzhou", "zh": "扬州", "pt": "Yangzhou"}

    colleague = catalogue_folder(tmp_path / "colleague", small_content(), "2026.1")
    new_id = run(capsys, colleague, "plan", "import", str(exported)).strip()
    assert run(capsys, colleague, "plan", "show", new_id) == shown
    run(capsys, colleague, "plan", "import", str(exported))  # twice: a second plan, never an overwrite
    assert len(run(capsys, colleague, "plan", "list").splitlines()) == 2


def test_a_record_the_colleagues_catalogue_lacks_keeps_its_name(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_id = make_plan(capsys, data_dir)
    exported = tmp_path / "spring.iurcplan"
    run(capsys, data_dir, "plan", "export", str(plan_id), "--format", "iurcplan", "-o", str(exported))
    content = CatalogueContent(meta=dict(small_content().meta))
    for record in small_content().all():
        if record.id != "guangzhou":
            assert content.add(record, "test.toml") is None
    older = catalogue_folder(tmp_path / "older", content, "2025.9")
    new_id = run(capsys, older, "plan", "import", str(exported)).strip()
    shown = run(capsys, older, "plan", "show", new_id)
    assert "not in your catalogue (Guangzhou)  [place:guangzhou]" in shown
    assert "Yangzhou  [place:yangzhou]" in shown
    document = json.loads(run(capsys, older, "plan", "show", new_id, "--json"))
    assert document["stops"][2]["id"] == "guangzhou"  # kept, so a newer catalogue finds it again
    ctx = AppContext.open(older)
    try:
        plan = ctx.user.visit_plan(int(new_id))
        assert plan is not None
        selection = BriefingComposer(ctx.catalogue).propose(BriefingSubject.from_plan(plan))
        assert selection.hosts == ("yangzhou", "nci-bologna")  # a pack lays out what this catalogue has
    finally:
        ctx.close()


def test_a_plans_pack_follows_the_itinerary(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from iurc_desktop.services.briefing.builder import BriefingPackBuilder
    from iurc_desktop.services.briefing.document import BriefingOptions, Heading, Para

    plan_id = make_plan(capsys, data_dir)
    ctx = AppContext.open(data_dir)
    try:
        plan = ctx.user.visit_plan(plan_id)
        assert plan is not None
        selection = BriefingComposer(ctx.catalogue).propose(BriefingSubject.from_plan(plan))
        assert [s.kind for s in selection.sections][:3] == [SectionKind.COVER, SectionKind.AGENDA, SectionKind.GLANCE]
        assert selection.hosts == ("yangzhou", "nci-bologna", "guangzhou")  # itinerary order, not alphabetical
        host = selection.section(SectionKind.HOST)
        assert host is not None and [k.id for k in host.records] == ["yangzhou", "nci-bologna", "guangzhou"]
        history = selection.section(SectionKind.HISTORY)
        assert history is not None and history.records[0].id in {r.id for r in plan.stops[0].brief_on}
        document = BriefingPackBuilder(ctx.catalogue).build(selection, BriefingOptions(Lang.PT))
        agenda = document.sections[0]
        assert agenda.kind is SectionKind.AGENDA and agenda.title.primary == "Agenda dia a dia"
        days = [b.line.primary for b in agenda.blocks if isinstance(b, Heading)]
        assert days == ["segunda-feira, 12 de abril de 2027", "quarta-feira, 14 de abril de 2027",
                        "sexta-feira, 16 de abril de 2027"]  # fmt: skip
        stops = [b.line.primary for b in agenda.blocks if isinstance(b, Para)]
        assert stops == ["09:00–11:30 (Asia/Shanghai) · Yangzhou", "Cantão", "23:30 (Europe/Rome) · NCI-Bolonha"]
        again = type(selection).from_payload(selection.to_payload())
        assert again == selection  # a saved pack selection keeps the itinerary
    finally:
        ctx.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "show", "99"], "There is no visit plan with the id 99."),
        (["plan", "delete", "99"], "There is no visit plan with the id 99."),
        (["plan", "add-stop", "1", "atlantis"], "There is no record “place:atlantis” in this catalogue."),
        (["plan", "add-stop", "1", "case-study:cs-nci-bologna-yangzhou"], "A stop is a place or an event"),
        (["plan", "add-stop", "1", "yangzhou", "--date", "12/04/2027"], "is not a date; write it as YYYY-MM-DD."),
        (["plan", "add-stop", "1", "yangzhou", "--date", "2027-04-12", "--time", "9h"], "is not a time of day"),
        (["plan", "add-stop", "1", "yangzhou", "--time", "09:00"], "A stop with a time needs a date too."),
        (["plan", "add-stop", "1", "yangzhou", "--date", "2027-04-12", "--until", "2027-04-10"], "would end"),
        (["plan", "import", "/nonexistent/x.iurcplan"], "cannot be read. Nothing was changed."),
        (["plan", "export", "1", "--format", "ics", "-o", "/nonexistent/dir/x.ics"], "could not be written."),
    ],
)
def test_plan_mistakes_get_one_line_and_exit_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(capsys, data_dir, "plan", "create", "Trip")
    assert main(["--data-dir", str(data_dir), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("iurc-desktop: ") and message in err


def test_plan_errors_in_portuguese(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "plan", "show", "7", "--lang", "pt"]) == 2
    assert capsys.readouterr().err == "iurc-desktop: Não existe nenhum plano de visita com o id 7.\n"


def test_duplicate_and_delete_keep_plans_apart(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_id = make_plan(capsys, data_dir)
    ctx = AppContext.open(data_dir)
    try:
        plans = PlanService(ctx.user, ctx.catalogue)
        copy = plans.duplicate(plan_id, "Spring exchange (copy)")
        original = plans.plan(plan_id)
        assert [s.target for s in copy.stops] == [s.target for s in original.stops]
        assert not {s.uid for s in copy.stops} & {s.uid for s in original.stops}
        assert copy.uid != original.uid
        plans.delete(plan_id)
        assert [p.title for p in plans.plans()] == ["Spring exchange (copy)"]
        assert set(plans.plans()[0].stops[0].brief_on) == {
            PlanRef(Kind.PARTNERSHIP, "nci-bologna--yangzhou", "NCI-Bologna – Yangzhou"),
            PlanRef(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou", "Green Design Centre"),
        }
    finally:
        ctx.close()
