"""How the GUI reports a failure: a user error as one translated line, a bug as one dialog naming the log.

`install_error_hooks` routes every exception that escapes — a slot (sys.excepthook), a thread
(threading.excepthook) — to the log and to one `BugDialog`; Qt's own warnings go to the log too.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import ERRORS_CONTEXT, UserError, render
from iurc_desktop.logs import log_file

log = logging.getLogger("iurc_desktop.ui")


def translated(error: UserError) -> str:
    """A user error in the interface language."""
    return render(QCoreApplication.translate(ERRORS_CONTEXT, error.message_id), error.params)


def details_of(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def failure_text(exc: BaseException, parent: QWidget | None = None) -> str:
    """The line a screen shows for a failed job; a bug also opens the bug dialog (it is logged already)."""
    from iurc_desktop.services.failures import as_user_error

    error = as_user_error(exc)
    if error is not None:
        return translated(error)
    show_bug(details_of(exc), parent)
    where = log_file()
    return translated(UserError(messages.UNEXPECTED, log=where) if where else UserError(messages.UNEXPECTED_NO_LOG))


class BugDialog(QDialog):
    """What failed, where the log is, and the details to copy into a report."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("IURC Desktop: something went wrong"))
        self.summary = QLabel(self.tr("IURC Desktop hit a problem it did not expect and could not finish."))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        last_line = (details.strip().splitlines() or [""])[-1]  # "ZeroDivisionError: division by zero"
        self.what = QLabel(self.tr("What failed: %1").replace("%1", last_line))
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setWordWrap(True)
        where = log_file()
        self.log_label = QLabel(
            self.tr("The details are in the log: %1").replace("%1", str(where))
            if where
            else self.tr("No log could be written; copy the details below.")
        )
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)  # a path is data, never markup
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.what, self.log_label, self.details, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def add(self, details: str) -> None:
        """Another bug while this dialog is open: one dialog, all the details."""
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(f"{self.log_label.text()}\n\n{self.details.toPlainText()}")


def show_bug(details: str, parent: QWidget | None = None) -> BugDialog:
    """Open the bug dialog, or add to the one already open."""
    open_dialogs = [w for w in _top_level_bug_dialogs() if w.isVisible()]
    if open_dialogs:
        open_dialogs[0].add(details)
        return open_dialogs[0]
    dialog = BugDialog(details, parent or QApplication.activeWindow())
    if dialog.parent() is None:  # nothing else holds a window-less dialog: keep it until it is closed
        WindowlessDialogs.of_application().keep(dialog)
    dialog.open()
    return dialog


def _top_level_bug_dialogs() -> list[BugDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog)]


class WindowlessDialogs(QObject):
    """Holds the bug dialogs shown with no window to belong to (none was given and none is active) until each is
    closed: nothing else keeps their Python objects, and Qt would delete them with those. A child of the
    QApplication, found there, so it lives as long as the app."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.dialogs: set[BugDialog] = set()

    @classmethod
    def of_application(cls) -> WindowlessDialogs:
        app = QCoreApplication.instance()
        assert app is not None, "a dialog needs the QApplication"
        found = app.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, cls) else cls(app)

    def keep(self, dialog: BugDialog) -> None:
        self.dialogs.add(dialog)
        dialog.finished.connect(lambda _result: self.dialogs.discard(dialog))


class BugReporter(QObject):
    """Carries a bug from any thread to the GUI thread (a queued signal), where the dialog opens."""

    bug = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.bug.connect(lambda details: show_bug(details), Qt.ConnectionType.QueuedConnection)

    def excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        self.bug.emit("".join(traceback.format_exception(kind, exc, tb)))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    logging.getLogger("iurc_desktop.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", text, context.category)


def install_error_hooks(app: QApplication) -> BugReporter:
    """From now on no bug vanishes: each is logged and shown in one dialog."""
    reporter = BugReporter(app)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    qInstallMessageHandler(_qt_message)
    return reporter
