"""The update channel against a real HTTP server on 127.0.0.1: good, missing, stalled and tampered answers."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.services.updates.bundle import BundleError
from iurc_desktop.services.updates.channel import check_due, download, fetch_feed
from iurc_desktop.services.updates.keys import load_private_key
from tests.conftest import small_content
from tests.update_helpers import bundle, file_hash, make_key, trusting_service


class Site:
    """Files served at paths; `stall` paths answer headers and then go silent."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.stall: set[str] = set()
        self.release = threading.Event()


def _handler(site: Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = site.files.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.path in site.stall:
                self.wfile.write(body[:10])
                self.wfile.flush()
                site.release.wait(10)
                return
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            return None

    return Handler


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()


def publish(site: Site, tmp_path: Path, version: str = "2026.2", tamper: bool = False) -> bytes:
    key = load_private_key(tmp_path / "publisher.key")
    data = bundle(small_content(), key, tmp_path / f"{version}.iurcdata", version).read_bytes()
    feed = {"latest": {"version": version, "url": f"/{version}.iurcdata", "sha256": hashlib.sha256(data).hexdigest()}}
    if tamper:
        data = data[:-200] + bytes(200)
    site.files["/feed.json"] = json.dumps(feed).encode()
    site.files[f"/{version}.iurcdata"] = data
    return data


def test_check_and_install_from_a_channel(
    site: tuple[Site, str], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, base = site
    make_key(tmp_path)
    service = trusting_service(data_dir, tmp_path / "publisher.key")
    publish(state, tmp_path)
    assert main(["--data-dir", str(data_dir), "data", "check", "--channel", f"{base}/feed.json"]) == 0
    assert "catalogue 2026.2 is available" in capsys.readouterr().out
    assert service.channel_url() == f"{base}/feed.json" and service.last_check()  # remembered for next time
    assert main(["--data-dir", str(data_dir), "data", "check", "--install", "--yes"]) == 0
    assert service.installed().version == "2026.2"  # type: ignore[union-attr]
    assert main(["--data-dir", str(data_dir), "data", "check"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert not list(data_dir.glob(".download-*")) and not list(data_dir.glob(".staging-*"))


def test_import_from_a_url(site: tuple[Site, str], data_dir: Path, tmp_path: Path) -> None:
    state, base = site
    make_key(tmp_path)
    service = trusting_service(data_dir, tmp_path / "publisher.key")
    publish(state, tmp_path)
    assert main(["--data-dir", str(data_dir), "data", "import", f"{base}/2026.2.iurcdata", "--yes"]) == 0
    assert service.installed().version == "2026.2"  # type: ignore[union-attr]


def test_a_missing_feed_says_404(site: tuple[Site, str], tmp_path: Path) -> None:
    _state, base = site
    with pytest.raises(BundleError, match="answered 404"):
        fetch_feed(f"{base}/nothing.json")


def test_a_stalled_server_times_out_with_a_message(site: tuple[Site, str], tmp_path: Path) -> None:
    state, base = site
    state.files["/slow.iurcdata"] = bytes(100_000)
    state.stall.add("/slow.iurcdata")
    started = time.monotonic()
    with pytest.raises(BundleError, match="stopped responding"):
        download(f"{base}/slow.iurcdata", tmp_path / "downloads", timeout=0.5)
    assert time.monotonic() - started < 8  # gave up on its own, long before the server would
    assert not list((tmp_path / "downloads").iterdir())


def test_a_tampered_download_is_refused_and_changes_nothing(
    site: tuple[Site, str], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state, base = site
    make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    publish(state, tmp_path, tamper=True)
    before = file_hash(data_dir / "catalogue.sqlite3")
    assert main(["--data-dir", str(data_dir), "data", "check", "--channel", f"{base}/feed.json", "--install"]) == 2
    assert "does not match the feed's hash" in capsys.readouterr().err
    assert file_hash(data_dir / "catalogue.sqlite3") == before
    # fetched directly (no feed hash), the signature check still catches it
    assert main(["--data-dir", str(data_dir), "data", "import", f"{base}/2026.2.iurcdata", "--yes"]) == 2
    assert "is not an IURC data bundle" in capsys.readouterr().err
    assert file_hash(data_dir / "catalogue.sqlite3") == before


def test_only_web_addresses_are_channels() -> None:
    with pytest.raises(BundleError, match="http or https"):
        fetch_feed("file:///etc/passwd")


def test_the_daily_check_runs_at_most_once_a_day() -> None:
    import datetime as dt

    now = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)
    assert check_due(None, now)
    assert not check_due("2026-11-22T01:00:00+00:00", now)
    assert check_due("2026-11-21T11:00:00+00:00", now)
