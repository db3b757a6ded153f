"""Files handed to the main window — dropped on it, given on the command line or by a second launch: a data bundle
opens the import preview, a visit plan file is added to the plans."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from iurc_desktop.ui.main_window import MainWindow


DATA_BUNDLE_SUFFIX = ".iurcdata"
VISIT_PLAN_SUFFIX = ".iurcplan"


def open_given_files(window: MainWindow, names: Sequence[str]) -> None:
    if names:  # to the front first, so the dialogs opened below stay above it
        window.raise_()
        window.activateWindow()
    for name in names:
        if name.endswith(DATA_BUNDLE_SUFFIX):
            window.import_update(Path(name))
        elif name.endswith(VISIT_PLAN_SUFFIX):
            window.open_plan_file(Path(name))


def accept_openable_drag(event: QDragEnterEvent) -> None:
    if any(url.toLocalFile().endswith((DATA_BUNDLE_SUFFIX, VISIT_PLAN_SUFFIX)) for url in event.mimeData().urls()):
        event.acceptProposedAction()


def open_dropped_files(window: MainWindow, event: QDropEvent) -> None:
    """One dropped data bundle is previewed (the first, if several); else every dropped plan is added."""
    names = [url.toLocalFile() for url in event.mimeData().urls()]
    bundles = [Path(name) for name in names if name.endswith(DATA_BUNDLE_SUFFIX)]
    plans = [Path(name) for name in names if name.endswith(VISIT_PLAN_SUFFIX)]
    if bundles:
        event.acceptProposedAction()
        window.import_update(bundles[0])
    elif plans:
        event.acceptProposedAction()
        for path in plans:
            window.open_plan_file(path)
