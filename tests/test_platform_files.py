"""Windows and macOS build files, checked on Linux: version resource, Info.plist, WiX installer source."""

from __future__ import annotations

import importlib.util
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iurc_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import platform_files  # noqa: E402 - packaging/ is not a package


@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed")
def test_windows_version_resource_parses_and_carries_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PyInstaller.compat

    # PyInstaller's version-resource module wants win32api only to write into an .exe, which this test never does
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    info = load_version_info_from_text_file(platform_files.write_windows_version_file(tmp_path))
    assert info.ffi.fileVersionMS >> 16 == int(__version__.split(".")[0])
    assert len(info.toRaw()) > 500  # serialises to the binary VS_VERSIONINFO resource, as on Windows
    text = str(info)
    assert f"'ProductVersion', '{__version__}'" in text and "'OriginalFilename', 'iurc-desktop.exe'" in text


def test_macos_info_plist_declares_both_document_types() -> None:
    plist = plistlib.loads(plistlib.dumps(platform_files.macos_info_plist()))
    assert plist["CFBundleShortVersionString"] == __version__
    handled = {uti for doc in plist["CFBundleDocumentTypes"] for uti in doc["LSItemContentTypes"]}
    exported = {t["UTTypeIdentifier"]: t["UTTypeTagSpecification"] for t in plist["UTExportedTypeDeclarations"]}
    assert handled == set(exported) == {d.uti for d in platform_files.DOCUMENT_TYPES}
    assert sorted(ext for spec in exported.values() for ext in spec["public.filename-extension"]) == [
        "iurcdata",
        "iurcplan",
    ]


def test_the_spec_builds_a_console_twin_and_a_macos_bundle() -> None:
    spec = (PACKAGING / "iurc-desktop.spec").read_text(encoding="utf-8")
    assert 'name="iurc-desktop-cli"' in spec and "console=True" in spec
    assert "BUNDLE(" in spec and "platform_files.macos_info_plist()" in spec
    assert "version=version_file" in spec


@pytest.mark.skipif(shutil.which("wixl") is None, reason="wixl is not installed (Debian package wixl / msitools)")
def test_wix_source_compiles_and_registers_both_file_types(tmp_path: Path) -> None:
    source = tmp_path / "iurc-desktop"  # a stand-in of the built folder: wixl only needs the files to exist
    (source / "_internal" / "PySide6").mkdir(parents=True)
    for name in ("iurc-desktop.exe", "iurc-desktop-cli.exe", "_internal/python311.dll", "_internal/PySide6/x.pyd"):
        (source / name).write_bytes(b"MZ stand-in")
    shutil.copy(PACKAGING / "icons" / "iurc-desktop.ico", tmp_path)
    # wixl resolves sources relative to its working folder: everything is given relative to tmp_path
    listing = "\n".join(p.relative_to(tmp_path).as_posix() for p in sorted(source.rglob("*")) if p.is_file())
    heat_args = ["--directory-ref", "INSTALLDIR", "--component-group", "AppFiles", "--var", "var.SourceDir", "--win64"]
    heat = subprocess.run(
        ["wixl-heat", "--prefix", "iurc-desktop/", *heat_args],
        input="\n".join(line for line in listing.splitlines() if "/_internal/" in line),
        capture_output=True,
        text=True,
        check=True,
    )
    (tmp_path / "app-files.wxs").write_text(heat.stdout, encoding="utf-8")
    msi = tmp_path / "iurc-desktop.msi"
    defines = [f"Version={__version__}", "SourceDir=iurc-desktop", "IconFile=iurc-desktop.ico"]
    command = ["wixl", "-a", "x64", "-D", "Win64=yes", *(arg for d in defines for arg in ("-D", d)), "-o", str(msi)]
    built = subprocess.run(
        [*command, str(PACKAGING / "windows" / "iurc-desktop.wxs"), "app-files.wxs"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0 and msi.is_file(), built.stderr
    if shutil.which("msiinfo") is None:
        return
    registry = subprocess.run(["msiinfo", "export", str(msi), "Registry"], capture_output=True, text=True).stdout
    for doc in platform_files.DOCUMENT_TYPES:
        assert f".{doc.extension}\t\t{doc.prog_id}" in registry
        assert f'{doc.prog_id}\\shell\\open\\command\t\t"[#AppExe]" "%1"' in registry
