"""Checking that a bundle comes from a trusted publisher and is whole, before anything is built from it."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Generator
from dataclasses import dataclass

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from iurc_desktop.services.updates.bundle import (
    BUNDLE_FORMAT,
    MANIFEST,
    MEMBER_LIMITS,
    RECORDS,
    SIGNATURE,
    BundleError,
    BundleReader,
    Manifest,
    version_key,
)
from iurc_desktop.services.updates.keys import KeyRing


class UntrustedKey(UserError, BundleError):
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
        """Signature, trusted key, format and app version. The records' hash is checked while they are read."""
        manifest_bytes = reader.small_member(MANIFEST)
        if manifest_bytes is None:
            raise BundleError("the bundle has no manifest; it is not an IURC data bundle")
        signature_bytes = reader.small_member(SIGNATURE)
        if signature_bytes is None:
            raise BundleError("the bundle is not signed; refused")
        verified = self.verify_signed(manifest_bytes, signature_bytes)
        manifest = verified.manifest
        if manifest.format > BUNDLE_FORMAT:
            raise BundleError(
                f"the bundle uses data format {manifest.format}, newer than this app knows ({BUNDLE_FORMAT}); "
                "update IURC Desktop first"
            )
        if version_key(manifest.min_app_version) > version_key(__version__):
            raise BundleError(
                f"the bundle needs IURC Desktop {manifest.min_app_version} or later (this is {__version__})"
            )
        if RECORDS not in manifest.members or RECORDS not in reader.entries:
            raise BundleError("the bundle has no records")
        return verified

    def verify_signed(self, manifest_bytes: bytes, signature_bytes: bytes) -> VerifiedBundle:
        """The manifest is signed by a key this installation trusts."""
        kid, signature = _parse_signature(signature_bytes)
        trusted = self.keyring.keys().get(kid)
        if trusted is None:
            raise UntrustedKey(kid)
        if not trusted.verifies(signature, manifest_bytes):
            raise BundleError("the bundle's signature does not match: it was altered or signed with another key")
        return VerifiedBundle(Manifest.parse(manifest_bytes), kid, trusted.origin, manifest_bytes, signature_bytes)


def _parse_signature(raw: bytes) -> tuple[str, bytes]:
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("algorithm") != "ed25519":
            raise BundleError(f"unsupported signature algorithm {data.get('algorithm')!r}")
        return str(data["key_id"]), base64.b64decode(data["signature"], validate=True)
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError, binascii.Error):
        raise BundleError("the bundle's signature is unreadable; refused") from None


def record_lines(
    reader: BundleReader,
    manifest: Manifest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Generator[tuple[int, bytes], None, None]:
    """(line number, line) of records.jsonl, streamed; raises BundleError at the end if the bytes do not match
    the manifest's SHA-256 and size. Consumers must not commit anything before the iterator is exhausted."""
    declared = manifest.members[RECORDS]
    size = int(declared.get("size", -1))
    sha = hashlib.sha256()
    done, number, pending = 0, 0, b""
    for chunk in reader.stream(RECORDS, min(size, MEMBER_LIMITS[RECORDS])):
        if cancel is not None:
            cancel.check()
        sha.update(chunk)
        done += len(chunk)
        progress(done, size, "reading")
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        for line in lines:
            number += 1
            yield number, line
    if pending:
        number += 1
        yield number, pending
    if done != size or sha.hexdigest() != declared.get("sha256"):
        raise BundleError(f"{RECORDS} does not match the manifest's hash: the bundle was altered or damaged")
