#!/usr/bin/env python3
"""Refresh the Qt Linguist catalogues from the code, then compile them.

    .venv/bin/python scripts/update_translations.py

lupdate scans every module of the package (ui/ strings, `domain/messages.py`, labels marked with
QT_TRANSLATE_NOOP) and writes no source locations, so branches that add strings merge without conflicts in
line numbers. New strings arrive as type="unfinished": translate them, then run this again to compile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "iurc_desktop").rglob("*.py"))
    catalogues = sorted(str(p) for p in (ROOT / "translations").glob("iurc_desktop_*.ts"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts", *catalogues], check=True
    )
    for ts in catalogues:
        subprocess.run([str(BIN / "pyside6-lrelease"), ts, "-qm", str(Path(ts).with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
