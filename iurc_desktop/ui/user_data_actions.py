"""File-menu actions on the delegate's own data: import a plan file, back up my data, restore a backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from iurc_desktop.domain.errors import UserError
from iurc_desktop.ui.background import BackgroundRunner, BackgroundTask
from iurc_desktop.ui.message_box import inform, show_user_error

if TYPE_CHECKING:
    from iurc_desktop.domain.user import VisitPlan
    from iurc_desktop.services.user import UserDataService
    from iurc_desktop.services.user_backup import RestorePreview
    from iurc_desktop.ui.visit_plan_dialog import VisitPlanDialog

BACKUP_FILTER = "*.iurcbackup"


class UserDataActions(QObject):
    def __init__(self, window: QWidget, runner: BackgroundRunner, user: Callable[[], UserDataService | None],
                 open_plans: Callable[[], VisitPlanDialog | None], refreshed: Callable[[], None]) -> None:  # fmt: skip
        super().__init__(window)
        self.window, self.runner, self.user = window, runner, user
        self.open_plans, self.refreshed = open_plans, refreshed
        self.last_preview: RestorePreview | None = None  # what the last restore found in its backup
        self.restored: RestorePreview | None = None  # what the last applied restore wrote
        self.import_plan_action = QAction(window)
        self.import_plan_action.triggered.connect(lambda: self.import_plan())
        self.backup_action = QAction(window)
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(lambda: self.restore())
        self.retranslate()

    def retranslate(self) -> None:
        self.import_plan_action.setText(self.tr("Import plan…"))
        self.backup_action.setText(self.tr("Back up my data…"))
        self.restore_action.setText(self.tr("Restore my data…"))

    def import_plan(self, path: Path | None = None) -> VisitPlan | None:
        """Add the plan in `path` (asked for when None) and show it in the visit plans window."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import plan"), "",
                                                    self.tr("Visit plans (*.iurcplan)"))  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        dialog = self.open_plans()
        return None if dialog is None else dialog.import_plan(path)

    def back_up(self, path: Path | None = None) -> bool:
        user = self.user()
        if user is None:
            return False
        if path is None:
            title, kinds = self.tr("Back up my data"), self._backup_filter()
            chosen, _ = QFileDialog.getSaveFileName(self.window, title, "my-iurc-data.iurcbackup", kinds)
            if not chosen:
                return False
            path = Path(chosen if chosen.endswith(".iurcbackup") else chosen + ".iurcbackup")
        try:
            user.backup.back_up(path)
        except UserError as error:
            show_user_error(self.window, error)
            return False
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Your data was backed up to %1.").replace("%1", str(path)), 8000)
        return True

    def restore(self, path: Path | None = None, confirm: bool | None = None) -> BackgroundTask | None:
        """Read the backup in the background, show what it adds and updates, merge only when agreed.

        `confirm` answers the question in advance (tests, scripted use); None asks the delegate.
        """
        user = self.user()
        if user is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore my data"), "", self._backup_filter())
            if not chosen:
                return None
            path = Path(chosen)
        backup = user.backup
        self.last_preview = None

        def job(_progress: object, _cancel: object) -> RestorePreview | UserError:
            try:
                return backup.preview(path)  # a damaged file may take a while to be found out
            except UserError as error:  # handed back whole, so it is shown translated
                return error

        task = self.runner.start(job)
        task.signals.finished.connect(lambda outcome: self._previewed(outcome, confirm))
        return task

    def _previewed(self, outcome: RestorePreview | UserError, confirm: bool | None) -> None:
        user = self.user()
        if isinstance(outcome, UserError):
            show_user_error(self.window, outcome)
            return
        self.last_preview = outcome
        if user is None:
            return
        if outcome.empty:
            same = self.tr("Everything in this backup is already here; nothing would change.")
            inform(self.window, self.tr("Restore my data"), same)
            return
        if confirm is None:
            confirm = self._confirm(outcome)
        if confirm:
            user.backup.apply(outcome)
            self.restored = outcome
            self.refreshed()

    def _backup_filter(self) -> str:
        return self.tr("IURC Desktop backups (%1)").replace("%1", BACKUP_FILTER)

    def _confirm(self, preview: RestorePreview) -> bool:
        lines = self.summary(preview)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore my data"),
                          self.tr("Restoring adds and updates, and deletes nothing:"), parent=self.window)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("\n".join(lines))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def summary(self, preview: RestorePreview) -> list[str]:
        """What the restore changes, in the interface language."""
        parts = (
            ("notes", self.tr("Notes: %1 added, %2 updated")),
            ("favourites", self.tr("Favourites: %1 added")),
            ("plans", self.tr("Visit plans: %1 added, %2 updated")),
            ("selections", self.tr("Saved briefing packs: %1 added, %2 updated")),
            ("settings", self.tr("Settings: %1 added")),
        )
        out = []
        for key, template in parts:
            added, updated = preview.added.get(key, 0), preview.updated.get(key, 0)
            if added or updated:
                out.append(template.replace("%1", str(added)).replace("%2", str(updated)))
        return out
