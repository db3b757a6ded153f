"""The one helper for slow work: progress, result, failure and cancel arrive in the GUI thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.progress import CancelToken, ProgressCallback
from iurc_desktop.ui.background import BackgroundRunner, GuiThreadGarbageCollector
from iurc_desktop.ui.bug_dialog import BugDialog, failure_text


def test_progress_and_result_reach_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []
    gui_thread = threading.get_ident()

    def job(progress: ProgressCallback, _cancel: CancelToken) -> int:
        assert threading.get_ident() != gui_thread
        for step in range(3):
            progress(step, 3, "step")
        return 42

    task = BackgroundRunner().start(job)
    task.signals.progress.connect(lambda done, total, _m: seen.append((done, total)))
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as result:
        pass
    assert result.args == [42]
    assert seen == [(0, 3), (1, 3), (2, 3)]


def test_a_failing_job_hands_over_the_exception_itself(qtbot: QtBot) -> None:
    def job(_progress: ProgressCallback, _cancel: CancelToken) -> None:
        raise UserError(messages.UNKNOWN_RECORD, kind="place", id="atlantis")

    task = BackgroundRunner().start(job)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as failed:
        pass
    (error,) = failed.args
    assert isinstance(error, UserError) and error.params["id"] == "atlantis"
    assert failure_text(error) == "There is no record “place:atlantis” in this catalogue."


def test_a_bug_in_a_job_opens_one_bug_dialog_naming_the_log(qtbot: QtBot) -> None:
    def job(_progress: ProgressCallback, _cancel: CancelToken) -> None:
        raise ZeroDivisionError("injected bug")

    task = BackgroundRunner().start(job)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as failed:
        pass
    (error,) = failed.args
    line = failure_text(error)
    assert line.startswith("Something went wrong inside IURC Desktop")
    failure_text(ZeroDivisionError("a second one"))
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible()]
    assert len(dialogs) == 1  # one dialog, however many bugs
    assert "injected bug" in dialogs[0].details.toPlainText() and "a second one" in dialogs[0].details.toPlainText()
    dialogs[0].copy_details()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    dialogs[0].close()


def test_cancel_stops_a_job_that_checks_its_token(qtbot: QtBot) -> None:
    started = threading.Event()

    def job(_progress: ProgressCallback, cancel: CancelToken) -> None:
        started.set()
        for _ in range(500):  # bounded: a broken cancel fails the test instead of hanging it
            cancel.check()
            threading.Event().wait(0.01)

    task = BackgroundRunner().start(job)
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        task.cancel()


def test_garbage_is_collected_in_the_gui_thread_only(qtbot: QtBot) -> None:
    BackgroundRunner()
    assert not gc.isenabled()
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is not None and app.findChild(GuiThreadGarbageCollector) is not None
