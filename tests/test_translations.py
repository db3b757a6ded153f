"""Every interface string is translated into 中文 and Português, and the compiled catalogues are current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "translations").glob("iurc_desktop_*.ts"))
PLACEHOLDER = re.compile(r"%\d|\{\w*\}")
BIN = Path(sys.executable).parent


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))  # type: ignore[misc]
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_both_languages_have_a_catalogue() -> None:
    assert [p.name for p in TS_FILES] == ["iurc_desktop_pt_PT.ts", "iurc_desktop_zh_CN.ts"]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.stem)
def test_no_string_is_unfinished_or_empty(path: Path) -> None:
    bad = [
        f"{ctx}: {src}"
        for ctx, src, tr in messages(path)
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert bad == []


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.stem)
def test_placeholders_survive_translation(path: Path) -> None:
    bad = [
        src
        for _ctx, src, tr in messages(path)
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert bad == []


def test_portuguese_is_portugal_not_brazil() -> None:
    pt = {src: tr.text for _ctx, src, tr in messages(ROOT / "translations" / "iurc_desktop_pt_PT.ts")}
    assert pt["Save"] == "Guardar" and (pt["File &name:"] or "").endswith("ficheiro:")
    assert not any(word in (text or "") for text in pt.values() for word in ("Salvar", "Arquivo", "arquivo"))


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(BIN)) is None, reason="lupdate not installed")
def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    copies = [shutil.copy(p, tmp_path / p.name) for p in TS_FILES]
    sources = sorted(str(p) for p in (ROOT / "iurc_desktop").rglob("*.py"))
    result = subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", *map(str, copies)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert " 0 new " in result.stdout or "(0 new" in result.stdout, result.stdout
    for copy in copies:
        assert 'type="unfinished"' not in Path(copy).read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("pyside6-lrelease", path=str(BIN)) is None, reason="lrelease not installed")
def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    for ts in TS_FILES:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(fresh)], capture_output=True, check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run lrelease on {ts.name}"
