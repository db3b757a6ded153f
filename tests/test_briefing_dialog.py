"""The briefing composer window: choose sections, make the pack in the background, preview, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.briefing.compose import BriefingSubject, SectionKind
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.storage.catalogue_db import CatalogueStore
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.briefing_dialog import BriefingDialog, print_pdf


@pytest.fixture
def dialog(qtbot: QtBot, data_dir: Path) -> BriefingDialog:
    catalogue = CatalogueService(CatalogueStore(data_dir / "catalogue.sqlite3"))
    service = BriefingService(catalogue)
    saved: dict[str, dict[str, object]] = {}
    selection = service.propose(BriefingSubject(places=("yangzhou",), title="Yangzhou visit"))
    widget = BriefingDialog(
        service,
        catalogue,
        BackgroundRunner(),
        selection,
        Lang.ZH,
        lambda name, payload: saved.__setitem__(name, payload),
    )
    widget.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # closing at teardown never waits on a question
    qtbot.addWidget(widget)
    return widget


def top_item(dialog: BriefingDialog, kind: SectionKind) -> int:
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        assert item is not None
        if item.data(0, Qt.ItemDataRole.UserRole) == kind.value:
            return i
    raise AssertionError(kind)


def test_records_are_listed_in_the_interface_language(dialog: BriefingDialog) -> None:
    host = dialog.tree.topLevelItem(top_item(dialog, SectionKind.HOST))
    assert host is not None and host.child(0) is not None
    assert host.child(0).text(0) == "扬州"  # type: ignore[union-attr]


def test_unchecked_and_moved_sections_shape_the_pdf(dialog: BriefingDialog, qtbot: QtBot, tmp_path: Path) -> None:
    glossary = dialog.tree.topLevelItem(top_item(dialog, SectionKind.GLOSSARY))
    assert glossary is not None
    glossary.setCheckState(0, Qt.CheckState.Unchecked)
    people = dialog.tree.topLevelItem(top_item(dialog, SectionKind.PEOPLE))
    assert people is not None
    dialog.tree.setCurrentItem(people)
    for _ in range(5):
        dialog._move(-1)
    dialog.lang_box.setCurrentIndex(0)  # English pack
    target = tmp_path / "pack.pdf"
    with qtbot.waitSignal(dialog.pack_ready, timeout=30000):
        dialog.generate(target, lambda _result: None)
    titles = [item.title for item in PdfReader(target).outline if not isinstance(item, list)]
    assert "Glossary" not in titles
    assert titles.index("People from previous exchanges") < titles.index("Host profile")


def test_preview_shows_the_pages(dialog: BriefingDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.pack_ready, timeout=30000):
        dialog.preview()
    qtbot.waitUntil(lambda: hasattr(dialog, "preview_window"))
    assert dialog.preview_window.document.pageCount() >= 3


def test_cancel_leaves_no_file(dialog: BriefingDialog, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "never.pdf"
    dialog.generate(target, lambda _result: None)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.signals.cancelled, timeout=30000):
        dialog.cancel()
    assert not target.exists()
    assert dialog.preview_button.isEnabled()


def test_printing_sends_every_page(dialog: BriefingDialog, qtbot: QtBot, tmp_path: Path) -> None:
    with qtbot.waitSignal(dialog.pack_ready, timeout=30000) as blocker:
        dialog.generate(tmp_path / "print.pdf", lambda _result: None)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(blocker.args[0].path, printer) == blocker.args[0].pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == blocker.args[0].pages
