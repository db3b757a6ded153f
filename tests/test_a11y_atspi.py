"""The accessibility audit: the real app under Xvfb, its accessibility tree read over AT-SPI as Orca reads it.

Needs Xvfb, dbus-daemon, at-spi2-core and the system Python with gi + Atspi (Debian: xvfb, dbus-daemon,
at-spi2-core, python3-gi, gir1.2-atspi-2.0; `.ci/run` installs them). Skips, saying which is missing, without.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.a11y_rules import Vocabulary, violations, wrong_language
from tests.conftest import REPO

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walk.py")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core")
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True).returncode:
        missing.append("python3-gi + gir1.2-atspi-2.0")
    return missing


@pytest.fixture(scope="module")
def desktop() -> Iterator[dict[str, str]]:
    """A private X display and D-Bus session: the app's accessibility bus starts on it on demand."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"the AT-SPI audit needs {', '.join(missing)} (Debian packages; .ci/run installs them)")
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert xvfb.stdout is not None
    display = xvfb.stdout.readline().decode().strip()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env.update(DISPLAY=f":{display}", DBUS_SESSION_BUS_ADDRESS=address, NO_AT_BRIDGE="0")
    try:
        yield env
    finally:
        for process in (bus, xvfb):  # the bus launcher and registry leave with their session bus
            process.terminate()
            process.wait(10)
            if process.stdout is not None:
                process.stdout.close()


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.load(REPO / "translations")


def tour(env: dict[str, str], home: Path, folder: Path, lang: str) -> list[dict[str, object]]:
    """Runs the app's screen tour in LANG and reads every screen's tree: one entry per screen."""
    folder.mkdir()
    app_env = dict(env, IURC_DESKTOP_HOME=str(home), IURC_A11Y_SCRIPT=str(folder), IURC_A11Y_LANG=lang)
    app_env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    log = (folder / "app.log").open("wb")
    app = subprocess.Popen([sys.executable, "-m", "iurc_desktop"], env=app_env, stdout=log, stderr=log)
    try:
        walked = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), str(app.pid), str(folder)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert walked.returncode == 0, walked.stderr
        assert app.wait(60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
    return [json.loads(line) for line in walked.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("lang", ["en", "zh", "pt"])
def test_every_screen_reads_well_to_a_screen_reader(
    desktop: dict[str, str], vocabulary: Vocabulary, tmp_path_factory: pytest.TempPathFactory, lang: str
) -> None:
    screens = tour(desktop, tmp_path_factory.mktemp("home"), tmp_path_factory.mktemp(lang) / "tour", lang)
    problems: list[str] = []
    lines = []
    said: dict[str, list[str]] = {}
    total = 0
    for screen in screens:
        name, elements, announcements = str(screen["screen"]), screen["elements"], screen["announcements"]
        assert isinstance(elements, list) and isinstance(announcements, list)
        found = [f"{name}: {p} at {e['path']}" for e in elements for p in violations(e, lang, vocabulary)]
        found += [
            f"{name}: announcement {a!r} is not in {lang}" for a in announcements if wrong_language(a, lang, vocabulary)
        ]
        lines.append(f"  {name:<32} {len(elements):>4} elements, {len(found)} violations")
        problems += found
        said[name] = [str(a) for a in announcements]
        total += len(elements)
    print(f"\nAT-SPI audit [{lang}]: {len(screens)} screens")
    print("\n".join(lines))
    print(f"  total {total} elements, {len(problems)} violations")
    print(f"  announced on the search screen: {said.get('search results')}")
    assert any(any(ch.isdigit() for ch in a) for a in said["search results"])  # the result count is spoken
    for expected in ("destination places-china", "record place", "briefing composer", "import dialog", "about"):
        assert expected in said
    assert not problems, "\n".join(problems)
