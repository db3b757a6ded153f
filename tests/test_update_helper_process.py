"""A big data update is decoded and indexed with a helper process: it installs the catalogue the one-process
import installs, and a bad line found in the helper is refused as it is in one process, changing nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from iurc_desktop.services.updates import service as update_service
from iurc_desktop.services.updates import staging
from iurc_desktop.services.updates.bundle import BundleError
from tests.test_index_helper_process import index_contents
from tests.test_search_catalogue import CONTENT
from tests.update_helpers import file_hash, make_key, raw_bundle, records_jsonl, trusting_service

TABLES = ("record", "record_text", "record_link")


def catalogue_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in TABLES}


def imported(data_dir: Path, tmp_path: Path, helper: bool, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(update_service, "PARALLEL_RECORDS", 0 if helper else 10**9)
    key = make_key(tmp_path, f"{data_dir.name}.key")
    path = raw_bundle(tmp_path / f"{data_dir.name}.iurcdata", key, records_jsonl(CONTENT.all()))
    service = trusting_service(data_dir, tmp_path / f"{data_dir.name}.key")
    service.apply(service.prepare(path, allow_older=True))
    return service.paths.catalogue_db


def test_the_helper_process_installs_the_same_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = imported(tmp_path / "alone", tmp_path, False, monkeypatch)
    helped = imported(tmp_path / "helped", tmp_path, True, monkeypatch)
    assert len(catalogue_rows(alone)["record"]) == len(list(CONTENT.all()))
    assert catalogue_rows(helped) == catalogue_rows(alone)
    assert index_contents(helped) == index_contents(alone)


def test_a_bad_line_found_in_the_helper_is_refused_with_its_number(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(update_service, "PARALLEL_RECORDS", 0)
    monkeypatch.setattr(staging, "LINE_BATCH", 100)  # the bad line is then in the fourth batch, others in flight
    lines = records_jsonl(CONTENT.all()).splitlines()
    broken = json.loads(lines[300])
    broken["record"]["name"] = {"en": 5}  # a name that is not text
    lines[300] = json.dumps(broken).encode()
    key = make_key(tmp_path)
    path = raw_bundle(tmp_path / "bad.iurcdata", key, b"\n".join(lines) + b"\n")
    service = trusting_service(data_dir, tmp_path / "publisher.key")
    before = file_hash(service.paths.catalogue_db)
    with pytest.raises(BundleError) as refused:
        service.prepare(path, allow_older=True)
    assert refused.value.params == {"line": "301", "field": "name.en"}
    assert file_hash(service.paths.catalogue_db) == before
    assert not list(service.paths.data_dir.glob(".staging-*"))
