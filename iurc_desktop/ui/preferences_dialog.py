"""File › Preferences…: what the app remembers, in one place (stored through `services.settings`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.ui.help_window import add_help_button

if TYPE_CHECKING:
    from iurc_desktop.services.settings import Settings


class PreferencesDialog(QDialog):
    """Shows the stored settings; OK hands the changed `Settings` to `apply` (the main window stores them)."""

    def __init__(self, settings: Settings, ui_lang: Lang, data_dir: Path, apply: Callable[[Settings], None],
                 back_up: Callable[[], object], clear_recent: Callable[[], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("preferences")
        self.settings, self.ui_lang, self.data_dir = settings, ui_lang, data_dir
        self.apply_settings, self.back_up, self.clear_recent = apply, back_up, clear_recent
        self.setWindowTitle(self.tr("Preferences"))
        self.interface_box = self._lang_box(settings.language or ui_lang)
        self.pack_box = self._lang_box(settings.pack_lang, self.tr("Same as the interface"))
        self.second_box = self._lang_box(settings.pack_second_lang, self.tr("None"))
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem(self.tr("US Letter"), "letter")
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(settings.paper), 0))
        self.notes_check = QCheckBox(self.tr("Include my notes in packs"))
        self.notes_check.setChecked(settings.include_notes)
        self.channel_edit = QLineEdit(settings.channel_url)
        self.channel_edit.setPlaceholderText(self.tr("https://… (ask whoever publishes your updates)"))
        self.daily_check = QCheckBox(self.tr("Check once a day when the app starts"))
        self.daily_check.setChecked(settings.daily_check)
        self.folder_edit = QLineEdit(str(data_dir))
        self.folder_edit.setReadOnly(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        for group in (self._general(), self._packs(), self._updates(), self._data()):
            layout.addWidget(group)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        self.resize(560, 0)

    def _lang_box(self, chosen: Lang | None, none_label: str = "") -> QComboBox:
        box = QComboBox()
        if none_label:
            box.addItem(none_label, "")
        for lang in LANGS:  # Qt hands str subclasses back as plain str: store the code
            box.addItem(lang.native_name, lang.value)
        box.setCurrentIndex(max(box.findData(chosen.value if chosen else ""), 0))
        return box

    def _form_group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for label, widget in rows:
            form.addRow(label, widget)
            if label:
                widget.setAccessibleName(label.rstrip(":"))
        return group

    def _general(self) -> QGroupBox:
        return self._form_group(self.tr("General"), [(self.tr("Interface language"), self.interface_box)])

    def _packs(self) -> QGroupBox:
        rows = [(self.tr("Pack language"), self.pack_box), (self.tr("Second language"), self.second_box),
                (self.tr("Paper"), self.paper_box), ("", self.notes_check)]  # fmt: skip
        return self._form_group(self.tr("Briefing packs"), rows)

    def _updates(self) -> QGroupBox:
        rows = [(self.tr("Update channel address"), self.channel_edit), ("", self.daily_check)]
        return self._form_group(self.tr("Data updates"), rows)

    def _data(self) -> QGroupBox:
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton(self.tr("Back up my data…"))
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.clear_recent_button = QPushButton(self.tr("Clear recent records"))
        self.clear_recent_button.clicked.connect(self._clear_recent)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.open_folder_button)
        holder = QWidget()
        holder.setLayout(folder_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.clear_recent_button)
        buttons.addStretch(1)
        actions = QWidget()
        actions.setLayout(buttons)
        group = self._form_group(self.tr("My data"), [(self.tr("Data folder"), holder), ("", actions)])
        self.folder_edit.setAccessibleName(self.tr("Data folder"))
        return group

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        add_help_button(box, self, "preferences")
        return box

    def chosen(self) -> Settings:
        """The settings as the dialog shows them now."""

        def lang(box: QComboBox) -> Lang | None:
            code = box.currentData()
            return Lang(code) if code else None

        return dataclasses.replace(
            self.settings,
            language=lang(self.interface_box),
            pack_lang=lang(self.pack_box),
            pack_second_lang=lang(self.second_box),
            paper=str(self.paper_box.currentData()),
            include_notes=self.notes_check.isChecked(),
            channel_url=self.channel_edit.text().strip(),
            daily_check=self.daily_check.isChecked(),
        )

    def accept(self) -> None:
        self.apply_settings(self.chosen())
        super().accept()

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def _clear_recent(self) -> None:
        self.clear_recent()
        self.status.setText(self.tr("Recent records cleared."))
