"""`data validate` and `data build`: problems are reported with file, record and field."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain.content import language_coverage
from iurc_desktop.storage.source import load_source

GOOD = """
[catalogue]
version = "9.1"
[[source]]
id = "seed-x"
name = { en = "X", zh = "X", pt = "X" }
[[place]]
id = "haikou"
name.en = "Haikou"
name.zh = "海口"
name.pt = "Haikou"
country = "CN"
sources = [{ doc = "seed-x" }]
"""


def write(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def test_a_good_source_has_no_problems_and_full_coverage(tmp_path: Path) -> None:
    write(tmp_path / "src", "a.toml", GOOD)
    content, problems = load_source(tmp_path / "src")
    assert problems == []
    assert all(c.percent == 100.0 for c in language_coverage(content))


@pytest.mark.parametrize(
    ("extra", "where", "message"),
    [
        ('[[place]]\nid = "x"\nname.en = "X"\ncountry = "ZZ"\n', "b.toml:place:x:country", "unknown country"),
        (
            '[[place]]\nid = "x"\nname.en = "X"\ncountry = "CN"\nparent = "nowhere"\n',
            "b.toml:place:x:parent",
            "unknown place",
        ),
        ('[[place]]\nid = "haikou"\nname.en = "Haikou 2"\ncountry = "CN"\n', "b.toml:place:haikou:id", "duplicate"),
        ('[[place]]\nid = "y"\nname.en = "Haikou"\ncountry = "CN"\n', "b.toml:place:y:name", "same name"),
        (
            '[[event]]\nid = "e"\nname.en = "E"\nstart = 2023-07-03\nend = 2023-07-02\n',
            "b.toml:event:e:end",
            "ends before",
        ),
        ('[[event]]\nid = "e"\nname.en = "E"\nstart = "3 July"\n', "b.toml:event:e:start", "ISO date"),
        ('[[event]]\nid = "e"\nname.en = "E"\nstart = 2023-07-03\nyear = 2022\n', "b.toml:event:e:year", "disagrees"),
        ('[[gadget]]\nid = "g"\n', "b.toml:gadget", "unknown kind"),
        ("[[place]\n", "b.toml", "TOML syntax error"),
    ],
)
def test_each_problem_is_located(tmp_path: Path, extra: str, where: str, message: str) -> None:
    write(tmp_path / "src", "a.toml", GOOD)
    write(tmp_path / "src", "b.toml", extra)
    _content, problems = load_source(tmp_path / "src")
    assert any(str(p).startswith(where) and message in p.message for p in problems), [str(p) for p in problems]


def test_invalid_utf8_is_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "bad.toml").write_bytes(b'[[place]]\nid = "\xff"\n')
    _content, problems = load_source(tmp_path / "src")
    assert "not valid UTF-8" in problems[0].message


def test_validate_command_exits_1_and_prints_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "src", "a.toml", GOOD.replace('country = "CN"', 'country = "china"'))
    assert main(["data", "validate", str(tmp_path / "src")]) == 1
    assert "a.toml:place:haikou:country" in capsys.readouterr().out


def test_validate_report_counts_kinds_and_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "src", "a.toml", GOOD)
    assert main(["data", "validate", str(tmp_path / "src"), "--report"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\s+place\s+1$", out, re.MULTILINE)
    assert "zh      2/2" in out


def test_build_writes_a_catalogue_database(tmp_path: Path) -> None:
    write(tmp_path / "src", "a.toml", GOOD)
    out = tmp_path / "cat.sqlite3"
    assert main(["data", "build", str(tmp_path / "src"), "-o", str(out)]) == 0
    with sqlite3.connect(out) as conn:
        assert conn.execute("select value from catalogue_meta where key='version'").fetchone() == ("9.1",)
        assert conn.execute("select count(*) from record where kind='place'").fetchone() == (1,)


def test_build_refuses_a_broken_source_and_writes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "src", "a.toml", GOOD.replace('doc = "seed-x"', 'doc = "seed-missing"'))
    out = tmp_path / "cat.sqlite3"
    assert main(["data", "build", str(tmp_path / "src"), "-o", str(out)]) == 2
    assert not out.exists()
