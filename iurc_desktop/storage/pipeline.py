"""Two-stage pipelines for big writes: Python prepares the next batch in a helper thread while SQLite writes the
previous one (sqlite3 lets go of the GIL while it steps, so on two cores the two overlap).

Only the caller's thread ever touches the database connection; the helper runs pure Python on data it is
handed (or on an iterator that reads no database), one batch at a time and in order.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


def pipelined(batches: Iterable[A], prepare: Callable[[A], B]) -> Generator[B, None, None]:
    """prepare(batch) for each batch, in order: `batches` is read in the caller's thread (it may read the
    database), `prepare` runs in the helper thread while the caller writes the previous result."""
    with ThreadPoolExecutor(1, thread_name_prefix="prepare") as pool:
        pending: Future[B] | None = None
        for batch in batches:
            future = pool.submit(prepare, batch)
            if pending is not None:
                yield pending.result()
            pending = future
        if pending is not None:
            yield pending.result()


def ahead(items: Iterator[A]) -> Generator[A, None, None]:
    """The items of `items`, each one made in the helper thread while the caller works on the one before.
    `items` must not read the caller's database connection."""
    with ThreadPoolExecutor(1, thread_name_prefix="ahead") as pool:
        future = pool.submit(_next, items)
        while (found := future.result()) is not None:
            future = pool.submit(_next, items)
            yield found[0]


def _next(items: Iterator[A]) -> tuple[A] | None:
    """The next item, boxed (an item may itself be None), or None at the end."""
    for item in items:
        return (item,)
    return None
