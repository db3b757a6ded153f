"""The layering rules: Qt only in ui/ (and app.py), no SQL or storage in ui/."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "iurc_desktop"
QT_ROOTS = ("PySide6", "shiboken6")
STORAGE_ROOTS = ("sqlalchemy", "sqlite3", "iurc_desktop.storage")
GUI_ALLOWED = {"app.py"}


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def violations(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        modules = imported_modules(path.read_text(encoding="utf-8"))
        in_ui = relative.startswith("ui/")
        for module in modules:
            if module.startswith(QT_ROOTS) and not in_ui and relative not in GUI_ALLOWED:
                found.append(f"{relative} imports {module} (Qt belongs in ui/)")
            if in_ui and module.startswith(STORAGE_ROOTS):
                found.append(f"{relative} imports {module} (ui/ talks to services only)")
            outside_stdlib = module.split(".")[0] not in STDLIB_OK and not module.startswith("iurc_desktop.domain")
            if relative.startswith("domain/") and (outside_stdlib or module.startswith(STORAGE_ROOTS)):
                found.append(f"{relative} imports {module} (domain/ is standard library only)")
    return found


# the interpreter's own list, so a new stdlib import needs no edit here and a third-party one is always caught
STDLIB_OK = set(sys.stdlib_module_names) | {"iurc_desktop"}


def test_the_tree_keeps_its_layers() -> None:
    assert violations(PACKAGE) == []


def test_the_check_catches_qt_in_the_domain(tmp_path: Path) -> None:
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    assert violations(tmp_path) == [
        "domain/bad.py imports PySide6.QtCore (Qt belongs in ui/)",
        "domain/bad.py imports PySide6.QtCore (domain/ is standard library only)",
    ]


def test_the_check_catches_storage_and_third_party_code_in_the_domain(tmp_path: Path) -> None:
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "bad.py").write_text("import sqlite3\nimport babel\nimport json\n")
    assert sorted(violations(tmp_path)) == [
        "domain/bad.py imports babel (domain/ is standard library only)",
        "domain/bad.py imports sqlite3 (domain/ is standard library only)",
    ]


def test_the_check_catches_sql_in_the_ui(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "bad.py").write_text("import sqlalchemy\nfrom iurc_desktop.storage import user_store\n")
    assert len(violations(tmp_path)) == 2
