"""One writer per data folder: processes started together, imports at once, a program holding the catalogue's
write lock, the window holding the folder. Every process ends with success or one "busy" line; never a
traceback, never a hang, and the rollback copy stays intact."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from iurc_desktop.services.updates.installer import read_version_info
from iurc_desktop.storage.lock import DataFolderLock
from tests.conftest import small_content
from tests.update_helpers import bundle, file_hash, make_key, trusting_service

BUSY = "is busy with the data folder"


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), *args]


def finish(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    results = []
    for process in processes:
        _out, err = process.communicate(timeout=180)
        results.append((process.returncode, err))
    return results


def assert_clean(results: list[tuple[int, str]]) -> None:
    for code, err in results:
        assert "Traceback" not in err, err
        assert code in (0, 2), err
        if code == 2:
            assert err.strip().count("\n") == 0, err


def test_six_processes_at_once_on_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    key = make_key(tmp_path)
    update = bundle(small_content(), key, tmp_path / "u.iurcdata", "2099.1")
    runs = [
        ("list", "place"),
        ("search", "Yangzhou"),
        ("data", "status"),
        ("show", "place", "yangzhou"),
        ("data", "trust", str(tmp_path / "publisher.key.pub")),
        ("data", "import", str(update), "--yes"),
    ]
    processes = [
        subprocess.Popen(command(folder, *run), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        for run in runs
    ]
    results = finish(processes)
    assert_clean(results)
    for (code, err), run in zip(results, runs, strict=True):
        if run[0] != "data" or run[1] == "status":  # readers wait for the first-run set-up
            assert code == 0, (run, err)
        elif code == 2 and "not newer" not in err and "does not trust" not in err:
            assert BUSY in err, err
    assert read_version_info(folder / "catalogue.sqlite3") is not None


def test_two_imports_at_once_keep_the_rollback_copy(data_dir: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    first = bundle(small_content(), key, tmp_path / "a.iurcdata", "2026.2")
    second = bundle(small_content(), key, tmp_path / "b.iurcdata", "2026.3")
    processes = [
        subprocess.Popen(command(data_dir, "data", "import", str(path), "--yes"), stderr=subprocess.PIPE, text=True)
        for path in (first, second)
    ]
    results = finish(processes)
    assert_clean(results)
    assert any(code == 0 for code, _ in results)
    live = read_version_info(data_dir / "catalogue.sqlite3")
    previous = read_version_info(data_dir / "catalogue-history" / "previous.sqlite3")
    assert live is not None and previous is not None
    assert previous.version in ("2026.1", "2026.2") and live.version in ("2026.2", "2026.3")
    conn = sqlite3.connect(data_dir / "catalogue-history" / "previous.sqlite3")
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_an_import_while_another_program_holds_the_write_lock_stops_in_time(data_dir: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    update = bundle(small_content(), key, tmp_path / "u.iurcdata", "2026.2")
    subprocess.run(command(data_dir, "data", "status"), check=True, capture_output=True, timeout=120)
    live = data_dir / "catalogue.sqlite3"
    before = file_hash(live)
    holder = sqlite3.connect(live, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a reader would wait on this: the import must not wait forever
    try:
        started = time.monotonic()
        result = subprocess.run(
            command(data_dir, "data", "import", str(update), "--yes"), capture_output=True, text=True, timeout=120
        )
        elapsed = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
    assert "locked by another program" in result.stderr
    assert elapsed < 60
    assert file_hash(live) == before
    assert not (data_dir / "catalogue-history" / "previous.sqlite3").exists()  # nothing half-archived


def test_a_write_while_the_folder_is_held_says_busy_and_reads_still_work(data_dir: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    update = bundle(small_content(), key, tmp_path / "u.iurcdata", "2026.2")
    subprocess.run(command(data_dir, "data", "status"), check=True, capture_output=True, timeout=120)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)], stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        for args in (("data", "import", str(update), "--yes"), ("data", "rollback")):
            result = subprocess.run(command(data_dir, *args), capture_output=True, text=True, timeout=60)
            assert result.returncode == 2 and BUSY in result.stderr, result.stderr
            assert result.stderr.strip().count("\n") == 0
        result = subprocess.run(command(data_dir, "list", "place"), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and "yangzhou" in result.stdout
    finally:
        holder.kill()  # SIGKILL: the lock must not outlive its process
        holder.communicate()
    lock = DataFolderLock(data_dir)
    lock.acquire(timeout=2.0)  # free again at once
    lock.release()


HOLD = """
import sys, time
from pathlib import Path
from iurc_desktop.storage.lock import DataFolderLock
DataFolderLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(600)
"""


def test_the_wal_is_folded_back_after_a_switch(data_dir: Path, tmp_path: Path) -> None:
    from iurc_desktop.storage.catalogue_db import CatalogueStore

    key = make_key(tmp_path)
    service = trusting_service(data_dir, tmp_path / "publisher.key")
    live = data_dir / "catalogue.sqlite3"
    store = CatalogueStore(live)  # kept open, as the window keeps it
    try:
        assert store.meta()["version"] == "2026.1"
        service.apply(service.prepare(bundle(small_content(), key, tmp_path / "u.iurcdata", "2026.2")))
        wal = Path(f"{live}-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # not a whole catalogue sitting in -wal
        assert store.meta()["version"] == "2026.2"
    finally:
        store.close()
