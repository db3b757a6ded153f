"""Wires the GUI together: the window paints first, then the catalogue opens and its services are attached."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from iurc_desktop import __version__
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.settings import saved_language
from iurc_desktop.storage.paths import DataPaths, resources_dir
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.bug_dialog import install_error_hooks
from iurc_desktop.ui.i18n import LanguageSwitcher, register_fonts, system_language
from iurc_desktop.ui.main_window import GuiServices, MainWindow
from iurc_desktop.ui.none_refcount import keep_none_alive

if TYPE_CHECKING:  # imported when the catalogue opens, after the first paint (SQLAlchemy is slow to import)
    from iurc_desktop.services.context import AppContext


def make_application(argv: Sequence[str]) -> QApplication:
    keep_none_alive()  # before any Qt call: PySide6 6.12 on Python 3.11 leaks None's references
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("IURC Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IURC")
    app.setDesktopFileName("org.iurc.Desktop")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "iurc-desktop.svg")))
    families = register_fonts()
    if families:  # Chinese always has a face to fall back on, even on machines without CJK fonts
        font = QFont(app.font())
        font.setFamilies([font.family(), *families])
        app.setFont(font)
    return app


def gui_services(ctx: AppContext) -> GuiServices:
    from iurc_desktop.services.briefing.service import BriefingService
    from iurc_desktop.services.updates.service import UpdateService
    from iurc_desktop.services.user import UserDataService

    def reload() -> GuiServices:
        ctx.reopen_catalogue()
        return gui_services(ctx)

    user = UserDataService(ctx.user, ctx.catalogue)
    briefing = BriefingService(ctx.catalogue, user.notes)
    return GuiServices(ctx.catalogue, ctx.search, user, briefing, UpdateService(ctx.paths), reload)


def start_language(paths: DataPaths) -> Lang:
    """The saved choice (read with plain sqlite3, before anything heavy loads), else the system's."""
    return saved_language(paths) or system_language()


def build_main_window(ctx: AppContext, switcher: LanguageSwitcher, runner: BackgroundRunner) -> MainWindow:
    """A window with its services attached at once (tests, benchmarks)."""
    switcher.switch(start_language(ctx.paths))
    window = MainWindow(switcher, runner)
    window.attach(gui_services(ctx))
    return window


def open_window(data_dir: str | None, app: QApplication) -> tuple[MainWindow, list[AppContext]]:
    """Show the window now; open the catalogue on the next turn of the event loop and attach it."""
    runner = BackgroundRunner()
    switcher = LanguageSwitcher(app)
    switcher.switch(start_language(DataPaths.resolve(data_dir)))
    window = MainWindow(switcher, runner)
    window.show()
    opened: list[AppContext] = []

    def open_catalogue() -> None:
        from iurc_desktop.services.context import AppContext

        if opened or window.services is not None:
            return
        try:
            opened.append(AppContext.open(data_dir))
        except Exception as exc:  # the one place a start-up failure reaches the user
            QMessageBox.critical(window, "IURC Desktop", f"The catalogue could not be opened:\n{exc}")
            app.quit()
            return
        window.attach(gui_services(opened[0]))

    # open the catalogue once the window is on screen (or soon anyway, if it is never exposed)
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_catalogue))
    QTimer.singleShot(500, open_catalogue)
    return window, opened


def run_gui(data_dir: str | None, argv: Sequence[str]) -> int:
    app = make_application(argv)
    install_error_hooks(app)  # from here on a bug is logged and shown in one dialog, never lost
    window, opened = open_window(data_dir, app)
    try:
        return int(app.exec())
    finally:
        window.runner.wait()
        for ctx in opened:
            ctx.close()


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
