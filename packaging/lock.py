"""Write the two lock files from pyproject.toml, with hashes, for every platform at once.

    .venv/bin/python packaging/lock.py            # keep today's pins, add what is new
    .venv/bin/python packaging/lock.py --upgrade  # move every pin to the newest allowed release

requirements.lock      what the application runs with (the `dependencies` of pyproject.toml)
requirements-dev.lock  that, plus the `test`, `lint` and `build` extras (pytest, ruff, mypy, PyInstaller, uv)

uv's universal resolution writes one pin per package with environment markers, so platform-only packages
(pywin32-ctypes and pefile on Windows, macholib on macOS) are pinned and hashed too. The development lock is
constrained by the runtime lock: both agree on every package they share. `python3 dev.py setup` installs
requirements-dev.lock with `--require-hashes`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"
DEV_EXTRAS = ("test", "lint", "build")


def uv() -> str:
    beside_python = Path(sys.executable).parent / "uv"
    found = str(beside_python) if beside_python.exists() else shutil.which("uv")
    if not found:
        sys.exit("uv is not installed: run `python3 dev.py setup` (it is in requirements-dev.lock)")
    return found


def compile_lock(output: Path, extras: tuple[str, ...], upgrade: bool, constraint: Path | None) -> None:
    command = [uv(), "pip", "compile", "pyproject.toml", "--universal", "--generate-hashes", "--quiet"]
    command += ["--python-version", "3.11", "--custom-compile-command", "python packaging/lock.py"]
    command += [arg for extra in extras for arg in ("--extra", extra)]
    if constraint is not None:
        command += ["--constraint", str(constraint.relative_to(ROOT))]
    if upgrade:
        command.append("--upgrade")
    command += ["-o", str(output.relative_to(ROOT))]
    subprocess.run(command, check=True, cwd=ROOT)
    print(f"wrote {output.name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="move every pin to the newest allowed release")
    args = parser.parse_args()
    compile_lock(RUNTIME_LOCK, (), args.upgrade, None)
    compile_lock(DEV_LOCK, DEV_EXTRAS, args.upgrade, RUNTIME_LOCK)
    return 0


if __name__ == "__main__":
    sys.exit(main())
