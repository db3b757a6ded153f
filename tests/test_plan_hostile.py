"""Damaged and hostile plan files and backups: one line each, and the user database stays exactly as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.storage.user_db import USER_APPLICATION_ID, USER_SCHEMA_VERSION
from iurc_desktop.storage.user_store import UserStore

V1_FILE = Path(__file__).parent / "data" / "user-v1.sqlite3"


def good_plan() -> dict[str, object]:
    stop = {"kind": "place", "id": "yangzhou", "name": {"en": "Yangzhou"}, "start": "2027-04-12"}
    stop["zone"] = "Asia/Shanghai"
    return {"format": "iurc-desktop-plan", "schema_version": 1, "catalogue_version": "2026.1",
            "plan": {"title": "Trip", "lang": "en", "stops": [stop], "delegation": []}}  # fmt: skip


def edited(change: Callable[[dict[str, object]], None]) -> bytes:
    document = good_plan()
    change(document)
    return json.dumps(document).encode()


def stop_of(document: dict[str, object]) -> dict[str, object]:
    plan = document["plan"]
    assert isinstance(plan, dict)
    stop: dict[str, object] = plan["stops"][0]
    return stop


HOSTILE_PLANS: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "is not an IURC Desktop plan file"),
    "truncated": (json.dumps(good_plan()).encode()[:-30], "is not an IURC Desktop plan file"),
    "not json": (b"\x89PNG\r\n\x1a\n....", "is not UTF-8 text"),
    "invalid utf-8": (json.dumps(good_plan()).encode().replace(b"Trip", b"Tr\xffp"), "is not UTF-8 text"),
    "utf-16": (json.dumps(good_plan()).encode("utf-16"), "is not UTF-8 text"),
    "a list": (b"[1, 2, 3]", "is not an IURC Desktop plan file"),
    "wrong format": (edited(lambda d: d.update(format="iurc-desktop-data")), "is not an IURC Desktop plan file"),
    "newer schema": (edited(lambda d: d.update(schema_version=2)), "newer IURC Desktop (plan format 2)"),
    "schema as text": (edited(lambda d: d.update(schema_version="1")), "at $.schema_version"),
    "deep json": (b'{"format": "iurc-desktop-plan", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested"),
    "huge": (b"{", "is too large for a plan file"),  # made 100 MB (sparse) by write_hostile
    "NaN": (json.dumps(good_plan()).replace('"Trip"', "NaN").encode(), "is not an IURC Desktop plan file"),
    "title not text": (edited(lambda d: d["plan"].update(title=["x"])), "at $.plan.title"),  # type: ignore[attr-defined]
    "title too long": (edited(lambda d: d["plan"].update(title="x" * 10_000)), "at $.plan.title"),  # type: ignore[attr-defined]
    "control characters": (edited(lambda d: d["plan"].update(title="a\x1b[31mred")), "at $.plan.title"),  # type: ignore[attr-defined]
    "bidi override": (edited(lambda d: d["plan"].update(title="abc\u202edef")), "at $.plan.title"),  # type: ignore[attr-defined]
    "unknown language": (edited(lambda d: d["plan"].update(lang="xx")), "at $.plan.lang"),  # type: ignore[attr-defined]
    "stop kind": (edited(lambda d: stop_of(d).update(kind="person")), "at $.plan.stops[0].kind"),
    "stop id path": (edited(lambda d: stop_of(d).update(id="../../etc/passwd")), "at $.plan.stops[0].id"),
    "bad date": (edited(lambda d: stop_of(d).update(start="2027-02-30")), "at $.plan.stops[0].start"),
    "end before start": (edited(lambda d: stop_of(d).update(end="2027-01-01")), "at $.plan.stops[0].end"),
    "bad time": (edited(lambda d: stop_of(d).update(start_time="25:99")), "at $.plan.stops[0].start_time"),
    "zone path": (edited(lambda d: stop_of(d).update(zone="../../../etc/localtime")), "at $.plan.stops[0].zone"),
    "too many stops": (edited(lambda d: d["plan"].update(stops=[stop_of(d)] * 501)), "at $.plan.stops"),  # type: ignore[attr-defined]
    "brief_on not a list": (edited(lambda d: stop_of(d).update(brief_on="x")), "at $.plan.stops[0].brief_on"),
}


def write_hostile(path: Path, case: str, data: bytes, huge: int) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        if case == "huge":
            handle.truncate(huge)


def db_dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.fixture
def seeded(data_dir: Path) -> Path:
    store = UserStore(data_dir / "user.sqlite3")
    store.set_setting("language", "en")
    store.close()
    assert main(["--data-dir", str(data_dir), "plan", "create", "Mine"]) == 0
    return data_dir


@pytest.mark.parametrize("case", sorted(HOSTILE_PLANS))
def test_a_hostile_plan_file_gets_one_line_and_changes_nothing(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    data, message = HOSTILE_PLANS[case]
    path = tmp_path / "hostile.iurcplan"
    write_hostile(path, case, data, 100 * 1024 * 1024)
    before = db_dump(seeded / "user.sqlite3")
    capsys.readouterr()
    assert main(["--data-dir", str(seeded), "plan", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("iurc-desktop: ") and message in err, err[:300]
    assert db_dump(seeded / "user.sqlite3") == before


def test_markup_in_a_plan_file_stays_plain_text(seeded: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = tmp_path / "markup.iurcplan"
    path.write_bytes(edited(lambda d: d["plan"].update(title='<img src="http://x/y.png"><b>Trip</b>')))  # type: ignore[attr-defined]
    assert main(["--data-dir", str(seeded), "plan", "import", str(path)]) == 0
    plan_id = capsys.readouterr().out.strip()
    assert main(["--data-dir", str(seeded), "plan", "show", plan_id]) == 0
    assert capsys.readouterr().out.startswith('<img src="http://x/y.png"><b>Trip</b>\n')


def _sqlite_file(path: Path, app_id: int, version: int, extra: str = "") -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
        if extra:
            conn.executescript(extra)
        conn.execute(f"PRAGMA application_id = {app_id}")
        conn.execute(f"PRAGMA user_version = {version}")
    return path.read_bytes()


def hostile_backups(tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    real = V1_FILE.read_bytes()
    catalogue_id = 0x49555243
    return {
        "empty": (b"", "is not a backup"),
        "text": (b"hello, this is not a database\n" * 10, "is not a backup"),
        "truncated": (real[: len(real) // 2], "is not a backup"),
        "header only": (real[:100], "is not a backup"),
        "damaged pages": (real[:4096] + b"\xde\xad" * ((len(real) - 4096) // 2), "is not a backup"),
        "a catalogue": (_sqlite_file(tmp_path / "c.sqlite3", catalogue_id, 1), "is not a backup"),
        "plain sqlite": (_sqlite_file(tmp_path / "p.sqlite3", 0, 0), "is not a backup"),
        "newer": (_sqlite_file(tmp_path / "n.sqlite3", USER_APPLICATION_ID, USER_SCHEMA_VERSION + 1), "newer"),
        "right id, wrong tables": (
            _sqlite_file(tmp_path / "w.sqlite3", USER_APPLICATION_ID, USER_SCHEMA_VERSION),
            "is not a backup",
        ),
        "bad rows": (_bad_rows(tmp_path / "r.sqlite3"), "is not a backup"),
        "huge": (real[:100], "is too large for a backup"),  # made 300 MB (sparse) by write_hostile
    }


def _bad_rows(path: Path) -> bytes:
    shutil.copy(V1_FILE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE note SET kind = '<script>', created_at = 'yesterday'")
    return path.read_bytes()


def test_hostile_backups_get_one_line_and_change_nothing(seeded: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    before = db_dump(seeded / "user.sqlite3")
    cases = hostile_backups(tmp_path)
    for case, (data, message) in cases.items():
        path = tmp_path / "backup.iurcbackup"
        write_hostile(path, case, data, 300 * 1024 * 1024)
        capsys.readouterr()
        assert main(["--data-dir", str(seeded), "user", "restore", str(path), "--yes"]) == 2, case
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err, (case, err)
        assert db_dump(seeded / "user.sqlite3") == before, case
        path.unlink()
    assert len(cases) + len(HOSTILE_PLANS) >= 20
