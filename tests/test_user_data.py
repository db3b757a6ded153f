"""The delegate's own data: upgraded from older files, never touched by catalogue installs."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import Member, PlanRef, RecordKey, Stop, VisitPlan
from iurc_desktop.storage.catalogue_db import CatalogueStore, NotACatalogue, write_catalogue
from iurc_desktop.storage.user_db import USER_SCHEMA_VERSION, NotAUserDatabase, migrate
from iurc_desktop.storage.user_store import UserStore
from tests.conftest import small_content

V1_FILE = Path(__file__).parent / "data" / "user-v1.sqlite3"
V2_FILE = Path(__file__).parent / "data" / "user-v2.sqlite3"
YANGZHOU = RecordKey(Kind.PLACE, "yangzhou")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_version_1_file_is_upgraded_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    shutil.copy(V1_FILE, path)
    store = UserStore(path)
    try:
        assert store.setting("language") == "zh"
        assert [f.record for f in store.favourites()] == [YANGZHOU]
        bodies = {n.body for n in store.notes()}
        assert bodies == {"Ask about the Green Design Centre <budget> & timing", "汕头：智慧城市合作"}
        # the new version's tables work on the upgraded file
        stop = Stop("s1", PlanRef(Kind.PLACE, "yangzhou", "Yangzhou"), dt.date(2026, 3, 2), zone="Asia/Shanghai")
        plan = store.save_visit_plan(VisitPlan(0, "Yangzhou visit", stops=(stop,)))
        assert store.visit_plan(plan.id) == plan
        assert all(n.uid for n in store.notes())  # v3 gave every old note its uid
    finally:
        store.close()
    assert migrate(path) == USER_SCHEMA_VERSION


def test_a_version_2_file_becomes_itineraries_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    shutil.copy(V2_FILE, path)
    store = UserStore(path)
    try:
        assert store.settings() == {"language": "pt", "window/geometry": "AdnQywADAAAAAAAA"}
        assert {f.record.id for f in store.favourites()} == {"yangzhou", "cs-nci-bologna-yangzhou"}
        notes = store.notes()
        assert {n.body for n in notes} == {"Pedir os números de 2022 <antes> & depois", "广州：智慧城市合作"}
        assert len({n.uid for n in notes}) == 2 and all(n.uid for n in notes)
        dated, undated = store.visit_plans()
        assert dated.title == "Yangzhou and Imola, spring" and undated.title == "Undated idea"
        # each destination became a stop, in order, on the plan's old dates
        assert [(s.target.kind, s.target.id) for s in dated.stops] == [(Kind.PLACE, "yangzhou"),
                                                                       (Kind.PLACE, "nci-bologna")]  # fmt: skip
        assert {(s.start, s.end) for s in dated.stops} == {(dt.date(2026, 4, 12), dt.date(2026, 4, 16))}
        assert (dated.start, dated.end) == (dt.date(2026, 4, 12), dt.date(2026, 4, 16))
        assert dated.delegation == (Member("A. Rossi"), Member("B. Costa"))
        assert (dated.purpose, dated.notes) == ("Green design exchange", "Bring gifts")
        assert [s.target.id for s in undated.stops] == ["guangzhou"] and undated.start is None
        assert len({s.uid for p in (dated, undated) for s in p.stops}) == 3
        assert [s.name for s in store.selections()] == ["Yangzhou pack"]
    finally:
        store.close()
    assert migrate(path) == USER_SCHEMA_VERSION


def test_notes_favourites_and_settings_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    store = UserStore(path)
    note = store.add_note(YANGZHOU, "Bring the 2022 figures", record_name="Yangzhou")
    store.set_favourite(YANGZHOU, True, record_name="Yangzhou")
    store.set_setting("language", "pt")
    store.close()
    again = UserStore(path)
    try:
        assert again.notes(YANGZHOU) == [note]
        assert again.is_favourite(YANGZHOU)
        assert again.setting("language") == "pt"
        assert [n.id for n in again.search_notes("2022 FIGURES")] == [note.id]
        again.set_favourite(YANGZHOU, False)
        assert not again.is_favourite(YANGZHOU)
    finally:
        again.close()


def test_a_newer_user_file_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    UserStore(path).close()
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {USER_SCHEMA_VERSION + 1}")
    before = digest(path)
    with pytest.raises(NotAUserDatabase, match="newer"):
        migrate(path)
    assert digest(path) == before


def test_catalogue_code_cannot_open_or_overwrite_the_user_database(tmp_path: Path) -> None:
    user_path = tmp_path / "user.sqlite3"
    store = UserStore(user_path)
    store.add_note(YANGZHOU, "mine")
    store.close()
    before = digest(user_path)
    with pytest.raises(FileExistsError):
        write_catalogue(small_content(), user_path, {"version": "x"})
    with pytest.raises(NotACatalogue):
        CatalogueStore(user_path)
    assert digest(user_path) == before


def test_the_user_store_refuses_a_catalogue_file(tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.sqlite3"
    write_catalogue(small_content(), catalogue, {"version": "1"})
    before = digest(catalogue)
    with pytest.raises(NotAUserDatabase):
        UserStore(catalogue)
    assert digest(catalogue) == before
