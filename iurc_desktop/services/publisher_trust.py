"""Trusting a publisher from the GUI: read their public key file, show its fingerprint, then add it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from iurc_desktop.services.updates.keys import KeyRing, key_id, load_public_key


@dataclass(frozen=True)
class PublisherKey:
    path: Path
    key_id: str  # the short id bundles name their signer by
    fingerprint: str  # the whole SHA-256 of the key, in groups of four, to compare with what the publisher says


def read_publisher_key(path: Path) -> PublisherKey:
    """The key in `path` (a `.pub` file from `data keygen`); a file that is not one raises KeyFileError."""
    public = load_public_key(path)
    digest = hashlib.sha256(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    hexdigest = digest.hexdigest()
    return PublisherKey(path, key_id(public), " ".join(hexdigest[i : i + 4] for i in range(0, len(hexdigest), 4)))


def trust_publisher(keyring: KeyRing, key: PublisherKey) -> str:
    return keyring.trust(key.path)
