"""Hostile update servers on 127.0.0.1: redirects to other schemes, endless downloads, slowloris, broken chunked
encoding, bad versions. Each is one line, bounded in time, and leaves nothing behind."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain import messages
from iurc_desktop.services.updates.bundle import BundleError
from iurc_desktop.services.updates.channel import download, fetch_feed

Reply = Callable[[socket.socket, str], None]


@pytest.fixture
def server() -> Iterator[Callable[[Reply], str]]:
    """A raw TCP server: each test says byte for byte what it answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    reply: list[Reply] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # closed at the end of the test
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    def answer(conn: socket.socket) -> None:
        with conn:
            request = conn.recv(65536).decode("latin-1")
            path = request.split(" ")[1] if " " in request else "/"
            with contextlib.suppress(OSError):  # the client hung up, as it should
                reply[0](conn, path)

    threading.Thread(target=serve, daemon=True).start()

    def start(answer_with: Reply) -> str:
        reply.append(answer_with)
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    try:
        yield start
    finally:
        stop.set()
        listener.close()


def headers(status: str = "200 OK", **fields: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k.replace('_', '-')}: {v}" for k, v in fields.items()), "", ""]
    return "\r\n".join(lines).encode()


def redirect_to(target: str) -> Reply:
    return lambda conn, _path: conn.sendall(headers("302 Found", Location=target, Content_Length="0"))


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x.iurcdata", "data:,x"])
def test_a_redirect_to_another_scheme_is_refused(server: Callable[[Reply], str], tmp_path: Path, target: str) -> None:
    base = server(redirect_to(target))
    with pytest.raises(BundleError) as caught:
        download(f"{base}/u.iurcdata", tmp_path)
    assert caught.value.message_id == messages.CHANNEL_SCHEME
    assert not list(tmp_path.iterdir())


def test_a_download_stops_at_the_size_limit(server: Callable[[Reply], str], tmp_path: Path) -> None:
    def endless(conn: socket.socket, _path: str) -> None:
        conn.sendall(headers())  # no length: it never ends
        while True:
            conn.sendall(b"\0" * 65536)

    base = server(endless)
    with pytest.raises(BundleError) as caught:
        download(f"{base}/u.iurcdata", tmp_path, limit=1 << 20)
    assert caught.value.message_id == messages.CHANNEL_DOWNLOAD_TOO_LARGE
    assert not list(tmp_path.iterdir())


def test_a_declared_length_past_the_limit_is_refused_at_once(server: Callable[[Reply], str], tmp_path: Path) -> None:
    base = server(lambda conn, _path: conn.sendall(headers(Content_Length=str(50 << 30))))
    with pytest.raises(BundleError) as caught:
        download(f"{base}/u.iurcdata", tmp_path)
    assert caught.value.message_id == messages.CHANNEL_DOWNLOAD_TOO_LARGE


def test_slowloris_does_not_hold_a_request(server: Callable[[Reply], str]) -> None:
    def trickle(conn: socket.socket, _path: str) -> None:
        for byte in headers(Content_Length="100000") + b"x" * 100000:
            conn.sendall(bytes([byte]))
            time.sleep(0.5)

    base = server(trickle)
    started = time.monotonic()
    with pytest.raises(BundleError) as caught:
        fetch_feed(f"{base}/feed.json", timeout=2.0)
    assert caught.value.message_id in (messages.CHANNEL_TOO_SLOW, messages.CHANNEL_TIMEOUT)
    assert time.monotonic() - started < 6


def test_broken_chunked_encoding_is_one_line(
    server: Callable[[Reply], str], capsys: pytest.CaptureFixture[str]
) -> None:
    base = server(lambda conn, _path: conn.sendall(headers(Transfer_Encoding="chunked") + b"zz\r\n{}\r\n"))
    with pytest.raises(BundleError) as caught:
        fetch_feed(f"{base}/feed.json", timeout=3.0)
    assert caught.value.message_id == messages.CHANNEL_BROKEN_ANSWER


@pytest.mark.parametrize("version", ['"2026.\\u0000"', '"2026.\\u00b9"', '"' + "9" * 5000 + '"', "2026", "null"])
def test_a_bad_version_in_the_feed_is_one_line(
    server: Callable[[Reply], str], tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str
) -> None:
    body = ('{"latest": {"version": ' + version + ', "url": "u.iurcdata"}}').encode()
    base = server(lambda conn, _path: conn.sendall(headers(Content_Length=str(len(body))) + body))
    assert main(["--data-dir", str(tmp_path / "d"), "data", "check", "--channel", f"{base}/feed.json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "not a valid version" in err


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://127.0.0.1:80\r\nX: y/feed.json", "http://:99999/x", "gopher://x/"]
)
def test_a_malformed_channel_address_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "data", "check", "--channel", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
