"""The wheel carries its data: built here, installed into a fresh virtual environment, it works from anywhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from iurc_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
SDIST_FILES: tuple[str, ...] = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE")
SDIST_FILES += ("THIRD_PARTY_LICENSES.md", "CHANGELOG.md", "iurc_desktop", "resources", "translations")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # a copy of what a source distribution holds, so no build/ folder of the checkout leaks stale files in
    source = tmp_path_factory.mktemp("source")
    for name in SDIST_FILES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    # offline: the build backend (setuptools) comes from this environment, not from an index
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("iurc_desktop-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel installed; its dependencies come from this venv through a .pth file."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # a plain path entry: the editable install's finder (a .pth in this venv) is not run there
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return env_dir


def run_installed(env_dir: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": f"{env_dir / 'bin'}{os.pathsep}/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "IURC_DESKTOP_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    # run from an empty folder, so nothing can be found relative to a checkout
    work = tmp_path / "elsewhere"
    work.mkdir(exist_ok=True)
    return subprocess.run(
        [str(env_dir / "bin" / "iurc-desktop"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
        timeout=600,
        check=False,
    )


def test_the_wheel_carries_catalogue_fonts_icons_keys_and_translations(wheel: Path) -> None:
    assert wheel.name.startswith(f"iurc_desktop-{__version__}-py3-none-any")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "iurc_desktop/_data/"
    for tracked in ("resources", "translations"):
        expected = {
            data + path.relative_to(ROOT).as_posix()
            for path in (ROOT / tracked).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }
        assert expected, tracked
        assert expected <= names, sorted(expected - names)[:5]
    assert {data + "LICENSE", data + "THIRD_PARTY_LICENSES.md", "iurc_desktop/package_files.py"} <= names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert not any("__pycache__" in name or name.startswith(("tests/", "packaging/")) for name in names)


def test_installed_wheel_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import iurc_desktop.package_files as p; print(p.__file__); print(p.resources_dir())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.split()
    assert all(Path(line).is_relative_to(installed) for line in where), where

    self_test = run_installed(installed, tmp_path, "--self-test")
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert "FAIL" not in self_test.stdout

    places = run_installed(installed, tmp_path, "list", "place", "--lang", "zh")
    assert places.returncode == 0, places.stderr
    assert len(places.stdout.splitlines()) > 10 and not places.stderr

    pdf = tmp_path / "pack.pdf"
    place_id = places.stdout.split()[0]
    pack = run_installed(installed, tmp_path, "brief", "--place", place_id, "--lang", "zh", "-o", str(pdf))
    assert pack.returncode == 0, pack.stdout + pack.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
