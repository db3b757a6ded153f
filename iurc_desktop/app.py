"""Wires the GUI together: the window paints first, then the catalogue opens and its services are attached."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.settings import saved_language
from iurc_desktop.storage.lock import DataFolderBusy
from iurc_desktop.storage.paths import DataPaths, resources_dir
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.gui_services import GuiServices
from iurc_desktop.ui.i18n import LanguageSwitcher, register_fonts, system_language, with_fallback
from iurc_desktop.ui.main_window import MainWindow
from iurc_desktop.ui.none_refcount import keep_none_alive

if TYPE_CHECKING:  # imported when the catalogue opens, after the first paint (SQLAlchemy is slow to import)
    from iurc_desktop.domain.errors import UserError
    from iurc_desktop.services.briefing.service import BriefingService
    from iurc_desktop.services.context import AppContext
    from iurc_desktop.services.updates.service import UpdateService


WARM_UP_DELAY_MS = 2000


def make_application(argv: Sequence[str]) -> QApplication:
    keep_none_alive()  # before any Qt call: PySide6 6.12 on Python 3.11 leaks None's references
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("IURC Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IURC")
    app.setDesktopFileName("org.iurc.Desktop")
    return app


def use_bundled_fonts(app: QApplication) -> None:
    """Chinese always has a face to fall back on, even on machines without CJK fonts. Registering the font
    takes 15 ms; a window in English or Portuguese shows no Chinese before its catalogue arrives, so
    `open_window` does it after the first frame there, and before it for a Chinese interface."""
    if app.property("iurc-fonts"):
        return
    app.setProperty("iurc-fonts", True)
    families = register_fonts()
    if families:
        app.setFont(with_fallback(app.font(), families))


def set_window_icon(app: QApplication) -> None:
    """The app's icon, once the first frame is up: reading the SVG loads Qt's SVG plugin (~10 ms), and no window
    manager draws the icon before the window has painted."""
    if app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "iurc-desktop.svg")))


def gui_services(ctx: AppContext) -> GuiServices:
    from iurc_desktop.services.user import UserDataService

    def reload() -> GuiServices:
        ctx.reopen_catalogue()
        return gui_services(ctx)

    def briefing() -> BriefingService:
        from iurc_desktop.services.briefing.service import BriefingService

        return BriefingService(ctx.catalogue, user.notes)

    def updates() -> UpdateService:
        from iurc_desktop.services.updates.service import UpdateService

        return UpdateService(ctx.paths)

    user = UserDataService(ctx.user, ctx.catalogue)
    return GuiServices(ctx.catalogue, lambda: ctx.search, user, briefing, updates, reload)


def warm_up(lang: Lang) -> None:
    """In a worker, once the first list and record are shown: what the first pack, the first import, the first
    note or plan and the daily update check load, and the collation tables for lists whose keys were not kept
    from earlier runs, so that none of them pauses the window to load it."""
    import iurc_desktop.services.briefing.service
    import iurc_desktop.services.search
    import iurc_desktop.services.updates.service
    import iurc_desktop.storage.user_write  # noqa: F401 - SQLAlchemy, for the first note or plan
    from iurc_desktop.services import collation

    collation.warm(lang)


def start_language(paths: DataPaths) -> Lang:
    """The saved choice (read with plain sqlite3, before anything heavy loads), else the system's."""
    return saved_language(paths) or system_language()


def build_main_window(ctx: AppContext, switcher: LanguageSwitcher, runner: BackgroundRunner) -> MainWindow:
    """A window with its services attached at once (tests, benchmarks)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        use_bundled_fonts(app)
    switcher.switch(start_language(ctx.paths))
    window = MainWindow(switcher, runner)
    window.attach(gui_services(ctx))
    if isinstance(app, QApplication):
        set_window_icon(app)
    return window


def open_window(
    data_dir: str | None, app: QApplication, open_paths: Sequence[str] = (), incoming: SignalInstance | None = None
) -> tuple[MainWindow, list[AppContext]]:
    """Show the window now. The catalogue opens in the background (imports, first-run set-up, a damaged
    database set aside) while Qt paints the window; it is attached after the first paint, so the paint never
    waits for it. Then the files given on the command line open, and
    those that `incoming` (a second launch) hands over."""
    window = new_window(data_dir, app)
    start = WindowStart(window, app, data_dir, open_paths)
    window.show()
    if incoming is not None:
        incoming.connect(start.receive)
    window.first_painted.connect(start.after_first_frame)
    QTimer.singleShot(300, start.after_first_frame)  # a window that is never exposed
    return window, start.opened


def new_window(data_dir: str | None, app: QApplication) -> MainWindow:
    """The window in the saved (else the system's) language; a Chinese one has its font before the first frame."""
    runner = BackgroundRunner()
    switcher = LanguageSwitcher(app)
    switcher.switch(start_language(DataPaths.resolve(data_dir)))
    if switcher.lang is Lang.ZH:
        use_bundled_fonts(app)
    return MainWindow(switcher, runner)


class WindowStart(QObject):
    """One start of `window`: after its first frame the catalogue opens in a worker; once both the frame and the
    services are there they are attached, then the start-up notices show, the files given open (and those a second
    launch hands over meanwhile) and the warm-up follows. A child of the window, so it lives as long as it does."""

    def __init__(self, window: MainWindow, app: QApplication, data_dir: str | None, open_paths: Sequence[str]) -> None:
        super().__init__(window)
        self.window, self.app, self.data_dir = window, app, data_dir
        self.opened: list[AppContext] = []  # the context, once attached (the caller closes it at exit)
        self.pending = list(open_paths)  # files to open once the services are attached
        self.arrived: tuple[AppContext, GuiServices] | None = None
        self.painted = False
        self.started = False

    def after_first_frame(self) -> None:
        self._start_opening()
        use_bundled_fonts(self.app)  # while the catalogue opens: before any Chinese name is shown
        set_window_icon(self.app)
        QTimer.singleShot(0, self._on_painted)

    def receive(self, files: list[str]) -> None:
        """Files a second launch hands over: opened now, or with the command line's once the services are there."""
        if self.opened:
            self.window.open_files(files)
        else:
            self.pending.extend(files)

    def _start_opening(self) -> None:
        # after the first frame, never beside it: the worker's imports hold the GIL, and every Python slot of
        # the first frame (paint events, the event filter) would wait its turn behind them
        if self.started:
            return
        self.started = True
        data_dir, switcher = self.data_dir, self.window.switcher
        task = self.window.runner.start(lambda _progress, _cancel: _open_services(data_dir, switcher.lang))
        task.signals.finished.connect(self._arrived)
        task.signals.failed.connect(self._failed)

    def _on_painted(self) -> None:
        self.painted = True
        self._attach_when_ready()

    def _arrived(self, result: tuple[AppContext, GuiServices]) -> None:  # what _open_services returned
        self.arrived = result
        self._attach_when_ready()

    def _failed(self, error: object) -> None:
        from iurc_desktop.ui.bug_dialog import failure_text

        exc = error if isinstance(error, BaseException) else RuntimeError(str(error))
        QMessageBox.critical(self.window, "IURC Desktop", failure_text(exc, self.window))
        self.app.quit()

    def _attach_when_ready(self) -> None:
        if self.arrived is None or not self.painted or self.opened:
            return
        ctx, services = self.arrived
        self.opened.append(ctx)
        self.window.attach(services)
        show_start_notices(self.window, ctx.notices)
        self.window.open_files(self.pending)
        self.pending.clear()
        start_warm_up_later(self.window)


def show_start_notices(window: MainWindow, notices: Sequence[UserError]) -> None:
    """E.g. a damaged database was set aside: said once, without blocking the window."""
    if not notices:
        return
    from iurc_desktop.ui.bug_dialog import translated

    box = QMessageBox(QMessageBox.Icon.Warning, "IURC Desktop", "\n\n".join(map(translated, notices)))
    box.setParent(window, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()  # owned by the window from here on


def start_warm_up_later(window: MainWindow) -> None:
    # in a worker, and not at once: the first seconds after a start belong to the delegate's first clicks
    QTimer.singleShot(WARM_UP_DELAY_MS, lambda: window.runner.start(lambda _progress, _cancel: warm_up(window.lang)))


def _open_services(data_dir: str | None, lang: Lang) -> tuple[AppContext, GuiServices]:
    """In a worker thread: SQLAlchemy, the services and the catalogue load here, never on the GUI thread."""
    from iurc_desktop.services import locale_format
    from iurc_desktop.services.context import AppContext

    ctx = AppContext.open(data_dir)
    try:
        locale_format.warm(lang)  # the status line's date; Babel loads here, not in the GUI thread
        return ctx, gui_services(ctx)
    except BaseException:
        ctx.close()
        raise


def run_gui(data_dir: str | None, argv: Sequence[str], open_paths: Sequence[str] = ()) -> int:
    """The window, unless one is already open on this data folder: then the files go to it and this exits."""
    from iurc_desktop.ui.bug_dialog import install_error_hooks, translated
    from iurc_desktop.ui.single_instance import Claim, SingleInstance

    app = make_application(argv)
    install_error_hooks(app)  # from here on a bug is logged and shown in one dialog, never lost
    paths = DataPaths.resolve(data_dir)
    instance = SingleInstance(paths.data_dir)
    claim = instance.claim(open_paths)
    if claim is Claim.FORWARDED:
        return 0
    if claim is Claim.BUSY:
        QMessageBox.warning(
            None, "IURC Desktop", translated(DataFolderBusy(messages.DATA_FOLDER_BUSY, path=paths.data_dir))
        )
        return 2
    window, opened = open_window(data_dir, app, open_paths, instance.files_received)
    try:
        return int(app.exec())
    finally:
        window.runner.wait()
        for ctx in opened:
            ctx.close()
        instance.release()


def self_test_interface(_ctx: AppContext) -> str:
    """For --self-test: Qt starts, the bundled Chinese font registers, the interface catalogues load."""
    import os

    from PySide6.QtCore import QTranslator

    from iurc_desktop.services.i18n import translations_dir

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_application(["iurc-desktop"])
    families = register_fonts()
    if not families:
        raise RuntimeError("the bundled Chinese font could not be registered")
    for name in ("iurc_desktop_zh_CN.qm", "iurc_desktop_pt_PT.qm"):
        if not QTranslator().load(str(translations_dir() / name)):
            raise RuntimeError(f"interface translation {name} is missing")
    return f"Qt {__import__('PySide6').__version__}, font {families[0]}, zh_CN and pt_PT interface"
