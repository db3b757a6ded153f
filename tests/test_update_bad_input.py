"""Every bad bundle gets one clear line, and the live catalogue stays byte-identical."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iurc_desktop.domain.records import Event
from iurc_desktop.services.updates.bundle import BundleError
from iurc_desktop.services.updates.keys import load_private_key
from tests.conftest import small_content
from tests.update_helpers import bundle, content_with, file_hash, make_key, raw_bundle, records_jsonl, trusting_service

GOOD = records_jsonl(small_content().all())
Maker = Callable[[Path, Ed25519PrivateKey, Ed25519PrivateKey], Path]


def _good(dest: Path, key: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD)


def truncated(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    data = _good(dest, key).read_bytes()
    dest.write_bytes(data[: len(data) // 2])
    return dest


def corrupt_records(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    data = bytearray(_good(dest, key).read_bytes())
    for offset in range(60, 200):  # inside records.jsonl's compressed bytes, the first member
        data[offset] ^= 0x5A
    dest.write_bytes(bytes(data))
    return dest


def not_a_zip(dest: Path, _key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    dest.write_text("<html>404 Not Found</html>")
    return dest


def empty(dest: Path, _key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    dest.write_bytes(b"")
    return dest


def directory(dest: Path, _key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    dest.mkdir()
    return dest


def unsigned(dest: Path, _key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, None, GOOD)


def unknown_key(dest: Path, _key: Ed25519PrivateKey, other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, other, GOOD)


def wrong_signature(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    raw_bundle(dest, key, GOOD)
    with zipfile.ZipFile(dest) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["manifest.json"] = members["manifest.json"].replace(b'"2026.2"', b'"2099.9"')  # edited after signing
    with zipfile.ZipFile(dest, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return dest


def hash_mismatch(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD.replace(b"Yangzhou", b"Yangzhoo"), declared_records=GOOD)


def traversal(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD, extra_members={"../../.bashrc": b"echo owned"})


def absolute_name(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD, extra_members={"/etc/cron.d/x": b"* * * * * root true"})


def too_many_entries(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD, extra_members={f"x{i}.txt": b"" for i in range(20)})


def zip_bomb(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD + b" " * (64 << 20))  # 64 MB of blanks deflate to ~64 KB


def oversized_declared(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    """A header claiming a 1 GB manifest (the central directory's uncompressed-size field, patched)."""
    data = bytearray(raw_bundle(dest, key, GOOD).read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + name_len] == b"manifest.json":
            data[at + 24 : at + 28] = (1 << 30).to_bytes(4, "little")
        at = data.find(b"PK\x01\x02", at + 4)
    dest.write_bytes(bytes(data))
    return dest


def newer_format(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD, manifest_changes={"format": 7})


def newer_app(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD, manifest_changes={"min_app_version": "99.0"})


def dangling(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    event = small_content().get(Event.KIND, "webinar-circular")
    assert isinstance(event, Event)
    from dataclasses import replace

    broken = content_with(small_content(), replace(event, participants=("atlantis",)))
    return raw_bundle(dest, key, records_jsonl(broken.all()))


def invalid_utf8(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD.replace("扬州".encode(), b"\xff\xfe", 1))


def duplicate_record(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    first = GOOD.splitlines()[1]
    return raw_bundle(dest, key, GOOD + first + b"\n")


def broken_record(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD + b'{"kind": "place", "record": {"id": "x", "latitude": "north"}}\n')


def counts_lie(dest: Path, key: Ed25519PrivateKey, _other: Ed25519PrivateKey) -> Path:
    return raw_bundle(dest, key, GOOD, manifest_changes={"counts": {"place": 1}})


CASES: list[tuple[Maker, str]] = [
    (truncated, "truncated or damaged"),
    (corrupt_records, "damaged"),
    (not_a_zip, "is not an IURC data bundle"),
    (empty, "is empty"),
    (directory, "is a folder, not a data bundle"),
    (unsigned, "is not signed"),
    (unknown_key, "signed by a key this installation does not trust"),
    (wrong_signature, "signature does not match"),
    (hash_mismatch, "does not match the manifest's hash"),
    (traversal, "unsafe file name"),
    (absolute_name, "unsafe file name"),
    (too_many_entries, "entries"),
    (zip_bomb, "expands"),
    (oversized_declared, "too large"),
    (newer_format, "newer than this app knows"),
    (newer_app, "needs IURC Desktop 99.0"),
    (dangling, "references to records that are not in the catalogue: event webinar-circular"),
    (invalid_utf8, "is not valid UTF-8"),
    (duplicate_record, "holds a record twice"),
    (broken_record, "records line"),
    (counts_lie, "record counts do not match"),
]


@pytest.mark.parametrize(("make", "message"), CASES, ids=[make.__name__ for make, _ in CASES])
def test_bad_bundle_is_refused_and_changes_nothing(data_dir: Path, tmp_path: Path, make: Maker, message: str) -> None:
    key, other = make_key(tmp_path), make_key(tmp_path, "stranger.key")
    service = trusting_service(data_dir, tmp_path / "publisher.key")
    live = data_dir / "catalogue.sqlite3"
    before = file_hash(live)
    path = make(tmp_path / "update.iurcdata", key, other)
    with pytest.raises(BundleError, match=message) as caught:
        service.prepare(path)
    assert "\n" not in str(caught.value)
    assert file_hash(live) == before
    assert not list(data_dir.glob(".staging-*"))  # nothing left behind


def test_the_same_messages_reach_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    path = hash_mismatch(tmp_path / "u.iurcdata", key, key)
    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), "data", "import", str(path), "--yes"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "records.jsonl does not match the manifest's hash" in result.stderr


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file-size limits")
def test_a_full_disk_while_preparing_keeps_the_catalogue(data_dir: Path, tmp_path: Path) -> None:
    """The disk 'fills' (RLIMIT_FSIZE) while the new catalogue is being built beside the live one."""
    import resource

    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    path = bundle(small_content(), load_private_key(tmp_path / "publisher.key"), tmp_path / "u.iurcdata", "2026.2")
    del key
    live = data_dir / "catalogue.sqlite3"
    before = file_hash(live)

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (48 * 1024, 48 * 1024))

    result = subprocess.run(
        [sys.executable, "-m", "iurc_desktop", "--data-dir", str(data_dir), "data", "import", str(path), "--yes"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=small_disk,  # the child is single-threaded
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 2, result.stderr
    assert "not enough disk space" in result.stderr
    assert file_hash(live) == before
