"""Building real bundles — good ones and deliberately bad ones — for the data-update tests."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iurc_desktop.domain.codec import to_plain
from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.records import Record
from iurc_desktop.services.updates.bundle import write_bundle
from iurc_desktop.services.updates.keys import generate_keypair, key_id, load_private_key
from iurc_desktop.services.updates.service import UpdateService
from iurc_desktop.storage.paths import DataPaths


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_key(folder: Path, name: str = "publisher.key") -> Ed25519PrivateKey:
    path = folder / name
    generate_keypair(path)
    return load_private_key(path)


def trusting_service(data_dir: Path, key_file: Path) -> UpdateService:
    service = UpdateService(DataPaths.resolve(data_dir))
    service.keyring.trust(Path(f"{key_file}.pub"))
    return service


def bundle(content: CatalogueContent, key: Ed25519PrivateKey, dest: Path, version: str) -> Path:
    write_bundle(content.all(), {**content.meta, "version": version}, key, dest)
    return dest


def records_jsonl(records: Iterable[Record]) -> bytes:
    lines = [json.dumps({"kind": r.KIND.value, "record": to_plain(r)}, ensure_ascii=False) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def raw_bundle(
    dest: Path,
    key: Ed25519PrivateKey | None,
    records: bytes,
    manifest_changes: dict[str, Any] | None = None,
    extra_members: dict[str, bytes] | None = None,
    declared_records: bytes | None = None,
) -> Path:
    """A bundle written member by member, so a test can make exactly one thing wrong.
    `declared_records` is what the manifest describes (default: `records` itself)."""
    described = records if declared_records is None else declared_records
    counts: dict[str, int] = {}
    for line in described.splitlines():
        try:
            kind = json.loads(line)["kind"]
        except (ValueError, KeyError):
            continue
        counts[kind] = counts.get(kind, 0) + 1
    manifest: dict[str, Any] = {
        "format": 1,
        "catalogue": {"version": "2026.2", "date": "2026-02-01", "title": "Test"},
        "created": "2026-02-01T00:00:00+00:00",
        "min_app_version": "0.1.0",
        "counts": counts,
        "members": {"records.jsonl": {"sha256": hashlib.sha256(described).hexdigest(), "size": len(described)}},
    }
    manifest.update(manifest_changes or {})
    manifest_bytes = json.dumps(manifest).encode("utf-8")
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("records.jsonl", records)
        archive.writestr("manifest.json", manifest_bytes)
        if key is not None:
            signature = {
                "algorithm": "ed25519",
                "key_id": key_id(key.public_key()),
                "signature": base64.b64encode(key.sign(manifest_bytes)).decode(),
            }
            archive.writestr("signature.json", json.dumps(signature))
        for name, data in (extra_members or {}).items():
            archive.writestr(name, data)
    return dest


def content_with(content: CatalogueContent, *records: Record, drop: Iterable[str] = ()) -> CatalogueContent:
    """A copy of `content` with records added or replaced, and the ids in `drop` removed."""
    out = CatalogueContent(meta=dict(content.meta))
    dropped = set(drop)
    replacing = {(r.KIND, r.id): r for r in records}
    for record in content.all():
        if record.id not in dropped:
            out.add(replacing.pop((record.KIND, record.id), record), "test")
    for record in replacing.values():
        out.add(record, "test")
    return out


def renamed(record: Record, en: str) -> Record:
    return replace(record, name=replace(record.name, en=en))
