"""Build the one-folder frozen application with PyInstaller, list its third-party contents, add desktop files.

    python packaging/build.py [--dist DIR] [--work DIR]

Result: DIR/iurc-desktop/iurc-desktop (default DIR: dist/), with the generated licence list and texts inside
(packaging/licences.py) and the Linux desktop integration under share/. Prints the folder's size and the
glibc version its binaries need.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import licences

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX_FILES = {
    "org.iurc.Desktop.desktop": "applications",
    "org.iurc.Desktop.metainfo.xml": "metainfo",
    "iurc-desktop.xml": "mime/packages",
}
GLIBC_SYMBOL = re.compile(rb"GLIBC_(\d+)\.(\d+)")


def folder_size(folder: Path) -> int:
    # PyInstaller links the Qt libraries into _internal/; count each file once, as du does
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def glibc_baseline(folder: Path) -> tuple[tuple[int, int], str]:
    """The newest GLIBC_x.y symbol version any binary in the folder asks for, and which binary asks."""
    newest, culprit = (0, 0), ""
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink() or path.stat().st_size < 64:
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
            versions = {(int(a), int(b)) for a, b in GLIBC_SYMBOL.findall(handle.read())}
        if versions and max(versions) > newest:
            newest, culprit = max(versions), path.relative_to(folder).as_posix()
    return newest, culprit


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "iurc-desktop.spec")]
    subprocess.run(command, check=True, cwd=ROOT)


def add_desktop_files(app: Path) -> None:
    share = app / "share"
    for name, folder in LINUX_FILES.items():
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(PACKAGING / name, share / folder / name)
    for png in (PACKAGING / "icons").glob("iurc-desktop-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / "org.iurc.Desktop.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "resources" / "icons" / "iurc-desktop.svg", scalable / "org.iurc.Desktop.svg")


def build(dist: Path, work: Path) -> Path:
    run_pyinstaller(dist, work)
    app = dist / "iurc-desktop"
    components = licences.generate(app, work)
    add_desktop_files(app)
    (major, minor), culprit = glibc_baseline(app)
    info = {"glibc": f"{major}.{minor}", "glibc_needed_by": culprit, "third_party_components": len(components)}
    (app / "build-info.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
    return app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    app = build(args.dist.resolve(), args.work.resolve())
    info = json.loads((app / "build-info.json").read_text(encoding="utf-8"))
    print(f"built {app} ({folder_size(app) / 1e6:.0f} MB)")
    print(f"needs glibc >= {info['glibc']} (asked by {info['glibc_needed_by']})")
    print(f"{info['third_party_components']} third-party components, licences in _internal/iurc_desktop/_data/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
