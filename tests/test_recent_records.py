"""Recent records in the user database: version 4 of the schema, upgraded from real v1 and v2 files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.storage.user_db import USER_SCHEMA_VERSION, migrate
from iurc_desktop.storage.user_store import RECENT_KEPT, UserStore

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["user-v1.sqlite3", "user-v2.sqlite3"])
def test_old_user_databases_upgrade_to_the_recent_records_table(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    before = sqlite3.connect(path).execute("SELECT count(*) FROM note").fetchone()[0]
    assert migrate(path) == USER_SCHEMA_VERSION >= 4
    store = UserStore(path)
    try:
        assert store.recent() == []
        assert len(store.notes()) == before  # the upgrade keeps what was there
        store.touch_recent(RecordKey(Kind.PLACE, "yangzhou"), "Yangzhou")
        assert store.recent() == [(RecordKey(Kind.PLACE, "yangzhou"), "Yangzhou")]
    finally:
        store.close()


def test_recent_records_are_newest_first_without_repeats_and_bounded(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "user.sqlite3")
    try:
        for number in range(RECENT_KEPT + 5):
            store.touch_recent(RecordKey(Kind.PLACE, f"p{number}"))
        store.touch_recent(RecordKey(Kind.PLACE, "p10"))
        keys = [key.id for key, _name in store.recent()]
        assert len(keys) == RECENT_KEPT and keys[0] == "p10" and keys.count("p10") == 1
        assert keys[1] == f"p{RECENT_KEPT + 4}"
        store.clear_recent()
        assert store.recent() == []
    finally:
        store.close()
