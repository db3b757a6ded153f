"""Build hook: the wheel and the frozen build carry the checkout's `resources/` and `translations/`.

The folders stay where editors work on them (the repository root); `build_py` copies them into the built
package as `iurc_desktop/_data/`, where `iurc_desktop.package_files` finds them with importlib.resources.
Everything else about the project is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED_FOLDERS = ("resources", "translations")
SHIPPED_FILES = ("LICENSE", "THIRD_PARTY_LICENSES.md")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildPyWithData(build_py):
    """`build_py` that also copies the shipped data into the package (not for editable installs)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's folders directly
        target = Path(self.build_lib) / "iurc_desktop" / "_data"
        for folder in SHIPPED_FOLDERS:
            shutil.rmtree(target / folder, ignore_errors=True)  # no stale files from an earlier build
            shutil.copytree(ROOT / folder, target / folder, ignore=IGNORED)
        for name in SHIPPED_FILES:
            shutil.copy2(ROOT / name, target / name)


setup(cmdclass={"build_py": BuildPyWithData})
