"""The one way the GUI runs slow work (imports, PDFs, sync): off the GUI thread, with progress and cancel."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from iurc_desktop.domain.progress import Cancelled, CancelToken, ProgressCallback

log = logging.getLogger("iurc_desktop.ui.background")

# A job receives a progress callback and a cancel token and returns its result.
Job = Callable[[ProgressCallback, CancelToken], Any]


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception: receivers render it (ui/bug_dialog.failure_text)
    cancelled = Signal()


class _JobRunnable(QRunnable):
    def __init__(self, job: Job, signals: JobSignals, token: CancelToken) -> None:
        super().__init__()
        self.job = job
        self.signals = signals
        self.token = token

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self.token)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user, never lost in a worker thread
            from iurc_desktop.services.failures import as_user_error

            if as_user_error(exc) is None:  # a bug: its traceback goes to the log here, where it happened
                log.error("background job failed", exc_info=exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class BackgroundTask:
    """A handle on one running job: connect to `signals`, call `cancel()`."""

    def __init__(self, job: Job) -> None:
        self.token = CancelToken()
        self.signals = JobSignals()
        self._runnable = _JobRunnable(job, self.signals, self.token)
        self._runnable.setAutoDelete(False)

    def cancel(self) -> None:
        self.token.cancel()


class GuiThreadGarbageCollector(QObject):
    """Python's cycle collector runs in whichever thread allocates; if that is a worker and the garbage holds
    Qt widgets, Qt deletes them off the GUI thread and crashes. So automatic collection is switched off and this
    timer, in the GUI thread, collects when the usual thresholds are passed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    @staticmethod
    def collect_if_due() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    @classmethod
    def install(cls) -> None:
        app = QCoreApplication.instance()
        # a property, not findChild(cls): that wraps every child of the application in Python (~10 ms at start)
        if app is not None and not app.property("iurcGuiThreadCollector"):
            app.setProperty("iurcGuiThreadCollector", True)
            cls(app)


class BackgroundRunner:
    """Starts jobs on a thread pool; keeps each task alive until it has finished."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[BackgroundTask] = set()
        GuiThreadGarbageCollector.install()

    def start(self, job: Job) -> BackgroundTask:
        # collection stays in the GUI thread (automatic collection is off); a full one per job cost each start
        # ~10 ms before the catalogue could even begin to open, so only when the thresholds say it is due
        GuiThreadGarbageCollector.collect_if_due()
        task = BackgroundTask(job)
        self._running.add(task)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(lambda *_args, t=task: self._running.discard(t))
        # started on the next turn of the event loop, so callers can connect to the signals first
        QTimer.singleShot(0, lambda: self.pool.start(task._runnable))
        return task

    def wait(self, msecs: int = -1) -> bool:
        return bool(self.pool.waitForDone(msecs))
