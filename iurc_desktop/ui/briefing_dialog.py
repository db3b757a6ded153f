"""Compose, preview, print and save a briefing pack. The PDF is made in the background and can be cancelled."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
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

from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.briefing.compose import BriefingSelection, Section, SectionKind
from iurc_desktop.services.briefing.document import BriefingOptions
from iurc_desktop.services.briefing.service import BriefingService, PackResult
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.ui.announce import announce
from iurc_desktop.ui.background import BackgroundRunner, BackgroundTask
from iurc_desktop.ui.help_window import add_help_button

if TYPE_CHECKING:
    from iurc_desktop.services.settings import SettingsService

KEY_ROLE = Qt.ItemDataRole.UserRole
SaveSelection = Callable[[str, dict[str, Any]], object]


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
        settings: SettingsService | None = None,  # pack defaults from Preferences, the last save folder
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.service, self.catalogue, self.runner = service, catalogue, runner
        self.selection, self.ui_lang, self.save_selection = selection, ui_lang, save_selection
        self.task: BackgroundTask | None = None
        self.printer: QPrinter | None = None  # kept: a temporary QPrinter under a dialog crashes Qt
        self._scratch: Path | None = None  # made on the first preview or print, removed when the dialog goes
        self.setWindowTitle(self.tr("Briefing pack"))
        self.setAccessibleName(self.tr("Briefing pack composer"))
        self.resize(860, 600)
        self._build()
        self._fill_tree()

    # layout
    def _build(self) -> None:
        self.tree = QTreeWidget()
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
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(self._options_form(), 2)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # file names and error lines are data
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout.addLayout(running)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())

    def _options_form(self) -> QFormLayout:
        form = QFormLayout()
        self.title_edit = QLineEdit(self.selection.subject.title)
        self.lang_box = QComboBox()
        self.second_box = QComboBox()
        self.second_box.addItem(self.tr("None"), "")
        for lang in LANGS:  # Qt hands str subclasses back as plain str: store the code
            self.lang_box.addItem(lang.native_name, lang.value)
            self.second_box.addItem(lang.native_name, lang.value)
        self.lang_box.setCurrentIndex(LANGS.index(self.ui_lang))
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem(self.tr("US Letter"), "letter")
        self.notes_check = QCheckBox(self.tr("Include my notes"))
        self.notes_check.setChecked(True)
        self._apply_defaults()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Pack language"), self.lang_box)
        form.addRow(self.tr("Second language"), self.second_box)
        form.addRow(self.tr("Paper"), self.paper_box)
        form.addRow("", self.notes_check)
        for widget, name in (
            (self.title_edit, self.tr("Title")),
            (self.lang_box, self.tr("Pack language")),
            (self.second_box, self.tr("Second language")),
            (self.paper_box, self.tr("Paper")),
        ):
            widget.setAccessibleName(name)
        return form

    def _apply_defaults(self) -> None:
        if self.settings is None:
            return
        saved = self.settings.load()
        chosen = saved.pack_lang or self.ui_lang
        self.lang_box.setCurrentIndex(self.lang_box.findData(chosen.value))
        second = saved.pack_second_lang.value if saved.pack_second_lang else ""
        self.second_box.setCurrentIndex(max(self.second_box.findData(second), 0))
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(saved.paper), 0))
        self.notes_check.setChecked(saved.include_notes)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = box.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = box.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = box.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_pack)
        self.save_button.clicked.connect(self.save_pdf)
        if self.save_selection is not None:
            keep = box.addButton(self.tr("Save selection…"), QDialogButtonBox.ButtonRole.ActionRole)
            keep.clicked.connect(self._save_selection)
        box.rejected.connect(self.reject)
        add_help_button(box, self, "packs")
        return box

    def section_titles(self) -> dict[SectionKind, str]:
        return {
            SectionKind.COVER: self.tr("Cover"),
            SectionKind.AGENDA: self.tr("Day-by-day agenda"),
            SectionKind.GLANCE: self.tr("At a glance"),
            SectionKind.MAP: self.tr("Map"),
            SectionKind.HOST: self.tr("Host profile"),
            SectionKind.HISTORY: self.tr("History of cooperation"),
            SectionKind.PARTNERS: self.tr("Partners and places with shared interests"),
            SectionKind.THEMES: self.tr("Clusters and cross-cutting challenges"),
            SectionKind.PEOPLE: self.tr("People from previous exchanges"),
            SectionKind.TALKING_POINTS: self.tr("Suggested talking points"),
            SectionKind.NOTES: self.tr("My notes"),
            SectionKind.SOURCES: self.tr("Sources"),
            SectionKind.GLOSSARY: self.tr("Glossary"),
        }

    def _fill_tree(self) -> None:
        titles = self.section_titles()
        for section in self.selection.sections:
            item = QTreeWidgetItem([titles[section.kind]])
            item.setData(0, KEY_ROLE, section.kind.value)
            item.setCheckState(0, Qt.CheckState.Checked)
            for key in section.records:
                child = QTreeWidgetItem([self.catalogue.ref(key.kind, key.id, self.ui_lang).title])
                child.setData(0, KEY_ROLE, (key.kind.value, key.id))
                child.setCheckState(0, Qt.CheckState.Checked)
                item.addChild(child)
            self.tree.addTopLevelItem(item)

    def _move(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        index = parent.indexOfChild(item) if parent else self.tree.indexOfTopLevelItem(item)
        count = parent.childCount() if parent else self.tree.topLevelItemCount()
        target = index + step
        if not 0 <= target < count:
            return
        if parent:
            parent.takeChild(index)
            parent.insertChild(target, item)
        else:
            expanded = item.isExpanded()
            self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(target, item)
            item.setExpanded(expanded)
        self.tree.setCurrentItem(item)

    # the current choice
    def current_selection(self) -> BriefingSelection:
        sections = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None or item.checkState(0) != Qt.CheckState.Checked:
                continue
            keys = []
            for j in range(item.childCount()):
                child = item.child(j)
                if child is not None and child.checkState(0) == Qt.CheckState.Checked:
                    kind, record_id = child.data(0, KEY_ROLE)
                    keys.append(RecordKey(Kind(kind), record_id))
            sections.append(Section(SectionKind(item.data(0, KEY_ROLE)), tuple(keys)))
        subject = dataclasses.replace(self.selection.subject, title=self.title_edit.text().strip())
        return BriefingSelection(subject, self.selection.hosts, tuple(sections))

    def current_options(self) -> BriefingOptions:
        second = self.second_box.currentData()
        return BriefingOptions(
            Lang(self.lang_box.currentData()),
            Lang(second) if second else None,
            self.paper_box.currentData(),
            include_notes=self.notes_check.isChecked(),
        )

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

    def print_pack(self) -> None:
        self.generate(self.scratch_dir() / "print.pdf", self._print)

    def _save_selection(self) -> None:
        assert self.save_selection is not None
        name, ok = QInputDialog.getText(self, self.tr("Save selection"), self.tr("Name:"), text=self.title_edit.text())
        if ok and name.strip():
            self.save_selection(name.strip(), self.current_selection().to_payload())
            self.status.setText(self.tr("Selection saved."))

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
        self.preview_window.show()

    def _print(self, result: PackResult) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(result.path, self.printer)
            self.status.setText(self.tr("Sent to the printer."))

    def scratch_dir(self) -> Path:
        """A private folder for preview and print files: removed on close, or when the dialog is collected
        without being closed (weakref.finalize, so nothing leaks and nothing warns)."""
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="iurc-pack-"))
            self._remove_scratch = weakref.finalize(self, shutil.rmtree, self._scratch, ignore_errors=True)
        return self._scratch

    def done(self, code: int) -> None:
        self.cancel()
        self.runner.wait(5000)
        if self._scratch is not None:
            self._remove_scratch()
            self._scratch = None
        super().done(code)


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", path.name))
        self.resize(720, 900)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Pack preview"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page of a PDF as an image at the printer's resolution (max 300 dpi). Returns pages printed."""
    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), 300)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
    finally:
        painter.end()
    return document.pageCount()
