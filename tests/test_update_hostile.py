"""Hostile bundles, one per class the audit found: each is refused with one line on stderr, exit status 2, no
traceback, and neither database changes by a byte."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iurc_desktop.cli import main
from iurc_desktop.domain import messages
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.updates.bundle import BundleError, BundleReader
from iurc_desktop.services.updates.keys import key_id
from iurc_desktop.services.updates.service import UpdateService
from iurc_desktop.storage.paths import DataPaths
from tests.conftest import small_content
from tests.update_helpers import file_hash, make_key, records_jsonl, trusting_service

GOOD = records_jsonl(small_content().all())
DEEP = b"[" * 200_000 + b"]" * 200_000


def manifest_for(records: bytes, **changes: object) -> dict[str, object]:
    counts: dict[str, int] = {}
    for line in records.splitlines():
        try:
            kind = json.loads(line)["kind"]
        except (ValueError, KeyError, TypeError, RecursionError):
            continue
        if isinstance(kind, str):
            counts[kind] = counts.get(kind, 0) + 1
    manifest: dict[str, object] = {
        "format": 1,
        "catalogue": {"version": "2026.2", "date": "2026-02-01", "title": "Test"},
        "created": "2026-02-01T00:00:00+00:00",
        "min_app_version": "0.1.0",
        "counts": counts,
        "members": {"records.jsonl": {"sha256": hashlib.sha256(records).hexdigest(), "size": len(records)}},
    }
    manifest.update(changes)
    return manifest


def write(
    dest: Path,
    key: Ed25519PrivateKey,
    records: bytes = GOOD,
    manifest: bytes | None = None,
    signature: bytes | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    manifest = manifest if manifest is not None else json.dumps(manifest_for(records)).encode()
    if signature is None:
        sig = {"algorithm": "ed25519", "key_id": key_id(key.public_key()), "signature": ""}
        sig["signature"] = base64.b64encode(key.sign(manifest)).decode()
        signature = json.dumps(sig).encode()
    with zipfile.ZipFile(dest, "w", compression) as archive:
        archive.writestr("records.jsonl", records)
        archive.writestr("manifest.json", manifest)
        archive.writestr("signature.json", signature)
    return dest


def patch_member(path: Path, name: bytes, offset: int, value: bytes) -> Path:
    """Overwrite a field of `name`'s local and central headers (flag bits at 6/8, method at 8/10)."""
    data = bytearray(path.read_bytes())
    for magic, name_at, field_at in ((b"PK\x03\x04", 30, offset), (b"PK\x01\x02", 46, offset + 2)):
        at = data.find(magic)
        while at != -1:
            if data[at + name_at : at + name_at + len(name)] == name:
                data[at + field_at : at + field_at + len(value)] = value
            at = data.find(magic, at + 4)
    path.write_bytes(bytes(data))
    return path


def records_with(line: bytes) -> bytes:
    return GOOD + line + b"\n"


def line_with(mutate: Callable[[dict[str, Any]], None]) -> bytes:
    entry = json.loads(GOOD.splitlines()[2])
    mutate(entry)
    return json.dumps(entry).encode()


def signed(records: bytes, **changes: object) -> Callable[[Path, Ed25519PrivateKey], Path]:
    return lambda dest, key: write(dest, key, records, json.dumps(manifest_for(records, **changes)).encode())


def version(value: str) -> Callable[[Path, Ed25519PrivateKey], Path]:
    catalogue = {"version": value, "date": "2026-02-01", "title": "T"}
    return signed(GOOD, catalogue=catalogue)


def random_text(size: int, alphabet: str) -> bytes:
    """`size` bytes drawn from `alphabet` (incompressible enough to pass the zip-bomb ratio)."""
    table = bytes(ord(alphabet[i % len(alphabet)]) for i in range(256))
    return random.Random(size).randbytes(size).translate(table)


def huge_record(dest: Path, key: Ed25519PrivateKey) -> Path:
    entry = json.loads(GOOD.splitlines()[2])
    entry["record"]["summary"] = {"en": random_text(5 << 20, string.ascii_letters).decode()}
    return write(dest, key, records_with(json.dumps(entry).encode()))


def unchecked_records(dest: Path, key: Ed25519PrivateKey) -> Path:
    """Records that do not match the manifest, and whose first line would crash a careless decoder."""
    manifest = json.dumps(manifest_for(GOOD)).encode()
    return write(dest, key, b"[" + GOOD[1:], manifest)  # same size, first line no longer JSON


def with_surrogate(entry: dict[str, Any]) -> None:
    entry["record"]["name"] = {"en": "\ud800"}


CASES: dict[str, tuple[Callable[[Path, Ed25519PrivateKey], Path], str]] = {
    "encrypted": (lambda d, k: patch_member(write(d, k), b"records.jsonl", 6, b"\x01\x00"), messages.BUNDLE_ENCRYPTED),
    "deflate64": (
        lambda d, k: patch_member(write(d, k), b"records.jsonl", 8, b"\x09\x00"),
        messages.BUNDLE_COMPRESSION,
    ),
    "method_99": (
        lambda d, k: patch_member(write(d, k), b"records.jsonl", 8, b"\x63\x00"),
        messages.BUNDLE_COMPRESSION,
    ),
    "nested_manifest": (lambda d, k: write(d, k, GOOD, DEEP), messages.BUNDLE_MANIFEST_UNREADABLE),
    "nested_signature": (lambda d, k: write(d, k, GOOD, None, DEEP[:4000]), messages.BUNDLE_SIGNATURE_UNREADABLE),
    "nested_record": (lambda d, k: write(d, k, records_with(DEEP)), messages.BUNDLE_LINE_INVALID),
    "kind_object": (
        lambda d, k: write(d, k, records_with(line_with(lambda e: e.update(kind={"x": 1})))),
        messages.BUNDLE_LINE_INVALID,
    ),
    "kind_number": (
        lambda d, k: write(d, k, records_with(line_with(lambda e: e.update(kind=7)))),
        messages.BUNDLE_LINE_INVALID,
    ),
    "version_nul": (version("2026.\x00"), messages.BUNDLE_BAD_VERSION),
    "version_superscript": (version("2026.¹²"), messages.BUNDLE_BAD_VERSION),
    "version_5000_digits": (version("9" * 5000), messages.BUNDLE_BAD_VERSION),
    "version_300_chars": (version("1." * 150), messages.BUNDLE_BAD_VERSION),
    "size_string": (
        lambda d, k: write(
            d,
            k,
            GOOD,
            json.dumps(
                manifest_for(
                    GOOD,
                    members={"records.jsonl": {"sha256": hashlib.sha256(GOOD).hexdigest(), "size": str(len(GOOD))}},
                )
            ).encode(),
        ),
        messages.BUNDLE_MANIFEST_FIELD,
    ),
    "size_float": (
        lambda d, k: write(
            d,
            k,
            GOOD,
            json.dumps(
                manifest_for(
                    GOOD,
                    members={"records.jsonl": {"sha256": hashlib.sha256(GOOD).hexdigest(), "size": len(GOOD) + 0.5}},
                )
            ).encode(),
        ),
        messages.BUNDLE_MANIFEST_FIELD,
    ),
    "nan_coordinate": (
        lambda d, k: write(
            d, k, records_with(line_with(lambda e: e["record"].update(latitude=1.0)).replace(b"1.0", b"NaN"))
        ),
        messages.BUNDLE_LINE_INVALID,
    ),
    "infinity_coordinate": (
        lambda d, k: write(
            d, k, records_with(line_with(lambda e: e["record"].update(longitude=1.0)).replace(b"1.0", b"-Infinity"))
        ),
        messages.BUNDLE_LINE_INVALID,
    ),
    "lone_surrogate": (lambda d, k: write(d, k, records_with(line_with(with_surrogate))), messages.BUNDLE_LINE_INVALID),
    "hash_before_decoding": (unchecked_records, messages.BUNDLE_HASH_MISMATCH),
    "zero_records": (lambda d, k: write(d, k, b""), messages.BUNDLE_NO_RECORDS),
    "blank_huge_line": (lambda d, k: write(d, k, GOOD + random_text(6 << 20, " \t")), messages.BUNDLE_LINE_TOO_LONG),
    "huge_record": (huge_record, messages.BUNDLE_LINE_TOO_LONG),
}


@pytest.fixture
def installed(data_dir: Path, tmp_path: Path) -> tuple[Path, Ed25519PrivateKey]:
    key = make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    AppContext.open(data_dir).close()  # the user database exists too
    return data_dir, key


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_bundle_is_one_line_and_changes_nothing(
    installed: tuple[Path, Ed25519PrivateKey], tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    data_dir, key = installed
    make, message_id = CASES[case]
    path = make(tmp_path / "hostile.iurcdata", key)
    before = {name: file_hash(data_dir / name) for name in ("catalogue.sqlite3", "user.sqlite3")}
    with pytest.raises(BundleError) as caught:
        UpdateService(DataPaths.resolve(data_dir)).prepare(path)
    assert caught.value.message_id == message_id
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "data", "import", str(path), "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert {name: file_hash(data_dir / name) for name in before} == before
    assert not list(data_dir.glob(".staging-*"))


def test_a_bundle_reader_never_leaks_its_file_on_a_refusal(
    installed: tuple[Path, Ed25519PrivateKey], tmp_path: Path
) -> None:
    _data_dir, key = installed
    path = patch_member(write(tmp_path / "x.iurcdata", key), b"records.jsonl", 8, b"\x63\x00")
    with pytest.raises(BundleError):
        BundleReader(path)
