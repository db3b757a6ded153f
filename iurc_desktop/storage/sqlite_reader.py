"""Plain SQL on one SQLite file through a small pool of stdlib connections (the GUI thread and the workers).

The databases are read on every start before anything else, and importing SQLAlchemy costs more than twice a bare
Qt window's whole start on a slow laptop; reads therefore go through the standard library's driver, with the
pragmas every connection of the app has (foreign keys, a busy timeout, WAL); so do the few small writes a start
or a click makes (a setting, a favourite, a recent record). Everything else is written through SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class ConnectionPool:
    """A small pool: each statement takes an idle connection (or opens one) and gives it back, so threads never
    share one at the same time and a pool thread that ends leaves nothing open (SQLAlchemy's pool, in small)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        self._trace: Callable[[str], None] | None = None

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            for pragma in ("foreign_keys = ON", "busy_timeout = 5000", "journal_mode = WAL"):
                conn.execute(f"PRAGMA {pragma}")
        except BaseException:
            conn.close()
            raise
        conn.set_trace_callback(self._traced)
        return conn

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open()
        try:
            yield conn
        finally:
            with self._lock:
                keep = not self._closed and not conn.in_transaction
                if keep:
                    self._idle.append(conn)
            if not keep:
                conn.close()

    def _traced(self, statement: str) -> None:
        trace = self._trace
        if trace is not None:
            trace(statement)

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """The rows of one statement (storage's own SQL only: `sql` never holds a value, `params` do)."""
        with self.connection() as conn:
            return conn.execute(sql, tuple(params)).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The statements inside commit together, or not at all."""
        with self.connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()

    @contextmanager
    def traced(self, seen: Callable[[str], None]) -> Iterator[None]:
        """Every statement run while inside, on any thread, passed to `seen` (the statement budgets of a page)."""
        self._trace = seen
        try:
            yield
        finally:
            self._trace = None

    def close(self) -> None:
        """Closes the idle connections now and those in use when they are given back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
