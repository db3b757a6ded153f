"""The objects one run of the app needs, opened together and closed together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.install import ensure_catalogue
from iurc_desktop.services.search import SearchService
from iurc_desktop.storage.catalogue_db import CatalogueStore
from iurc_desktop.storage.paths import DataPaths
from iurc_desktop.storage.user_store import UserStore


@dataclass
class AppContext:
    paths: DataPaths
    catalogue_store: CatalogueStore
    catalogue: CatalogueService
    search: SearchService
    user: UserStore

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        paths = DataPaths.resolve(data_dir)
        paths.ensure()
        ensure_catalogue(paths)
        store = CatalogueStore(paths.catalogue_db)
        return cls(paths, store, CatalogueService(store), SearchService(store), UserStore(paths.user_db))

    def reopen_catalogue(self) -> None:
        """After an update or rollback replaced the catalogue's content."""
        self.search.close()
        self.catalogue_store.close()
        self.catalogue_store = CatalogueStore(self.paths.catalogue_db)
        self.catalogue = CatalogueService(self.catalogue_store)
        self.search = SearchService(self.catalogue_store)

    def close(self) -> None:
        self.search.close()
        self.catalogue_store.close()
        self.user.close()
