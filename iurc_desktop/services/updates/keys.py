"""Ed25519 keys: the publisher's signing key, and the public keys the app trusts.

Private keys live only with the programme's content team; the repository and the package carry public
keys alone (`resources/keys/*.pub`). A delegate can trust another key explicitly; it is kept in the
config folder (`trusted-keys/`).
"""

from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.storage.paths import resources_dir


class KeyFileError(UserError):
    """A key file that cannot be used."""


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    public: Ed25519PublicKey
    origin: str  # "shipped" or "added by you"

    def verifies(self, signature: bytes, message: bytes) -> bool:
        try:
            self.public.verify(signature, message)
        except InvalidSignature:
            return False
        return True


def key_id(public: Ed25519PublicKey) -> str:
    """Short fingerprint of a public key: first 16 hex digits of SHA-256 of its raw bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_keypair(private_path: Path) -> str:
    """Write a new private key (PEM, readable by its owner only) and `<file>.pub`; returns the key id."""
    public_path = Path(f"{private_path}.pub")
    for path in (private_path, public_path):
        if path.exists():
            raise KeyFileError(messages.KEY_EXISTS, path=path)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    public_path.write_bytes(public_pem(private.public_key()))
    return key_id(private.public_key())


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise KeyFileError(
            messages.KEY_CANNOT_READ, path=path, code=errno.errorcode.get(exc.errno or 0, "EIO")
        ) from None
    except (ValueError, TypeError):
        raise KeyFileError(messages.KEY_NOT_PRIVATE, path=path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(messages.KEY_NOT_ED25519, path=path)
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise KeyFileError(
            messages.KEY_CANNOT_READ, path=path, code=errno.errorcode.get(exc.errno or 0, "EIO")
        ) from None
    except ValueError:
        raise KeyFileError(messages.KEY_NOT_PUBLIC, path=path) from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(messages.KEY_NOT_ED25519, path=path)
    return key


class KeyRing:
    """The public keys this installation accepts bundles from."""

    def __init__(self, user_keys_dir: Path, shipped_dir: Path | None = None) -> None:
        self.user_keys_dir = user_keys_dir
        self.shipped_dir = shipped_dir if shipped_dir is not None else resources_dir() / "keys"

    def keys(self) -> dict[str, TrustedKey]:
        found: dict[str, TrustedKey] = {}
        for folder, origin in ((self.shipped_dir, "shipped"), (self.user_keys_dir, "added by you")):
            for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
                try:
                    public = load_public_key(path)
                except KeyFileError:
                    continue  # a broken file must not stop the others from working
                found.setdefault(key_id(public), TrustedKey(key_id(public), public, origin))
        return found

    def trust(self, public_path: Path) -> str:
        """Add a public key; returns its id."""
        public = load_public_key(public_path)
        self.user_keys_dir.mkdir(parents=True, exist_ok=True)
        kid = key_id(public)
        (self.user_keys_dir / f"{kid}.pub").write_bytes(public_pem(public))
        return kid
