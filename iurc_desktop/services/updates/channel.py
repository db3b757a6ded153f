"""The optional update channel: a small JSON feed naming the latest bundle, fetched only when asked.

Feed format: `{"latest": {"version": "2026.12.1", "url": "iurc-2026.12.1.iurcdata", "sha256": "…", "size": 123}}`
(`url` may be relative to the feed). The bundle it names is verified like any file; the feed's hash is a
download check, never a substitute for the signature.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import ssl
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.client import HTTPResponse
from pathlib import Path

from iurc_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from iurc_desktop.services.updates.bundle import MEMBER_LIMITS, RECORDS, SUFFIX, BundleError

FEED_LIMIT = 64 * 1024
DOWNLOAD_LIMIT = MEMBER_LIMITS[RECORDS] + (16 << 20)
CHECK_INTERVAL = dt.timedelta(days=1)


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


def _open(url: str, timeout: float) -> HTTPResponse:
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise BundleError(f"an update channel must be an http or https address, not {url!r}")
    try:
        response: HTTPResponse = urllib.request.urlopen(
            url, timeout=timeout, context=tls_context() if scheme == "https" else None
        )
    except urllib.error.HTTPError as exc:
        raise BundleError(f"the update server answered {exc.code} {exc.reason} for {url}") from None
    except TimeoutError:
        raise BundleError(f"the update server did not answer within {timeout:g} s") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise BundleError(f"cannot reach the update server ({reason})") from None
    return response


def _read_limited(response: HTTPResponse, limit: int, timeout: float) -> bytes:
    deadline = time.monotonic() + timeout
    data = b""
    try:
        while chunk := response.read(8192):
            data += chunk
            if len(data) > limit:
                raise BundleError("the update feed is too large; refused")
            if time.monotonic() > deadline:
                raise BundleError("the update server is too slow; try again later")
    except TimeoutError:
        raise BundleError("the update server stopped responding") from None
    return data


def fetch_feed(url: str, timeout: float = 10.0) -> FeedEntry:
    with _open(url, timeout) as response:
        raw = _read_limited(response, FEED_LIMIT, timeout)
    try:
        latest = json.loads(raw.decode("utf-8"))["latest"]
        size = latest.get("size")
        return FeedEntry(
            version=str(latest["version"]),
            url=urllib.parse.urljoin(url, str(latest["url"])),
            sha256=str(latest["sha256"]) if latest.get("sha256") else None,
            size=int(size) if size is not None else None,
        )
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
        raise BundleError("the update feed is not in the expected format") from None


def download(
    url: str,
    folder: Path,
    expected_sha256: str | None = None,
    timeout: float = 30.0,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Stream a bundle to a temporary file in `folder`; the caller deletes it after use."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".download-", suffix=SUFFIX, dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, _open(url, timeout) as response:
            total = int(response.headers.get("Content-Length") or 0)
            sha = hashlib.sha256()
            done = 0
            while chunk := _read_chunk(response):
                if cancel is not None:
                    cancel.check()
                done += len(chunk)
                if done > DOWNLOAD_LIMIT:
                    raise BundleError("the download is larger than any data bundle; refused")
                sha.update(chunk)
                out.write(chunk)
                progress(done, total, "downloading")
        if expected_sha256 and sha.hexdigest() != expected_sha256:
            raise BundleError("the downloaded file does not match the feed's hash; it was altered or cut short")
    except OSError as exc:
        path.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise BundleError("not enough disk space to download the update") from None
        raise BundleError(f"the download failed: {exc.strerror or exc}") from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _read_chunk(response: HTTPResponse) -> bytes:
    try:
        return response.read(1 << 16)
    except TimeoutError:
        raise BundleError("the update server stopped responding during the download") from None


def check_due(last_check: str | None, now: dt.datetime | None = None) -> bool:
    """Whether a daily automatic check may run (at most once a day)."""
    if not last_check:
        return True
    try:
        last = dt.datetime.fromisoformat(last_check)
    except ValueError:
        return True
    return (now or dt.datetime.now(dt.UTC)) - last >= CHECK_INTERVAL
