"""Every bad command line ends in one translated line and exit status 2; a bug in one line naming the log."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iurc_desktop import cli
from iurc_desktop.cli import main, terminal_safe
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.search import SearchFilters, SearchService
from iurc_desktop.storage.catalogue_db import CatalogueStore, write_catalogue
from iurc_desktop.storage.user_db import migrate
from tests.conftest import small_content

LONE_SURROGATES = ["\ud800", "\udcff", "\udfff", "abc\udc80def"]
HOSTILE_PIECES = [*LONE_SURROGATES, "\x00", "\x1b[31m", "\r\n", "\u202e", "-", "--", "--lang", "-o", "9" * 30, ""]


@pytest.fixture(scope="module")
def shared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    folder.mkdir()
    write_catalogue(small_content(), folder / "catalogue.sqlite3", {"version": "2026.1", "date": "2026-01-15"})
    return folder


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), *args])
    return code, capsys.readouterr().err


def assert_one_line(err: str) -> None:
    assert err.count("\n") <= 1 and "Traceback" not in err, err
    assert "\x1b" not in err and "\r" not in err


hostile_arg = st.one_of(
    st.text(max_size=20),
    st.sampled_from(HOSTILE_PIECES),
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=4).map("".join),
)
COMMANDS = [
    ["search"],
    ["search", "x", "--limit"],
    ["search", "x", "--from"],
    ["search", "x", "--country"],
    ["list"],
    ["show", "place"],
    ["brief", "--place", "yangzhou", "-o"],
    ["brief", "--plan"],
    ["data", "import"],
    ["data", "check", "--channel"],
    ["data", "verify"],
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(COMMANDS), values=st.lists(hostile_arg, min_size=1, max_size=3))
def test_hostile_arguments_never_end_in_a_traceback(
    shared_data_dir: Path, capsys: pytest.CaptureFixture[str], command: list[str], values: list[str]
) -> None:
    code, err = run(shared_data_dir, capsys, *command, *values)
    assert code in (0, 2), err  # never 1: nothing here is a bug
    assert_one_line(err)


@pytest.mark.parametrize(
    "args",
    [
        ["search", "x", "--limit", "99999999999999999999999"],
        ["show", "place", "--", "--"],
        ["search", "x", "--limit", "-1"],
        ["brief", "--plan", str(2**70), "-o", "x.pdf"],
        ["list"],
        ["frobnicate"],
        ["--no-such-option"],
        ["search", "x", "--from", "2026-13-45"],
        ["brief", "--place", "yangzhou", "--event", "x", "-o", "x.pdf"],
        ["data", "import", "http://[::1"],
        ["data", "import", "http://example.org/a\r\nHost: evil"],
        ["data", "import", "ftp://example.org/a.iurcdata"],
        ["data", "import", "file:///etc/passwd"],
        ["data", "check", "--channel", "http://[::1"],
        ["data", "check", "--channel", "javascript:alert(1)"],
        ["data", "check", "--channel", "http://host:99999/feed.json"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, err = run(data_dir, capsys, *args)
    assert code == 2
    assert err.startswith("iurc-desktop: ")
    assert_one_line(err)


def test_output_into_a_missing_or_impossible_place_exits_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    for args in (
        ["brief", "--place", "yangzhou", "-o", str(tmp_path / "missing" / "pack.pdf")],
        ["brief", "--place", "yangzhou", "-o", str(a_file / "pack.pdf")],
        ["brief", "--place", "yangzhou", "-o", str(tmp_path)],
        ["data", "build", "-o", str(tmp_path / "missing" / "c.sqlite3")],
        ["data", "keygen", str(tmp_path / "missing" / "publisher.key")],
    ):
        code, err = run(data_dir, capsys, *args)
        assert code == 2, args
        assert_one_line(err)
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, where nobody may create a file")
def test_output_into_a_folder_nobody_may_write_in_exits_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(data_dir, capsys, "brief", "--place", "yangzhou", "-o", "/proc/pack.pdf")
    assert code == 2 and err == "iurc-desktop: IURC Desktop cannot write in /proc: choose another folder.\n"


def test_invalid_utf8_from_the_real_command_line(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), "search", b"caf\xe9\xff"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert err.startswith("iurc-desktop: The command line holds text that is not valid UTF-8")
    assert err.count("\n") == 1


def test_errors_read_in_the_chosen_then_the_saved_language(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(data_dir, capsys, "show", "place", "atlantis", "--lang", "pt")
    assert code == 2 and "Não existe" in err
    migrate(data_dir / "user.sqlite3")
    with sqlite3.connect(data_dir / "user.sqlite3") as conn:
        conn.execute("INSERT OR REPLACE INTO setting VALUES ('language', 'zh')")
    conn.close()
    code, err = run(data_dir, capsys, "show", "place", "atlantis")
    assert code == 2 and "资料库" in err
    code, err = run(data_dir, capsys, "list", "gadget")  # an argparse-time error, before any command runs
    assert code == 2 and "gadget" in err and "is not a kind" not in err


def test_a_bug_is_one_line_naming_the_log_which_holds_the_traceback(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def injected_bug(_args: object) -> int:
        raise ZeroDivisionError("injected bug for the test")

    monkeypatch.setattr(cli, "cmd_list", injected_bug)
    code, err = run(data_dir, capsys, "list", "place")
    log = data_dir / "logs" / "iurc-desktop.log"
    assert code == 1
    assert err == f"iurc-desktop: Something went wrong inside IURC Desktop. Details are in the log: {log}\n"
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: injected bug for the test" in text
    assert (data_dir / "logs" / "crash.log").exists()  # faulthandler's file, for crashes Python cannot catch


def test_debug_prints_debug_lines_on_stderr(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--debug", "--data-dir", str(data_dir), "list", "place"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0
    assert " DEBUG iurc_desktop " in result.stderr
    quiet = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), "list", "place"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert quiet.stderr == ""
    assert "DEBUG" in (data_dir / "logs" / "iurc-desktop.log").read_text(encoding="utf-8")


def test_terminal_output_never_carries_raw_control_characters() -> None:
    assert terminal_safe("a\x1b[31mred\x07\tb\u202e") == "a\\x1b[31mred\\x07\tb\\u202e"
    assert terminal_safe("北京\u3000Lisboa\u00a0") == "北京\u3000Lisboa\u00a0"  # real spaces stay


@pytest.fixture(scope="module")
def search(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    path = tmp_path_factory.mktemp("search-fuzz") / "catalogue.sqlite3"
    write_catalogue(small_content(), path, {"version": "1"})
    store = CatalogueStore(path)
    service = SearchService(store)
    yield service
    service.close()
    store.close()


with_surrogates = st.one_of(
    st.text(alphabet=st.characters(categories=["Cs", "Lo", "Ll", "Cc"]), max_size=12),
    st.lists(st.sampled_from([*LONE_SURROGATES, "\x00", "扬州", "yang"]), max_size=4).map("".join),
)


@settings(max_examples=150, deadline=None)
@given(query=with_surrogates, country=st.none() | with_surrogates, programme=st.none() | with_surrogates)
def test_search_with_lone_surrogates_or_nul_finds_nothing_quietly(
    search: SearchService, query: str, country: str | None, programme: str | None
) -> None:
    outcome = search.run(query, Lang.EN, SearchFilters(country=country, programme=programme))
    if _has_surrogate(query) or any(_unencodable(value) for value in (country, programme)):
        assert outcome.hits == [] and outcome.suggestion is None


def _has_surrogate(value: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


def _unencodable(value: str | None) -> bool:
    return value is not None and ("\x00" in value or any(0xD800 <= ord(ch) <= 0xDFFF for ch in value))


def test_a_huge_limit_does_not_overflow(search: SearchService) -> None:
    assert search.run("yangzhou", Lang.EN, limit=2**63 - 1).hits
