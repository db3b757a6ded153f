"""The optional update channel: a small JSON feed naming the latest bundle, fetched only when asked.

Feed format: `{"latest": {"version": "2026.12.1", "url": "iurc-2026.12.1.iurcdata", "sha256": "…", "size": 123}}`
(`url` may be relative to the feed). The bundle it names is verified like any file; the feed's hash is a
download check, never a substitute for the signature.

Every request has a total deadline, enforced by a watchdog that shuts the socket down (a server sending one
byte every two seconds never trips a per-read timeout), and a download must keep a minimum rate. Only http
and https are followed, on every redirect hop.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import http.client
import os
import socket
import ssl
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iurc_desktop.domain import messages
from iurc_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from iurc_desktop.services.updates.bundle import MEMBER_LIMITS, RECORDS, SUFFIX, BundleError, load_json, parse_version
from iurc_desktop.services.updates.installer import DOWNLOAD_PREFIX, process_tag
from iurc_desktop.storage.sqlite_files import reraise_environment

FEED_LIMIT = 64 * 1024
DOWNLOAD_LIMIT = MEMBER_LIMITS[RECORDS] + (16 << 20)
DOWNLOAD_DEADLINE = 3600.0
MIN_RATE_WINDOW, MIN_RATE_BYTES = 30.0, 16 * 1024  # a download must bring 16 KiB in every 30 s
CHECK_INTERVAL = dt.timedelta(days=1)
_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class FeedEntry:
    version: str
    url: str
    sha256: str | None
    size: int | None


def tls_context() -> ssl.SSLContext:
    """https is verified against the operating system's trust store (Windows and macOS keychains, the
    distribution's CA bundle on Linux), so a frozen build, whose OpenSSL knows no CA file, verifies too."""
    import truststore  # imported on first use: the channel is asked only on request

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _Watchdog:
    """Shuts down the request's sockets at the deadline, or when too few bytes arrived in a window."""

    def __init__(self, total: float, window: float | None = None, min_bytes: int = 0) -> None:
        self.total, self.window, self.min_bytes = total, window, min_bytes
        self.connections: list[http.client.HTTPConnection] = []
        self.expired = False
        self._start = self._window_start = time.monotonic()
        self._window_bytes = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        for conn in self.connections:  # urllib leaves a connection open when the answer's headers fail
            conn.close()

    def feed(self, count: int) -> None:
        self._window_bytes += count

    def _watch(self) -> None:
        while not self._done.wait(0.1):
            now = time.monotonic()
            if self.window is not None and now - self._window_start >= self.window:
                if self._window_bytes < self.min_bytes:
                    return self._expire()
                self._window_start, self._window_bytes = now, 0
            if now - self._start >= self.total:
                return self._expire()

    def _expire(self) -> None:
        self.expired = True
        for conn in self.connections:
            if conn.sock is not None:
                with contextlib.suppress(OSError):  # already closed
                    conn.sock.shutdown(socket.SHUT_RDWR)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to http or https (urllib alone would also follow ftp)."""

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        target = headers.get("Location") or headers.get("URI") or ""
        try:
            scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, target)).scheme
        except ValueError:
            raise BundleError(messages.CHANNEL_BAD_ADDRESS, url=target) from None
        if scheme not in _SCHEMES:
            raise BundleError(messages.CHANNEL_SCHEME, url=target)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(watchdog: _Watchdog) -> urllib.request.OpenerDirector:
    def watched(cls: type[http.client.HTTPConnection]) -> Any:
        def make(host: str, **kwargs: Any) -> http.client.HTTPConnection:
            conn = cls(host, **kwargs)
            watchdog.connections.append(conn)
            return conn

        return make

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(watched(http.client.HTTPConnection), req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(watched(http.client.HTTPSConnection), req, context=tls_context())

    return urllib.request.build_opener(Http, Https, _Redirects)


def _check_url(url: str) -> str:
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 — raises ValueError for a port that is not a number
    except ValueError:
        raise BundleError(messages.CHANNEL_BAD_ADDRESS, url=url) from None
    if parts.scheme not in _SCHEMES:
        raise BundleError(messages.CHANNEL_SCHEME, url=url)
    if not parts.hostname or any(ch in url for ch in "\r\n\t ") or not url.isprintable():
        raise BundleError(messages.CHANNEL_BAD_ADDRESS, url=url)
    return url


def _request(url: str, watchdog: _Watchdog, timeout: float, sink: Any) -> None:
    """GET `url`, handing the response to `sink`; every failure becomes one BundleError."""
    try:
        with _opener(watchdog).open(_check_url(url), timeout=timeout) as response:
            sink(response)
    except BundleError:
        raise
    except urllib.error.HTTPError as exc:
        raise BundleError(messages.CHANNEL_HTTP_STATUS, status=exc.code, url=url) from None
    except TimeoutError:
        raise BundleError(messages.CHANNEL_TIMEOUT, seconds=f"{timeout:g}") from None
    except (http.client.HTTPException, urllib.error.URLError, OSError, ValueError) as exc:
        if watchdog.expired:
            raise BundleError(messages.CHANNEL_TOO_SLOW, seconds=f"{watchdog.total:g}") from None
        if isinstance(getattr(exc, "reason", exc), ssl.SSLCertVerificationError):
            host = urllib.parse.urlsplit(url).hostname or url
            raise BundleError(messages.CHANNEL_CERTIFICATE, host=host) from None
        if isinstance(exc, urllib.error.URLError) and not isinstance(exc.reason, str | TimeoutError):
            host = urllib.parse.urlsplit(url).hostname or url
            raise BundleError(messages.CHANNEL_UNREACHABLE, host=host) from None
        raise BundleError(messages.CHANNEL_BROKEN_ANSWER) from None
    if watchdog.expired:
        raise BundleError(messages.CHANNEL_TOO_SLOW, seconds=f"{watchdog.total:g}")


def fetch_feed(url: str, timeout: float = 10.0) -> FeedEntry:
    """The feed's latest entry; `timeout` bounds the whole request, not each read."""
    chunks: list[bytes] = []

    def read(response: Any) -> None:
        total = 0
        while chunk := response.read1(8192):
            total += len(chunk)
            if total > FEED_LIMIT:
                raise BundleError(messages.CHANNEL_FEED_TOO_LARGE, limit=FEED_LIMIT)
            chunks.append(chunk)
        if watchdog.expired:
            raise BundleError(messages.CHANNEL_TOO_SLOW, seconds=f"{timeout:g}")

    with _Watchdog(timeout) as watchdog:
        _request(url, watchdog, timeout, read)
    return _parse_feed(url, b"".join(chunks))


def _parse_feed(url: str, raw: bytes) -> FeedEntry:
    try:
        data = load_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleError(messages.CHANNEL_FEED_FORMAT) from None
    latest = data.get("latest") if isinstance(data, dict) else None
    if not isinstance(latest, dict) or not isinstance(latest.get("url"), str):
        raise BundleError(messages.CHANNEL_FEED_FORMAT)
    size, sha = latest.get("size"), latest.get("sha256")
    if (size is not None and (type(size) is not int or size < 0)) or (sha is not None and not isinstance(sha, str)):
        raise BundleError(messages.CHANNEL_FEED_FORMAT)
    try:
        target = urllib.parse.urljoin(url, latest["url"])
    except ValueError:
        raise BundleError(messages.CHANNEL_FEED_FORMAT) from None
    return FeedEntry(parse_version(latest.get("version")), _check_url(target), sha or None, size)


def download(
    url: str,
    folder: Path,
    expected_sha256: str | None = None,
    timeout: float = 30.0,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    limit: int = DOWNLOAD_LIMIT,
) -> Path:
    """Stream a bundle to a temporary file in `folder` (the caller deletes it after use), stopping at `limit`
    bytes, at DOWNLOAD_DEADLINE, or when the server sends less than MIN_RATE_BYTES in MIN_RATE_WINDOW."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{DOWNLOAD_PREFIX}{process_tag()}", suffix=SUFFIX, dir=folder)
    except OSError as exc:
        reraise_environment(exc, folder)
    path = Path(name)
    sha = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out, _Watchdog(DOWNLOAD_DEADLINE, MIN_RATE_WINDOW, MIN_RATE_BYTES) as watchdog:

            def save(response: Any) -> None:
                _save(response, out, sha, watchdog, limit, progress, cancel)

            _request(url, watchdog, timeout, save)
        if expected_sha256 and sha.hexdigest() != expected_sha256:
            raise BundleError(messages.CHANNEL_DOWNLOAD_HASH)
    except OSError as exc:
        path.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
            reraise_environment(exc, folder)
        raise BundleError(messages.CHANNEL_BROKEN_ANSWER) from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _save(
    response: Any,
    out: Any,
    sha: Any,
    watchdog: _Watchdog,
    limit: int,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> None:
    declared = response.headers.get("Content-Length")
    total = int(declared) if declared and declared.isascii() and declared.isdigit() else 0
    if total > limit:
        raise BundleError(messages.CHANNEL_DOWNLOAD_TOO_LARGE, limit=limit)
    done = 0
    while chunk := response.read1(1 << 16):
        if cancel is not None:
            cancel.check()
        done += len(chunk)
        watchdog.feed(len(chunk))
        if done > limit:
            raise BundleError(messages.CHANNEL_DOWNLOAD_TOO_LARGE, limit=limit)
        sha.update(chunk)
        out.write(chunk)
        progress(done, total, "downloading")
    if watchdog.expired:
        raise BundleError(messages.CHANNEL_TOO_SLOW, seconds=f"{watchdog.total:g}")


def check_due(last_check: str | None, now: dt.datetime | None = None) -> bool:
    """Whether a daily automatic check may run (at most once a day)."""
    if not last_check:
        return True
    try:
        last = dt.datetime.fromisoformat(last_check)
    except ValueError:
        return True
    return (now or dt.datetime.now(dt.UTC)) - last >= CHECK_INTERVAL
