"""Build the one-folder frozen application with PyInstaller, then add the Linux desktop files.

    python packaging/build.py [--dist DIR]

Result: DIR/iurc-desktop/iurc-desktop (default DIR: dist/). Prints the folder's size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX_FILES = ("org.iurc.Desktop.desktop", "org.iurc.Desktop.metainfo.xml", "iurc-data-bundle.xml")


def folder_size(folder: Path) -> int:
    # PyInstaller links the Qt libraries into _internal/; count each file once, as du does
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "iurc-desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    app = dist / "iurc-desktop"
    share = app / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "packaging" / LINUX_FILES[0], share / "applications")
    shutil.copy(ROOT / "packaging" / LINUX_FILES[1], share / "metainfo")
    shutil.copy(ROOT / "packaging" / LINUX_FILES[2], share / "mime" / "packages")
    for png in (ROOT / "packaging" / "icons").glob("iurc-desktop-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / "org.iurc.Desktop.png")
    return app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    app = build(args.dist.resolve(), args.work.resolve())
    print(f"built {app} ({folder_size(app) / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
