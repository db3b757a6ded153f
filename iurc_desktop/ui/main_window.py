"""The main window: assembles navigation, list and detail panes, search, history and the menus."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QShortcut,
    QShowEvent,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.services.locale_format import format_date
from iurc_desktop.ui.announce import announce
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.briefing_launcher import (
    BriefingLauncher,
    no_pack_reason,
    subject_for_favourites,
    subject_for_record,
)
from iurc_desktop.ui.comforts import WindowComforts
from iurc_desktop.ui.destination_items import destination_items, programme_names
from iurc_desktop.ui.detail_pane import DetailPane
from iurc_desktop.ui.gui_services import GuiServices
from iurc_desktop.ui.i18n import LanguageSwitcher
from iurc_desktop.ui.keyboard import DialogTabOrder
from iurc_desktop.ui.list_panel import ListPanel
from iurc_desktop.ui.map_pane import MapPane
from iurc_desktop.ui.navigation import Destination, NavigationPanel
from iurc_desktop.ui.screen_fit import fit_to_screen
from iurc_desktop.ui.user_data_actions import UserDataActions

if TYPE_CHECKING:  # services (and SQLAlchemy behind them) load after the window has painted
    from iurc_desktop.domain.user import VisitPlan
    from iurc_desktop.services.search import SearchHit
    from iurc_desktop.ui.help_window import HelpWindow
    from iurc_desktop.ui.map_view import MapView
    from iurc_desktop.ui.visit_plan_dialog import VisitPlanDialog


UPDATE_CHECK_DELAY_MS = 3000  # the daily update check waits until start-up's own work is done


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, switcher: LanguageSwitcher, runner: BackgroundRunner) -> None:
        super().__init__()
        self.services: GuiServices | None = None
        self.switcher, self.runner = switcher, runner
        self.lang = switcher.lang
        self.history: list[RecordKey] = []
        self.history_index = -1
        self.navigation = NavigationPanel()
        self.list_panel = ListPanel()
        self.detail = DetailPane()
        self.splitter = QSplitter()
        for pane, stretch in ((self.navigation, 0), (self.list_panel, 1), (self.detail, 3)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        self.map_pane = MapPane(self.splitter, (self.list_panel, self.detail), self._map_made)
        self.splitter.setSizes([220, 300, 760, 1060])
        self.search_box = QLineEdit()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(120)  # results as you type, without a query per keystroke
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # catalogue versions come from bundles
        self.statusBar().addPermanentWidget(self.status_label)
        self.setAcceptDrops(True)  # a .iurcdata file dropped on the window opens the import preview
        self._actions()
        central = QWidget()  # the welcome / What's new panel sits above the panes
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.comforts.welcome)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._update_history_actions()  # nothing to go back or forward to yet
        self._connect()
        self.retranslate()
        welcome = self.comforts.welcome
        reading_order = (self.search_box, welcome.text, welcome.guide_button, welcome.close_button, self.navigation)
        for before, after in itertools.pairwise(reading_order):  # the toolbar, the welcome panel, then the panes
            self.setTabOrder(before, after)
        self.dialog_tab_order = DialogTabOrder(self)
        self.resize(1280, 800)
        self.fit_to_screen()

    def attach(self, services: GuiServices) -> None:
        """Called once the catalogue is open: the window itself is already on screen."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and self.services is None:
            # every dialog's buttons in the order they are shown (dialogs open once the catalogue is there)
            app.focusChanged.connect(self.dialog_tab_order.focus_moved)
        self.services = services
        self.detail.attach(services.catalogue, services.user)
        self.map_pane.attach(services.catalogue, self.lang)
        self.retranslate()
        self.restore_state()
        QTimer.singleShot(UPDATE_CHECK_DELAY_MS, self._start_update_check)
        self.comforts.attached()
        from iurc_desktop.ui.a11y_tour import start_tour_if_asked

        self.a11y_tour = start_tour_if_asked(self)  # test-only: the accessibility audit's tour of the screens

    def _start_update_check(self) -> None:
        """The daily check for a newer catalogue (if due), once the window has settled after start-up."""
        if self.services is None or hasattr(self, "update_check"):
            return
        from iurc_desktop.ui.update_check import DailyUpdateCheck

        self.update_check = DailyUpdateCheck(self.services.updates, self.runner, self)
        self.update_check.available.connect(lambda message: self.statusBar().showMessage(message, 30000))
        self.update_check.start_if_due()

    @property
    def svc(self) -> GuiServices:
        if self.services is None:
            raise RuntimeError("the catalogue is not open yet")
        return self.services

    # construction
    def _actions(self) -> None:
        self.back_action = self._action(self.go_back, QKeySequence("Alt+Left"))
        self.forward_action = self._action(self.go_forward, QKeySequence("Alt+Right"))
        self.brief_action = self._action(self.open_briefing, QKeySequence("Ctrl+P"))
        self.plans_action = self._action(self.open_visit_plans)
        self.map_action = self._action(self.show_on_map, QKeySequence("Ctrl+M"))
        self.favourites_brief_action = self._action(self.open_briefing_for_favourites)
        self.saved_packs_action = self._action(self.open_saved_packs)
        self.briefing = BriefingLauncher(self, self.runner)
        self.quit_action = self._action(self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.about_action = self._action(self.show_about)
        self.import_action = self._action(self.import_update)
        self.user_data = UserDataActions(
            self,
            self.runner,
            lambda: self.services.user if self.services else None,
            self._plans_dialog,
            self._refresh_content,
        )
        self.comforts = WindowComforts(self)
        toolbar = QToolBar()
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.forward_action)
        toolbar.addWidget(self.search_box)
        toolbar.addAction(self.brief_action)
        toolbar.addAction(self.map_action)
        self.addToolBar(toolbar)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.plans_action, self.user_data.import_plan_action])
        self.file_menu.addMenu(self.comforts.recent_menu)
        self.file_menu.addAction(self.comforts.quick_open_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.brief_action, self.favourites_brief_action, self.saved_packs_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.user_data.backup_action, self.user_data.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.comforts.preferences_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        for lang in LANGS:
            action = QAction(lang.native_name, self)
            action.setCheckable(True)
            action.setChecked(lang is self.lang)
            action.triggered.connect(lambda _checked=False, chosen=lang: self.set_language(chosen))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addActions([self.comforts.guide_action, self.comforts.welcome_action])
        self.help_menu.addAction(self.comforts.whats_new_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        for keys in ("Ctrl+F", "Ctrl+K"):
            QShortcut(QKeySequence(keys), self, self.focus_search)

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        # triggered(bool) would pass `checked` as the slot's first argument (import_update(False) once
        # opened the import dialog on a "file" False): slots of menu actions are called with none
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _connect(self) -> None:
        self.navigation.destination_chosen.connect(self.show_destination)
        self.list_panel.record_chosen.connect(self.open_record)
        self.list_panel.suggestion_chosen.connect(self.search_box.setText)  # textChanged runs the search
        self.detail.link_activated.connect(self.open_record)
        self.detail.map_requested.connect(self.show_on_map)
        self.detail.briefing_requested.connect(self.open_briefing_for)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(self.run_search)
        self.search_box.returnPressed.connect(self._search_enter)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("IURC Desktop"))
        self.back_action.setText(self.tr("Back"))
        self.forward_action.setText(self.tr("Forward"))
        self.brief_action.setText(self.tr("Briefing pack…"))
        self.plans_action.setText(self.tr("Visit plans…"))
        self.map_action.setText(self.tr("Show on map"))
        self.map_action.setToolTip(self.tr("The open place, partnership or event on the map (Ctrl+M)"))
        self.favourites_brief_action.setText(self.tr("Briefing pack from favourites…"))
        self.saved_packs_action.setText(self.tr("Saved packs…"))
        self._update_brief_action()
        self.quit_action.setText(self.tr("Quit"))
        self.about_action.setText(self.tr("About IURC Desktop"))
        self.import_action.setText(self.tr("Import data update…"))
        self.user_data.retranslate()
        self.comforts.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.search_box.setPlaceholderText(self.tr("Search places, events, case studies… (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        if self.services is None:
            self.status_label.setText(self.tr("Opening the catalogue…"))
            return
        info = self.services.catalogue.info()
        try:
            date = format_date(dt.date.fromisoformat(info.date), self.lang)
        except ValueError:
            date = info.date
        self.status_label.setText(self.tr("Catalogue %1 of %2").replace("%1", info.version).replace("%2", date))

    # navigation
    def show_destination(self, destination: Destination) -> None:
        if self.services is None:
            return
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.current_destination = destination
        if destination.key == "map":
            self._show_map_pane(True)
            self.map_view.show_world()
            return
        self._show_map_pane(False)
        self._show_list(destination, same_list=False)

    def _show_list(self, destination: Destination, same_list: bool) -> None:
        hints = {
            "favourites": self.tr("No favourites yet: ☆ Add to favourites on any page."),
            "notes": self.tr("No notes yet: write one under any record's page."),
        }
        places = (  # an event list filters by place
            {item.id: item.title for item in self.svc.catalogue.list_items(Kind.PLACE, self.lang)}
            if destination.kind is Kind.EVENT
            else None
        )
        self.list_panel.show_items(
            destination_items(self.svc, destination, self.lang),
            self.lang,
            programme_names(self.svc, self.lang),
            places,
            hints.get(destination.key, ""),
            same_list,
        )
        if self.detail.key is not None:
            self.list_panel.select_key(self.detail.key)

    @property
    def map_view(self) -> MapView:
        """The Map destination's view, made on first use."""
        return self.map_pane.map_view()

    def _map_made(self, view: MapView) -> None:
        view.record_chosen.connect(self.open_record)

    def _show_map_pane(self, on: bool) -> None:
        self.map_pane.show(on)

    def show_on_map(self, key: RecordKey | None = None) -> None:
        """The open record's map (a place, partnership or event) in the map pane; the record stays one click away."""
        key = key or self.detail.key
        if key is None or self.services is None or not self.map_view.show_record(key):
            self.statusBar().showMessage(self.tr("Open a place, partnership or event first."), 5000)
            return
        self._show_map_pane(True)
        self.map_view.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_stops_on_map(self, stops: tuple[str, ...]) -> None:
        """A visit plan's stops (place ids, in itinerary order) numbered on the map, with the route."""
        if self.services is not None:
            self.map_view.show_plan(stops)
            self._show_map_pane(True)

    def open_record(self, key: RecordKey, remember: bool = True) -> None:
        if self.map_pane.is_shown():
            self._show_map_pane(False)
        if remember:
            del self.history[self.history_index + 1 :]
            self.history.append(key)
            self.history_index = len(self.history) - 1
        self.detail.show_record(key, self.lang)
        self.list_panel.select_key(key)
        self.comforts.remember(key)
        self._update_history_actions()
        self._update_brief_action()

    def go_back(self) -> None:
        if self.history_index > 0:
            self.history_index -= 1
            self.open_record(self.history[self.history_index], remember=False)

    def go_forward(self) -> None:
        if self.history_index < len(self.history) - 1:
            self.history_index += 1
            self.open_record(self.history[self.history_index], remember=False)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history_index > 0)
        self.forward_action.setEnabled(self.history_index < len(self.history) - 1)

    # search
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        text = self.search_box.text()
        if self.services is None:
            return
        if not text.strip():
            if hasattr(self, "current_destination"):
                self.show_destination(self.current_destination)
            return
        self._show_map_pane(False)  # results are a list
        from iurc_desktop.ui.search_results import results_message

        outcome = self.services.search.run(text, self.lang, limit=50)
        hits = outcome.hits + self._note_hits(text)
        message = results_message(outcome, len(hits), self.lang)
        self.list_panel.show_hits(hits, self.lang, message)
        announce(self.list_panel, QTextDocumentFragment.fromHtml(message).toPlainText())  # the count, said and shown

    def _note_hits(self, text: str) -> list[SearchHit]:
        """The delegate's own notes are searched too; a hit opens the record the note is on."""
        from iurc_desktop.services.search import SearchHit

        hits = []
        label = self.tr("my note")
        for note in self.svc.user.search_notes(text)[:20]:
            ref = self.svc.catalogue.ref(note.record.kind, note.record.id, self.lang)
            title = f"{ref.title if not ref.name.is_missing else note.record_name} — {label}"
            hits.append(SearchHit(note.record.kind, note.record.id, title, "note", note.body))
        return hits

    def _search_enter(self) -> None:
        self.search_timer.stop()
        self.run_search()
        self.list_panel.open_current()

    # language
    def set_language(self, lang: Lang) -> None:
        self.switcher.switch(lang)  # Qt posts LanguageChange to every widget; changeEvent below follows
        self.lang = lang
        if self.services is not None:
            self.services.user.settings.update(language=lang)
        for action in self.language_group.actions():
            action.setChecked(action.text() == lang.native_name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh_content()
        super().changeEvent(event)

    def _refresh_content(self) -> None:
        self.map_pane.set_language(self.lang)
        if self.list_panel.showing_results():
            self.run_search()
        elif hasattr(self, "current_destination") and self.current_destination.key != "map":
            self._show_list(self.current_destination, same_list=True)
        self.detail.show_record(self.detail.key, self.lang)

    # briefing, updates, about
    def _update_brief_action(self) -> None:
        """Ctrl+P is there only for a record with a pack; its tooltip says why not otherwise."""
        reason = no_pack_reason(self.detail.key)
        self.brief_action.setEnabled(not reason)
        self.brief_action.setToolTip(reason or self.tr("Make a briefing pack for this record (Ctrl+P)"))

    def open_saved_packs(self) -> None:
        if self.services is not None:
            self.saved_packs_dialog = self.briefing.open_saved_packs(self.services, self.lang)

    def open_briefing(self) -> None:
        self.open_briefing_for(self.detail.key)

    def open_briefing_for(self, key: RecordKey | None) -> None:
        if key is None or self.services is None:
            self.statusBar().showMessage(
                self.tr("Open a place, event, partnership, case study, network, cluster or challenge first."), 5000
            )
            return
        self.briefing.open(self.services, subject_for_record(key), self.lang)

    def open_briefing_for_favourites(self) -> None:
        favourites = [f.record for f in self.svc.user.favourites() if self.svc.user.exists(f.record)]
        if not favourites:
            self.statusBar().showMessage(self.tr("Mark places or case studies as favourites first."), 5000)
            return
        self.briefing.open(self.svc, subject_for_favourites(favourites, self.tr("My favourites")), self.lang)

    def open_visit_plans(self) -> None:
        if self.services is not None:
            self.visit_plans_dialog = self.briefing.open_visit_plans(self.services, self.lang)
            from iurc_desktop.ui.visit_plan_dialog import VisitPlanDialog

            if isinstance(self.visit_plans_dialog, VisitPlanDialog):
                self.visit_plans_dialog.map_requested.connect(self.show_plan_on_map)

    def show_plan_on_map(self, plan: VisitPlan) -> None:
        """A plan's stops numbered in itinerary order with the route, in the map pane (the dialog steps aside)."""
        if self.services is None:
            return
        self.map_view.show_visit_plan(plan)
        self._show_map_pane(True)
        dialog = getattr(self, "visit_plans_dialog", None)
        if dialog is not None:
            dialog.close()

    def _plans_dialog(self) -> VisitPlanDialog | None:
        dialog = getattr(self, "visit_plans_dialog", None)
        if dialog is None or not dialog.isVisible():
            self.open_visit_plans()
            dialog = getattr(self, "visit_plans_dialog", None)
        return dialog

    def open_plan_file(self, path: Path) -> None:
        """Import a `.iurcplan` (a double-clicked or dropped file, *Import plan…*) as a new plan and show it."""
        self.user_data.import_plan(path)

    def import_update(self, path: Path | None = None) -> None:
        if self.services is None:
            return
        from iurc_desktop.ui.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self.services.updates, self.runner, self.lang, self.catalogue_switched, self)
        self.import_dialog.open()
        if path is not None:
            self.import_dialog.prepare(path)

    def open_files(self, paths: Sequence[str]) -> None:
        """Files from the command line or a second launch: a data bundle opens the import preview, a plan file
        is added to the visit plans."""
        if paths:  # to the front first, so the dialogs opened below stay above it
            self.raise_()
            self.activateWindow()
        for name in paths:
            if name.endswith(".iurcdata"):
                self.import_update(Path(name))
            elif name.endswith(".iurcplan"):
                self.open_plan_file(Path(name))

    def catalogue_switched(self) -> None:
        """An update or a rollback replaced the catalogue: reopen it and show what is there now."""
        services = self.svc.reload()
        self.services = services
        self.detail.attach(services.catalogue, services.user)
        self.map_pane.attach(services.catalogue, self.lang)
        self.retranslate()
        self._refresh_content()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().endswith((".iurcdata", ".iurcplan")) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.toLocalFile().endswith(".iurcdata")]
        plans = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.toLocalFile().endswith(".iurcplan")]
        if paths:
            event.acceptProposedAction()
            self.import_update(paths[0])
        elif plans:
            event.acceptProposedAction()
            for path in plans:
                self.open_plan_file(path)

    def show_help(self, section_id: str = "") -> HelpWindow:
        """The user guide at `section_id` (dialogs' Help buttons find the window's guide through this)."""
        return self.comforts.show_help(section_id)

    def show_about(self) -> None:
        from iurc_desktop.ui.about_dialog import AboutDialog  # rarely opened: kept off the start-up path

        self.about_dialog = AboutDialog(self.svc.catalogue.info(), self.svc.updates.status(), self.lang, self)
        self.about_dialog.open()

    # state
    def restore_state(self) -> None:
        saved = self.svc.user.settings.load()
        if saved.window_geometry:
            self.restoreGeometry(QByteArray(saved.window_geometry))
        if saved.splitter_state:
            self.splitter.restoreState(QByteArray(saved.splitter_state))
            _navigation, listed, record, *_map = self.splitter.sizes()
            if not (listed and record):  # saved while the map was shown (by an earlier version): panes back
                self.splitter.setSizes([220, 300, 760, 0])
        self.fit_to_screen()  # saved on a bigger screen, or before the scale factor went up
        self.navigation.select(saved.last_destination or "places-china")
        if saved.last_record is not None:
            self.open_record(saved.last_record)

    def fit_to_screen(self) -> None:
        fit_to_screen(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_to_screen()
        QTimer.singleShot(0, self.fit_to_screen)  # again once the platform window has its frame and geometry

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not getattr(self, "_painted", False):
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_timer.stop()  # a pending search must not run after the services are closed
        if self.services is None:
            super().closeEvent(event)
            return
        self._show_map_pane(False)  # the layout to come back to is the list and the record, never a 0-wide pane
        changes: dict[str, object] = {
            "window_geometry": bytes(self.saveGeometry().data()),
            "splitter_state": bytes(self.splitter.saveState().data()),
            "last_destination": self.navigation.current_key(),
        }
        if self.detail.key is not None:
            changes["last_record"] = self.detail.key
        self.services.user.settings.update(**changes)
        self.runner.wait(3000)
        super().closeEvent(event)
