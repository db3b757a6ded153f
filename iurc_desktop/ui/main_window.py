"""The main window: assembles navigation, list and detail panes, search, history and the menus, and is what the
rest of the GUI calls. Its concerns live beside it: where the actions sit (`main_menus.py`), what the list pane
shows (`list_content.py`), packs and plans (`packs_and_plans.py`), files handed to it (`incoming_files.py`) and
what it keeps between runs (`window_state.py`)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.services.locale_format import format_iso
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.briefing_launcher import BriefingLauncher
from iurc_desktop.ui.comforts import WindowComforts
from iurc_desktop.ui.detail_pane import DetailPane
from iurc_desktop.ui.gui_services import GuiServices
from iurc_desktop.ui.i18n import LanguageSwitcher
from iurc_desktop.ui.incoming_files import accept_openable_drag, open_dropped_files, open_given_files
from iurc_desktop.ui.keyboard import DialogTabOrder
from iurc_desktop.ui.list_content import ListContent
from iurc_desktop.ui.list_panel import ListPanel
from iurc_desktop.ui.main_menus import (
    add_file_menu,
    add_help_menu,
    add_language_menu,
    add_search_shortcuts,
    add_toolbar,
    check_language,
    command_action,
)
from iurc_desktop.ui.map_pane import MapPane
from iurc_desktop.ui.navigation import NavigationPanel
from iurc_desktop.ui.packs_and_plans import PacksAndPlans
from iurc_desktop.ui.screen_fit import fit_to_screen
from iurc_desktop.ui.user_data_actions import UserDataActions
from iurc_desktop.ui.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:  # services (and SQLAlchemy behind them) load after the window has painted
    from iurc_desktop.domain.user import VisitPlan
    from iurc_desktop.ui.help_window import HelpWindow
    from iurc_desktop.ui.map_view import MapView


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
        self._make_panes()
        self.search_box = QLineEdit()
        self.list_content = ListContent(self)
        self.packs_and_plans = PacksAndPlans(self)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # catalogue versions come from bundles
        self.statusBar().addPermanentWidget(self.status_label)
        self.setAcceptDrops(True)  # a .iurcdata file dropped on the window opens the import preview
        self._make_actions()
        self._make_menus()
        self._lay_out()
        self._update_history_actions()  # nothing to go back or forward to yet
        self._connect()
        self.retranslate()
        self._set_tab_order()
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
        self.list_panel.attach(services.catalogue.collation)
        self.detail.attach(services.catalogue, services.user)
        self.map_pane.attach(services.catalogue, self.lang)
        self.retranslate()
        restore_window_state(self, services)
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
    def _make_panes(self) -> None:
        self.navigation = NavigationPanel()
        self.list_panel = ListPanel()
        self.detail = DetailPane()
        self.splitter = QSplitter()
        for pane, stretch in ((self.navigation, 0), (self.list_panel, 1), (self.detail, 3)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        self.map_pane = MapPane(self.splitter, (self.list_panel, self.detail), self._map_made)
        self.splitter.setSizes([220, 300, 760, 1060])

    def _make_actions(self) -> None:
        self.back_action = command_action(self, self.go_back, QKeySequence("Alt+Left"))
        self.forward_action = command_action(self, self.go_forward, QKeySequence("Alt+Right"))
        self.brief_action = command_action(self, self.open_briefing, QKeySequence("Ctrl+P"))
        self.plans_action = command_action(self, self.open_visit_plans)
        self.map_action = command_action(self, self.show_on_map, QKeySequence("Ctrl+M"))
        self.favourites_brief_action = command_action(self, self.open_briefing_for_favourites)
        self.saved_packs_action = command_action(self, self.packs_and_plans.open_saved_packs)
        self.briefing = BriefingLauncher(self, self.runner)
        self.quit_action = command_action(self, self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.about_action = command_action(self, self.show_about)
        self.import_action = command_action(self, self.import_update)
        self.user_data = UserDataActions(
            self,
            self.runner,
            lambda: self.services.user if self.services else None,
            self.packs_and_plans.plans_dialog,
            self._refresh_content,
        )
        self.comforts = WindowComforts(self)

    def _make_menus(self) -> None:
        add_toolbar(self)
        self.file_menu = add_file_menu(self)
        self.language_menu, self.language_group = add_language_menu(self)
        self.help_menu = add_help_menu(self)
        add_search_shortcuts(self)

    def _lay_out(self) -> None:
        central = QWidget()  # the welcome / What's new panel sits above the panes
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.comforts.welcome)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _set_tab_order(self) -> None:
        welcome = self.comforts.welcome
        reading_order = (self.search_box, welcome.text, welcome.guide_button, welcome.close_button, self.navigation)
        for before, after in itertools.pairwise(reading_order):  # the toolbar, the welcome panel, then the panes
            self.setTabOrder(before, after)

    def _connect(self) -> None:
        self.list_content.connect()
        self.list_panel.record_chosen.connect(self.open_record)
        self.detail.link_activated.connect(self.open_record)
        self.detail.map_requested.connect(self.show_on_map)
        self.detail.briefing_requested.connect(self.packs_and_plans.open_for_record)

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
        self.packs_and_plans.update_brief_action()
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
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        if self.services is None:
            return self.tr("Opening the catalogue…")
        info = self.services.catalogue.info()
        date = format_iso(info.date, self.lang)
        return self.tr("Catalogue %1 of %2").replace("%1", info.version).replace("%2", date)

    # the map
    @property
    def map_view(self) -> MapView:
        """The Map destination's view, made on first use."""
        return self.map_pane.map_view()

    def _map_made(self, view: MapView) -> None:
        view.record_chosen.connect(self.open_record)

    def show_on_map(self, key: RecordKey | None = None) -> None:
        """The open record's map (a place, partnership or event) in the map pane; the record stays one click away."""
        key = key or self.detail.key
        if key is None or self.services is None or not self.map_view.show_record(key):
            self.statusBar().showMessage(self.tr("Open a place, partnership or event first."), 5000)
            return
        self.map_pane.show(True)
        self.map_view.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_stops_on_map(self, stops: tuple[str, ...]) -> None:
        """A visit plan's stops (place ids, in itinerary order) numbered on the map, with the route."""
        if self.services is not None:
            self.map_view.show_plan(stops)
            self.map_pane.show(True)

    # records and their history
    def open_record(self, key: RecordKey, remember: bool = True) -> None:
        if self.map_pane.is_shown():
            self.map_pane.show(False)
        if remember:
            del self.history[self.history_index + 1 :]
            self.history.append(key)
            self.history_index = len(self.history) - 1
        self.detail.show_record(key, self.lang)
        self.list_panel.select_key(key)
        self.comforts.remember(key)
        self._update_history_actions()
        self.packs_and_plans.update_brief_action()

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

    # search (what the list shows is `list_content`'s)
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        self.list_content.run_search()

    # language
    def set_language(self, lang: Lang) -> None:
        self.switcher.switch(lang)  # Qt posts LanguageChange to every widget; changeEvent below follows
        self.lang = lang
        if self.services is not None:
            self.services.user.settings.update(language=lang)
        check_language(self.language_group, lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.statusBar().clearMessage()  # said in the language just left ("15 results" in a Chinese window)
            self.retranslate()
            self._refresh_content()
        super().changeEvent(event)

    def _refresh_content(self) -> None:
        self.map_pane.set_language(self.lang)
        self.list_content.refresh()
        self.detail.show_record(self.detail.key, self.lang)

    # briefing packs and visit plans (`packs_and_plans`)
    def open_briefing(self) -> None:
        self.packs_and_plans.open_for_record(self.detail.key)

    def open_briefing_for_favourites(self) -> None:
        self.packs_and_plans.open_for_favourites()

    def open_visit_plans(self) -> None:
        self.packs_and_plans.open_visit_plans()

    @property
    def visit_plans_dialog(self) -> QWidget:
        return self.packs_and_plans.visit_plans_dialog

    def show_plan_on_map(self, plan: VisitPlan) -> None:
        self.packs_and_plans.show_plan_on_map(plan)

    # files, updates, help and about
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
        open_given_files(self, paths)

    def catalogue_switched(self) -> None:
        """An update or a rollback replaced the catalogue: reopen it and show what is there now."""
        services = self.svc.reload()
        self.services = services
        self.list_panel.attach(services.catalogue.collation)
        self.detail.attach(services.catalogue, services.user)
        self.map_pane.attach(services.catalogue, self.lang)
        self.retranslate()
        self._refresh_content()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_openable_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        open_dropped_files(self, event)

    def show_help(self, section_id: str = "") -> HelpWindow:
        """The user guide at `section_id` (dialogs' Help buttons find the window's guide through this)."""
        return self.comforts.show_help(section_id)

    def show_about(self) -> None:
        from iurc_desktop.ui.about_dialog import AboutDialog  # rarely opened: kept off the start-up path

        self.about_dialog = AboutDialog(self.svc.catalogue.info(), self.svc.updates.status(), self.lang, self)
        self.about_dialog.open()

    # state
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
        self.list_content.cancel_pending_search()  # a pending search must not run after the services are closed
        if self.services is None:
            super().closeEvent(event)
            return
        save_window_state(self, self.services)
        self.runner.wait(3000)
        super().closeEvent(event)
