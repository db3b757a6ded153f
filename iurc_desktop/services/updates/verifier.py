"""Checking that a bundle comes from a trusted publisher and is whole, before anything is built from it."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Generator
from dataclasses import dataclass

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from iurc_desktop.services.updates.bundle import (
    BUNDLE_FORMAT,
    MANIFEST,
    MAX_RECORD_BYTES,
    MEMBER_LIMITS,
    RECORDS,
    SIGNATURE,
    BundleError,
    BundleReader,
    Manifest,
    load_json,
    version_key,
)
from iurc_desktop.services.updates.keys import KeyRing


class UntrustedKey(BundleError):
    """Signed by a key this installation does not trust (yet): the GUI offers to trust the publisher's key."""

    def __init__(self, key_id: str) -> None:
        super().__init__(messages.UNTRUSTED_KEY, key=key_id)

    @property
    def key_id(self) -> str:
        return self.params["key"]


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    key_id: str
    key_origin: str
    # kept so the installed catalogue can be re-checked later (`data verify`, --self-test)
    manifest_bytes: bytes
    signature_bytes: bytes


class BundleVerifier:
    def __init__(self, keyring: KeyRing) -> None:
        self.keyring = keyring

    def verify_manifest(self, reader: BundleReader) -> VerifiedBundle:
        """Signature, trusted key, format and app version. The records' hash is checked by `check_records`."""
        manifest_bytes = reader.small_member(MANIFEST)
        if manifest_bytes is None:
            raise BundleError(messages.BUNDLE_NO_MANIFEST)
        signature_bytes = reader.small_member(SIGNATURE)
        if signature_bytes is None:
            raise BundleError(messages.BUNDLE_UNSIGNED)
        verified = self.verify_signed(manifest_bytes, signature_bytes)
        manifest = verified.manifest
        if manifest.format > BUNDLE_FORMAT:
            raise BundleError(messages.BUNDLE_NEWER_FORMAT, format=manifest.format, known=BUNDLE_FORMAT)
        if version_key(manifest.min_app_version) > version_key(__version__):
            raise BundleError(messages.BUNDLE_NEEDS_APP, needed=manifest.min_app_version, current=__version__)
        if RECORDS not in manifest.members or RECORDS not in reader.entries or not any(manifest.counts.values()):
            raise BundleError(messages.BUNDLE_NO_RECORDS)
        return verified

    def verify_signed(self, manifest_bytes: bytes, signature_bytes: bytes) -> VerifiedBundle:
        """The manifest is signed by a key this installation trusts."""
        kid, signature = _parse_signature(signature_bytes)
        trusted = self.keyring.keys().get(kid)
        if trusted is None:
            raise UntrustedKey(kid)
        if not trusted.verifies(signature, manifest_bytes):
            raise BundleError(messages.BUNDLE_BAD_SIGNATURE)
        return VerifiedBundle(Manifest.parse(manifest_bytes), kid, trusted.origin, manifest_bytes, signature_bytes)


def _parse_signature(raw: bytes) -> tuple[str, bytes]:
    try:
        data = load_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleError(messages.BUNDLE_SIGNATURE_UNREADABLE) from None
    if not isinstance(data, dict) or not isinstance(data.get("key_id"), str):
        raise BundleError(messages.BUNDLE_SIGNATURE_UNREADABLE)
    if data.get("algorithm") != "ed25519":
        raise BundleError(messages.BUNDLE_SIGNATURE_ALGORITHM)
    kid = data["key_id"]
    if not (kid.isascii() and kid.isalnum() and len(kid) <= 64):
        raise BundleError(messages.BUNDLE_SIGNATURE_UNREADABLE)
    try:
        return kid, base64.b64decode(data.get("signature", ""), validate=True)
    except (binascii.Error, TypeError, ValueError):
        raise BundleError(messages.BUNDLE_SIGNATURE_UNREADABLE) from None


def check_records(
    reader: BundleReader,
    manifest: Manifest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> None:
    """First pass over records.jsonl: its SHA-256 and size are the manifest's, or BundleError. Nothing in it is
    decoded before this has passed (a parser bug can then only be reached by a signed bundle)."""
    declared = manifest.members[RECORDS]
    size = int(declared["size"])
    sha = hashlib.sha256()
    done = 0
    for chunk in reader.stream(RECORDS, min(size, MEMBER_LIMITS[RECORDS])):
        if cancel is not None:
            cancel.check()
        sha.update(chunk)
        done += len(chunk)
        progress(done, size, "checking")
    if done != size or sha.hexdigest() != declared["sha256"]:
        raise BundleError(messages.BUNDLE_HASH_MISMATCH)


def record_lines(
    reader: BundleReader,
    manifest: Manifest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Generator[tuple[int, bytes], None, None]:
    """(line number, line) of records.jsonl, streamed, after `check_records` passed on the same open file.
    A line longer than MAX_RECORD_BYTES is refused before it is held in memory whole."""
    check_records(reader, manifest, progress, cancel)
    size = int(manifest.members[RECORDS]["size"])
    done, number, pending = 0, 0, b""
    for chunk in reader.stream(RECORDS, size):
        if cancel is not None:
            cancel.check()
        done += len(chunk)
        progress(done, size, "reading")
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        for line in lines:
            number += 1
            _check_length(number, line)
            yield number, line
        _check_length(number + 1, pending)
    if pending:
        yield number + 1, pending


def _check_length(number: int, line: bytes) -> None:
    if len(line) > MAX_RECORD_BYTES:
        raise BundleError(messages.BUNDLE_LINE_TOO_LONG, line=number, limit=MAX_RECORD_BYTES)
