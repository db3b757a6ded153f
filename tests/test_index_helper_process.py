"""A big catalogue's index is prepared in a helper process: the index it builds is the one built without it, and
the build still completes when no helper process can be used."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from iurc_desktop.storage import batch_pool, search_build
from iurc_desktop.storage.catalogue_db import write_catalogue
from tests.test_search_catalogue import CONTENT


def index_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the index's plain tables, and every term of its FTS tables with where it occurs."""
    with sqlite3.connect(path) as conn:
        for table in ("search_name_fts", "search_body_fts"):
            conn.execute(f"CREATE VIRTUAL TABLE temp.{table}_terms USING fts5vocab(main, {table}, 'instance')")
        tables = ("search_name", "search_figure", "search_vocabulary", "search_name_fts_terms", "search_body_fts_terms")
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}


@pytest.fixture(scope="module")
def serial_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serial") / "catalogue.sqlite3"
    write_catalogue(CONTENT, path, {"version": "test"})
    search_build.build_search_index(path)
    return path


def build_with(path: Path, parallel_from: int) -> None:
    conn = search_build.connect(path)
    conn.execute("BEGIN IMMEDIATE")
    search_build._build(conn, parallel_from=parallel_from)
    conn.execute("COMMIT")
    conn.close()


def test_the_helper_process_builds_the_same_index(
    serial_catalogue: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    copy = tmp_path / "catalogue.sqlite3"
    shutil.copy(serial_catalogue, copy)
    build_with(copy, parallel_from=0)  # the real catalogue is small: make it use the helper
    assert not [r for r in caplog.records if "helper process" in r.getMessage()]  # it did not fall back
    serial, helped = index_contents(serial_catalogue), index_contents(copy)
    assert len(serial["search_body_fts_terms"]) > 10_000
    assert helped == serial


def test_without_a_helper_process_the_index_is_built_here(
    serial_catalogue: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoProcesses:
        def __init__(self, *_args: object, **_kwargs: object) -> None:
            raise OSError(11, "Resource temporarily unavailable")  # what fork/spawn says at a process limit

    monkeypatch.setattr(batch_pool, "ProcessPoolExecutor", NoProcesses)
    copy = tmp_path / "catalogue.sqlite3"
    shutil.copy(serial_catalogue, copy)
    build_with(copy, parallel_from=0)
    assert index_contents(copy) == index_contents(serial_catalogue)
