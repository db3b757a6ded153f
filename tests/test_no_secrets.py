"""No private key or token is ever committed: only public keys ship."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MARKERS = (b"PRIVATE KEY-----", b"ghp_", b"github_pat_", b"AKIA")


def test_no_private_key_or_token_is_tracked() -> None:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    offenders = []
    for name in listed.stdout.decode().split("\0"):
        path = ROOT / name
        if name and path.is_file() and path.stat().st_size < 5_000_000:
            data = path.read_bytes()
            offenders += [f"{name}: {m.decode()}" for m in MARKERS if m in data and name != "tests/test_no_secrets.py"]
    assert offenders == []


def test_shipped_keys_are_public_ed25519_keys() -> None:
    from iurc_desktop.services.updates.keys import KeyRing, load_public_key

    shipped = sorted((ROOT / "resources" / "keys").glob("*.pub"))
    assert shipped, "the app must ship the content team's public key"
    for path in shipped:
        load_public_key(path)
    assert KeyRing(ROOT / "no-user-keys").keys()  # trusted without any user action
