"""Saved packs: the compositions a delegate kept, to open (and build again on today's catalogue), rename, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.locale_format import format_iso

if TYPE_CHECKING:
    from iurc_desktop.services.user import UserDataService

ID_ROLE = Qt.ItemDataRole.UserRole


class SavedPacksDialog(QDialog):
    open_requested = Signal(object)  # the saved payload

    def __init__(self, user: UserDataService, parent: QWidget | None = None, lang: Lang = Lang.EN) -> None:
        super().__init__(parent)
        self.user, self.lang = user, lang
        self.setWindowTitle(self.tr("Saved packs"))
        self.resize(520, 380)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved packs"))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.empty = QLabel(self.tr("No saved packs yet. In the briefing composer, choose Save pack… to keep one."))
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open and build again"))
        self.open_button.setToolTip(self.tr("Opens the pack's choices on today's catalogue"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.open_button.clicked.connect(self.open_current)
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.list.clear()
        self.payloads: dict[int, dict[str, Any]] = {}
        for selection, saved_at in self.user.selections_with_times():
            when = format_iso(saved_at, self.lang)  # kept in UTC, shown in local time as the reader writes it
            item = QListWidgetItem(f"{selection.name}  —  {when}")
            item.setData(ID_ROLE, selection.id)
            self.payloads[selection.id] = dict(selection.payload)
            self.list.addItem(item)
            if selection.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self._enable()

    def names(self) -> list[str]:
        return [self.list.item(i).text().split("  —  ")[0] for i in range(self.list.count())]

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def open_current(self) -> None:
        selection_id = self.current_id()
        if selection_id is not None:
            self.open_requested.emit(self.payloads[selection_id])

    def rename_current(self, name: str | None = None) -> bool:
        selection_id = self.current_id()
        if selection_id is None:
            return False
        if name is None:
            old = self.names()[self.list.currentRow()]
            name, ok = QInputDialog.getText(self, self.tr("Rename pack"), self.tr("Name:"), text=old)
            if not ok:
                return False
        name = name.strip()
        if not name:
            return False
        if not self.user.rename_selection(selection_id, name):
            self.box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Saved packs"),
                                   self.tr("Another saved pack is called “%1”.").replace("%1", name),
                                   QMessageBox.StandardButton.Ok, self)  # fmt: skip
            self.box.open()
            return False
        self.refresh(selection_id)
        return True

    def delete_current(self, confirmed: bool = False) -> None:
        selection_id = self.current_id()
        if selection_id is None:
            return
        if not confirmed:
            name = self.names()[self.list.currentRow()]
            answer = QMessageBox.question(
                self, self.tr("Delete pack"), self.tr("Delete the saved pack “%1”?").replace("%1", name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.user.delete_selection(selection_id)
        self.refresh()

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)
