"""Is the installed catalogue exactly what its publisher signed, or what this application ships?

A bundle's signature covers its manifest, and the manifest carries a fingerprint of the records
(domain.digest). Installing a bundle keeps the signed manifest and signature in the catalogue, so the
check can be repeated at any time: the signature against the trusted keys, the fingerprint against the
records now in the database. A catalogue installed from the application's own files is compared with
those files instead: the application package is its trust anchor.
"""

from __future__ import annotations

from dataclasses import dataclass

from iurc_desktop.domain import messages
from iurc_desktop.domain.digest import ContentDigest, content_digest
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.install import EMBEDDED_ORIGIN
from iurc_desktop.services.updates.bundle import BundleError
from iurc_desktop.services.updates.keys import KeyRing
from iurc_desktop.services.updates.verifier import BundleVerifier, UntrustedKey
from iurc_desktop.storage.catalogue_read import CatalogueStore
from iurc_desktop.storage.paths import DataPaths, catalogue_source_dir
from iurc_desktop.storage.source import load_source


class IntegrityError(UserError):
    """The installed catalogue cannot be vouched for; the message says why and what to do."""


@dataclass(frozen=True)
class IntegrityReport:
    version: str
    vouched_by: str
    records: int

    def __str__(self) -> str:
        return f"catalogue {self.version}: {self.records} records match what {self.vouched_by}"


def verify_installed(paths: DataPaths, keyring: KeyRing) -> IntegrityReport:
    store = CatalogueStore(paths.catalogue_db)
    try:
        meta = store.meta()
        digest = ContentDigest()
        for kind in Kind:
            for record in store.records(kind):
                digest.add(record)
    finally:
        store.close()
    version = meta.get("version", "?")
    if meta.get("manifest") and meta.get("signature"):
        expected, vouched_by = _signed_fingerprint(meta, keyring)
    elif meta.get("installed_from") == EMBEDDED_ORIGIN:
        expected, vouched_by = _shipped_fingerprint(), "this application ships"
    else:
        raise IntegrityError(messages.CATALOGUE_UNSIGNED, version=version)
    if expected is None:  # signed, but written before bundles carried record fingerprints
        vouched_by += ", though its bundle predates record fingerprints, so the records were not re-checked"
        return IntegrityReport(version, vouched_by, digest.count)
    if digest.hexdigest() != expected:
        raise IntegrityError(messages.CATALOGUE_CHANGED, version=version)
    return IntegrityReport(version, vouched_by, digest.count)


def _signed_fingerprint(meta: dict[str, str], keyring: KeyRing) -> tuple[str | None, str]:
    try:
        verified = BundleVerifier(keyring).verify_signed(meta["manifest"].encode(), meta["signature"].encode())
    except BundleError as exc:
        if isinstance(exc, UntrustedKey):
            raise IntegrityError(messages.CATALOGUE_SIGNER_UNTRUSTED, **exc.params) from None
        raise IntegrityError(messages.CATALOGUE_SIGNATURE_FAILS) from None
    manifest = verified.manifest
    if manifest.version != meta.get("version"):
        raise IntegrityError(messages.CATALOGUE_VERSION_MISMATCH, version=meta.get("version"), signed=manifest.version)
    return manifest.content_sha256 or None, f"key {verified.key_id} ({verified.key_origin}) signed"


def _shipped_fingerprint() -> str:
    content, problems = load_source(catalogue_source_dir())
    if problems:
        raise IntegrityError(messages.SHIPPED_CATALOGUE_PROBLEMS, count=len(problems))
    return content_digest(content.all())
