"""The window paints before the slow libraries load: importing the GUI wiring pulls in no SQLAlchemy, ReportLab
or Babel (they come with the catalogue, after the first paint)."""

from __future__ import annotations

import subprocess
import sys


def test_the_gui_modules_import_without_the_slow_libraries() -> None:
    probe = (
        "import sys, iurc_desktop.app; "
        "print(' '.join(m for m in ('sqlalchemy', 'reportlab', 'babel') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""
