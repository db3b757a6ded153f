"""The objects one run of the app needs, opened together and closed together."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.collation import Collation
from iurc_desktop.services.install import prepare_data_folder
from iurc_desktop.storage.catalogue_files import snapshot
from iurc_desktop.storage.catalogue_read import CatalogueStore
from iurc_desktop.storage.paths import DataPaths
from iurc_desktop.storage.search_stamp import index_current
from iurc_desktop.storage.sqlite_files import (
    EnvironmentProblem,
    environment_error,
    is_database_error,
    reraise_environment,
)
from iurc_desktop.storage.user_store import UserStore

if TYPE_CHECKING:
    from iurc_desktop.services.search import SearchService


@dataclass
class AppContext:
    paths: DataPaths
    catalogue_store: CatalogueStore
    catalogue: CatalogueService
    user: UserStore
    # this run's collation keys, kept in the data folder's cache; the catalogue service carries it to what sorts
    collation: Collation
    # what start-up did that the user must hear about (a damaged database set aside): the GUI shows them,
    # the CLI prints them on stderr
    notices: list[UserError] = field(default_factory=list)

    # a read-only or full data folder is read from copies in a temporary folder, removed on close
    snapshot_dir: Path | None = None
    _search: SearchService | None = None
    _search_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        paths = DataPaths.resolve(data_dir)
        if paths.catalogue_db.is_file() and not os.access(paths.data_dir, os.W_OK):
            return cls._open_snapshot(paths, EnvironmentProblem(messages.FOLDER_READ_ONLY, path=paths.data_dir))
        try:
            notices = prepare_data_folder(paths)
            return cls._open_databases(paths, paths.catalogue_db, paths.user_db, notices)
        except EnvironmentProblem as refused:
            if not paths.catalogue_db.is_file():
                raise
            return cls._open_snapshot(paths, refused)
        except Exception as exc:
            if not is_database_error(exc):
                raise
            problem = environment_error(exc, paths.data_dir)
            if problem is None or not paths.catalogue_db.is_file():
                reraise_environment(exc, paths.data_dir)
            return cls._open_snapshot(paths, problem)

    @classmethod
    def _open_databases(cls, paths: DataPaths, catalogue: Path, user_db: Path, notices: list[UserError]) -> AppContext:
        collation = Collation.kept_in(paths.cache_dir)
        store = CatalogueStore(catalogue)
        try:
            user = UserStore(user_db)
        except BaseException:
            store.close()
            raise
        ctx = cls(paths, store, CatalogueService(store, collation), user, collation, notices)
        if not index_current(catalogue):  # built now, in the opening worker, not at the first keystroke
            ctx.search  # noqa: B018 - SearchService builds a missing or outdated index
        return ctx

    @classmethod
    def _open_snapshot(cls, paths: DataPaths, problem: UserError) -> AppContext:
        """The app still reads what it can: copies of both databases in a temporary folder (changes made there
        are not kept, and the notice says why)."""
        folder = Path(tempfile.mkdtemp(prefix="iurc-desktop-readonly-"))
        try:
            snapshot(paths.catalogue_db, folder / paths.catalogue_db.name)
            if paths.user_db.is_file():
                snapshot(paths.user_db, folder / paths.user_db.name)
            ctx = cls._open_databases(paths, folder / paths.catalogue_db.name, folder / paths.user_db.name, [problem])
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        ctx.snapshot_dir = folder
        return ctx

    @property
    def search(self) -> SearchService:
        """Made on first use: a start that searches nothing never imports the query machinery (OpenCC,
        rapidfuzz, pypinyin). `_open_databases` makes it at once when the index must be built."""
        with self._search_lock:
            if self._search is None:
                from iurc_desktop.services.search import SearchService

                self._search = SearchService(self.catalogue_store)
            return self._search

    def _close_search(self) -> None:
        with self._search_lock:
            if self._search is not None:
                self._search.close()
                self._search = None

    def reopen_catalogue(self) -> None:
        """After an update or rollback replaced the catalogue's content."""
        self._close_search()
        self.catalogue_store.close()
        self.catalogue_store = CatalogueStore(self.paths.catalogue_db)
        self.catalogue = CatalogueService(self.catalogue_store, self.collation)

    def close(self) -> None:
        self.collation.close()  # the keys this run sorted with, for the next start
        self._close_search()
        self.catalogue_store.close()
        self.user.close()
        if self.snapshot_dir is not None:
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)
