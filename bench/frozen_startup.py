"""Benchmark: the frozen app's start-up against the unfrozen one, on a real X display.

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 .venv/bin/python bench/frozen_startup.py [--frozen dist/iurc-desktop/iurc-desktop] [--runs 7]

Both are started the same way on the same installed catalogue; the time is until a visible window whose
title holds "IURC" is mapped (polled with xdotool every 10 ms). Prints the median of each and their ratio.
A frozen app cannot run benchmark code inside itself, which is why this looks from outside.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def seconds_to_window(command: list[str], env: dict[str, str], timeout: float = 20) -> float | None:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    try:
        while time.perf_counter() - started < timeout:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "IURC"], capture_output=True, env=env
            )
            if found.returncode == 0:
                return time.perf_counter() - started
            if process.poll() is not None:
                return None  # it did not start (no display, a crash): not counted
            time.sleep(0.01)
        return None
    finally:
        process.terminate()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "iurc-desktop" / "iurc-desktop")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        sys.exit("needs an X display (e.g. Xvfb) and xdotool")
    unfrozen = Path(sys.executable).parent / "iurc-desktop"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "IURC_DESKTOP_HOME": tmp}
        subprocess.run([str(unfrozen), "list", "programme"], env=env, check=True, capture_output=True)
        results: dict[str, list[float]] = {"frozen": [], "unfrozen": []}
        for _ in range(args.runs):
            for name, command in (("frozen", [str(args.frozen)]), ("unfrozen", [str(unfrozen)])):
                took = seconds_to_window(command, env)
                if took is not None:
                    results[name].append(took)
                time.sleep(0.3)
    medians = {name: statistics.median(times) for name, times in results.items() if times}
    for name, times in results.items():
        print(f"{name:<9} median {medians.get(name, float('nan')):.3f} s over {len(times)} runs")
    if len(medians) == 2:
        print(f"frozen / unfrozen: {medians['frozen'] / medians['unfrozen']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
