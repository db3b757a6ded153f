"""The Ctrl+E quick-open list: recent and favourite records, narrowed as the delegate types."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from iurc_desktop.ui.recent_records import KEY_ROLE, Entry


class QuickOpenDialog(QDialog):
    """Type to narrow the list, Enter (or a double click) opens the record."""

    chosen = Signal(object)  # RecordKey

    def __init__(self, entries: list[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick-open")
        self.entries = entries
        self.setWindowTitle(self.tr("Open a recent or favourite record"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type to filter"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recent and favourite records"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what the delegate typed
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.filter_edit.textChanged.connect(self.refilter)
        self.filter_edit.returnPressed.connect(self.open_current)
        self.filter_edit.installEventFilter(self)  # Up/Down in the box move in the list
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.resize(520, 420)
        self.refilter("")

    def refilter(self, text: str) -> None:
        words = text.casefold().split()
        self.list.clear()
        for entry in self.entries:
            if all(word in entry.title.casefold() for word in words):
                marks = ("★ " if entry.favourite else "") + entry.title
                item = QListWidgetItem(marks)
                item.setData(KEY_ROLE, entry.key)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self.list.count())
        if not self.entries:
            self.empty.setText(self.tr("Nothing to open yet: the records you open and your favourites appear here."))
        else:
            self.empty.setText(self.tr("No recent or favourite record matches “%1”.").replace("%1", text.strip()))

    def visible_titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(KEY_ROLE))
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and self.list.count():
                self.list.setCurrentRow((self.list.currentRow() + step) % self.list.count())
                return True
        return super().eventFilter(watched, event)
