"""Keeping a top-level window on its screen: after a scale factor went up, or geometry saved on a bigger screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Keeps the window, frame included, within the screen's available area (scaling, a smaller screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = max(min(window.width(), available.width() - extra_w), window.minimumSizeHint().width())
    height = max(min(window.height(), available.height() - extra_h), window.minimumSizeHint().height())
    window.resize(width, height)
    x = min(max(frame.x(), available.x()), available.right() + 1 - width - extra_w)
    y = min(max(frame.y(), available.y()), available.bottom() + 1 - height - extra_h)
    window.move(max(x, available.x()), max(y, available.y()))
