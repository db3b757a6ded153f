#!/usr/bin/env python3
"""Set up a virtual environment from the lock files, then run the app or the test suite.

python3 dev.py run [ARGS…]   set up and launch IURC Desktop (ARGS go to iurc-desktop)
python3 dev.py test [ARGS…]  set up and run lint, type checks and all tests (ARGS go to pytest)
python3 dev.py setup         only set up .venv

.venv gets requirements-dev.lock (the runtime lock plus test, lint and build tools, every file checked
against its hash) and an editable install of this checkout. The locks are written by packaging/lock.py.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCKS = (ROOT / "requirements.lock", ROOT / "requirements-dev.lock")
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def _python() -> Path:
    return BIN / ("python.exe" if os.name == "nt" else "python")


def setup() -> None:
    """Create .venv and install the locked dependencies; skipped when the lock has not changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("IURC Desktop needs Python 3.11 or newer")
    if not _python().exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".lock-hash"
    inputs = [*LOCKS, ROOT / "pyproject.toml", ROOT / "setup.py"]
    wanted = hashlib.sha256(b"".join(path.read_bytes() for path in inputs)).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    pip = [str(_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    # the development lock includes the runtime one, pin for pin; hashes make a tampered download fail
    subprocess.run([*pip, "--require-hashes", "-r", str(LOCKS[1])], check=True)
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
    stamp.write_text(wanted)


def run(args: list[str]) -> int:
    setup()
    return subprocess.call([str(BIN / "iurc-desktop"), *args])


def test(args: list[str]) -> int:
    setup()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    steps = [
        [str(BIN / "ruff"), "check", "."],
        [str(BIN / "ruff"), "format", "--check", "."],
        [str(BIN / "mypy")],
        [str(BIN / "lint-imports"), "--no-cache"],
        [str(_python()), "-m", "pytest", *args],
    ]
    for step in steps:
        print("$", " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)), flush=True)
        code = subprocess.call(step, cwd=ROOT, env=env)
        if code != 0:
            return code
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "setup":
        setup()
        return 0
    return run(rest) if command == "run" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
