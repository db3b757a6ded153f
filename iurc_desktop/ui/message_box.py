"""Window-modal messages that never block the caller, for results and user errors of the user-data actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from iurc_desktop.domain.errors import ERRORS_CONTEXT, UserError, render


def inform(
    parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    """A window-modal message that does not block the caller (the event loop keeps running)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names from plan files and backups are never markup
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_user_error(parent: QWidget, error: UserError) -> QMessageBox:
    text = render(QCoreApplication.translate(ERRORS_CONTEXT, error.message_id), error.params)
    return inform(parent, QCoreApplication.translate("VisitPlanDialog", "Visit plans"), text, QMessageBox.Icon.Warning)
