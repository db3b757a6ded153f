"""Where the main window's actions sit: the toolbar, the File, Language and Help menus (the window's own actions
and those of its helpers, user data and comforts) and the search box's shortcuts. The texts are set by
`MainWindow.retranslate`, in the window's translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QToolBar

from iurc_desktop.domain.lang import LANGS, Lang

if TYPE_CHECKING:
    from iurc_desktop.ui.main_window import MainWindow


def command_action(parent: QObject, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
    """A menu or toolbar action that calls `slot` with no arguments."""
    action = QAction(parent)
    if shortcut is not None:
        action.setShortcut(shortcut)
    # triggered(bool) would pass `checked` as the slot's first argument (import_update(False) once
    # opened the import dialog on a "file" False): slots of menu actions are called with none
    action.triggered.connect(lambda _checked=False: slot())
    return action


def add_toolbar(window: MainWindow) -> None:
    toolbar = QToolBar()
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.addAction(window.back_action)
    toolbar.addAction(window.forward_action)
    toolbar.addWidget(window.search_box)
    toolbar.addAction(window.brief_action)
    toolbar.addAction(window.map_action)
    window.addToolBar(toolbar)


def add_file_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().addMenu("")
    user_data, comforts = window.user_data, window.comforts
    menu.addActions([window.plans_action, user_data.import_plan_action])
    menu.addMenu(comforts.recent_menu)
    menu.addAction(comforts.quick_open_action)
    menu.addSeparator()
    menu.addActions([window.brief_action, window.favourites_brief_action, window.saved_packs_action])
    menu.addSeparator()
    menu.addActions([user_data.backup_action, user_data.restore_action])
    menu.addSeparator()
    menu.addActions([window.import_action, comforts.preferences_action])
    menu.addSeparator()
    menu.addAction(window.quit_action)
    return menu


def add_language_menu(window: MainWindow) -> tuple[QMenu, QActionGroup]:
    """One checkable entry per interface language, each in its own name (so never translated)."""
    menu = window.menuBar().addMenu("")
    group = QActionGroup(window)
    for lang in LANGS:
        action = QAction(lang.native_name, window)
        action.setCheckable(True)
        action.setChecked(lang is window.lang)
        action.triggered.connect(lambda _checked=False, chosen=lang: window.set_language(chosen))
        group.addAction(action)
        menu.addAction(action)
    return menu, group


def check_language(group: QActionGroup, lang: Lang) -> None:
    """The Language menu's tick on `lang`."""
    for action in group.actions():
        action.setChecked(action.text() == lang.native_name)


def add_help_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().addMenu("")
    comforts = window.comforts
    menu.addActions([comforts.guide_action, comforts.welcome_action])
    menu.addAction(comforts.whats_new_action)
    menu.addSeparator()
    menu.addAction(window.about_action)
    return menu


def add_search_shortcuts(window: MainWindow) -> None:
    for keys in ("Ctrl+F", "Ctrl+K"):
        QShortcut(QKeySequence(keys), window, window.focus_search)
