"""Fault injection: SIGKILL the import at random moments; the catalogue is always wholly old or wholly new."""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import LocalText
from iurc_desktop.domain.records import Kind, Place, SourceRef
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from tests.conftest import small_content
from tests.update_helpers import bundle, content_with, file_hash, make_key, trusting_service

RUNS = 20
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def content_digest(path: Path) -> tuple[str, str]:
    """(version, hash of every record) of a catalogue, after checking the file is sound."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        version = conn.execute("SELECT value FROM catalogue_meta WHERE key = 'version'").fetchone()[0]
        sha = hashlib.sha256()
        for kind, record_id, data in conn.execute("SELECT kind, id, data FROM record ORDER BY kind, id"):
            sha.update(f"{kind}\0{record_id}\0{data}\n".encode())
        return version, sha.hexdigest()
    finally:
        conn.close()


def bigger_content() -> CatalogueContent:
    """The test catalogue plus enough places that an import takes a while to kill."""
    src = (SourceRef("seed-test", "test"),)
    extra = [
        Place(
            f"town-{i}",
            LocalText(f"Town {i}", f"城镇{i}", f"Vila {i}"),
            LocalText("A town.", "城镇。", "Uma vila."),
            src,
        )
        for i in range(3000)
    ]
    return content_with(small_content(), *extra)


def import_command(data_dir: Path, path: Path) -> list[str]:
    return [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), "data", "import", str(path), "--yes"]


def test_killing_the_import_never_leaves_a_mixed_or_broken_catalogue(data_dir: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    ctx = AppContext.open(data_dir)
    ctx.user.add_note(RecordKey(Kind.PLACE, "yangzhou"), "Ask about the design centre", "Yangzhou")
    ctx.close()
    update = bundle(bigger_content(), key, tmp_path / "u.iurcdata", "2026.2")
    old = content_digest(data_dir / "catalogue.sqlite3")
    user_hash = file_hash(data_dir / "user.sqlite3")

    finished = tmp_path / "finished"
    shutil.copytree(data_dir, finished)
    started = time.monotonic()
    subprocess.run(import_command(finished, update), check=True, capture_output=True)
    duration = time.monotonic() - started
    new = content_digest(finished / "catalogue.sqlite3")
    assert new[0] == "2026.2" and new != old

    rng = random.Random(20261122)
    outcomes = []
    for run in range(RUNS):
        target = tmp_path / f"run-{run}"
        shutil.copytree(data_dir, target)
        process = subprocess.Popen(import_command(target, update), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # a third of the kills aim at the last moments, where the switch happens
        delay = rng.uniform(0.7, 1.0) * duration if run % 3 == 0 else rng.uniform(0.05, 1.0) * duration
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        after = content_digest(target / "catalogue.sqlite3")
        assert after in (old, new), f"run {run}: mixed catalogue after a kill at {delay:.2f} s"
        assert file_hash(target / "user.sqlite3") == user_hash
        outcomes.append(after == new)
        reopened = AppContext.open(target)  # the app starts normally afterwards
        reopened.close()
    print(f"{RUNS} kills over a {duration:.2f} s import: {sum(outcomes)} found the new catalogue, the rest the old")
