"""Packaging: desktop integration files are well formed, and the frozen app passes its self-test."""

from __future__ import annotations

import configparser
import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from iurc_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_desktop_entry_opens_bundles_and_names_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "org.iurc.Desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "iurc-desktop %f"
    assert "application/x-iurc-data-bundle" in section["MimeType"]
    assert section["Name[zh_CN]"] and section["Comment[pt_PT]"]


def test_appstream_and_mime_files_agree_with_the_app() -> None:
    component = ET.parse(PACKAGING / "org.iurc.Desktop.metainfo.xml").getroot()
    assert component.findtext("id") == "org.iurc.Desktop"
    assert component.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    mime = ET.parse(PACKAGING / "iurc-data-bundle.xml").getroot()
    glob = mime.find(
        "{http://www.freedesktop.org/standards/shared-mime-info}mime-type/"
        "{http://www.freedesktop.org/standards/shared-mime-info}glob"
    )
    assert glob is not None and glob.get("pattern") == "*.iurcdata"


def test_every_icon_size_exists() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (PACKAGING / "icons" / f"iurc-desktop-{size}.png").stat().st_size > 0
    assert (PACKAGING / "icons" / "iurc-desktop.ico").stat().st_size > 0
    assert (PACKAGING / "icons" / "iurc-desktop.icns").stat().st_size > 0


def test_version_is_defined_once() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"iurc-desktop {__version__}"
    assert "version = " not in (ROOT / "pyproject.toml").read_text().split("[project]")[1].split("[")[0]


@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed")
@pytest.mark.skipif(os.environ.get("IURC_SKIP_FROZEN") == "1", reason="IURC_SKIP_FROZEN=1")
def test_frozen_app_passes_its_self_test_without_python(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "work"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    app = tmp_path / "dist" / "iurc-desktop" / "iurc-desktop"
    assert app.is_file()
    assert (tmp_path / "dist" / "iurc-desktop" / "share" / "applications" / "org.iurc.Desktop.desktop").is_file()
    # nothing on PATH, no virtualenv, an empty home: only what the bundle carries
    empty_bin = tmp_path / "empty-bin"
    empty_bin.mkdir()
    env = {"PATH": str(empty_bin), "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(app), "--data-dir", str(tmp_path / "data"), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
