"""What the window's panes and dialogs call, once the catalogue is open.

The search, pack and update services are made on first use: their modules (ReportLab, python-docx, the bundle reader)
are not needed to show the first list and record, and `app.py` warms them in the background after that.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iurc_desktop.services.briefing.service import BriefingService
    from iurc_desktop.services.catalogue import CatalogueService
    from iurc_desktop.services.search import SearchService
    from iurc_desktop.services.updates.service import UpdateService
    from iurc_desktop.services.user import UserDataService


class GuiServices:
    def __init__(
        self,
        catalogue: CatalogueService,
        make_search: Callable[[], SearchService],
        user: UserDataService,
        make_briefing: Callable[[], BriefingService],
        make_updates: Callable[[], UpdateService],
        reload: Callable[[], GuiServices],  # after an update or rollback switched the catalogue
    ) -> None:
        self.catalogue, self.user = catalogue, user
        self._make_search = make_search
        self._make_briefing, self._make_updates = make_briefing, make_updates
        self.reload = reload

    @property
    def search(self) -> SearchService:
        return self._make_search()  # the context makes it once, on first use

    @functools.cached_property
    def briefing(self) -> BriefingService:
        return self._make_briefing()

    @functools.cached_property
    def updates(self) -> UpdateService:
        return self._make_updates()
