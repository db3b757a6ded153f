"""Putting a catalogue database in place: the embedded one on first start, or a rebuilt one."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from iurc_desktop import __version__
from iurc_desktop.domain.codec import Problem
from iurc_desktop.storage.catalogue_db import write_catalogue
from iurc_desktop.storage.paths import DataPaths, catalogue_source_dir
from iurc_desktop.storage.search_index import build_search_index
from iurc_desktop.storage.source import load_source


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
    build_search_index(dest)
    return meta


def ensure_catalogue(paths: DataPaths) -> bool:
    """Install the embedded catalogue if none is installed. Returns True if it installed one."""
    if paths.catalogue_db.exists():
        return False
    paths.ensure()
    fd, tmp_name = tempfile.mkstemp(prefix=".catalogue-", suffix=".tmp", dir=paths.data_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        meta = build_catalogue(catalogue_source_dir(), tmp)
        meta_source = {"installed_from": "embedded"}
        from iurc_desktop.storage.catalogue_db import CatalogueStore

        store = CatalogueStore(tmp)
        store.replace_meta({**meta_source, "installed_at": meta["built_at"]})
        store.close()
        # No live database exists yet, so no stale WAL can be replayed onto the new file.
        os.replace(tmp, paths.catalogue_db)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
    return True
