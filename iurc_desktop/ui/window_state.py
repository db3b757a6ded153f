"""What the main window keeps between runs (in the user database's settings): its geometry, the panes' sizes,
the last destination and the last record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from iurc_desktop.ui.gui_services import GuiServices
    from iurc_desktop.ui.main_window import MainWindow


PANES_WITHOUT_MAP = [220, 300, 760, 0]  # navigation, list, record, map
FIRST_DESTINATION = "places-china"


def restore_window_state(window: MainWindow, services: GuiServices) -> None:
    saved = services.user.settings.load()
    if saved.window_geometry:
        window.restoreGeometry(QByteArray(saved.window_geometry))
    if saved.splitter_state:
        window.splitter.restoreState(QByteArray(saved.splitter_state))
        _navigation, listed, record, *_map = window.splitter.sizes()
        if not (listed and record):  # saved while the map was shown (by an earlier version): panes back
            window.splitter.setSizes(PANES_WITHOUT_MAP)
    window.fit_to_screen()  # saved on a bigger screen, or before the scale factor went up
    window.navigation.select(saved.last_destination or FIRST_DESTINATION)
    if saved.last_record is not None:
        window.open_record(saved.last_record)


def save_window_state(window: MainWindow, services: GuiServices) -> None:
    window.map_pane.show(False)  # the layout to come back to is the list and the record, never a 0-wide pane
    changes: dict[str, object] = {
        "window_geometry": bytes(window.saveGeometry().data()),
        "splitter_state": bytes(window.splitter.saveState().data()),
        "last_destination": window.navigation.current_key(),
    }
    if window.detail.key is not None:
        changes["last_record"] = window.detail.key
    services.user.settings.update(**changes)
