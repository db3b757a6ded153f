"""Installing the catalogue shipped with the app: first start, app upgrades, and what is never replaced."""

from __future__ import annotations

import hashlib
from pathlib import Path

from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.install import embedded_catalogue_version, ensure_catalogue
from iurc_desktop.storage.catalogue_db import CatalogueStore
from iurc_desktop.storage.paths import DataPaths


def installed_version(path: Path) -> tuple[str, str]:
    store = CatalogueStore(path)
    try:
        meta = store.meta()
    finally:
        store.close()
    return meta["version"], meta.get("installed_from", "")


def set_meta(path: Path, **values: str) -> None:
    store = CatalogueStore(path)
    try:
        store.replace_meta(values)
    finally:
        store.close()


def test_a_newer_shipped_catalogue_replaces_an_older_shipped_one(tmp_path: Path) -> None:
    paths = DataPaths.resolve(tmp_path)
    assert ensure_catalogue(paths)
    ctx = AppContext.open(tmp_path)  # the app has run: WAL files, a note in the user database
    ctx.user.add_note(RecordKey(Kind.PLACE, "yangzhou"), "keep me")
    ctx.close()
    set_meta(paths.catalogue_db, version="2000.1")
    user_before = hashlib.sha256(paths.user_db.read_bytes()).hexdigest()
    assert ensure_catalogue(paths)
    assert installed_version(paths.catalogue_db) == (embedded_catalogue_version(), "embedded")
    assert hashlib.sha256(paths.user_db.read_bytes()).hexdigest() == user_before
    assert not ensure_catalogue(paths)  # same version: nothing to do


def test_a_catalogue_from_a_data_update_is_never_replaced_by_the_shipped_one(tmp_path: Path) -> None:
    paths = DataPaths.resolve(tmp_path)
    ensure_catalogue(paths)
    set_meta(paths.catalogue_db, version="1999.1", installed_from="bundle")
    assert not ensure_catalogue(paths)
    assert installed_version(paths.catalogue_db) == ("1999.1", "bundle")
