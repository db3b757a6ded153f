"""Damaged databases: a truncated, garbled or table-less catalogue is set aside (kept under a dated name) and the
shipped one installed again, with one message; a damaged user database is set aside, never deleted, and the app
starts with a fresh one; `data verify` and --self-test report a damaged page."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.services.context import AppContext
from iurc_desktop.storage.models import CATALOGUE_APPLICATION_ID


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(range(100))
    path.write_bytes(bytes(data))


def empty_tables(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {CATALOGUE_APPLICATION_ID}")
    conn.commit()
    conn.close()


@pytest.fixture
def started(data_dir: Path) -> Path:
    AppContext.open(data_dir).close()  # both databases exist, the WAL folded back in
    return data_dir


@pytest.mark.parametrize("damage", [truncate, garble, empty_tables], ids=["truncated", "garbled", "table-less"])
def test_a_damaged_catalogue_is_set_aside_and_the_shipped_one_installed(
    started: Path, capsys: pytest.CaptureFixture[str], damage: Callable[[Path], None]
) -> None:
    live = started / "catalogue.sqlite3"
    damage(live)
    damaged = live.read_bytes()
    user_before = (started / "user.sqlite3").read_bytes()
    assert main(["--data-dir", str(started), "list", "place"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "The catalogue database was damaged" in captured.err
    kept = list(started.glob("catalogue.damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].name in captured.err
    assert kept[0].read_bytes() == damaged  # kept as it was, for a person to look at
    assert "yangzhou" in captured.out  # the shipped catalogue, installed again
    assert (started / "user.sqlite3").read_bytes() == user_before
    assert main(["--data-dir", str(started), "list", "place"]) == 0
    assert capsys.readouterr().err == ""  # said once


def test_a_damaged_user_database_is_kept_and_a_fresh_one_started(
    started: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = started / "user.sqlite3"
    garbage = b"not a database at all " * 500
    user.write_bytes(garbage)
    ctx = AppContext.open(started)
    try:
        assert len(ctx.notices) == 1
        assert "Your user database" in str(ctx.notices[0])
        ctx.user.set_setting("language", "pt")  # the fresh one works
    finally:
        ctx.close()
    kept = list(started.glob("user.damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    assert kept[0].name in str(ctx.notices[0])


def test_verify_and_the_self_test_report_a_damaged_page(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = started / "catalogue.sqlite3"
    page_size = int.from_bytes(live.read_bytes()[16:18], "big")
    data = bytearray(live.read_bytes())
    for page in (2, 3, 4):
        data[page * page_size : page * page_size + 64] = b"\xff" * 64
    live.write_bytes(bytes(data))
    assert main(["--data-dir", str(started), "data", "verify"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "catalogue.sqlite3 is damaged: SQLite's check reports" in err
    from iurc_desktop.selftest import run_self_test

    assert run_self_test(str(started)) == 1
    assert "FAIL  databases sound: catalogue.sqlite3 is damaged" in capsys.readouterr().out
