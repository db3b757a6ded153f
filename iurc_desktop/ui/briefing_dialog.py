"""Compose, preview, print and save a briefing pack. The PDF is made in the background and can be cancelled."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.briefing.compose import BriefingSelection
from iurc_desktop.services.briefing.document import BriefingOptions
from iurc_desktop.services.briefing.service import BriefingService, PackResult
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.ui.announce import announce
from iurc_desktop.ui.background import BackgroundRunner, BackgroundTask
from iurc_desktop.ui.composer_state import ComposerMemory, State, pack_payload, same_choices, state_of_selection
from iurc_desktop.ui.composer_tree import ComposerTree
from iurc_desktop.ui.help_window import add_help_button
from iurc_desktop.ui.pack_names import section_titles
from iurc_desktop.ui.pack_options import PackOptionsForm
from iurc_desktop.ui.pdf_preview import PdfPreviewDialog, print_pdf

if TYPE_CHECKING:
    from iurc_desktop.services.settings import SettingsService

__all__ = ["BriefingDialog", "PdfPreviewDialog", "print_pdf"]

KEY_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SaveSelection = Callable[[str, dict[str, Any]], object]
Answer = QMessageBox.StandardButton


class BriefingDialog(QDialog):
    """The briefing composer: sections and records to include, languages, paper, then preview/print/save."""

    pack_ready = Signal(object)  # PackResult, for tests and callers

    def __init__(
        self,
        service: BriefingService,
        catalogue: CatalogueService,
        runner: BackgroundRunner,
        selection: BriefingSelection,
        ui_lang: Lang,
        save_selection: SaveSelection | None = None,
        parent: QWidget | None = None,
        state: State | None = None,
        memory: ComposerMemory | None = None,
        settings: SettingsService | None = None,  # pack defaults from Preferences, the last save folder
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.service, self.catalogue, self.runner = service, catalogue, runner
        self.selection, self.ui_lang, self.save_selection = selection, ui_lang, save_selection
        self.memory = memory
        self.missing: list[str] = []  # records of the saved or remembered state the catalogue no longer has
        self.ask_to_save: Callable[[], Answer] = self._ask_to_save  # tests answer in its place
        self.task: BackgroundTask | None = None
        self.printer: QPrinter | None = None  # kept: a temporary QPrinter under a dialog crashes Qt
        self._scratch: Path | None = None  # made on the first preview or print, removed when the dialog goes
        self.setWindowTitle(self.tr("Briefing pack"))
        self.setAccessibleName(self.tr("Briefing pack composer"))
        self.resize(860, 600)
        self._build()
        remembered = memory.recall(selection.subject) if memory is not None and state is None else None
        self._fill_tree(remembered.state if remembered else state or state_of_selection(selection))
        self.baseline = remembered.baseline if remembered else self.state()
        self._tell_restored(remembered is not None)

    # layout
    def _build(self) -> None:
        body = QHBoxLayout()
        body.addLayout(self._tree_column(), 3)
        body.addLayout(self._options_column(), 2)
        self._status_widgets()
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout.addLayout(running)
        restored = QHBoxLayout()
        restored.addWidget(self.status, 1)
        restored.addWidget(self.start_again_button)
        layout.addLayout(restored)
        layout.addWidget(self.missing_label)
        layout.addWidget(self._buttons())

    def _tree_column(self) -> QVBoxLayout:
        """The sections and records to include, with the buttons that reorder them."""
        self.tree = ComposerTree()
        self.tree.setHeaderLabels([self.tr("Sections and records to include")])
        self.tree.setAccessibleName(self.tr("Sections and records"))
        up, down = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        left = QVBoxLayout()
        left.addWidget(self.tree)
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        left.addLayout(moves)
        return left

    def _options_column(self) -> PackOptionsForm:
        """The pack's form, title, languages, paper and notes; its boxes are the dialog's attributes too, as
        callers and tests have always reached them."""
        self.options_form = form = PackOptionsForm(self.selection.subject, self.ui_lang)
        self.template_box, self.title_edit, self.notes_check = form.template_box, form.title_edit, form.notes_check
        self.lang_box, self.second_box, self.paper_box = form.lang_box, form.second_box, form.paper_box
        self.template_box.currentIndexChanged.connect(self._template_changed)
        if self.settings is not None:
            form.apply_defaults(self.settings)
        return form

    def _status_widgets(self) -> None:
        """Below the body: the progress of a pack being made, what happened, what the state left out."""
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # file names and error lines are data
        self.status.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setVisible(False)
        self.start_again_button = QPushButton(self.tr("Start again"))
        self.start_again_button.setVisible(False)
        self.start_again_button.clicked.connect(self.start_again)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = box.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = box.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = box.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.word_button = box.addButton(self.tr("Save as Word…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_pack)
        self.save_button.clicked.connect(self.save_pdf)
        self.word_button.clicked.connect(self.save_docx)
        if self.save_selection is not None:
            keep = box.addButton(self.tr("Save pack…"), QDialogButtonBox.ButtonRole.ActionRole)
            keep.clicked.connect(self._save_selection)
        box.rejected.connect(self.reject)
        add_help_button(box, self, "packs")
        return box

    def _fill_tree(self, state: State) -> None:
        """The tree from a state; records the catalogue no longer has are listed below it, not dropped silently."""
        self.options_form.set_state(state)
        self.missing = self.tree.fill(state["sections"], section_titles(), self.catalogue, self.ui_lang)
        self.missing_label.setVisible(bool(self.missing))
        self.missing_label.setText(
            self.tr("No longer in the catalogue, left out: %1").replace("%1", "; ".join(self.missing))
        )

    def state(self) -> State:
        """Everything the delegate chose, in the tree's order, ticked or not."""
        return {**self.options_form.state(), "sections": self.tree.sections_state()}

    def _template_changed(self) -> None:
        """Another form: its own sections, proposed afresh for the same subject (languages and paper stay)."""
        template = self.template_box.currentData()
        proposal = self.service.propose(self.selection.subject, template)
        keep = {k: v for k, v in self.state().items() if k != "sections"}
        self._fill_tree({**state_of_selection(proposal, template), **keep, "template": template})

    def start_again(self) -> None:
        """Forget the remembered choices: the proposal for this subject, as first offered."""
        template = self.template_box.currentData()
        self._fill_tree(state_of_selection(self.service.propose(self.selection.subject, template), template))
        self.start_again_button.setVisible(False)
        self.status.setText("")

    def _tell_restored(self, restored: bool) -> None:
        self.start_again_button.setVisible(restored)
        if restored:
            self.status.setText(self.tr("Your earlier choices for this pack are back."))

    def _move(self, step: int) -> None:
        self.tree.move_current(step)

    # the current choice
    def current_selection(self) -> BriefingSelection:
        sections = self.tree.chosen()
        subject = dataclasses.replace(self.selection.subject, title=self.title_edit.text().strip())
        return BriefingSelection(subject, self.selection.hosts, tuple(sections))

    def current_options(self) -> BriefingOptions:
        return self.options_form.briefing_options()

    # actions
    def generate(self, target: Path, then: Callable[[PackResult], None]) -> None:
        if self.task is not None:
            return
        selection, options = self.current_selection(), self.current_options()
        self.task = self.runner.start(
            lambda progress, cancel: self.service.render(selection, options, target, progress, cancel)
        )
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(lambda result: self._done(result, then))
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(lambda: self._stopped(self.tr("Cancelled.")))
        self._running(True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def preview(self) -> None:
        self.generate(self.scratch_dir() / "preview.pdf", self._show_preview)

    def save_pdf(self) -> None:
        folder = self.settings.load().last_save_dir if self.settings else ""
        start = str(Path(folder) / "briefing.pdf") if folder and Path(folder).is_dir() else "briefing.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save briefing pack"), start,
                                                    self.tr("PDF files (*.pdf)"))  # fmt: skip
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else f"{path}.pdf"))

    def save_to(self, target: Path) -> None:
        """Make the pack into `target`, remember its folder, then offer to open it or show its folder."""
        if self.settings is not None:
            self.settings.update(last_save_dir=str(target.parent))
        self.generate(target, self._saved)

    def _saved(self, result: PackResult) -> None:
        from iurc_desktop.ui.saved_file import SavedFileBox

        text = self.tr("Saved %1 (%2 pages).").replace("%1", str(result.path)).replace("%2", str(result.pages))
        self.status.setText(text)
        announce(self, text)
        self.saved_box = SavedFileBox(result.path, text, self)
        self.saved_box.open()

    def save_docx(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save briefing pack as Word"), "briefing.docx", self.tr("Word documents (*.docx)")
        )
        if path:
            target = Path(path if path.lower().endswith(".docx") else f"{path}.docx")
            self.generate(target, lambda r: self.status.setText(self.tr("Saved %1.").replace("%1", str(r.path))))

    def print_pack(self) -> None:
        self.generate(self.scratch_dir() / "print.pdf", self._print)

    def _save_selection(self) -> bool:
        assert self.save_selection is not None
        name, ok = QInputDialog.getText(self, self.tr("Save pack"), self.tr("Name:"), text=self.title_edit.text())
        if ok and name.strip():
            self.save_named(name.strip())
            return True
        return False

    def save_named(self, name: str) -> None:
        """Keep this composition under a name: it is listed in Saved packs and can be built again later."""
        assert self.save_selection is not None
        state = self.state()
        self.save_selection(name, pack_payload(self.current_selection(), state))
        self.baseline = state
        self.status.setText(self.tr("Saved as “%1” in Saved packs.").replace("%1", name))

    # background results
    def _running(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not on)
        if on:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Preparing the pack…"))

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: PackResult, then: Callable[[PackResult], None]) -> None:
        self.task = None
        self._running(False)
        self.status.setText("")
        self.pack_ready.emit(result)
        then(result)

    def _failed(self, error: object) -> None:
        from iurc_desktop.services.failures import as_user_error
        from iurc_desktop.ui.bug_dialog import failure_text

        assert isinstance(error, BaseException)  # BackgroundRunner's contract
        message = failure_text(error, self)  # a bug opens the bug dialog itself
        self._stopped(self.tr("The pack could not be made: %1").replace("%1", message))
        if as_user_error(error) is not None:
            # window-modal, not a nested event loop: the dialog stays responsive and tests never block on it
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Briefing pack"),
                self.status.text(),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.error_box.setTextFormat(Qt.TextFormat.PlainText)
            self.error_box.open()

    def _stopped(self, message: str) -> None:
        self.task = None
        self._running(False)
        self.status.setText(message)

    def _show_preview(self, result: PackResult) -> None:
        self.preview_window = PdfPreviewDialog(result.path, self)
        self.preview_window.print_requested.connect(lambda: self._print(result, self.preview_window))
        self.preview_window.show()

    def _print(self, result: PackResult, over: QWidget | None = None) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, over or self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(result.path, self.printer)
            self.status.setText(self.tr("Sent to the printer."))

    # closing keeps the work (while the app runs) and asks before unsaved changes leave with the window
    def reject(self) -> None:
        if not same_choices(self.state(), self.baseline) and self.save_selection is not None:
            answer = self.ask_to_save()
            if answer == Answer.Cancel or (answer == Answer.Save and not self._save_selection()):
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def _ask_to_save(self) -> Answer:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Briefing pack"),
            self.tr("Save this pack under a name before closing?"),
            Answer.Save | Answer.Discard | Answer.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Your choices are kept until you quit; a saved pack is kept for good."))
        return Answer(box.exec())

    def scratch_dir(self) -> Path:
        """A private folder for preview and print files: removed on close, or when the dialog is collected
        without being closed (weakref.finalize, so nothing leaks and nothing warns)."""
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="iurc-pack-"))
            self._remove_scratch = weakref.finalize(self, shutil.rmtree, self._scratch, ignore_errors=True)
        return self._scratch

    def done(self, code: int) -> None:
        if self.memory is not None:
            self.memory.remember(self.selection.subject, self.state(), self.baseline)
        self.cancel()
        self.runner.wait(5000)
        if self._scratch is not None:
            self._remove_scratch()
            self._scratch = None
        super().done(code)
