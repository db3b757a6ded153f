"""Putting a catalogue database in place: the embedded one on first start, or a rebuilt one; and the start-up
set-up of a data folder (under its lock): finish an interrupted rollback, remove leftovers, set damaged
databases aside, install the shipped catalogue."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.codec import Problem
from iurc_desktop.domain.errors import UserError
from iurc_desktop.storage.catalogue_files import read_meta, stamp_meta
from iurc_desktop.storage.lock import SETUP_WAIT, DataFolderLock
from iurc_desktop.storage.paths import DataPaths, catalogue_source_dir
from iurc_desktop.storage.sqlite_files import (
    application_id,
    is_database_error,
    looks_whole,
    quick_check,
    reraise_environment,
    set_aside,
)
from iurc_desktop.storage.user_db import USER_APPLICATION_ID

# catalogue_meta["installed_from"] of the catalogue built from the application's own files
EMBEDDED_ORIGIN = "embedded"


class CatalogueBuildError(UserError):
    """The catalogue source has problems; `problems` lists them all, the message counts them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(messages.SOURCE_PROBLEMS, count=len(problems), file=problems[0].file if problems else "")
        self.problems = problems


def build_catalogue(source: Path, dest: Path, version: str | None = None) -> dict[str, str]:
    """Validate the source and write it as a new catalogue database at `dest`."""
    from iurc_desktop.storage.catalogue_db import write_catalogue  # SQLAlchemy: a first run or a rebuild only
    from iurc_desktop.storage.search_build import build_search_index
    from iurc_desktop.storage.source import load_source

    content, problems = load_source(source)
    if problems:
        raise CatalogueBuildError(problems)
    meta = {
        "version": version or content.meta.get("version", "0"),
        "date": content.meta.get("date", dt.date.today().isoformat()),
        "title": content.meta.get("title", "IURC catalogue"),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
    }
    write_catalogue(content, dest, meta)
    build_search_index(dest, new_file=True)
    return meta


def prepare_data_folder(paths: DataPaths) -> list[UserError]:
    """What start-up must do before the databases open, under the data-folder lock when there is anything
    to do (a first run of six processes at once builds the catalogue once). Returns notices for the user:
    a damaged database set aside."""
    if not _setup_needed(paths):
        return []
    from iurc_desktop.services.updates.installer import CatalogueInstaller

    paths.ensure()
    with DataFolderLock(paths.data_dir).hold(SETUP_WAIT) as since:
        installer = CatalogueInstaller(paths)
        installer.recover()
        installer.remove_leftovers(since)
        notices: list[UserError] = []
        if paths.catalogue_db.exists() and not _catalogue_whole(paths.catalogue_db):
            kept = set_aside(paths.catalogue_db)
            notices.append(UserError(messages.CATALOGUE_SET_ASIDE, name=kept.name))
        ensure_catalogue(paths)
        if paths.user_db.exists() and not _user_db_whole(paths.user_db):
            kept = set_aside(paths.user_db)
            notices.append(UserError(messages.USER_DATABASE_SET_ASIDE, name=kept.name))
        return notices


def _setup_needed(paths: DataPaths) -> bool:
    catalogue, user = paths.catalogue_db, paths.user_db
    if not catalogue.is_file() or not user.is_file():
        return True
    if paths.rollback_held.exists() or not _catalogue_whole(catalogue) or not _user_db_whole(user):
        return True
    return _embedded_is_newer(catalogue)


def _catalogue_whole(path: Path) -> bool:
    return looks_whole(path) and read_meta(path) is not None


def _user_db_whole(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True  # a new, empty file: migrate() makes it a user database
    return looks_whole(path) and application_id(path) == USER_APPLICATION_ID and quick_check(path) is None


def ensure_catalogue(paths: DataPaths) -> bool:
    """Install the embedded catalogue when none is installed, or when the app ships a newer one than the
    embedded catalogue installed earlier (a catalogue that came from a data update is never replaced here).
    It goes through the same switch as a data update. Returns True if it installed one."""
    from iurc_desktop.services.updates.service import UpdateService

    paths.ensure()
    if paths.catalogue_db.exists() and not _embedded_is_newer(paths.catalogue_db):
        return False
    with DataFolderLock(paths.data_dir).hold(SETUP_WAIT):
        if paths.catalogue_db.exists() and not _embedded_is_newer(paths.catalogue_db):
            return False  # another process installed it while this one waited
        updates = UpdateService(paths)
        staged = updates.installer.staging_path("embedded")
        try:
            meta = build_catalogue(catalogue_source_dir(), staged)
            stamp_meta(staged, {"installed_from": EMBEDDED_ORIGIN, "signer": "shipped with the app"})
            updates.install_staged(staged, meta["version"])
        except Exception as exc:  # a full disk, a folder that turned read-only
            if not is_database_error(exc):
                raise
            reraise_environment(exc, paths.data_dir)
        finally:
            for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm"), Path(f"{staged}-journal")):
                leftover.unlink(missing_ok=True)
    return True


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isascii() and p.isdigit() and len(p) <= 18 else -1 for p in version[:200].split("."))


def _embedded_is_newer(live: Path) -> bool:
    meta = read_meta(live)
    if meta is None or meta.get("installed_from") != EMBEDDED_ORIGIN:
        return False  # not ours to replace (a data update), or not a catalogue: start-up sets it aside
    embedded = embedded_catalogue_version()
    return embedded is not None and _version_key(embedded) > _version_key(meta.get("version", "0"))


def embedded_catalogue_version() -> str | None:
    """The version in the shipped source's [catalogue] table, read without loading the whole source."""
    for path in sorted(catalogue_source_dir().glob("*.toml")):
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("catalogue")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        if isinstance(table, dict) and "version" in table:
            return str(table["version"])
    return None
