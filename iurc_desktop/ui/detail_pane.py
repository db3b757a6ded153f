"""The right-hand pane: a record's page, its favourite star, the delegate's notes on it."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
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

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.services.locale_format import format_date
from iurc_desktop.ui.briefing_launcher import no_pack_reason
from iurc_desktop.ui.reading_colours import ReadingColours

if TYPE_CHECKING:
    from iurc_desktop.domain.user import Note
    from iurc_desktop.services.catalogue import CatalogueService
    from iurc_desktop.services.user import UserDataService


class DetailPane(QWidget):
    link_activated = Signal(object)  # RecordKey
    briefing_requested = Signal(object)  # RecordKey
    map_requested = Signal(object)  # RecordKey: a place, partnership or event to show on the map

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue: CatalogueService | None = None
        self.user: UserDataService | None = None
        self.key: RecordKey | None = None
        self.key_of_notes: RecordKey | None = None
        self.editing: Note | None = None  # the note the box is editing, or None when it writes a new one
        self.deleted: Note | None = None  # the last deleted note, until Undo or another record
        self.lang = Lang.EN
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        self._follow_palette()
        self._record_buttons()
        self._notes_widgets()
        self._note_action_buttons()
        self._layout()
        self.retranslate()
        self.show_record(None)

    def _record_buttons(self) -> None:
        """Above the page: the favourite star, the briefing pack and the map of the record."""
        self.favourite_button = QPushButton()
        self.favourite_button.setCheckable(True)
        self.favourite_button.toggled.connect(self._favourite_toggled)
        self.brief_button = QPushButton()
        self.brief_button.clicked.connect(lambda: self._emit_key(self.briefing_requested))
        self.map_button = QPushButton()
        self.map_button.clicked.connect(lambda: self._emit_key(self.map_requested))

    def _emit_key(self, signal: SignalInstance) -> None:
        if self.key:  # no record shown, nothing to ask for
            signal.emit(self.key)

    def _notes_widgets(self) -> None:
        """The list of the record's notes (F2 edits, Delete deletes) and the box that writes or edits one."""
        self.notes_label = QLabel()
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_list = QListWidget()
        self.notes_list.setMaximumHeight(96)
        self.notes_list.itemDoubleClicked.connect(lambda _item: self.edit_note())
        self.notes_list.currentRowChanged.connect(lambda _row: self._note_buttons())
        for keys, slot in (("F2", self.edit_note), ("Delete", self.delete_note)):
            key_shortcut = QShortcut(QKeySequence(keys), self.notes_list)
            key_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            key_shortcut.activated.connect(slot)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(56)
        self.note_edit.setTabChangesFocus(True)  # Tab leaves the box; Ctrl+Enter adds or saves the note
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)

    def _note_action_buttons(self) -> None:
        """Below the box: add or save, edit, cancel the edit, delete, and Undo after a delete."""
        self.add_note_button = QPushButton()
        self.add_note_button.clicked.connect(self.add_note)
        self.edit_note_button = QPushButton()
        self.edit_note_button.clicked.connect(self.edit_note)
        self.cancel_edit_button = QPushButton()
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.delete_note_button = QPushButton()
        self.delete_note_button.clicked.connect(self.delete_note)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_label = QLabel()
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.favourite_button)
        top.addWidget(self.brief_button)
        top.addWidget(self.map_button)
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.undo_label)
        note_buttons.addWidget(self.undo_button)
        note_buttons.addStretch(1)
        for button in (self.edit_note_button, self.delete_note_button, self.cancel_edit_button, self.add_note_button):
            note_buttons.addWidget(button)
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
        self.map_button.setText(self.tr("Show on map"))
        self._explain_record_buttons()
        if self.key is not None and not self.notes_list.count():  # an empty box says why and what to do
            self.notes_label.setText(self.tr("My notes: none on this record yet; write one below."))
        else:
            self.notes_label.setText(self.tr("My notes"))
        self.note_edit.setPlaceholderText(self.tr("Write a note on this record… (Ctrl+Enter adds it)"))
        self.note_edit.setAccessibleName(self.tr("Edit note") if self.editing else self.tr("New note"))
        self.notes_list.setAccessibleName(self.tr("My notes"))
        self.browser.setAccessibleName(self.tr("Record"))
        self.add_note_button.setText(self.tr("Save note") if self.editing else self.tr("Add note"))
        self.edit_note_button.setText(self.tr("Edit"))
        self.cancel_edit_button.setText(self.tr("Cancel"))
        self.delete_note_button.setText(self.tr("Delete note"))
        self.undo_label.setText(self.tr("Note deleted."))
        self.undo_button.setText(self.tr("Undo"))

    def attach(self, catalogue: CatalogueService, user: UserDataService) -> None:
        self.catalogue, self.user = catalogue, user

    def show_record(self, key: RecordKey | None, lang: Lang | None = None) -> None:
        if self.catalogue is None or self.user is None:
            key = None  # still opening the catalogue
        self.key = key
        self.lang = lang or self.lang
        self._enable_for(key)
        if key is None:
            hint = self.tr("Choose a record on the left, or search for one.")
            self.browser.setHtml(f"<p>{escape(hint)}</p>")
            self.notes_list.clear()
            self._note_buttons()  # no record, no note to edit or undo: their buttons go too
            return
        assert self.user is not None
        self._show_page(key)
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(self.user.is_favourite(key))
        self.favourite_button.blockSignals(False)
        self.retranslate()
        self._load_notes()

    def _enable_for(self, key: RecordKey | None) -> None:
        """The buttons and boxes that need a record, and those that need one of their kinds (pack, map)."""
        enabled = key is not None
        for widget in (
            self.favourite_button,
            self.brief_button,
            self.note_edit,
            self.add_note_button,
            self.notes_list,
        ):
            widget.setEnabled(enabled)
        if key != self.key_of_notes:
            self.editing, self.deleted = None, None  # another record: the pending edit and undo end here
            self.key_of_notes = key
        self.brief_button.setEnabled(enabled and key is not None and key.kind in BRIEFABLE)
        self.map_button.setEnabled(enabled and key is not None and key.kind in MAPPABLE)
        self._explain_record_buttons()

    def _explain_record_buttons(self) -> None:
        """The pack and map buttons say what they do, or, greyed out, why not (a person has no pack or map)."""
        self.brief_button.setToolTip(
            no_pack_reason(self.key)
            or QCoreApplication.translate("MainWindow", "Make a briefing pack for this record (Ctrl+P)")
        )
        if self.map_button.isEnabled():
            self.map_button.setToolTip(
                QCoreApplication.translate("MainWindow", "The open place, partnership or event on the map (Ctrl+M)")
            )
        elif self.key is None:
            self.map_button.setToolTip(
                QCoreApplication.translate("MainWindow", "Open a place, partnership or event first.")
            )
        else:
            self.map_button.setToolTip(
                self.tr("Only places, partnerships and events are on the map; open one of those from this page.")
            )

    def _show_page(self, key: RecordKey) -> None:
        """The record's page, or why there is none: removed in an update, or never in this catalogue."""
        assert self.catalogue is not None
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
            from iurc_desktop.ui.record_page import RecordPage  # the page builder loads after the first paint

            self.browser.setHtml(RecordPage(self.catalogue, self.lang).html(record))

    def _load_notes(self) -> None:
        self.notes_list.clear()
        if self.key is not None and self.user is not None:
            for note in self.user.notes(self.key):
                item = QListWidgetItem(f"{self._note_times(note)} — {note.body}")
                item.setData(Qt.ItemDataRole.UserRole, note.id)
                item.setData(NOTE_ROLE, note)
                item.setToolTip(note.body)
                self.notes_list.addItem(item)
        self._note_buttons()
        self.retranslate()

    def _note_times(self, note: Note) -> str:
        created = self._when(note.created_at)
        if note.updated_at - note.created_at < dt.timedelta(minutes=1):
            return created
        return self.tr("%1, edited %2").replace("%1", created).replace("%2", self._when(note.updated_at))

    def _when(self, moment: dt.datetime) -> str:
        local = moment.astimezone()  # stored in UTC, shown in the delegate's own time
        return f"{format_date(local.date(), self.lang, 'medium')} {local:%H:%M}"

    def _note_buttons(self) -> None:
        chosen = self.notes_list.currentItem() is not None and self.key is not None
        self.edit_note_button.setEnabled(chosen and self.editing is None)
        self.delete_note_button.setEnabled(chosen and self.editing is None)
        self.cancel_edit_button.setVisible(self.editing is not None)
        self.undo_label.setVisible(self.deleted is not None)
        self.undo_button.setVisible(self.deleted is not None)
        self.retranslate_notes()

    def retranslate_notes(self) -> None:
        self.add_note_button.setText(self.tr("Save note") if self.editing else self.tr("Add note"))
        self.note_edit.setAccessibleName(self.tr("Edit note") if self.editing else self.tr("New note"))

    def add_note(self) -> None:
        """Add the box's text as a new note, or save it into the note being edited."""
        body = self.note_edit.toPlainText().strip()
        if self.key is None or self.user is None or not body:
            return
        if self.editing is not None:
            self.user.update_note(self.editing.id, body)
            self.editing = None
        else:
            self.user.add_note(self.key, body)
        self.note_edit.clear()
        self._load_notes()

    def edit_note(self) -> None:
        item = self.notes_list.currentItem()
        if item is None or self.user is None:
            return
        self.editing = item.data(NOTE_ROLE)
        assert self.editing is not None
        self.note_edit.setPlainText(self.editing.body)
        self.note_edit.setFocus()
        self.note_edit.moveCursor(QTextCursor.MoveOperation.End)
        self._note_buttons()

    def cancel_edit(self) -> None:
        self.editing = None
        self.note_edit.clear()
        self._note_buttons()

    def delete_note(self) -> None:
        """Delete at once, with Undo beside the list (no dialog in the way of a quick tidy-up)."""
        item = self.notes_list.currentItem()
        if item is not None and self.user is not None:
            self.deleted = item.data(NOTE_ROLE)
            self.user.delete_note(int(item.data(Qt.ItemDataRole.UserRole)))
            self._load_notes()
            self.undo_button.setFocus()

    def undo_delete(self) -> None:
        if self.deleted is not None and self.user is not None:
            self.user.restore_note(self.deleted)
            self.deleted = None
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

    def _follow_palette(self) -> None:
        colours = ReadingColours.from_palette(self.palette())
        self.browser.document().setDefaultStyleSheet(colours.style_sheet())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:  # light/dark/high contrast switched while open
            self._follow_palette()
            self.show_record(self.key)
        super().changeEvent(event)


NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
BRIEFABLE = (Kind.PLACE, Kind.EVENT, Kind.CASE_STUDY, Kind.PARTNERSHIP, Kind.NETWORK, Kind.CLUSTER, Kind.CHALLENGE)
MAPPABLE = (Kind.PLACE, Kind.EVENT, Kind.PARTNERSHIP)  # what MapView.show_record draws
