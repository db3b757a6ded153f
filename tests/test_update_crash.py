"""The rollback swap and the install switch, killed (SIGKILL) right after each of their steps: a working
catalogue stays, and so does the newer copy (the next start finishes or undoes the swap)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from iurc_desktop.services.context import AppContext
from iurc_desktop.services.updates.installer import CRASH_ENV, read_version_info
from iurc_desktop.services.updates.service import UpdateService
from iurc_desktop.storage.paths import DataPaths
from tests.conftest import small_content
from tests.update_helpers import bundle, make_key, trusting_service

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def cli(data_dir: Path, *args: str, crash: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, CRASH_ENV: crash} if crash else dict(os.environ)
    command = [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env, timeout=120)


def versions(data_dir: Path) -> tuple[str | None, str | None]:
    paths = DataPaths.resolve(data_dir)
    live, previous = (
        read_version_info(paths.catalogue_db),
        read_version_info(UpdateService(paths).installer.previous_path),
    )
    return (live.version if live else None, previous.version if previous else None)


@pytest.fixture
def two_catalogues(data_dir: Path, tmp_path: Path) -> Path:
    """Live 2026.2 (from a bundle), previous 2026.1."""
    key = make_key(tmp_path)
    service = trusting_service(data_dir, tmp_path / "publisher.key")
    service.apply(service.prepare(bundle(small_content(), key, tmp_path / "u2.iurcdata", "2026.2")))
    assert versions(data_dir) == ("2026.2", "2026.1")
    return data_dir


@pytest.mark.parametrize("step", ["hold", "restore", "keep"])
def test_a_rollback_killed_after_any_step_keeps_both_catalogues(two_catalogues: Path, step: str) -> None:
    killed = cli(two_catalogues, "data", "rollback", crash=step)
    assert killed.returncode == -signal.SIGKILL
    ctx = AppContext.open(two_catalogues)  # the next start finishes or undoes the swap
    try:
        assert ctx.catalogue.info().counts  # a working catalogue
    finally:
        ctx.close()
    live, previous = versions(two_catalogues)
    assert {live, previous} == {"2026.1", "2026.2"}  # the newer copy survived
    again = cli(two_catalogues, "data", "rollback")  # and rollback still swaps them
    assert again.returncode == 0, again.stderr
    assert versions(two_catalogues) == (previous, live)


@pytest.mark.parametrize("step", ["archive", "install"])
def test_an_import_killed_at_the_switch_leaves_a_whole_catalogue(data_dir: Path, tmp_path: Path, step: str) -> None:
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    AppContext.open(data_dir).close()
    path = bundle(small_content(), key, tmp_path / "u2.iurcdata", "2026.2")
    killed = cli(data_dir, "data", "import", str(path), "--yes", crash=step)
    assert killed.returncode == -signal.SIGKILL
    live, previous = versions(data_dir)
    assert live in ("2026.1", "2026.2")
    ctx = AppContext.open(data_dir)
    ctx.close()
    done = cli(data_dir, "data", "import", str(path), "--yes", "--allow-older")
    assert done.returncode == 0, done.stderr
    assert versions(data_dir)[0] == "2026.2"
    assert not list(data_dir.glob(".staging-*"))
    del previous
