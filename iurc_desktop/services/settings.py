"""The delegate's settings, typed, over one store: the `setting` table of the user database.

Every setting is a field of `Settings`; the string keys it is stored under appear only in this module.
`saved_language` is read with plain sqlite3 (no SQLAlchemy), so the window's first paint is already in the
right language. The update channel used to be kept in `config/update-channel.json`; its values move here on
the first read and the file is renamed `update-channel.json.migrated`.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.storage.paths import DataPaths
from iurc_desktop.storage.user_db import read_setting

if TYPE_CHECKING:  # SQLAlchemy stays off the first-paint path
    from iurc_desktop.storage.user_store import UserStore

LEGACY_CHANNEL_FILE = "update-channel.json"

# field → key in the setting table (the stored keys of earlier versions, kept so old files read)
_KEYS = {
    "language": "language",
    "window_geometry": "window_geometry",
    "splitter_state": "splitter_state",
    "last_destination": "last_destination",
    "last_record": "last_record",
    "channel_url": "update_channel_url",
    "daily_check": "update_daily_check",
    "last_check": "update_last_check",
    "pack_lang": "pack_language",
    "pack_second_lang": "pack_second_language",
    "paper": "pack_paper",
    "include_notes": "pack_include_notes",
    "last_save_dir": "pack_last_save_dir",
    "welcome_seen": "welcome_seen",
    "seen_version": "seen_app_version",
}
PAPERS = ("a4", "letter")
# what only this computer's own history decides (a restore from another machine must not bring them)
MACHINE_SETTING_KEYS = frozenset((_KEYS["welcome_seen"], _KEYS["seen_version"]))


@dataclass(frozen=True)
class Settings:
    """What the app remembers between runs. Room for more (pack defaults…): add a field and its key."""

    language: Lang | None = None
    window_geometry: bytes = b""
    splitter_state: bytes = b""
    last_destination: str = ""
    last_record: RecordKey | None = None
    channel_url: str = ""
    daily_check: bool = False
    last_check: dt.datetime | None = None
    pack_lang: Lang | None = None  # None: packs start in the interface language
    pack_second_lang: Lang | None = None
    paper: str = "a4"  # one of PAPERS
    include_notes: bool = True
    last_save_dir: str = ""  # where the last pack was saved; the next save dialog opens there
    welcome_seen: bool = False
    seen_version: str = ""  # the app version whose What's new the delegate has seen


def saved_language(paths: DataPaths) -> Lang | None:
    """The saved interface language, read before anything heavy loads; None if unset or unreadable."""
    value = read_setting(paths.user_db, _KEYS["language"])
    return _parse_lang(value) if value else None


class SettingsService:
    """Reads and writes `Settings` through the user store."""

    def __init__(self, store: UserStore, config_dir: Path | None = None) -> None:
        self.store = store
        if config_dir is not None:
            self._migrate_channel_file(config_dir / LEGACY_CHANNEL_FILE)

    @classmethod
    @contextmanager
    def open(cls, paths: DataPaths) -> Iterator[SettingsService]:
        """The settings of one data folder, on a store of their own (the update service's, a worker thread's)."""
        from iurc_desktop.storage.user_store import UserStore

        store = UserStore(paths.user_db)
        try:
            yield cls(store, paths.config_dir)
        finally:
            store.close()

    def load(self) -> Settings:
        stored = self.store.settings()  # one query, not one per field
        raw = {field: stored.get(key) for field, key in _KEYS.items()}
        return Settings(
            language=_parse_lang(raw["language"]),
            window_geometry=_bytes(raw["window_geometry"]),
            splitter_state=_bytes(raw["splitter_state"]),
            last_destination=raw["last_destination"] or "",
            last_record=_record_key(raw["last_record"]),
            channel_url=raw["channel_url"] or "",
            daily_check=raw["daily_check"] == "yes",
            last_check=_time(raw["last_check"]),
            pack_lang=_parse_lang(raw["pack_lang"]),
            pack_second_lang=_parse_lang(raw["pack_second_lang"]),
            paper=raw["paper"] if raw["paper"] in PAPERS else "a4",
            include_notes=raw["include_notes"] != "no",
            last_save_dir=raw["last_save_dir"] or "",
            welcome_seen=raw["welcome_seen"] == "yes",
            seen_version=raw["seen_version"] or "",
        )

    def update(self, **changes: object) -> Settings:
        """Change the named fields (`update(language=Lang.PT)`); returns the settings as now stored."""
        current = self.load()
        changed = dataclasses.replace(current, **changes)  # type: ignore[arg-type]  # unknown names raise here
        for field in changes:
            if getattr(changed, field) != getattr(current, field):  # a start that changes nothing writes nothing
                self.store.set_setting(_KEYS[field], _text(getattr(changed, field)))
        return changed

    def _migrate_channel_file(self, legacy: Path) -> None:
        try:
            data = json.loads(legacy.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and self.store.setting(_KEYS["channel_url"]) is None:
            self.update(
                channel_url=str(data.get("url", "")),
                daily_check=data.get("daily") == "yes",
                last_check=_time(str(data.get("last_check", ""))),
            )
        legacy.replace(legacy.with_name(LEGACY_CHANNEL_FILE + ".migrated"))


def _text(value: object) -> str:
    if isinstance(value, Lang):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if value is None:
        return ""
    return str(value)  # str, RecordKey ("kind:id")


def _parse_lang(value: str | None) -> Lang | None:
    try:
        return Lang.parse(value) if value else None
    except ValueError:
        return None


def _bytes(value: str | None) -> bytes:
    try:
        return base64.b64decode(value or "", validate=True)
    except (binascii.Error, ValueError):
        return b""


def _record_key(value: str | None) -> RecordKey | None:
    if not value or ":" not in value:
        return None
    kind, record_id = value.split(":", 1)
    try:
        return RecordKey(Kind(kind), record_id)
    except ValueError:
        return None


def _time(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
