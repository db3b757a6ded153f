"""Keep `None` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12's abi3 wheels return `None` from every void method without taking a reference (measured: one
`QPainterPath.lineTo` call lowers `sys.getrefcount(None)` by one). From Python 3.12 `None` is immortal and that is
harmless; on 3.11 a process that makes a few thousand such calls (a map's coastline is ~5,000 `lineTo`) frees `None`
and aborts with "none_dealloc". Giving `None` a very large reference count once makes it as good as immortal; extra
references to `None` cost nothing, so this stays safe when a fixed PySide6 stops taking them away.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # None is immortal there
    if sys.getrefcount(None) < _MARGIN:
        ctypes.c_ssize_t.from_address(id(None)).value += _MARGIN
