"""One window per data folder: a second `iurc-desktop FILE.iurcdata` hands the file to the running window,
which opens the import preview, and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iurc_desktop.app import open_window
from iurc_desktop.cli import pop_open_path
from iurc_desktop.ui.single_instance import Claim, SingleInstance
from tests.conftest import small_content
from tests.update_helpers import bundle, make_key, trusting_service


def test_a_second_launch_opens_the_bundle_in_the_running_window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    update = bundle(small_content(), key, tmp_path / "update.iurcdata", "2026.2")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    instance = SingleInstance(data_dir)
    assert instance.claim() is Claim.PRIMARY
    window, opened = open_window(str(data_dir), app, (), instance.files_received)
    qtbot.addWidget(window)
    second: subprocess.Popen[str] | None = None
    try:
        qtbot.waitUntil(lambda: window.services is not None, timeout=30000)
        second = subprocess.Popen(
            [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), str(update)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stderr=subprocess.PIPE,
            text=True,
        )
        launched = second
        qtbot.waitUntil(lambda: launched.poll() is not None, timeout=60000)  # our event loop answers it
        assert launched.returncode == 0, launched.stderr.read() if launched.stderr else ""
        qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None, timeout=10000)
        dialog = window.import_dialog
        assert dialog.isVisible()
        assert Path(str(dialog.source)) == update.resolve()
        qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=30000)  # the preview of that bundle
        dialog.reject()
    finally:
        window.runner.wait(10000)
        for ctx in opened:
            ctx.close()
        instance.release()
        if second is not None and second.stderr:
            second.stderr.close()


def test_only_a_first_argument_with_a_data_suffix_is_a_file_to_open() -> None:
    argv = ["--data-dir", "x.iurcdata", "bundle.iurcdata"]
    assert pop_open_path(argv) == "bundle.iurcdata" and argv == ["--data-dir", "x.iurcdata"]
    for command in (["list", "place"], ["data", "import", "u.iurcdata"], ["--data-dir", "d"]):
        assert pop_open_path(list(command)) is None


def test_opening_a_bundle_from_the_file_manager_shows_its_preview(data_dir: Path, tmp_path: Path) -> None:
    """The double-click path: `iurc-desktop FILE.iurcdata` with no window open starts one on the preview."""
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    update = bundle(small_content(), key, tmp_path / "update.iurcdata", "2026.2")
    log_file = data_dir / "logs" / "iurc-desktop.log"
    app = subprocess.Popen(
        [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), str(update)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None:
            if log_file.exists() and "import preview shown: catalogue 2026.2" in log_file.read_text("utf-8"):
                break
            time.sleep(0.2)
        assert app.poll() is None, "the window closed instead of showing the preview"
        assert "import preview shown: catalogue 2026.2" in log_file.read_text("utf-8")
    finally:
        app.terminate()
        app.wait(20)
