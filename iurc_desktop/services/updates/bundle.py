"""The `.iurcdata` bundle: a zip holding a signed manifest and the catalogue's records.

Members, and nothing else:
- `manifest.json`: bundle format, catalogue version/date/title, creation time, minimum app version,
  record counts per kind, and the SHA-256 and size of every other member;
- `signature.json`: `{"algorithm": "ed25519", "key_id": …, "signature": base64}` over the exact bytes
  of `manifest.json`;
- `records.jsonl`: one record per line, `{"kind": …, "record": {…}}`, UTF-8.

The reader trusts nothing it has not checked: member names, entry count, declared and actual sizes,
compression ratio; bytes are counted while reading so a lying zip header cannot inflate past a limit.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iurc_desktop import __version__
from iurc_desktop.domain.digest import ContentDigest, canonical_line
from iurc_desktop.domain.records import Record
from iurc_desktop.services.updates.keys import key_id

BUNDLE_FORMAT = 1
SUFFIX = ".iurcdata"
MANIFEST, SIGNATURE, RECORDS = "manifest.json", "signature.json", "records.jsonl"
MEMBER_LIMITS = {MANIFEST: 1 << 20, SIGNATURE: 4096, RECORDS: 2 << 30}
MAX_ENTRIES = 8
MAX_RATIO = 200  # JSON deflates ~10x; far beyond that is a zip bomb
_CHUNK = 1 << 20


class BundleError(Exception):
    """Why a bundle cannot be used, in one line a delegate understands."""


@dataclass(frozen=True)
class Manifest:
    format: int
    version: str
    date: str
    title: str
    created: str
    min_app_version: str
    counts: dict[str, int]
    members: dict[str, dict[str, Any]] = field(default_factory=dict)
    # fingerprint of the records themselves (domain.digest), so an installed catalogue can be checked later;
    # empty in bundles written before it existed
    content_sha256: str = ""

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            catalogue = data["catalogue"]
            return cls(
                format=int(data["format"]),
                version=str(catalogue["version"]),
                date=str(catalogue.get("date", "")),
                title=str(catalogue.get("title", "")),
                created=str(data.get("created", "")),
                min_app_version=str(data.get("min_app_version", "0")),
                counts={str(k): int(v) for k, v in data.get("counts", {}).items()},
                members={str(k): dict(v) for k, v in data["members"].items()},
                content_sha256=str(data.get("content", {}).get("sha256", "")),
            )
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
            raise BundleError("the bundle's manifest is unreadable") from None


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.1' → (2026, 11, 1); a non-numeric part sorts lowest."""
    return tuple(int(part) if part.isdigit() else -1 for part in version.split("."))


class _HashingWriter:
    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.target.write(data)
        self.sha.update(data)
        self.size += len(data)


def write_bundle(
    records: Iterable[Record], meta: dict[str, str], private_key: Ed25519PrivateKey, dest: Path
) -> Manifest:
    """Write and sign a bundle (publisher side). `meta` holds version, date and title."""
    counts: dict[str, int] = {}
    digest = ContentDigest()
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        info = zipfile.ZipInfo(RECORDS, date_time=dt.datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as raw:
            out = _HashingWriter(raw)
            for record in records:
                counts[record.KIND.value] = counts.get(record.KIND.value, 0) + 1
                line = canonical_line(record)
                digest.add_line(line)
                out.write(line + b"\n")
        manifest = {
            "format": BUNDLE_FORMAT,
            "catalogue": {"version": meta["version"], "date": meta.get("date", ""), "title": meta.get("title", "")},
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "min_app_version": meta.get("min_app_version", __version__),
            "counts": counts,
            "members": {RECORDS: {"sha256": out.sha.hexdigest(), "size": out.size}},
            "content": {"sha256": digest.hexdigest()},
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        signature = {
            "algorithm": "ed25519",
            "key_id": key_id(private_key.public_key()),
            "signature": base64.b64encode(private_key.sign(manifest_bytes)).decode("ascii"),
        }
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, json.dumps(signature, indent=1).encode("utf-8"))
    return Manifest.parse(manifest_bytes)


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


class BundleReader:
    """Opens a bundle file and hands out its members with every limit enforced."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            raise BundleError(f"{path.name} is a folder, not a data bundle")
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise BundleError(f"cannot read {path.name}: {exc.strerror}") from None
        if size == 0:
            raise BundleError(f"{path.name} is empty")
        try:
            self.archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise BundleError(f"{path.name} is not an IURC data bundle, or it is truncated or damaged") from None
        except OSError as exc:
            raise BundleError(f"cannot read {path.name}: {exc.strerror}") from None
        try:
            self.entries = self._check_entries()
        except BundleError:
            self.archive.close()
            raise

    def _check_entries(self) -> dict[str, zipfile.ZipInfo]:
        infos = self.archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleError(f"the bundle holds {len(infos)} entries; a data bundle has 3")
        entries: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if _unsafe(info.filename):
                raise BundleError(f"the bundle holds an unsafe file name ({info.filename!r}); refused")
            if info.filename not in MEMBER_LIMITS:
                raise BundleError(f"the bundle holds an unexpected file ({info.filename!r}); refused")
            if info.filename in entries:
                raise BundleError(f"the bundle holds {info.filename} twice; refused")
            if info.file_size > MEMBER_LIMITS[info.filename]:
                raise BundleError(f"{info.filename} is too large ({info.file_size:,} bytes); refused")
            if info.file_size > _CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise BundleError(f"{info.filename} expands {info.file_size // max(info.compress_size, 1)}×: refused")
            entries[info.filename] = info
        return entries

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def small_member(self, name: str) -> bytes | None:
        if name not in self.entries:
            return None
        return b"".join(self.stream(name, MEMBER_LIMITS[name]))

    def stream(self, name: str, limit: int) -> Iterator[bytes]:
        """The member's bytes in chunks, stopping with BundleError past `limit` or on damage."""
        total = 0
        try:
            with self.archive.open(self.entries[name]) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise BundleError(f"{name} is larger than it declares; refused")
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
            raise BundleError(f"{self.path.name} is truncated or damaged ({name} cannot be read)") from None
