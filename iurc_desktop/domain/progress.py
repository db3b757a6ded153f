"""How long-running work reports progress and learns it should stop (no Qt: services use it too)."""

from __future__ import annotations

import threading
from collections.abc import Callable

# progress(done, total, message): total 0 means "unknown"
ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a job that noticed its CancelToken was set."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(_done: int, _total: int, _message: str) -> None:
    return None
