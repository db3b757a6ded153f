"""My data on a new laptop: backup → fresh folder → restore, merging without losing anything."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import Member, PlanRef, RecordKey, Stop, VisitPlan
from iurc_desktop.services.user_backup import UserBackupService
from iurc_desktop.storage.user_store import UserStore

YANGZHOU = RecordKey(Kind.PLACE, "yangzhou")
GUANGZHOU = RecordKey(Kind.PLACE, "guangzhou")
V2_FILE = Path(__file__).parent / "data" / "user-v2.sqlite3"


def fill(store: UserStore) -> None:
    store.add_note(YANGZHOU, "Ask about the canal", "Yangzhou")
    store.add_note(GUANGZHOU, "广州：智慧城市", "Guangzhou")
    store.set_favourite(YANGZHOU, True, "Yangzhou")
    store.set_setting("language", "zh")
    store.save_selection("Yangzhou pack", {"subject": {"places": ["yangzhou"]}, "hosts": [], "sections": []})
    plan = VisitPlan(0, "Spring", "Green design", Lang.EN, (Member("A. Rossi", "Mayor"),),
                     (Stop("u1", PlanRef(Kind.PLACE, "yangzhou", "Yangzhou"), dt.date(2027, 4, 12),
                           start_time=dt.time(9), zone="Asia/Shanghai", note="n"),))  # fmt: skip
    store.save_visit_plan(plan)


def snapshot(store: UserStore) -> tuple[object, ...]:
    notes = sorted((n.uid, n.record, n.body, n.created_at, n.updated_at) for n in store.notes())
    plans = sorted((dataclasses.replace(p, id=0),) for p in store.visit_plans())
    favourites = sorted(str(f.record) for f in store.favourites())
    selections = sorted((s.name, str(s.payload)) for s in store.selections())
    return notes, plans, favourites, selections, store.settings()


def test_backup_then_restore_on_a_new_laptop_gives_the_same_data(tmp_path: Path) -> None:
    old = UserStore(tmp_path / "old" / "user.sqlite3")
    fill(old)
    backup = tmp_path / "my-data.iurcbackup"
    UserBackupService(old).back_up(backup)
    new = UserStore(tmp_path / "new" / "user.sqlite3")
    try:
        service = UserBackupService(new)
        preview = service.preview(backup)
        assert preview.summary(Lang.EN) == [
            "Notes: 2 added, 0 updated",
            "Favourites: 1 added",
            "Visit plans: 1 added, 0 updated",
            "Saved briefing packs: 1 added, 0 updated",
            "Settings: 1 added",
        ]
        assert snapshot(new) == ([], [], [], [], {})  # a preview writes nothing
        service.apply(preview)
        assert snapshot(new) == snapshot(old)
        second = service.preview(backup)  # restoring twice adds nothing
        assert second.empty and second.summary(Lang.EN) == [
            "Everything in this backup is already here; nothing would change."
        ]
        service.apply(second)
        assert snapshot(new) == snapshot(old)
    finally:
        old.close()
        new.close()


def test_restore_keeps_the_newer_edit_of_each_note(tmp_path: Path) -> None:
    laptop = UserStore(tmp_path / "a" / "user.sqlite3")
    fill(laptop)
    backup = tmp_path / "backup.sqlite3"
    UserBackupService(laptop).back_up(backup)
    notes = {n.body: n for n in laptop.notes()}
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    canal = notes["Ask about the canal"]
    laptop.put_note(dataclasses.replace(canal, body="Ask about the canal and the 2022 budget", updated_at=later))
    laptop.add_note(YANGZHOU, "a note made after the backup")
    try:
        service = UserBackupService(laptop)
        preview = service.preview(backup)
        assert preview.empty
        service.apply(preview)
        bodies = sorted(n.body for n in laptop.notes())
        assert bodies == sorted(["Ask about the canal and the 2022 budget", "广州：智慧城市",
                                 "a note made after the backup"])  # fmt: skip
    finally:
        laptop.close()
    # and the other way round: the backup's edit is newer than this machine's, so it wins
    other = UserStore(tmp_path / "b" / "user.sqlite3")
    try:
        UserBackupService(other).apply(UserBackupService(other).preview(backup))
        edited = tmp_path / "edited.sqlite3"
        source = UserStore(tmp_path / "a" / "user.sqlite3")
        UserBackupService(source).back_up(edited)
        source.close()
        preview = UserBackupService(other).preview(edited)
        assert (preview.added["notes"], preview.updated["notes"]) == (1, 1)
        UserBackupService(other).apply(preview)
        assert "Ask about the canal and the 2022 budget" in {n.body for n in other.notes()}
        assert "Ask about the canal" not in {n.body for n in other.notes()}
    finally:
        other.close()


def test_an_old_version_2_backup_restores_and_twice_adds_nothing(tmp_path: Path) -> None:
    backup = tmp_path / "old-backup.sqlite3"
    shutil.copy(V2_FILE, backup)
    before = backup.read_bytes()
    store = UserStore(tmp_path / "new" / "user.sqlite3")
    try:
        service = UserBackupService(store)
        service.apply(service.preview(backup))
        assert [p.title for p in store.visit_plans()] == ["Yangzhou and Imola, spring", "Undated idea"]
        assert len(store.notes()) == 2 and store.setting("language") == "pt"
        assert service.preview(backup).empty  # old notes are matched by record and creation time
    finally:
        store.close()
    assert backup.read_bytes() == before  # the backup file itself is never upgraded or touched


def test_the_backup_is_a_consistent_copy_of_a_live_database(tmp_path: Path) -> None:
    live = UserStore(tmp_path / "user.sqlite3")
    fill(live)
    other = sqlite3.connect(tmp_path / "user.sqlite3")  # another connection holding a read transaction
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM note").fetchone()
    try:
        UserBackupService(live).back_up(tmp_path / "b.sqlite3")
    finally:
        other.rollback()
        other.close()
        live.close()
    with sqlite3.connect(tmp_path / "b.sqlite3") as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT count(*) FROM note").fetchone()[0] == 2
    assert not (tmp_path / "b.sqlite3-wal").exists()


def test_backup_and_restore_from_the_command_line(data_dir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    store = UserStore(data_dir / "user.sqlite3")
    fill(store)
    store.close()
    backup = tmp_path / "mine.iurcbackup"
    assert main(["--data-dir", str(data_dir), "user", "backup", str(backup)]) == 0
    fresh = tmp_path / "fresh"
    shutil.copytree(data_dir, fresh, ignore=shutil.ignore_patterns("user.sqlite3*"))
    capsys.readouterr()
    assert main(["--data-dir", str(fresh), "user", "restore", str(backup), "--dry-run", "--lang", "pt"]) == 0
    out = capsys.readouterr().out
    assert "Notas: 2 adicionadas, 0 atualizadas" in out
    assert main(["--data-dir", str(fresh), "user", "restore", str(backup), "--yes"]) == 0
    assert main(["--data-dir", str(fresh), "plan", "list"]) == 0
    assert "Spring" in capsys.readouterr().out
    assert main(["--data-dir", str(fresh), "user", "backup", str(fresh / "user.sqlite3")]) == 2
    assert "is the live data file itself" in capsys.readouterr().err
