"""The update channel over https, verified through the system trust store (truststore), against 127.0.0.1.

On Linux truststore uses OpenSSL's default verify paths, which honour $SSL_CERT_FILE: pointing it at a
self-signed test CA makes that CA "the system's", as a CA installed by an IT department would be.
"""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from iurc_desktop.services.updates.bundle import BundleError
from iurc_desktop.services.updates.channel import fetch_feed

FEED = {"latest": {"version": "2026.12", "url": "/2026.12.iurcdata", "sha256": "0" * 64, "size": 10}}


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def make_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a certificate for 127.0.0.1 signed by it: (ca.pem, server.pem, server.key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("IURC test CA"))
        .issuer_name(_name("IURC test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )  # keyCertSign, cRLSign
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = (folder / "ca.pem", folder / "server.pem", folder / "server.key")
    paths[0].write_bytes(_pem(ca))
    paths[1].write_bytes(_pem(server))
    paths[2].write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return paths


class FeedHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(FEED).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        return None


@pytest.fixture
def https_feed(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    ca, cert, key = make_ca_and_server_cert(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/feed.json", ca
    finally:
        server.shutdown()
        server.server_close()


def test_a_feed_signed_by_a_ca_the_system_trusts_is_read(
    https_feed: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca = https_feed
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    entry = fetch_feed(url, timeout=5)
    assert entry.version == "2026.12"
    assert entry.url == url.replace("/feed.json", "/2026.12.iurcdata")


def test_a_feed_from_a_ca_the_system_does_not_trust_is_refused(
    https_feed: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, _ca = https_feed
    (tmp_path / "other").mkdir()
    other, _cert, _key = make_ca_and_server_cert(tmp_path / "other")
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    with pytest.raises(BundleError, match="certificate this computer trusts"):
        fetch_feed(url, timeout=5)


def test_a_certificate_for_another_host_is_refused(
    https_feed: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca = https_feed
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    # the certificate names 127.0.0.1 only; "localhost" is the same server under a name it does not carry
    with pytest.raises(BundleError, match="certificate this computer trusts"):
        fetch_feed(url.replace("127.0.0.1", "localhost"), timeout=5)
