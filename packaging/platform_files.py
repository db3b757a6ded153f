"""What the Windows and macOS builds declare about the app: version resource, document types, file types.

Used by iurc-desktop.spec (PyInstaller) and checked on Linux by tests/test_platform_files.py, since neither
platform can be built here. The document types are the same two everywhere: signed data updates
(`.iurcdata`) and visit plans (`.iurcplan`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.iurc.Desktop"
PUBLISHER = "EU–China IURC programme"


def _version() -> str:
    # read, not imported: the spec runs inside PyInstaller, where the package may not be importable
    text = (ROOT / "iurc_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("iurc_desktop/__init__.py has no __version__")
    return found.group(1)


VERSION = _version()


@dataclass(frozen=True)
class DocumentType:
    extension: str  # without the dot
    mime: str
    uti: str  # macOS uniform type identifier
    prog_id: str  # Windows registry class
    name: str


DOCUMENT_TYPES = (
    DocumentType(
        "iurcdata", "application/x-iurc-data-bundle", "org.iurc.data-bundle", "IURC.DataBundle.1", "IURC data update"
    ),
    DocumentType(
        "iurcplan", "application/x-iurc-visit-plan", "org.iurc.visit-plan", "IURC.VisitPlan.1", "IURC visit plan"
    ),
)


def version_tuple() -> tuple[int, int, int, int]:
    numbers = [int(part) for part in re.findall(r"\d+", VERSION)[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def windows_version_text() -> str:
    """A PyInstaller version-resource file (VSVersionInfo): what Explorer shows under Properties › Details."""
    numbers = version_tuple()
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": "IURC Desktop",
        "FileVersion": VERSION,
        "InternalName": "iurc-desktop",
        "LegalCopyright": "MIT licence; see LICENSE and THIRD_PARTY_LICENSES.md",
        "OriginalFilename": "iurc-desktop.exe",
        "ProductName": "IURC Desktop",
        "ProductVersion": VERSION,
    }
    string_structs = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_windows_version_file(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "windows-version.txt"
    path.write_text(windows_version_text(), encoding="utf-8")
    return str(path)


def macos_info_plist() -> dict[str, Any]:
    """Info.plist entries of the .app: Finder opens both document types with the app (its argv carries the path)."""
    return {
        "CFBundleName": "IURC Desktop",
        "CFBundleDisplayName": "IURC Desktop",
        "CFBundleShortVersionString": VERSION,
        "CFBundleVersion": VERSION,
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "zh_CN", "pt_PT"],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": doc.name,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [doc.uti],
                "CFBundleTypeIconFile": "iurc-desktop.icns",
            }
            for doc in DOCUMENT_TYPES
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": doc.uti,
                "UTTypeDescription": doc.name,
                "UTTypeConformsTo": ["public.zip-archive" if doc.extension == "iurcdata" else "public.data"],
                "UTTypeTagSpecification": {"public.filename-extension": [doc.extension], "public.mime-type": doc.mime},
            }
            for doc in DOCUMENT_TYPES
        ],
    }
