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
import errno
import hashlib
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.digest import ContentDigest, canonical_line
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.records import Record
from iurc_desktop.services.updates.keys import key_id

BUNDLE_FORMAT = 1
SUFFIX = ".iurcdata"
MANIFEST, SIGNATURE, RECORDS = "manifest.json", "signature.json", "records.jsonl"
MEMBER_LIMITS = {MANIFEST: 1 << 20, SIGNATURE: 4096, RECORDS: 2 << 30}
MAX_ENTRIES = 8
MAX_RATIO = 200  # JSON deflates ~10x; far beyond that is a zip bomb
MAX_RECORD_BYTES = 4 << 20  # one record line; the largest real one is a few kilobytes
# stored and deflate only: zipfile raises NotImplementedError for deflate64 and others, and a bundle never needs them
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_VERSION = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9}){0,5}", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_CHUNK = 1 << 20


class BundleError(UserError):
    """Why a bundle cannot be used: a message id from domain.messages and its data."""


def load_json(raw: bytes | str) -> Any:
    """Strict JSON from an untrusted source: no NaN/Infinity, no nesting deep enough to exhaust the stack
    (RecursionError), no lone surrogates (they cannot be stored as UTF-8). ValueError for any of these."""
    try:
        text = raw if isinstance(raw, str) else raw.decode(json.detect_encoding(raw), "surrogatepass")  # as loads
        value = _STRICT_JSON.decode(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if "\\u" in text and _has_surrogate(value):
        raise ValueError("lone surrogate")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


# one decoder for every line: json.loads with a hook builds a new JSONDecoder per call (0.4 s per 100k lines)
_STRICT_JSON = json.JSONDecoder(parse_constant=_reject_constant)


def _has_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= ch <= "\udfff" for ch in item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def parse_version(text: object) -> str:
    """A catalogue version as dotted ASCII digits, or BundleError (no NUL, superscripts, 5000 digits)."""
    if not isinstance(text, str) or not _VERSION.fullmatch(text):
        raise BundleError(messages.BUNDLE_BAD_VERSION)
    return text


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.1' → (2026, 11, 1); a part that is not plain ASCII digits (or absurdly long) sorts lowest."""
    return tuple(int(p) if p.isascii() and p.isdigit() and len(p) <= 18 else -1 for p in version[:200].split("."))


def _text(data: dict[str, Any], name: str, limit: int = 200) -> str:
    value = data.get(name, "")
    if not isinstance(value, str) or len(value) > limit or not value.isprintable():
        raise BundleError(messages.BUNDLE_MANIFEST_FIELD, field=name)
    return value


def _count(value: object, name: str) -> int:
    # bool is an int in Python, and 1e3 or "12" are not sizes
    if type(value) is not int or not 0 <= value <= 1 << 40:
        raise BundleError(messages.BUNDLE_MANIFEST_FIELD, field=name)
    return value


def _members(raw: object) -> dict[str, dict[str, Any]]:
    if not isinstance(raw, dict):
        raise BundleError(messages.BUNDLE_MANIFEST_FIELD, field="members")
    members: dict[str, dict[str, Any]] = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            raise BundleError(messages.BUNDLE_MANIFEST_FIELD, field="members")
        if not _SHA256.fullmatch(entry["sha256"]):
            raise BundleError(messages.BUNDLE_MANIFEST_FIELD, field="sha256")
        members[str(name)] = {"sha256": entry["sha256"], "size": _count(entry.get("size"), "size")}
    return members


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
        """Every field checked for type and form: the manifest is signed, but the signer may still err."""
        try:
            data = load_json(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise BundleError(messages.BUNDLE_MANIFEST_UNREADABLE) from None
        if not isinstance(data, dict) or not isinstance(data.get("catalogue"), dict):
            raise BundleError(messages.BUNDLE_MANIFEST_UNREADABLE)
        catalogue = data["catalogue"]
        counts = data.get("counts", {})
        content = data.get("content", {})
        if not isinstance(counts, dict) or not isinstance(content, dict):
            raise BundleError(messages.BUNDLE_MANIFEST_FIELD, field="counts")
        min_app = data.get("min_app_version", "0")
        return cls(
            format=_count(data.get("format"), "format"),
            version=parse_version(catalogue.get("version")),
            date=_text(catalogue, "date", 40),
            title=_text(catalogue, "title"),
            created=_text(data, "created", 40),
            min_app_version=parse_version(min_app) if min_app != "0" else "0",
            counts={_text({"k": k}, "k", 40): _count(v, "counts") for k, v in counts.items()},
            members=_members(data.get("members")),
            content_sha256=_text(content, "sha256", 64),
        )


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


_ZIP_DAMAGE = (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError, struct.error, OverflowError)


def _os_code(exc: OSError) -> str:
    """An OS error as its symbolic name (ENOENT, EACCES): data, not an English sentence."""
    return errno.errorcode.get(exc.errno or 0, "EIO")


class BundleReader:
    """Opens a bundle file and hands out its members with every limit enforced."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            raise BundleError(messages.BUNDLE_IS_FOLDER, name=path.name)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise BundleError(messages.BUNDLE_CANNOT_READ, name=path.name, code=_os_code(exc)) from None
        if size == 0:
            raise BundleError(messages.BUNDLE_EMPTY, name=path.name)
        try:
            self.archive = zipfile.ZipFile(path)
        except OSError as exc:
            raise BundleError(messages.BUNDLE_CANNOT_READ, name=path.name, code=_os_code(exc)) from None
        except _ZIP_DAMAGE:
            raise BundleError(messages.BUNDLE_NOT_ZIP, name=path.name) from None
        try:
            self.entries = self._check_entries()
        except BundleError:
            self.archive.close()
            raise

    def _check_entries(self) -> dict[str, zipfile.ZipInfo]:
        infos = self.archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleError(messages.BUNDLE_TOO_MANY_ENTRIES, count=len(infos))
        entries: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            _check_entry(info, entries)
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
                        raise BundleError(messages.BUNDLE_LARGER_THAN_DECLARED, member=name)
                    yield chunk
        except (*_ZIP_DAMAGE, zlib.error, OSError):
            raise BundleError(messages.BUNDLE_DAMAGED, name=self.path.name, member=name) from None


def _check_entry(info: zipfile.ZipInfo, seen: dict[str, zipfile.ZipInfo]) -> None:
    name = info.filename
    if _unsafe(name):
        raise BundleError(messages.BUNDLE_UNSAFE_NAME, member=name)
    if name not in MEMBER_LIMITS:
        raise BundleError(messages.BUNDLE_UNEXPECTED_MEMBER, member=name)
    if name in seen:
        raise BundleError(messages.BUNDLE_DUPLICATE_MEMBER, member=name)
    if info.flag_bits & 0x1:
        raise BundleError(messages.BUNDLE_ENCRYPTED, member=name)
    if info.compress_type not in COMPRESSIONS:
        raise BundleError(messages.BUNDLE_COMPRESSION, member=name, method=info.compress_type)
    if info.file_size > MEMBER_LIMITS[name]:
        raise BundleError(messages.BUNDLE_MEMBER_TOO_LARGE, member=name, size=info.file_size)
    if info.file_size > _CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleError(messages.BUNDLE_ZIP_BOMB, member=name, ratio=info.file_size // max(info.compress_size, 1))
