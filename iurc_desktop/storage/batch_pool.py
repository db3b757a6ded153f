"""Batches prepared in a second process while this one writes the ones before, in order.

Building a big catalogue's search index is half Python (folding, splitting and reading out texts) and half
SQLite. One helper process prepares batch n+1 while this process writes batch n, so the two halves run on two
cores. The helper is started with "spawn" (the import runs in a thread of the GUI process, which must not be
forked) and prepares at most a few batches ahead, so memory stays bounded. If the helper cannot be started or
dies, the remaining batches are prepared here: the result is the same, only slower.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)

In = TypeVar("In")
Out = TypeVar("Out")
AHEAD = 3  # batches in flight: enough to keep both processes busy, few enough for memory


class BatchMapper(Protocol):
    def __call__(self, prepare: Callable[[In], Out], batches: Iterable[In]) -> Iterator[Out]: ...


def in_process(prepare: Callable[[In], Out], batches: Iterable[In]) -> Iterator[Out]:
    return map(prepare, batches)


@contextlib.contextmanager
def prepared_batches(parallel: bool) -> Iterator[BatchMapper]:
    """A mapper of batches, in order: through a helper process when `parallel`, else here."""
    if not parallel:
        yield in_process
        return
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, NotImplementedError, ImportError):
        log.warning("no helper process for the index; preparing in this one", exc_info=True)
        yield in_process
        return
    try:
        yield _Pipeline(pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Pipeline:
    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self.pool: ProcessPoolExecutor | None = pool

    def __call__(self, prepare: Callable[[In], Out], batches: Iterable[In]) -> Iterator[Out]:
        pending: deque[tuple[In, Future[Out] | None]] = deque()
        for batch in batches:
            pending.append((batch, self._submit(prepare, batch)))
            if len(pending) >= AHEAD:
                yield self._result(prepare, *pending.popleft())
        while pending:
            yield self._result(prepare, *pending.popleft())

    def _submit(self, prepare: Callable[[In], Out], batch: In) -> Future[Out] | None:
        if self.pool is None:
            return None
        try:
            return self.pool.submit(prepare, batch)
        except (BrokenProcessPool, RuntimeError, OSError):
            self._lost()
            return None

    def _result(self, prepare: Callable[[In], Out], batch: In, future: Future[Out] | None) -> Out:
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                self._lost()
        return prepare(batch)

    def _lost(self) -> None:
        log.warning("the index's helper process stopped; preparing the rest in this one", exc_info=True)
        self.pool = None
