"""A read-only data folder and a full disk (a small tmpfs, so root only): one message, nothing damaged, and
the app still reads what it can."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import small_content
from tests.update_helpers import bundle, make_key

LIST = ("list", "place")


def mount(folder: Path, *options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(folder)], capture_output=True
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    if not mount(folder, "size=3m"):
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") <= 1, result.stderr
    return result.stderr


def fill(disk: Path, leave: int) -> None:
    """Fill the disk up to `leave` free bytes."""
    (disk / "filler").unlink(missing_ok=True)
    size = max(shutil.disk_usage(disk).free - leave, 0)
    with (disk / "filler").open("wb") as filler, contextlib.suppress(OSError):  # full: that was the point
        filler.write(b"\0" * size)


def rows(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM record").fetchone()[0])
    finally:
        conn.close()


def test_a_first_run_on_a_full_disk_is_one_line(small_disk: Path) -> None:
    fill(small_disk, 64 * 1024)
    result = cli(small_disk / "data", *LIST)
    assert result.returncode == 2
    assert "not enough free space" in one_line(result)


def test_a_read_only_folder_still_reads(small_disk: Path, data_dir: Path) -> None:
    target = small_disk / "data"
    shutil.copytree(data_dir, target)
    assert cli(target, *LIST).returncode == 0  # set up while writable
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = cli(target, *LIST)
    assert result.returncode == 0 and "yangzhou" in result.stdout
    assert "cannot be written" in one_line(result)
    key = make_key(data_dir)
    update = bundle(small_content(), key, data_dir / "u.iurcdata", "2026.2")
    result = cli(target, "data", "import", str(update), "--yes")
    assert result.returncode == 2 and "cannot be written" in one_line(result)


@pytest.mark.parametrize("free_kib", [0, 24, 96, 400])
def test_an_import_on_a_full_disk_changes_nothing(
    small_disk: Path, data_dir: Path, tmp_path: Path, free_kib: int
) -> None:
    target = small_disk / "data"
    shutil.copytree(data_dir, target)
    key = make_key(tmp_path)
    assert cli(target, "data", "trust", str(tmp_path / "publisher.key.pub")).returncode == 0
    update = bundle(small_content(), key, tmp_path / "u.iurcdata", "2026.2")
    before = rows(target / "catalogue.sqlite3")
    fill(small_disk, free_kib * 1024)
    result = cli(target, "data", "import", str(update), "--yes")
    one_line(result)
    assert result.returncode in (0, 2)
    if result.returncode == 2:
        assert "not enough free space" in result.stderr or "cannot be written" in result.stderr, result.stderr
    assert rows(target / "catalogue.sqlite3") == before  # same records either way (the update has the same)
    fill(small_disk, 0)
    full = cli(target, *LIST)  # a start on a full disk still reads
    assert full.returncode == 0 and "yangzhou" in full.stdout, full.stderr
    one_line(full)
    (small_disk / "filler").unlink()
    listed = cli(target, *LIST)  # and the app starts normally once there is room again
    assert listed.returncode == 0 and "yangzhou" in listed.stdout, listed.stderr
