"""Putting a catalogue database in place: the embedded one on first start, or a rebuilt one."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tomllib
from pathlib import Path

from iurc_desktop import __version__
from iurc_desktop.domain.codec import Problem
from iurc_desktop.services.updates.installer import copy_database
from iurc_desktop.storage.catalogue_db import CatalogueMissing, CatalogueStore, NotACatalogue, write_catalogue
from iurc_desktop.storage.paths import DataPaths, catalogue_source_dir
from iurc_desktop.storage.search_index import build_search_index
from iurc_desktop.storage.source import load_source

# catalogue_meta["installed_from"] of the catalogue built from the application's own files
EMBEDDED_ORIGIN = "embedded"


class CatalogueBuildError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the catalogue source; first: {problems[0]}")
        self.problems = problems


def build_catalogue(source: Path, dest: Path, version: str | None = None) -> dict[str, str]:
    """Validate the source and write it as a new catalogue database at `dest`."""
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


def ensure_catalogue(paths: DataPaths) -> bool:
    """Install the embedded catalogue when none is installed, or when the app ships a newer one than the
    embedded catalogue installed earlier (a catalogue that came from a data update is never replaced here).
    It goes through the same switch as a data update. Returns True if it installed one."""
    from iurc_desktop.services.updates.service import UpdateService

    paths.ensure()
    if paths.catalogue_db.exists() and not _embedded_is_newer(paths.catalogue_db):
        return False
    updates = UpdateService(paths)
    updates.installer.remove_leftovers()
    staged = updates.installer.staging_path("embedded")
    try:
        meta = build_catalogue(catalogue_source_dir(), staged)
        _stamp(staged, {"installed_from": EMBEDDED_ORIGIN, "signer": "shipped with the app"})
        updates.install_staged(staged, meta["version"])
    finally:
        for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            leftover.unlink(missing_ok=True)
    return True


def _stamp(path: Path, values: dict[str, str]) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany("INSERT OR REPLACE INTO catalogue_meta (key, value) VALUES (?, ?)", values.items())
    finally:
        conn.close()


def switch_catalogue(built: Path, live: Path) -> None:
    """Copy a finished catalogue into the live file with SQLite's backup API, in one write transaction."""
    copy_database(built, live)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else -1 for part in version.split("."))


def _embedded_is_newer(live: Path) -> bool:
    try:
        store = CatalogueStore(live)
    except (CatalogueMissing, NotACatalogue):
        return False  # not ours to replace; opening it will report the problem
    try:
        meta = store.meta()
    finally:
        store.close()
    if meta.get("installed_from") != EMBEDDED_ORIGIN:
        return False
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
