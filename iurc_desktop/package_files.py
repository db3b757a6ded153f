"""The one place that knows where the files shipped with the application are.

Installed from a wheel, and frozen with PyInstaller, they are package data under `iurc_desktop/_data/`
(`resources/`, `translations/`, the licence texts), found with `importlib.resources`. In a source checkout
(and an editable install) they are the checkout's own `resources/` and `translations/` folders, which the
build copies into the package; so the folders editors work on never move. Standard library only: every layer
may import this module.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA_FOLDER = "_data"
THIRD_PARTY_FILE = "THIRD_PARTY_LICENSES.md"


@functools.cache
def shipped_root() -> Path:
    """The folder holding `resources/` and `translations/`: the installed package's data, else the checkout."""
    # SQLite, Qt and ReportLab need real files, so only a package on the file system counts (not a zip). The
    # folder beside this module is that package's data in a wheel and a frozen build alike; importlib.resources
    # (and the zipfile, tempfile and shutil it imports, ~10 ms of every start) is asked only when it is not there
    beside = Path(__file__).resolve().parent / DATA_FOLDER
    if (beside / "resources").is_dir():
        return beside
    from importlib.resources import files

    installed = files("iurc_desktop") / DATA_FOLDER
    if isinstance(installed, Path) and (installed / "resources").is_dir():
        return installed
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """`resources/`: catalogue source, fonts, icons, the trusted publisher keys."""
    return shipped_root() / "resources"


def translations_dir() -> Path:
    """`translations/`: the Qt Linguist `.ts` sources (read without Qt) and compiled `.qm` files."""
    return shipped_root() / "translations"


def licences_dir() -> Path:
    """`licences/` of a frozen build (texts of what the bundle ships); absent in a checkout or a wheel."""
    return shipped_root() / "licences"


def third_party_file() -> Path:
    """The list of third-party components and their licences (generated for a frozen build)."""
    return shipped_root() / THIRD_PARTY_FILE


def catalogue_source_dir() -> Path:
    return resources_dir() / "catalogue"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icon_file() -> Path:
    return resources_dir() / "icons" / "iurc-desktop.svg"
