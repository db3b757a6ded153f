"""Settings are typed, live in the user database, and the old channel file moves into them once."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.settings import Settings, SettingsService, saved_language
from iurc_desktop.services.updates.service import UpdateService
from iurc_desktop.storage.paths import DataPaths
from iurc_desktop.storage.user_store import UserStore


def test_settings_round_trip_with_their_types(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "user.sqlite3")
    try:
        settings = SettingsService(store)
        assert settings.load() == Settings()  # a new database: every default
        when = dt.datetime(2026, 11, 30, 8, 15, tzinfo=dt.UTC)
        settings.update(
            language=Lang.PT,
            window_geometry=b"\x01\x02\xff",
            last_record=RecordKey(Kind.PLACE, "yangzhou"),
            daily_check=True,
            last_check=when,
        )
        again = SettingsService(store).load()
        assert again.language is Lang.PT and again.window_geometry == b"\x01\x02\xff"
        assert again.last_record == RecordKey(Kind.PLACE, "yangzhou")
        assert again.daily_check is True and again.last_check == when
        assert again.channel_url == "" and again.splitter_state == b""
    finally:
        store.close()


def test_damaged_values_read_as_defaults(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "user.sqlite3")
    try:
        for key, value in (("language", "klingon"), ("window_geometry", "%%%"), ("last_record", "gadget:x")):
            store.set_setting(key, value)
        store.set_setting("update_last_check", "yesterday")
        loaded = SettingsService(store).load()
        assert (loaded.language, loaded.window_geometry, loaded.last_record, loaded.last_check) == (
            None,
            b"",
            None,
            None,
        )
    finally:
        store.close()


def test_the_old_channel_file_moves_into_the_user_database(tmp_path: Path) -> None:
    paths = DataPaths.resolve(tmp_path / "data")
    paths.ensure()
    legacy = paths.config_dir / "update-channel.json"
    legacy.write_text(
        json.dumps({"url": "https://example.org/feed.json", "daily": "yes", "last_check": "2026-11-01T10:00:00+00:00"})
    )
    updates = UpdateService(paths)
    assert updates.channel_url() == "https://example.org/feed.json"
    assert updates.daily_check() is True and updates.last_check() == "2026-11-01T10:00:00+00:00"
    assert not legacy.exists() and (paths.config_dir / "update-channel.json.migrated").exists()
    updates.configure_channel("https://example.org/other.json", daily=False)
    assert (updates.channel_url(), updates.daily_check()) == ("https://example.org/other.json", False)


def test_the_early_language_read_needs_no_sqlalchemy(tmp_path: Path) -> None:
    paths = DataPaths.resolve(tmp_path / "data")
    store = UserStore(paths.user_db)
    SettingsService(store).update(language=Lang.ZH)
    store.close()
    assert saved_language(paths) is Lang.ZH
    code = (
        "import sys; from iurc_desktop.services.settings import saved_language; "
        "from iurc_desktop.storage.paths import DataPaths; "
        f"print(saved_language(DataPaths.resolve({str(paths.data_dir)!r})).value, 'sqlalchemy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["zh", "False"]
    assert saved_language(DataPaths.resolve(tmp_path / "nowhere")) is None
