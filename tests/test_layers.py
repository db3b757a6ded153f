"""The layering rules are import-linter contracts (pyproject.toml [tool.importlinter], run by `dev.py test`);
these tests prove the contracts hold on the tree and catch each kind of violation in a copy of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    # the copy comes first on the path, ahead of the editable install of the real tree
    env = {**os.environ, "PYTHONPATH": str(root), "NO_COLOR": "1"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_tree_keeps_its_layers() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture(scope="module")
def tree_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("layers")
    shutil.copytree(ROOT / "iurc_desktop", root / "iurc_desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        ("domain/bad_qt.py", "from PySide6.QtCore import QObject\n", "Qt only in ui/"),
        ("services/bad_qt.py", "import shiboken6\n", "No shiboken6 outside ui/"),
        ("cli_bad.py", "def f() -> None:\n    from PySide6 import QtWidgets\n", "Qt only in ui/"),
        ("ui/bad_sql.py", "import sqlalchemy\n", "No SQL in ui/ or domain/"),
        ("ui/bad_sqlite.py", "import sqlite3\n", "No SQL in ui/ or domain/"),
        ("domain/bad_sqlite.py", "import sqlite3\n", "No SQL in ui/ or domain/"),
        ("ui/bad_storage.py", "from iurc_desktop.storage import paths\n", "ui/ never reaches into storage/"),
        ("domain/bad_babel.py", "import babel\n", "domain/ is the standard library only"),
        ("storage/bad_layer.py", "from iurc_desktop.services import catalogue\n", "Layers"),
        ("domain/bad_layer.py", "def f() -> None:\n    from iurc_desktop.ui import background\n", "Layers"),
    ],
)
def test_each_kind_of_violation_breaks_a_contract(tree_copy: Path, module: str, source: str, broken: str) -> None:
    bad = tree_copy / "iurc_desktop" / module
    bad.write_text(source, encoding="utf-8")
    try:
        result = lint_imports(tree_copy)
    finally:
        bad.unlink()
    assert result.returncode != 0, result.stdout
    broken_lines = [line for line in result.stdout.splitlines() if line.rstrip().endswith("BROKEN")]
    assert any(line.startswith(broken) for line in broken_lines) or broken in result.stdout, result.stdout
    assert bad.stem in result.stdout
