"""Benchmark: cold start to the first painted main window, against a bare QMainWindow started the same way.

    python bench/startup.py [--runs 5] [--records 100000]

Runs the three in turn, --runs rounds (so a shared machine's load falls on all alike), and prints median
seconds for the floor (bare PySide6 QMainWindow), IURC Desktop on the real catalogue and on a synthetic
catalogue of --records records: to the first paint and until the content (the opened catalogue) is attached,
each as a ratio to the floor's first paint; peak RSS of each, and the time to switch language.
Targets: first paint <= 2x the floor (real catalogue), <= 2.5x (100k records); content <= 3x (real catalogue);
peak RSS <= 250 MB, language switch <= 300 ms.

The package is byte-compiled first (`compileall`), as every installation has it (pip compiles a wheel's modules,
the frozen build and the .deb ship bytecode): with PYTHONDONTWRITEBYTECODE set, as on some build machines, each
child would otherwise compile all of the app's modules from source on every start.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

Row = tuple[float, float, float, float]  # seconds to first paint, to content, peak RSS MB, language switch ms

REPORT = """
import time
def report(extra=''):
    # VmHWM: this process's own peak (ru_maxrss would include the parent's peak from before exec)
    status = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]
    print(f'ready {int(status) / 1024:.0f} {extra}', flush=True)
"""

FLOOR = (
    REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print('painted', flush=True), report('0'), app.quit()))
app.exec()
"""
)

APP = (
    REPORT
    + """
import sys
from PySide6.QtCore import QTimer
from iurc_desktop.app import make_application, open_window
from iurc_desktop.domain.lang import Lang
app = make_application([])
window, opened = open_window(sys.argv[1], app)
def painted():
    print('painted', flush=True)
    wait_for_content()
def wait_for_content():
    # the catalogue opens in the background after the first paint; poll without spinning processEvents
    if window.services is None:
        QTimer.singleShot(2, wait_for_content)
        return
    print('content', flush=True)
    ready = time.perf_counter()
    window.set_language(Lang.ZH if window.lang is not Lang.ZH else Lang.EN)
    while window.windowTitle() not in ('IURC 桌面版', 'IURC Desktop') or window.lang is not window.switcher.lang:
        app.processEvents()
    app.processEvents()
    switch_ms = (time.perf_counter() - ready) * 1000
    report(f'{switch_ms:.0f}')
    opened[0].close()
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""
)


def run(code: str, *args: str) -> Row:
    """(seconds to first paint, seconds until the catalogue is attached, peak RSS MB, language switch ms)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    painted = time.perf_counter() - start
    line = proc.stdout.readline()
    content = time.perf_counter() - start  # the bare window has no content: ready when painted
    if line.strip() == "content":
        line = proc.stdout.readline()
    else:
        content = painted
    proc.wait()
    if first.strip() != "painted" or not line.startswith("ready"):
        raise SystemExit(f"child failed: {first!r} {line!r}")
    _word, rss, switch = line.split()
    return painted, content, float(rss), float(switch)


def median_row(results: list[Row]) -> Row:
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
        max(r[2] for r in results),
        statistics.median(r[3] for r in results),
    )


def interleaved(runs: int, real: Path, big: Path) -> tuple[Row, Row, Row]:
    """Floor, real catalogue and large catalogue in turn, `runs` rounds: a shared machine's load falls on all three
    alike, not on whichever happened to run while something else was busy."""
    rounds = [(run(FLOOR), run(APP, str(real)), run(APP, str(big))) for _ in range(runs)]
    floor, ours, large = zip(*rounds, strict=True)
    return median_row(list(floor)), median_row(list(ours)), median_row(list(large))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    from search import build  # bench/search.py: the synthetic catalogue generator

    compileall.compile_dir(str(ROOT / "iurc_desktop"), quiet=1)

    with tempfile.TemporaryDirectory() as tmp:
        real, big = Path(tmp) / "real", Path(tmp) / "big"
        big.mkdir()
        run(APP, str(real))  # installs the embedded catalogue once; not timed
        build(args.records, big)
        run(APP, str(big))  # builds what the first open builds; not timed
        floor, ours, large = interleaved(args.runs, real, big)
    print(
        f"{'start-up':<28} {'painted s':>9} {'ratio':>7} {'content s':>9} {'ratio':>7} {'peak RSS MB':>12} "
        f"{'switch ms':>10}"
    )
    for label, row in (
        ("bare QMainWindow (floor)", floor),
        ("real catalogue", ours),
        (f"synthetic {args.records:,} records", large),
    ):
        print(
            f"{label:<28} {row[0]:>9.3f} {row[0] / floor[0]:>6.2f}x {row[1]:>9.3f} {row[1] / floor[0]:>6.2f}x "
            f"{row[2]:>12.0f} {row[3]:>10.0f}"
        )


if __name__ == "__main__":
    main()
