"""Opens the main window in a fresh Qt (scale factor and screen come from the environment) and prints, as
JSON, where it landed and which controls did not get the room they need. Run by tests/test_a11y_scaling.py."""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from iurc_desktop.app import build_main_window, make_application
from iurc_desktop.services.context import AppContext
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.i18n import LanguageSwitcher


def squeezed(window: QWidget) -> list[str]:
    """Visible controls narrower than their minimum or entirely hidden behind their neighbours."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit) or not widget.isVisible():
            continue
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        if widget.width() < widget.minimumSizeHint().width() or widget.visibleRegion().isEmpty():
            found.append(f"{name}: {widget.width()}x{widget.height()}, needs {widget.minimumSizeHint().width()}")
    return found


def main(data_dir: str, grow: bool) -> None:
    app = make_application([])
    ctx = AppContext.open(data_dir)
    window = build_main_window(ctx, LanguageSwitcher(app), BackgroundRunner())
    window.show()
    app.processEvents()
    if grow:  # a big window, remembered on close, as on a large monitor before the scale factor went up
        window.resize(2400, 1500)
        app.processEvents()
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    report = {
        "available": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "squeezed": squeezed(window),
    }
    print(json.dumps(report))
    window.close()
    ctx.close()


if __name__ == "__main__":
    main(sys.argv[1], "--grow" in sys.argv)
