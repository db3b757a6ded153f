"""What the main window's list pane shows: the chosen destination's records, or what the toolbar's search box finds
(results as the delegate types, their own notes among them), and the same again after a language change or a new
catalogue. Its texts keep the window's translation context ("MainWindow"), where the catalogues have them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextDocumentFragment

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.ui.announce import announce
from iurc_desktop.ui.destination_items import destination_items, programme_names
from iurc_desktop.ui.navigation import Destination

if TYPE_CHECKING:  # services (and SQLAlchemy behind them) load after the window has painted
    from iurc_desktop.services.search import SearchHit
    from iurc_desktop.ui.main_window import MainWindow


SEARCH_PAUSE_MS = 120  # results as you type, without a query per keystroke
SEARCH_LIMIT = 50
NOTE_HITS_LIMIT = 20


class ListContent:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.destination: Destination | None = None  # none until the navigation's first choice
        self.search_timer = QTimer(window)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)

    def connect(self) -> None:
        box, list_panel = self.window.search_box, self.window.list_panel
        self.window.navigation.destination_chosen.connect(self.show_destination)
        list_panel.suggestion_chosen.connect(box.setText)  # textChanged runs the search
        box.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(self.run_search)
        box.returnPressed.connect(self._search_enter)

    def cancel_pending_search(self) -> None:
        self.search_timer.stop()

    def show_destination(self, destination: Destination) -> None:
        window = self.window
        if window.services is None:
            return
        if window.list_panel.showing_results():
            window.statusBar().clearMessage()  # the count of results no longer shown
        window.search_box.blockSignals(True)
        window.search_box.clear()
        window.search_box.blockSignals(False)
        self.destination = destination
        if destination.key == "map":
            window.map_pane.show(True)
            window.map_view.show_world()
            return
        window.map_pane.show(False)
        self._show_list(destination, same_list=False)

    def refresh(self) -> None:
        """The same results or list again, in the window's language and from its services as they are now."""
        if self.window.list_panel.showing_results():
            self.run_search()
        elif self.destination is not None and self.destination.key != "map":
            self._show_list(self.destination, same_list=True)

    def _show_list(self, destination: Destination, same_list: bool) -> None:
        window = self.window
        hints = {
            "favourites": QCoreApplication.translate(
                "MainWindow", "No favourites yet: ☆ Add to favourites on any page."
            ),
            "notes": QCoreApplication.translate("MainWindow", "No notes yet: write one under any record's page."),
        }
        places = (  # an event list filters by place
            {item.id: item.title for item in window.svc.catalogue.list_items(Kind.PLACE, window.lang)}
            if destination.kind is Kind.EVENT
            else None
        )
        window.list_panel.show_items(
            destination_items(window.svc, destination, window.lang),
            window.lang,
            programme_names(window.svc, window.lang),
            places,
            hints.get(destination.key, ""),
            same_list,
        )
        if window.detail.key is not None:
            window.list_panel.select_key(window.detail.key)

    def run_search(self) -> None:
        window = self.window
        text = window.search_box.text()
        if window.services is None:
            return
        if not text.strip():
            if self.destination is not None:
                self.show_destination(self.destination)
            return
        window.map_pane.show(False)  # results are a list
        from iurc_desktop.ui.search_results import results_message

        outcome = window.services.search.run(text, window.lang, limit=SEARCH_LIMIT)
        hits = outcome.hits + self._note_hits(text)
        message = results_message(outcome, len(hits), window.lang)
        window.list_panel.show_hits(hits, window.lang, message)
        announce(window.list_panel, QTextDocumentFragment.fromHtml(message).toPlainText())  # the count, said and shown

    def _note_hits(self, text: str) -> list[SearchHit]:
        """The delegate's own notes are searched too; a hit opens the record the note is on."""
        from iurc_desktop.services.search import SearchHit

        svc, lang = self.window.svc, self.window.lang
        hits = []
        label = QCoreApplication.translate("MainWindow", "my note")
        for note in svc.user.search_notes(text)[:NOTE_HITS_LIMIT]:
            ref = svc.catalogue.ref(note.record.kind, note.record.id, lang)
            title = f"{ref.title if not ref.name.is_missing else note.record_name} — {label}"
            hits.append(SearchHit(note.record.kind, note.record.id, title, "note", note.body))
        return hits

    def _search_enter(self) -> None:
        self.search_timer.stop()
        self.run_search()
        self.window.list_panel.open_current()
