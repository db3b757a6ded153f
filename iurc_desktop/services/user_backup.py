"""My data on a new laptop: back up the user database to one file, and restore one by merging it.

Restoring never deletes: notes are matched by their uid (upgraded files derive it from the row, so an old
backup matches this machine's own upgraded notes) and the newer edit wins; plans likewise by uid and last
edit; favourites and settings this machine lacks are added (a setting this machine has keeps its value);
saved pack selections by name, newer wins. `preview` says what would change before `apply` writes it, in
one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP, render
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import Note
from iurc_desktop.services.i18n import translate
from iurc_desktop.services.settings import MACHINE_SETTING_KEYS
from iurc_desktop.storage.user_backup import BackupContent, read_backup, write_backup
from iurc_desktop.storage.user_store import MergeWrite, UserStore

NOTHING_NEW = QT_TRANSLATE_NOOP("Backup", "Everything in this backup is already here; nothing would change.")
LINES = {
    "notes": (QT_TRANSLATE_NOOP("Backup", "Notes: {added} added, {updated} updated")),
    "favourites": (QT_TRANSLATE_NOOP("Backup", "Favourites: {added} added")),
    "plans": (QT_TRANSLATE_NOOP("Backup", "Visit plans: {added} added, {updated} updated")),
    "selections": (QT_TRANSLATE_NOOP("Backup", "Saved briefing packs: {added} added, {updated} updated")),
    "settings": (QT_TRANSLATE_NOOP("Backup", "Settings: {added} added")),
}


@dataclass
class RestorePreview:
    source: Path
    write: MergeWrite = field(default_factory=MergeWrite)
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)  # what is added or updated, for the confirmation

    @property
    def empty(self) -> bool:
        return not any(self.added.values()) and not any(self.updated.values())

    def summary(self, lang: Lang) -> list[str]:
        if self.empty:
            return [translate("Backup", NOTHING_NEW, lang)]
        out = []
        for part, template in LINES.items():
            added, updated = self.added.get(part, 0), self.updated.get(part, 0)
            if added or updated:
                values = {"added": str(added), "updated": str(updated)}
                out.append(render(translate("Backup", template, lang), values))
        return out


class UserBackupService:
    def __init__(self, store: UserStore) -> None:
        self.store = store

    def back_up(self, target: Path) -> None:
        write_backup(self.store.path, target)

    def preview(self, source: Path) -> RestorePreview:
        """What restoring `source` would add and update here (reads it fully; writes nothing)."""
        backup = read_backup(source)
        preview = RestorePreview(source)
        _merge_notes(preview, backup, self.store.notes())
        have = {f.record for f in self.store.favourites()}
        preview.write.favourites = [f for f in backup.favourites if f.record not in have]
        _merge_plans(preview, backup, self.store)
        local_sel = {sel.name: stamp for sel, stamp in self.store.selections_with_times()}
        for selection, stamp in backup.selections:
            if selection.name not in local_sel or stamp > local_sel[selection.name]:
                preview.write.selections.append((selection, stamp))
        settings = self.store.settings()
        local = settings.keys() | MACHINE_SETTING_KEYS  # the welcome seen elsewhere was not seen here
        preview.write.settings = {k: v for k, v in backup.settings.items() if k not in local}
        preview.added["favourites"] = len(preview.write.favourites)
        preview.added["selections"] = sum(1 for s, _t in preview.write.selections if s.name not in local_sel)
        preview.updated["selections"] = len(preview.write.selections) - preview.added["selections"]
        preview.added["settings"] = len(preview.write.settings)
        return preview

    def apply(self, preview: RestorePreview) -> None:
        from iurc_desktop.storage.user_write import apply_merge  # SQLAlchemy, for the write only

        apply_merge(self.store.writer, preview.write)


def _merge_notes(preview: RestorePreview, backup: BackupContent, local: list[Note]) -> None:
    by_uid = {n.uid: n for n in local}
    added = updated = 0
    for note in backup.notes:
        mine = by_uid.get(note.uid)
        if mine is None:
            added += 1
        elif note.updated_at > mine.updated_at and note.body != mine.body:
            updated += 1
            note = Note(mine.id, note.record, note.body, note.record_name, mine.created_at, note.updated_at, mine.uid)
        else:
            continue
        preview.write.notes.append(note)
    preview.added["notes"], preview.updated["notes"] = added, updated


def _merge_plans(preview: RestorePreview, backup: BackupContent, store: UserStore) -> None:
    local = {p.uid: p for p in store.visit_plans()}
    added = updated = 0
    for plan in backup.plans:
        mine = local.get(plan.uid)
        if mine is None:
            preview.write.plans.append((plan, 0))
            added += 1
        elif plan.updated_at and mine.updated_at and plan.updated_at > mine.updated_at:
            preview.write.plans.append((plan, mine.id))
            updated += 1
        else:
            continue
        preview.names.append(plan.title)
    preview.added["plans"], preview.updated["plans"] = added, updated
