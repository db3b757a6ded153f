"""The main window's comforts: the user guide (F1), Preferences (Ctrl+,), recent records (File › Recent, Ctrl+E),
the first-run welcome and What's new. Kept apart from `main_window.py`, which only adds their menu entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.services.locale_format import format_iso
from iurc_desktop.ui.recent_records import Entry, RecentMenu
from iurc_desktop.ui.welcome import WelcomePanel

if TYPE_CHECKING:
    from iurc_desktop.services.settings import Settings
    from iurc_desktop.ui.help_window import HelpWindow
    from iurc_desktop.ui.main_window import MainWindow
    from iurc_desktop.ui.preferences_dialog import PreferencesDialog
    from iurc_desktop.ui.quick_open import QuickOpenDialog


class WindowComforts(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.help_window: HelpWindow | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.quick_open_dialog: QuickOpenDialog | None = None
        self.started = False  # the record reopened at start-up is not one the delegate just opened
        self.welcome = WelcomePanel(lambda: window.lang, self._catalogue_version, window)
        self.guide_action = self._action(lambda: self.show_help(), QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.welcome_action = self._action(lambda: self.welcome.show_welcome())
        self.whats_new_action = self._action(lambda: self.welcome.show_whats_new())
        self.preferences_action = self._action(self.open_preferences, QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: app menu › Settings…
        self.quick_open_action = self._action(self.open_quick_open, QKeySequence("Ctrl+E"))
        self.recent_menu = RecentMenu(self.entries, self.open, window)
        self.welcome.guide_requested.connect(lambda: self.show_help("start"))
        self.retranslate()

    def _action(self, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def retranslate(self) -> None:
        self.guide_action.setText(self.tr("User guide"))
        self.welcome_action.setText(self.tr("Welcome"))
        self.whats_new_action.setText(self.tr("What's new"))
        self.preferences_action.setText(self.tr("Preferences…"))
        self.quick_open_action.setText(self.tr("Open recent or favourite…"))
        self.recent_menu.setTitle(self.tr("Recent"))

    # first run and upgrades
    def attached(self) -> None:
        """The catalogue is open: greet a first start, or tell what changed after an upgrade (once each)."""
        from iurc_desktop import __version__

        self.started = True
        settings = self.window.svc.user.settings
        saved = settings.load()
        if not saved.welcome_seen and not saved.window_geometry:  # no window was ever closed here: a first start
            self.welcome.show_welcome()
        elif saved.seen_version != __version__:
            self.welcome.show_whats_new()
        settings.update(welcome_seen=True, seen_version=__version__)

    def _catalogue_version(self) -> tuple[str, str]:
        if self.window.services is None:
            return "", ""
        info = self.window.services.catalogue.info()
        return info.version, format_iso(info.date, self.window.lang)

    # the guide
    def show_help(self, section_id: str = "") -> HelpWindow:
        from iurc_desktop.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(lambda: self.window.lang, self.window)
        self.help_window.show_section(section_id or self.help_window.current_id)
        return self.help_window

    # recent records
    def remember(self, key: RecordKey) -> None:
        if self.started and self.window.services is not None:
            self.window.services.user.remember_opened(key)

    def entries(self) -> list[Entry]:
        """Recent records first (newest first), then favourites not among them; titles in the interface language."""
        if self.window.services is None:
            return []
        user = self.window.services.user
        favourites = {f.record: f.record_name for f in user.favourites()}
        recent = user.recent()
        out = [Entry(key, self._title(key, name), key in favourites, True) for key, name in recent]
        seen = {key for key, _name in recent}
        out += [Entry(key, self._title(key, name), True) for key, name in favourites.items() if key not in seen]
        return out

    def _title(self, key: RecordKey, saved_name: str) -> str:
        ref = self.window.svc.catalogue.ref(key.kind, key.id, self.window.lang)
        return (saved_name or key.id) if ref.name.is_missing else ref.title

    def open(self, key: RecordKey) -> None:
        self.window.open_record(key)

    def open_quick_open(self) -> QuickOpenDialog:
        from iurc_desktop.ui.quick_open import QuickOpenDialog

        self.quick_open_dialog = QuickOpenDialog(self.entries(), self.window)
        self.quick_open_dialog.chosen.connect(self.open)
        self.quick_open_dialog.open()
        return self.quick_open_dialog

    # preferences
    def open_preferences(self) -> PreferencesDialog | None:
        from iurc_desktop.ui.preferences_dialog import PreferencesDialog

        if self.window.services is None:
            return None
        services = self.window.services
        self.preferences_dialog = PreferencesDialog(
            services.user.settings.load(),
            self.window.lang,
            services.updates.paths.data_dir,
            self.apply_preferences,
            self.window.user_data.back_up,
            services.user.clear_recent,
            self.window,
        )
        self.preferences_dialog.open()
        return self.preferences_dialog

    def apply_preferences(self, chosen: Settings) -> None:
        fields = ("pack_lang", "pack_second_lang", "paper", "include_notes", "channel_url", "daily_check")
        self.window.svc.user.settings.update(**{name: getattr(chosen, name) for name in fields})
        if chosen.language is not None and chosen.language is not self.window.lang:
            self.window.set_language(chosen.language)
