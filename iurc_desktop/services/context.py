"""The objects one run of the app needs, opened together and closed together."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from iurc_desktop.domain.errors import UserError
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.install import prepare_data_folder
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
    # what start-up did that the user must hear about (a damaged database set aside): the GUI shows them,
    # the CLI prints them on stderr
    notices: list[UserError] = field(default_factory=list)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        paths = DataPaths.resolve(data_dir)
        notices = prepare_data_folder(paths)
        store = CatalogueStore(paths.catalogue_db)
        try:
            user = UserStore(paths.user_db)
        except BaseException:
            store.close()
            raise
        return cls(paths, store, CatalogueService(store), SearchService(store), user, notices)

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
