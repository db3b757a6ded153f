"""Import data update…: choose or drop a bundle (or ask the update channel), see what changes, apply, roll back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.progress import CancelToken, ProgressCallback
from iurc_desktop.services.locale_format import format_iso, join_sentences
from iurc_desktop.ui.announce import ProgressAnnouncer, announce
from iurc_desktop.ui.background import BackgroundRunner, BackgroundTask
from iurc_desktop.ui.help_window import add_help_button
from iurc_desktop.ui.record_page import kind_plural

log = logging.getLogger("iurc_desktop.ui.import")

if TYPE_CHECKING:
    from iurc_desktop.services.publisher_trust import PublisherKey
    from iurc_desktop.services.updates.service import PreparedUpdate, UpdateService


@dataclass(frozen=True)
class Refused:
    """The bundle is fine but not newer: the delegate may still choose to install it."""

    error: Exception


def bundle_paths(urls: list[str]) -> list[Path]:
    return [Path(url) for url in urls if url.endswith(".iurcdata")]


class ImportDialog(QDialog):
    def __init__(
        self,
        updates: UpdateService,
        runner: BackgroundRunner,
        lang: Lang,
        on_applied: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.updates, self.runner, self.lang, self.on_applied = updates, runner, lang, on_applied
        self.task: BackgroundTask | None = None
        self.prepared: PreparedUpdate | None = None
        self.source: Path | str | None = None
        self.setWindowTitle(self.tr("Import data update"))
        self.setAcceptDrops(True)
        self.resize(680, 560)
        self._build()
        self._show_installed()

    def _build(self) -> None:
        self.installed_label = QLabel()
        self.installed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.installed_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a data file…"))
        self.choose_button.clicked.connect(self.choose_file)
        drop_hint = QLabel(self.tr("or drop a .iurcdata file here"))
        drop_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.channel_edit = QLineEdit(self.updates.channel_url() or "")
        self.channel_edit.setPlaceholderText(self.tr("Update channel address (https://…/feed.json)"))
        self.channel_edit.setAccessibleName(self.tr("Update channel address"))
        self.channel_button = QPushButton(self.tr("Check for updates"))
        self.channel_button.clicked.connect(self.check_channel)
        self.daily_box = QCheckBox(self.tr("Check once a day when the app starts"))
        self.daily_box.setChecked(self.updates.daily_check())
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # versions, key ids and names come from the bundle
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_announcer = ProgressAnnouncer(self, self.tr("Importing the update: %1 %"))
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels([self.tr("Change"), self.tr("Identifier")])
        self.changes.setColumnWidth(0, 420)
        self.changes.setAccessibleName(self.tr("What the update changes"))
        self._build_buttons()
        self._lay_out(drop_hint)
        self._set_busy(False)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Apply update"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.anyway_button = self.buttons.addButton(self.tr("Install anyway"), QDialogButtonBox.ButtonRole.ActionRole)
        self.rollback_button = self.buttons.addButton(
            self.tr("Go back to the previous catalogue"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.trust_button = self.buttons.addButton(
            self.tr("Trust this publisher…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.trust_button.setVisible(False)
        self.trust_button.clicked.connect(self.choose_publisher_key)
        self.untrusted_key: str | None = None
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        add_help_button(self.buttons, self, "updates")
        self.apply_button.clicked.connect(self.apply)
        self.anyway_button.clicked.connect(lambda: self.prepare(self.source, allow_older=True))
        self.rollback_button.clicked.connect(self.rollback)
        self.cancel_button.clicked.connect(self.cancel_or_close)

    def _lay_out(self, drop_hint: QLabel) -> None:
        choose = QHBoxLayout()
        choose.addWidget(self.choose_button)
        choose.addWidget(drop_hint, 1)
        channel = QHBoxLayout()
        channel.addWidget(self.channel_edit, 1)
        channel.addWidget(self.channel_button)
        layout = QVBoxLayout(self)
        for item in (self.installed_label, choose, channel, self.daily_box, self.status, self.progress):
            layout.addLayout(item) if isinstance(item, QHBoxLayout) else layout.addWidget(item)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)

    def _show_installed(self) -> None:
        installed, previous = self.updates.installed(), self.updates.previous()
        text = self.tr("Installed catalogue: %1 (%2).").replace("%1", installed.version if installed else "—")
        text = text.replace("%2", format_iso(installed.date, self.lang) if installed else "—")
        if previous is not None:
            kept = self.tr("Previous catalogue kept for rollback: %1.").replace("%1", previous.version)
            text = join_sentences([text, kept], self.lang)
        self.installed_label.setText(text)
        self.rollback_button.setVisible(previous is not None)
        self.apply_button.setVisible(False)
        self.anyway_button.setVisible(False)

    # choosing
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a data update"), str(Path.home()), self.tr("IURC data (*.iurcdata)")
        )
        if path:
            self.prepare(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = [url.toLocalFile() for url in event.mimeData().urls()]
        if bundle_paths(urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = bundle_paths([url.toLocalFile() for url in event.mimeData().urls()])
        if paths:
            event.acceptProposedAction()
            self.prepare(paths[0])

    def check_channel(self) -> None:
        url = self.channel_edit.text().strip()
        if not url:
            self.status.setText(self.tr("Enter the address of the programme's update channel first."))
            return
        self.updates.configure_channel(url, self.daily_box.isChecked())
        self.prepare(url)

    # preparing and applying, in the background
    def prepare(self, source: Path | str | None, allow_older: bool = False) -> None:
        if not isinstance(source, Path | str) or self.task is not None:
            return  # nothing chosen (or a stray signal argument), or a job is already running
        self._discard()
        self.source = source
        self.changes.clear()
        self.trust_button.setVisible(False)
        self.status.setText(self.tr("Checking the signature and reading the update…"))
        self._run(lambda progress, cancel: self._prepare_job(source, allow_older, progress, cancel), self._prepared)

    def _prepare_job(
        self, source: Path | str, allow_older: bool, progress: ProgressCallback, cancel: CancelToken
    ) -> PreparedUpdate | Refused | str:
        from iurc_desktop.services.updates.service import NotNewer, UpToDate

        try:
            if isinstance(source, str):
                result = self.updates.fetch_from_channel(source, allow_older, progress, cancel)
            else:
                result = self.updates.prepare(source, allow_older, progress, cancel)
        except NotNewer as exc:
            return Refused(exc)
        if isinstance(result, UpToDate):
            return (
                self.tr("Up to date: the channel offers %1, the installed catalogue is %2.")
                .replace("%1", result.offered)
                .replace("%2", result.installed)
            )
        return result

    def _prepared(self, result: object) -> None:
        from iurc_desktop.services.updates.service import PreparedUpdate
        from iurc_desktop.ui.bug_dialog import failure_text

        if isinstance(result, Refused):
            self.status.setText(self.tr("Not installed: %1").replace("%1", failure_text(result.error, self)))
            self.anyway_button.setVisible(True)
        elif isinstance(result, PreparedUpdate):
            self.prepared = result
            self._show_preview(result)
        else:
            self.status.setText(str(result))

    def _show_preview(self, update: PreparedUpdate) -> None:
        from iurc_desktop.services.updates.preview import display_name

        log.info("import preview shown: catalogue %s from %s", update.manifest.version, self.source)
        text = self.tr("Catalogue %1 of %2, signed by key %3. Nothing changes until you apply it.")
        self.status.setText(
            text.replace("%1", update.manifest.version)
            .replace("%2", format_iso(update.manifest.date, self.lang))
            .replace("%3", update.key_id)
        )
        labels = ((self.tr("added"), "added"), (self.tr("changed"), "changed"), (self.tr("removed"), "removed"))
        headers = {"added": self.tr("Added"), "changed": self.tr("Changed"), "removed": self.tr("Removed")}
        for kind, changes in sorted(update.diff.kinds.items(), key=lambda kv: kv[0].value):
            counts = " · ".join(f"{headers[attr]}: {changes.counts[attr]}" for _label, attr in labels)
            top = QTreeWidgetItem([f"{kind_plural(kind)} — {counts}", ""])
            for label, attr in labels:
                for record_id, names in getattr(changes, attr):
                    top.addChild(QTreeWidgetItem([f"{label}: {display_name(names, record_id, self.lang)}", record_id]))
                hidden = changes.counts[attr] - len(getattr(changes, attr))
                if hidden > 0:
                    top.addChild(QTreeWidgetItem([self.tr("… and %1 more").replace("%1", str(hidden)), ""]))
            self.changes.addTopLevelItem(top)
        if update.diff.empty:
            self.changes.addTopLevelItem(QTreeWidgetItem([self.tr("No record changes"), ""]))
        self.apply_button.setVisible(True)
        self.anyway_button.setVisible(False)

    def apply(self) -> None:
        update = self.prepared
        if update is None or self.task is not None:
            return
        self.status.setText(self.tr("Switching to the new catalogue…"))
        self._run(lambda _progress, _cancel: self.updates.apply(update), self._applied)

    def _applied(self, info: object) -> None:
        self.prepared = None
        self.changes.clear()
        self.on_applied()
        self._show_installed()
        self.status.setText(self.tr("Catalogue %1 is installed.").replace("%1", getattr(info, "version", "")))
        announce(self, self.status.text())

    def rollback(self) -> None:
        if self.task is None:
            self._run(lambda _progress, _cancel: self.updates.rollback(), self._applied)

    # trusting the publisher of a bundle signed by an unknown key
    def choose_publisher_key(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The publisher's public key"), str(Path.home()), self.tr("Public keys (*.pub)")
        )
        if path:
            self.offer_trust(Path(path))

    def offer_trust(self, path: Path) -> None:
        """Show the key's id and fingerprint and ask; nothing is trusted until the delegate confirms."""
        from iurc_desktop.services.publisher_trust import read_publisher_key
        from iurc_desktop.ui.bug_dialog import failure_text

        try:
            key = read_publisher_key(path)
        except Exception as exc:  # not a key file: one line, as for any user error
            self.status.setText(failure_text(exc, self))
            return
        if key.key_id != self.untrusted_key:
            text = self.tr("The key %1 is not the one this update is signed with (%2). Nothing was trusted.")
            self.status.setText(text.replace("%1", key.key_id).replace("%2", self.untrusted_key or "—"))
            return
        question = self.tr(
            "Trust the publisher key %1?\n\nFingerprint:\n%2\n\nCompare it with the fingerprint the programme "
            "published. Updates signed with this key will then be accepted."
        )
        self.trust_box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Trust this publisher"),
            question.replace("%1", key.key_id).replace("%2", key.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.trust_box.setTextFormat(Qt.TextFormat.PlainText)
        self.trust_box.setDefaultButton(QMessageBox.StandardButton.No)
        self.trust_box.accepted.connect(lambda: self._trust(key))
        self.trust_box.open()

    def _trust(self, key: PublisherKey) -> None:
        from iurc_desktop.services.publisher_trust import trust_publisher

        trust_publisher(self.updates.keyring, key)
        self.trust_button.setVisible(False)
        self.untrusted_key = None
        self.prepare(self.source)

    # running
    def _run(self, job: Callable[[ProgressCallback, CancelToken], object], done: Callable[[object], None]) -> None:
        self._set_busy(True)
        self.task = self.runner.start(job)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(lambda result: self._finished(result, done))
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._cancelled)

    def _finished(self, result: object, done: Callable[[object], None]) -> None:
        self._set_busy(False)
        done(result)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled. Nothing was changed."))

    def _failed(self, error: object) -> None:
        from iurc_desktop.ui.bug_dialog import failure_text

        self._set_busy(False)
        assert isinstance(error, BaseException)  # BackgroundRunner's contract
        self.status.setText(self.tr("Not imported: %1 Nothing was changed.").replace("%1", failure_text(error, self)))
        self.untrusted_key = getattr(error, "key_id", None)  # UntrustedKey: the delegate may trust its publisher
        self.trust_button.setVisible(self.untrusted_key is not None)

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1) if total else 0)
        self.progress.setValue(min(done, total) if total else 0)
        self.progress_announcer.update(done, total)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress_announcer.reset()
        for widget in (self.choose_button, self.channel_button, self.apply_button, self.rollback_button):
            widget.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self._discard()
        self.reject()

    def _discard(self) -> None:
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
            self.runner.wait(5000)
        self._discard()
        super().done(result)
