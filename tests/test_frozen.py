"""The frozen application and the Debian package made from it.

One PyInstaller build per test session (a few minutes on two cores) serves every test here. It runs where
PyInstaller is installed, unless IURC_SKIP_FROZEN=1; IURC_FROZEN_APP=DIR reuses a folder that
packaging/build.py already made. The .deb test also needs root and dpkg (it installs the package on this
machine with `dpkg -i`, runs it as the unprivileged user `nobody`, and removes it again).
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DATA = Path("_internal") / "iurc_desktop" / "_data"


def _skip_reason() -> str | None:
    if os.environ.get("IURC_FROZEN_APP"):
        return None
    if os.environ.get("IURC_SKIP_FROZEN") == "1":
        return "IURC_SKIP_FROZEN=1 (the frozen build takes minutes)"
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=_skip_reason() or "")


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("IURC_FROZEN_APP")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return out / "dist" / "iurc-desktop"


def test_frozen_app_passes_its_self_test_without_python(frozen_app: Path, tmp_path: Path) -> None:
    app = frozen_app / "iurc-desktop"
    assert (frozen_app / "share" / "applications" / "org.iurc.Desktop.desktop").is_file()
    # nothing on PATH, no virtualenv, an empty home: only what the bundle carries
    empty_bin = tmp_path / "empty-bin"
    empty_bin.mkdir()
    env = {"PATH": str(empty_bin), "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(app), "--data-dir", str(tmp_path / "data"), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout


def test_the_bundle_lists_what_it_carries_with_the_licence_texts(frozen_app: Path) -> None:
    data = frozen_app / DATA
    components = json.loads((data / "third-party.json").read_text(encoding="utf-8"))
    names = {c["name"].lower() for c in components}
    assert {"sqlalchemy", "babel", "reportlab", "cryptography", "platformdirs", "truststore", "python"} <= names
    assert "rjieba" not in names
    qt = next(c for c in components if c["kind"] == "qt")
    assert {"qt/LGPL-3", "qt/GPL-3", "qt/README-Qt-LGPL.txt"} <= set(qt["files"])
    for component in components:
        for text in component["files"]:
            assert (data / "licences" / text).stat().st_size > 0, text
    # every Python package and font has its licence text; a library copied from the host has its copyright file
    assert [c["name"] for c in components if c["kind"] in ("python", "font", "runtime") and not c["files"]] == []
    system = [c for c in components if c["kind"] == "system"]
    assert system and all(c["files"] for c in system), [c["name"] for c in system if not c["files"]]
    assert "LGPL-3" in (data / "THIRD_PARTY_LICENSES.md").read_text(encoding="utf-8")


def test_the_bundle_leaves_out_what_the_app_does_not_use(frozen_app: Path) -> None:
    internal = frozen_app / "_internal"
    assert not list(internal.glob("rjieba*"))
    assert not (internal / "reportlab" / "fonts").exists()
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert qt_translations and all(name.endswith(("_zh_CN.qm", "_pt_BR.qm", "_pt_PT.qm")) for name in qt_translations)
    info = json.loads((frozen_app / "build-info.json").read_text(encoding="utf-8"))
    assert info["glibc"].startswith("2.")


# --- the Debian package ------------------------------------------------------------------------------------


def _deb_skip_reason() -> str | None:
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg") is None:
        return "dpkg/dpkg-deb are not installed (not a Debian-based machine)"
    if os.geteuid() != 0:
        return "installing a .deb with dpkg -i needs root"
    installed = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "iurc-desktop"], capture_output=True, text=True)
    if "installed" in installed.stdout and "not-installed" not in installed.stdout:
        return "iurc-desktop is installed on this machine; the test will not replace it"
    return None


@pytest.fixture
def dpkg_turn() -> Iterator[None]:
    """Test runs of several checkouts on one machine take turns with dpkg."""
    with open(Path(tempfile.gettempdir()) / "iurc-desktop-deb-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _as_nobody(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run(
        ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.mark.skipif(_deb_skip_reason() is not None, reason=_deb_skip_reason() or "")
def test_deb_installs_runs_for_an_unprivileged_user_and_removes_cleanly(
    frozen_app: Path, tmp_path: Path, dpkg_turn: None
) -> None:
    sys.path.insert(0, str(PACKAGING))
    import deb  # packaging/deb.py

    package = deb.build_deb(frozen_app, tmp_path / "out", fast=True)
    contents = subprocess.run(["dpkg-deb", "-c", str(package)], capture_output=True, text=True, check=True).stdout
    for path in (
        "./usr/bin/iurc-desktop",
        "./opt/iurc-desktop/iurc-desktop",
        "./usr/share/applications/org.iurc.Desktop.desktop",
        "./usr/share/metainfo/org.iurc.Desktop.metainfo.xml",
        "./usr/share/mime/packages/iurc-desktop.xml",
        "./usr/share/icons/hicolor/scalable/apps/org.iurc.Desktop.svg",
        "./usr/share/icons/hicolor/48x48/apps/org.iurc.Desktop.png",
        "./usr/share/doc/iurc-desktop/copyright",
    ):
        assert path in contents, path
    copyright_text = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(package)], capture_output=True, check=True
    ).stdout  # a tar stream: the copyright file's header line is in it verbatim
    assert b"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" in copyright_text

    home = Path(tempfile.mkdtemp(prefix="iurc-nobody-"))
    nobody = pwd.getpwnam("nobody")
    os.chown(home, nobody.pw_uid, nobody.pw_gid)
    try:
        subprocess.run(["dpkg", "-i", str(package)], capture_output=True, text=True, check=True)
        try:
            result = _as_nobody(home, "/usr/bin/iurc-desktop", "--self-test")
            assert result.returncode == 0, result.stdout + result.stderr
            assert "FAIL" not in result.stdout
            data = home / ".local" / "share" / "iurc-desktop"
            before = _tree_digest(data)
            assert "user.sqlite3" in before and "catalogue.sqlite3" in before
        finally:
            removed = subprocess.run(["dpkg", "-r", "iurc-desktop"], capture_output=True, text=True, check=False)
        assert removed.returncode == 0, removed.stderr
        assert not Path("/opt/iurc-desktop").exists() and not Path("/usr/bin/iurc-desktop").exists()
        assert _tree_digest(data) == before  # removing the application leaves the user's data alone
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_frozen_app_verifies_an_https_feed_through_the_system_trust_store(frozen_app: Path, tmp_path: Path) -> None:
    """The bundle's OpenSSL has no CA file of its own: truststore makes it use the system's (here: the test CA)."""
    import http.server
    import ssl
    import threading

    from tests.test_update_tls import FeedHandler, make_ca_and_server_cert

    ca, cert, key = make_ca_and_server_cert(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"https://127.0.0.1:{server.server_address[1]}/feed.json"
    base = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    command = [str(frozen_app / "iurc-desktop"), "--data-dir", str(tmp_path / "data"), "data", "check"]
    try:
        trusted = subprocess.run(
            [*command, "--channel", url], capture_output=True, text=True, env={**base, "SSL_CERT_FILE": str(ca)}
        )
        untrusted = subprocess.run([*command, "--channel", url], capture_output=True, text=True, env=base)
    finally:
        server.shutdown()
        server.server_close()
    assert trusted.returncode == 0, trusted.stderr
    assert "2026.12" in trusted.stdout
    assert untrusted.returncode == 2 and "certificate" in untrusted.stderr.lower(), untrusted.stderr
    assert "Traceback" not in untrusted.stderr
