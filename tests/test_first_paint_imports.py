"""The window paints before the slow libraries load: importing the GUI wiring pulls in no SQLAlchemy, ReportLab
or Babel, and a start shows its first list and record without SQLAlchemy, ReportLab or the collation tables."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_the_gui_modules_import_without_the_slow_libraries() -> None:
    probe = (
        "import sys, iurc_desktop.app; "
        "print(' '.join(m for m in ('sqlalchemy', 'reportlab', 'babel') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""


def test_the_first_list_and_record_come_without_the_slow_libraries(tmp_path: Path) -> None:
    """A second start on a data folder reads its catalogue and user database, shows the last list and record
    and writes what it remembers, without SQLAlchemy, ReportLab or the collation tables (keys were kept)."""
    probe = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from iurc_desktop.app import make_application, _open_services
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.domain.kinds import Kind
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.i18n import LanguageSwitcher
from iurc_desktop.ui.main_window import MainWindow
app = make_application([])
switcher = LanguageSwitcher(app)
switcher.switch(Lang(sys.argv[2]))
window = MainWindow(switcher, BackgroundRunner())
ctx, services = _open_services(sys.argv[1], window.lang)
window.attach(services)
window.open_record(RecordKey(Kind.PLACE, "zhengzhou"))
window.detail.favourite_button.click()
app.processEvents()
slow = ("sqlalchemy", "reportlab", "pyuca", "pypinyin", "opencc", "rapidfuzz")
print(" ".join(m for m in slow if m in sys.modules))
window.close()
ctx.close()
"""
    for lang in ("zh", "pt"):
        folder = str(tmp_path / lang)
        first = subprocess.run([sys.executable, "-c", probe, folder, lang], capture_output=True, text=True, check=True)
        second = subprocess.run([sys.executable, "-c", probe, folder, lang], capture_output=True, text=True, check=True)
        assert "sqlalchemy" in first.stdout  # the first start builds the catalogue
        assert second.stdout.strip() == "", second.stdout
