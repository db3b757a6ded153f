"""The command line: scriptable output in three languages, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iurc_desktop.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_list_places_carries_country_and_programmes(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = run_json(capsys, "--data-dir", str(data_dir), "list", "place", "--json")
    assert isinstance(items, list)
    by_id = {item["id"]: item for item in items}
    assert by_id["yangzhou"]["country"] == "CN"
    assert by_id["yangzhou"]["programmes"] == ["iurc-2021-2023"]


@pytest.mark.parametrize(("lang", "name"), [("en", "Guangzhou"), ("zh", "广州"), ("pt", "Cantão")])
def test_show_gives_the_name_in_each_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str], lang: str, name: str
) -> None:
    record = run_json(capsys, "--data-dir", str(data_dir), "show", "place", "guangzhou", "--lang", lang, "--json")
    assert isinstance(record, dict)
    assert record["name"] == name


def test_show_lists_related_records_by_name(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = run_json(capsys, "--data-dir", str(data_dir), "show", "place", "yangzhou", "--lang", "zh", "--json")
    assert isinstance(record, dict)
    related = {(r["kind"], r["id"]): r["name"] for r in record["related"]}
    assert related[("case-study", "cs-nci-bologna-yangzhou")] == "绿色设计中心"
    assert related[("event", "webinar-circular")] == "循环经济网络研讨会"


def test_show_marks_fields_that_fell_back(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = run_json(capsys, "--data-dir", str(data_dir), "show", "place", "nci-bologna", "--lang", "pt", "--json")
    assert isinstance(record, dict)
    assert record["summary"] == "Imola area."
    assert "summary" in record["fallback_fields"]


def test_event_dates_are_iso(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = run_json(capsys, "--data-dir", str(data_dir), "show", "event", "webinar-circular", "--json")
    assert isinstance(record, dict)
    assert record["start"] == "2022-03-10"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "gadget"], "“gadget” is not a kind of record"),
        (["show", "place", "atlantis"], "There is no record “place:atlantis” in this catalogue."),
        (["list", "place", "--lang", "fr"], "“fr” is not a language of IURC Desktop"),
        (["search", "x", "--limit", "-1"], "--limit"),
    ],
)
def test_user_errors_exit_2_with_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["--data-dir", str(data_dir), *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_unknown_kind_exits_2_from_the_real_command(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), "list", "gadget"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "use one of: programme, network, cluster, challenge, place, event, "
        "contribution, partnership, case-study, person, organisation, source."
    )


def test_commands_without_a_window_do_not_import_qt(data_dir: Path) -> None:
    code = (
        "import sys; from iurc_desktop.cli import main; "
        f"main(['--data-dir', {str(data_dir)!r}, 'list', 'place', '--json']); "
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr.strip() == "[]"


def test_data_status_reports_the_installed_catalogue(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_json(capsys, "--data-dir", str(data_dir), "data", "status", "--json")
    assert isinstance(status, dict)
    assert status["version"] == "2026.1"
    assert status["counts"]["place"] == 3


def test_first_start_installs_the_embedded_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_json(capsys, "--data-dir", str(tmp_path / "fresh"), "data", "status", "--json")
    assert isinstance(status, dict)
    assert status["installed_from"] == "embedded"
    assert status["counts"]["place"] > 0
    assert (tmp_path / "fresh" / "catalogue.sqlite3").is_file()


def test_environment_variable_chooses_the_data_folder(tmp_path: Path, data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "data", "status", "--json"],
        capture_output=True,
        text=True,
        check=True,
        env={"IURC_DESKTOP_HOME": str(data_dir), "PATH": ""},
    )
    assert json.loads(result.stdout)["catalogue_db"] == str(data_dir / "catalogue.sqlite3")
