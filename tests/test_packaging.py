"""Packaging: desktop integration files are valid and agree with each other and with the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from iurc_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import platform_files  # noqa: E402 - packaging/ is not a package

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 192, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "org.iurc.Desktop.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_desktop_entry_opens_both_document_types_and_names_the_icon() -> None:
    section = desktop_entry()
    assert section["Exec"] == "iurc-desktop %f"  # the file manager passes the path: `iurc-desktop FILE`
    assert set(filter(None, section["MimeType"].split(";"))) == {d.mime for d in platform_files.DOCUMENT_TYPES}
    assert section["Icon"] == platform_files.APP_ID
    assert section["Name[zh_CN]"] and section["Comment[pt_PT]"] and section["Keywords[pt_PT]"]


def test_mime_types_and_metainfo_agree_with_the_document_types() -> None:
    mime = ET.parse(PACKAGING / "iurc-desktop.xml").getroot()
    declared = {t.get("type"): t.find(f"{MIME_NS}glob").get("pattern") for t in mime}  # type: ignore[union-attr]
    assert declared == {d.mime: f"*.{d.extension}" for d in platform_files.DOCUMENT_TYPES}
    for mime_type in mime:
        langs = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in mime_type.findall(f"{MIME_NS}comment")}
        assert langs == {None, "zh_CN", "pt_PT"}
    component = ET.parse(PACKAGING / "org.iurc.Desktop.metainfo.xml").getroot()
    assert component.findtext("id") == platform_files.APP_ID
    assert {m.text for m in component.iter("mediatype")} == set(declared)
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert releases[0].find("description") is not None
    assert len(component.findall("screenshots/screenshot")) >= 3


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "org.iurc.Desktop.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream (appstreamcli) is not installed")
def test_appstream_validate_pedantic_accepts_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--pedantic", "--no-net", str(PACKAGING / "org.iurc.Desktop.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_hicolor_size_and_the_windows_and_macos_icons_hold_every_size() -> None:
    for size in HICOLOR_SIZES:
        with Image.open(PACKAGING / "icons" / f"iurc-desktop-{size}.png") as png:
            assert png.size == (size, size)
    with Image.open(PACKAGING / "icons" / "iurc-desktop.ico") as ico:
        assert {side for side, _ in ico.info["sizes"]} == {16, 24, 32, 48, 64, 128, 256}
    with Image.open(PACKAGING / "icons" / "iurc-desktop.icns") as icns:
        assert {side for side, _, _ in icns.info["sizes"]} >= {16, 32, 64, 128, 256, 512}
    assert (ROOT / "resources" / "icons" / "iurc-desktop.svg").is_file()


def test_version_is_defined_once_and_the_changelog_has_it() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"iurc-desktop {__version__}"
    assert "version = " not in (ROOT / "pyproject.toml").read_text().split("[project]")[1].split("[")[0]
    assert f"## {__version__} — " in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert __version__ == platform_files.VERSION


def test_every_command_line_option_has_help_text() -> None:
    from iurc_desktop.cli import build_parser

    missing: list[str] = []

    def walk(parser: object, path: str) -> None:
        for action in parser._actions:  # type: ignore[attr-defined]
            if action.help is None and action.dest != "help":
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
            choices = getattr(action, "choices", None)
            for name, sub in choices.items() if isinstance(choices, dict) else ():
                if hasattr(sub, "_actions"):
                    walk(sub, f"{path} {name}")

    walk(build_parser(), "iurc-desktop")
    assert missing == []
