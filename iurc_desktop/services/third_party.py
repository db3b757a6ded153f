"""The third-party components of this installation, as the build listed them (packaging/licences.py).

A frozen build carries `third-party.json` and the licence texts beside it; a checkout or a wheel has only the
hand-kept THIRD_PARTY_LICENSES.md (its dependencies are installed, with their own licence files, by pip).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.package_files import licences_dir, shipped_root, third_party_file

KINDS = ("qt", "python", "runtime", "font", "system")


@dataclass(frozen=True)
class ThirdPartyComponent:
    name: str
    version: str
    kind: str  # one of KINDS
    licence: str
    texts: tuple[Path, ...]  # licence files as shipped


def components() -> list[ThirdPartyComponent]:
    """What the build listed, in KINDS order; empty where no list was generated (checkout, wheel)."""
    path = shipped_root() / "third-party.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    found = [
        ThirdPartyComponent(
            name=str(item["name"]),
            version=str(item.get("version", "")),
            kind=str(item.get("kind", "python")),
            licence=str(item.get("licence", "")),
            texts=tuple(licences_dir() / str(name) for name in item.get("files", [])),
        )
        for item in raw
    ]
    return sorted(found, key=lambda c: (KINDS.index(c.kind) if c.kind in KINDS else len(KINDS), c.name.lower()))


def own_licence() -> Path:
    return shipped_root() / "LICENSE"


def summary_file() -> Path:
    """The Markdown summary: generated in a frozen build, hand-kept in a checkout."""
    return third_party_file()
