"""Wires the GUI together: services from AppContext, the language switcher, the main window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from iurc_desktop import __version__
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.user import UserDataService
from iurc_desktop.storage.paths import resources_dir
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.i18n import LanguageSwitcher, register_fonts, system_language
from iurc_desktop.ui.main_window import GuiServices, MainWindow


def make_application(argv: Sequence[str]) -> QApplication:
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


def build_main_window(ctx: AppContext, switcher: LanguageSwitcher, runner: BackgroundRunner) -> MainWindow:
    user = UserDataService(ctx.user, ctx.catalogue)

    services = GuiServices(ctx.catalogue, ctx.search, user, BriefingService(ctx.catalogue, user.notes))
    saved = user.setting("language")
    switcher.switch(Lang.parse(saved) if saved else system_language())
    window = MainWindow(services, switcher, runner)
    window.restore_state()
    return window


def run_gui(data_dir: str | None, argv: Sequence[str]) -> int:
    app = make_application(argv)
    try:
        ctx = AppContext.open(data_dir)
    except Exception as exc:  # the one place a start-up failure reaches the user
        QMessageBox.critical(None, "IURC Desktop", f"The catalogue could not be opened:\n{exc}")
        return 1
    runner = BackgroundRunner()
    switcher = LanguageSwitcher(app)
    window = build_main_window(ctx, switcher, runner)
    window.show()
    try:
        return int(app.exec())
    finally:
        runner.wait()
        ctx.close()
