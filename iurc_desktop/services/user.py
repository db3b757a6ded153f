"""The delegate's own data as the GUI sees it (the UI never touches storage directly)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import Favourite, Note, RecordKey, SavedSelection, VisitPlan
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.plans import PlanService
from iurc_desktop.services.settings import SettingsService
from iurc_desktop.storage.user_store import UserStore

if TYPE_CHECKING:
    from iurc_desktop.services.user_backup import UserBackupService


class UserDataService:
    def __init__(self, store: UserStore, catalogue: CatalogueService) -> None:
        self.store = store
        self.catalogue = catalogue
        self.plans = PlanService(store, catalogue)
        self.settings = SettingsService(store)

    @functools.cached_property
    def backup(self) -> UserBackupService:
        """Backups and restores (made on first use: it reads the translation catalogues for its summaries)."""
        from iurc_desktop.services.user_backup import UserBackupService

        return UserBackupService(self.store)

    def _name(self, key: RecordKey) -> str:
        record = self.catalogue.find(key.kind, key.id)
        return record.name.in_lang(Lang.EN) if record else ""

    def exists(self, key: RecordKey) -> bool:
        """False for a note or favourite whose record a data update removed."""
        return self.catalogue.find(key.kind, key.id) is not None

    # favourites
    def favourites(self) -> list[Favourite]:
        return self.store.favourites()

    def is_favourite(self, key: RecordKey) -> bool:
        return self.store.is_favourite(key)

    def set_favourite(self, key: RecordKey, on: bool) -> None:
        self.store.set_favourite(key, on, self._name(key))

    # recent records
    def recent(self) -> list[tuple[RecordKey, str]]:
        return self.store.recent()

    def remember_opened(self, key: RecordKey) -> None:
        self.store.touch_recent(key, self._name(key))

    def clear_recent(self) -> None:
        self.store.clear_recent()

    # notes
    def notes(self, key: RecordKey | None = None) -> list[Note]:
        return self.store.notes(key)

    def add_note(self, key: RecordKey, body: str) -> Note:
        return self.store.add_note(key, body, self._name(key))

    def update_note(self, note_id: int, body: str) -> None:
        self.store.update_note(note_id, body)

    def delete_note(self, note_id: int) -> None:
        self.store.delete_note(note_id)

    def restore_note(self, note: Note) -> None:
        """Put a deleted note back as it was (same uid and times): the undo of a delete."""
        self.store.put_note(note)

    def search_notes(self, text: str) -> list[Note]:
        return self.store.search_notes(text)

    # plans and saved briefing selections
    def visit_plans(self) -> list[VisitPlan]:
        return self.store.visit_plans()

    def save_visit_plan(self, plan: VisitPlan) -> VisitPlan:
        return self.store.save_visit_plan(plan)

    def selections(self) -> list[SavedSelection]:
        return self.store.selections()

    def save_selection(self, name: str, payload: dict[str, object]) -> SavedSelection:
        return self.store.save_selection(name, payload)

    def selections_with_times(self) -> list[tuple[SavedSelection, str]]:
        return self.store.selections_with_times()

    def rename_selection(self, selection_id: int, name: str) -> bool:
        return self.store.rename_selection(selection_id, name)

    def delete_selection(self, selection_id: int) -> None:
        self.store.delete_selection(selection_id)
