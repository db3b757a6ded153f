"""Data updates end to end on real files: build, verify, preview, apply, roll back; notes survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.updates.installer import InstallError
from iurc_desktop.services.updates.service import NotNewer
from tests.conftest import small_content
from tests.update_helpers import bundle, content_with, file_hash, make_key, renamed, trusting_service


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    make_key(tmp_path)
    return tmp_path / "publisher.key"


def test_import_previews_applies_and_rolls_back(data_dir: Path, key_file: Path, tmp_path: Path) -> None:
    from iurc_desktop.services.updates.keys import load_private_key

    base = small_content()
    yangzhou = base.get(Kind.PLACE, "yangzhou")
    assert yangzhou is not None
    updated = content_with(base, renamed(yangzhou, "Yangzhou City"), drop=["guangzhou"])
    path = bundle(updated, load_private_key(key_file), tmp_path / "u.iurcdata", "2026.2")
    service = trusting_service(data_dir, key_file)

    update = service.prepare(path)
    places = update.diff.kinds[Kind.PLACE]
    assert [i for i, _ in places.changed] == ["yangzhou"]
    assert [(i, n["pt"]) for i, n in places.removed] == [("guangzhou", "Cantão")]
    info = service.apply(update)
    assert (info.version, info.signer) == ("2026.2", service.keyring.keys().popitem()[0])
    assert not update.staged.exists()

    ctx = AppContext.open(data_dir)
    try:
        place = ctx.catalogue.find(Kind.PLACE, "yangzhou")
        assert place is not None and place.name.en == "Yangzhou City"
        assert ctx.catalogue_store.removed(Kind.PLACE, "guangzhou") == (
            {"en": "Guangzhou", "zh": "广州", "pt": "Cantão"},
            "2026.2",
        )
        assert [hit.id for hit in ctx.search.search("Yangzhou City", Lang.EN)][:1] == ["yangzhou"]  # index rebuilt
    finally:
        ctx.close()

    assert service.rollback().version == "2026.1"
    assert service.installed() is not None and service.installed().version == "2026.1"  # type: ignore[union-attr]
    assert service.previous() is not None and service.previous().version == "2026.2"  # type: ignore[union-attr]


def test_an_update_never_writes_the_user_database(data_dir: Path, key_file: Path, tmp_path: Path) -> None:
    from iurc_desktop.services.updates.keys import load_private_key

    ctx = AppContext.open(data_dir)
    note_key = RecordKey(Kind.PLACE, "guangzhou")
    ctx.user.add_note(note_key, "Meet the trade office", "Guangzhou")
    ctx.close()
    user_before = file_hash(data_dir / "user.sqlite3")
    updated = content_with(small_content(), drop=["guangzhou"])
    path = bundle(updated, load_private_key(key_file), tmp_path / "u.iurcdata", "2026.2")
    service = trusting_service(data_dir, key_file)
    service.apply(service.prepare(path))
    assert file_hash(data_dir / "user.sqlite3") == user_before

    ctx = AppContext.open(data_dir)
    try:
        notes = ctx.user.notes(note_key)
        assert [n.body for n in notes] == ["Meet the trade office"]  # kept, never deleted
        assert ctx.catalogue_store.removed(Kind.PLACE, "guangzhou") is not None
    finally:
        ctx.close()


def test_an_older_or_equal_catalogue_is_refused_unless_asked(data_dir: Path, key_file: Path, tmp_path: Path) -> None:
    from iurc_desktop.services.updates.keys import load_private_key

    before = file_hash(data_dir / "catalogue.sqlite3")
    path = bundle(small_content(), load_private_key(key_file), tmp_path / "old.iurcdata", "2025.12")
    service = trusting_service(data_dir, key_file)
    with pytest.raises(NotNewer, match=r"not newer than the installed 2026\.1"):
        service.prepare(path)
    assert file_hash(data_dir / "catalogue.sqlite3") == before
    service.apply(service.prepare(path, allow_older=True))
    assert service.installed().version == "2025.12"  # type: ignore[union-attr]


def test_rollback_without_a_previous_catalogue_says_so(data_dir: Path) -> None:
    from iurc_desktop.services.updates.service import UpdateService
    from iurc_desktop.storage.paths import DataPaths

    with pytest.raises(InstallError, match="no previous catalogue"):
        UpdateService(DataPaths.resolve(data_dir)).rollback()


def test_command_line_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """keygen → build → verify → import (preview) → status → rollback, as the content team and a delegate do it."""
    home, key = str(tmp_path / "home"), tmp_path / "team.key"
    source = Path(__file__).resolve().parent / "data" / "catalogue-source"
    assert main(["data", "keygen", str(key)]) == 0
    assert main(["--data-dir", home, "data", "trust", f"{key}.pub"]) == 0
    assert main(["--data-dir", home, "data", "status"]) == 0  # first run: the shipped catalogue is installed
    bundle_path = tmp_path / "c.iurcdata"
    assert main(["data", "build", str(source), "-o", str(bundle_path), "--key", str(key), "--version", "2099.1"]) == 0
    assert main(["data", "verify", str(bundle_path)]) == 2  # not trusted in the default (platform) folder
    assert main(["--data-dir", home, "data", "verify", str(bundle_path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", home, "data", "import", str(bundle_path), "--yes"]) == 0
    preview = capsys.readouterr().out
    assert "bundle c.iurcdata: catalogue 2099.1" in preview
    assert "place: +0 added, ~1 changed, -" in preview  # counts per kind, with names
    assert "  ~ Yangzhou [yangzhou]" in preview and "  - Andalusia [andalusia]" in preview
    assert "catalogue 2099.1 installed" in preview
    assert main(["--data-dir", home, "data", "status", "--json"]) == 0
    status = capsys.readouterr().out
    assert '"version": "2099.1"' in status and '"previous_version": ' in status
    assert main(["--data-dir", home, "data", "rollback"]) == 0
    assert "installed again" in capsys.readouterr().out


def test_build_refuses_an_unsigned_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "build", "-o", str(tmp_path / "x.iurcdata")]) == 2
    assert "must be signed" in capsys.readouterr().err


def test_keygen_never_overwrites_a_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = tmp_path / "k"
    assert main(["data", "keygen", str(key)]) == 0
    first = key.read_bytes()
    assert main(["data", "keygen", str(key)]) == 2
    assert "exists already" in capsys.readouterr().err
    assert key.read_bytes() == first
    assert key.stat().st_mode & 0o077 == 0  # private key readable by its owner only


def test_history_file_is_a_plain_database(data_dir: Path, key_file: Path, tmp_path: Path) -> None:
    """The previous catalogue is kept in rollback-journal mode: no -wal beside it to go stale."""
    from iurc_desktop.services.updates.keys import load_private_key

    path = bundle(small_content(), load_private_key(key_file), tmp_path / "u.iurcdata", "2026.2")
    service = trusting_service(data_dir, key_file)
    service.apply(service.prepare(path))
    previous = service.installer.previous_path
    with sqlite3.connect(previous) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
