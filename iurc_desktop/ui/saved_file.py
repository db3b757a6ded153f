"""After a file is saved: a message that offers to open it or show it in its folder (QDesktopServices)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class SavedFileBox(QMessageBox):
    """Window-modal (`open()`, no nested event loop): *Open*, *Show in folder* or *Close*."""

    def __init__(self, path: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Information, "", text, QMessageBox.StandardButton.NoButton, parent)
        self.path = path
        self.setWindowTitle(self.tr("Saved"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the path is data
        self.open_button = self.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        self.folder_button = self.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        elif button is self.folder_button:
            # file managers differ in how they select a file; opening its folder works everywhere
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
