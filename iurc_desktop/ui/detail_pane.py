"""The right-hand pane: a record's page, its favourite star, the delegate's notes on it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.locale_format import format_date
from iurc_desktop.ui.record_page import RecordPage

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueService
    from iurc_desktop.services.user import UserDataService


class DetailPane(QWidget):
    link_activated = Signal(object)  # RecordKey
    briefing_requested = Signal(object)  # RecordKey

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue: CatalogueService | None = None
        self.user: UserDataService | None = None
        self.key: RecordKey | None = None
        self.lang = Lang.EN
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        self.favourite_button = QPushButton()
        self.favourite_button.setCheckable(True)
        self.favourite_button.toggled.connect(self._favourite_toggled)
        self.brief_button = QPushButton()
        self.brief_button.clicked.connect(lambda: self.key and self.briefing_requested.emit(self.key))
        self.notes_label = QLabel()
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_list = QListWidget()
        self.notes_list.setMaximumHeight(84)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(56)
        self.add_note_button = QPushButton()
        self.add_note_button.clicked.connect(self.add_note)
        self.delete_note_button = QPushButton()
        self.delete_note_button.clicked.connect(self.delete_note)
        self._layout()
        self.retranslate()
        self.show_record(None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.favourite_button)
        top.addWidget(self.brief_button)
        note_buttons = QHBoxLayout()
        note_buttons.addStretch(1)
        note_buttons.addWidget(self.delete_note_button)
        note_buttons.addWidget(self.add_note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_list)
        layout.addWidget(self.note_edit)
        layout.addLayout(note_buttons)

    def retranslate(self) -> None:
        self.favourite_button.setText(
            self.tr("★ Favourite") if self.favourite_button.isChecked() else self.tr("☆ Add to favourites")
        )
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.brief_button.setText(self.tr("Briefing pack…"))
        self.notes_label.setText(self.tr("My notes"))
        self.note_edit.setPlaceholderText(self.tr("Write a note on this record…"))
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.notes_list.setAccessibleName(self.tr("My notes"))
        self.browser.setAccessibleName(self.tr("Record"))
        self.add_note_button.setText(self.tr("Add note"))
        self.delete_note_button.setText(self.tr("Delete note"))

    def attach(self, catalogue: CatalogueService, user: UserDataService) -> None:
        self.catalogue, self.user = catalogue, user

    def show_record(self, key: RecordKey | None, lang: Lang | None = None) -> None:
        if self.catalogue is None or self.user is None:
            key = None  # still opening the catalogue
        self.key = key
        self.lang = lang or self.lang
        enabled = key is not None
        for widget in (
            self.favourite_button,
            self.brief_button,
            self.note_edit,
            self.add_note_button,
            self.delete_note_button,
            self.notes_list,
        ):
            widget.setEnabled(enabled)
        self.brief_button.setEnabled(enabled and key is not None and key.kind in BRIEFABLE)
        if key is None:
            hint = self.tr("Choose a record on the left, or search for one.")
            self.browser.setHtml(f"<p>{escape(hint)}</p>")
            self.notes_list.clear()
            return
        assert self.catalogue is not None and self.user is not None
        record = self.catalogue.find(key.kind, key.id)
        if record is None:
            removed = self.catalogue.removed_in(key.kind, key.id)
            if removed is None:
                gone = self.tr("This record is not in the current catalogue.")
            else:
                gone = self.tr("“%1” was removed in catalogue version %2. Your notes on it are kept below.")
                gone = gone.replace("%1", removed[0].in_lang(self.lang)).replace("%2", removed[1])
            self.browser.setHtml(f"<p>{escape(gone)}</p>")
        else:
            self.browser.setHtml(RecordPage(self.catalogue, self.lang).html(record))
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(self.user.is_favourite(key))
        self.favourite_button.blockSignals(False)
        self.retranslate()
        self._load_notes()

    def _load_notes(self) -> None:
        self.notes_list.clear()
        if self.key is None or self.user is None:
            return
        for note in self.user.notes(self.key):
            item = QListWidgetItem(f"{format_date(note.updated_at.date(), self.lang, 'short')} — {note.body}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes_list.addItem(item)

    def add_note(self) -> None:
        body = self.note_edit.toPlainText().strip()
        if self.key is None or self.user is None or not body:
            return
        self.user.add_note(self.key, body)
        self.note_edit.clear()
        self._load_notes()

    def delete_note(self) -> None:
        item = self.notes_list.currentItem()
        if item is not None and self.user is not None:
            self.user.delete_note(int(item.data(Qt.ItemDataRole.UserRole)))
            self._load_notes()

    def _favourite_toggled(self, on: bool) -> None:
        if self.key is not None and self.user is not None:
            self.user.set_favourite(self.key, on)
        self.retranslate()

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("iurc:") and "/" in text:
            kind, record_id = text[5:].split("/", 1)
            self.link_activated.emit(RecordKey(Kind(kind), QUrl.fromPercentEncoding(record_id.encode())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


BRIEFABLE = (Kind.PLACE, Kind.EVENT, Kind.CASE_STUDY, Kind.PARTNERSHIP)
