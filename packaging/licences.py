"""List what a frozen build actually contains, with the licence texts, from PyInstaller's own record of it.

    python packaging/licences.py APP_DIR WORK_DIR     (build.py runs this after PyInstaller)

Reads WORK_DIR/iurc-desktop/COLLECT-00.toc (every file copied into the folder, with where it came from) and
PYZ-00.toc (every Python module in the archive), and sorts each source file to its owner:
- a Python distribution of the build environment (by the distribution's RECORD): its licence files;
- Qt, through PySide6: the LGPL-3.0 and GPL-3.0 texts and the note on replacing the Qt libraries;
- the Python runtime (its LICENSE.txt);
- a system library copied from the build host: its Debian package (`dpkg -S`) and that package's copyright file;
- the font in resources/fonts with its licence texts.
Writes, inside the bundle's data folder (iurc_desktop/_data/): `licences/` with the texts, `third-party.json`
(read by the About dialog) and `THIRD_PARTY_LICENSES.md`. What is not found is listed as such, never dropped.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import json
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("_internal") / "iurc_desktop" / "_data"
COMMON_LICENCES = Path("/usr/share/common-licenses")
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6-pdf", "shiboken6", "pyside6-addons", "pyside6"}
# where the metadata says too little: PyInstaller's bootloader (the executable) carries an exception to the GPL
LICENCE_OVERRIDES = {"pyinstaller": "GPL-2.0-or-later WITH Bootloader-exception (its bootloader and run-time hooks)"}
LICENCE_NAMES = ("licen", "copying", "notice", "copyright", "authors")
# licence texts for distributions whose wheels ship none (their licence is stated in their metadata only)
SUPPLIED_TEXTS = Path(__file__).resolve().parent / "licence-texts"
QT_NOTE = """\
Qt 6 and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0-only), whose
text follows the GNU GPL version 3 it supplements (both are in this folder).

The Qt libraries are unmodified and dynamically linked: they are the separate files libQt6*.so* (Linux),
Qt6*.dll (Windows) or the Qt*.framework folders (macOS) inside the application folder. You may replace them
with your own build of the same Qt version (6.12), for example to fix a bug; the application will use it.
The corresponding source code is published by The Qt Company (https://download.qt.io/official_releases/qt/)
and the PySide6 bindings by the Qt for Python project (https://download.qt.io/official_releases/QtForPython/);
on request the IURC programme provides a copy of the source of the exact version shipped, for three years
after the release.
"""


@dataclass
class Component:
    name: str
    version: str
    kind: str  # python | qt | runtime | system | font
    licence: str
    files: list[str] = field(default_factory=list)  # licence texts, relative to licences/
    contents: list[str] = field(default_factory=list)  # what of the bundle belongs to it (a sample)


def read_toc(path: Path) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC file: a Python literal whose entries are (name, source path, type)."""
    value = ast.literal_eval(path.read_text(encoding="utf-8"))
    entries = value[1] if isinstance(value[0], str) else value[0]
    return [tuple(entry) for entry in entries if isinstance(entry, tuple) and len(entry) == 3]


def owners_by_file(site: Path) -> dict[Path, importlib.metadata.Distribution]:
    owners: dict[Path, importlib.metadata.Distribution] = {}
    for dist in importlib.metadata.distributions(path=[str(site)]):
        for entry in dist.files or ():
            owners[(site / entry).resolve()] = dist
    return owners


def normalized(dist: importlib.metadata.Distribution) -> str:
    return dist.metadata["Name"].lower().replace("_", "-")


def licence_of(dist: importlib.metadata.Distribution) -> str:
    if normalized(dist) in LICENCE_OVERRIDES:
        return LICENCE_OVERRIDES[normalized(dist)]
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 120:
        return text
    classifiers = [c.rsplit("::", 1)[1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return ", ".join(classifiers) or "see the licence files"


def copy_texts(sources: list[Path], target: Path, licences: Path) -> list[str]:
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for source in sources:
        if source.is_file():
            shutil.copy2(source, target / source.name)
            copied.append((target / source.name).relative_to(licences).as_posix())
    return copied


def python_component(
    dist: importlib.metadata.Distribution, site: Path, internal: Path, contents: list[str]
) -> Component:
    """A distribution with its licence texts: those of its metadata, and any that ship in the bundle (not the
    texts of files the build left out, such as ReportLab's sample fonts)."""
    name = dist.metadata["Name"]
    licences = internal / "iurc_desktop" / "_data" / "licences"
    texts = [
        site / entry
        for entry in dist.files or ()
        if any(word in entry.name.lower() for word in LICENCE_NAMES)
        and entry.suffix not in (".py", ".pyc")
        and (".dist-info" in str(entry.parent) or (internal / entry).is_file())
    ]
    if not texts and (SUPPLIED_TEXTS / normalized(dist)).is_dir():
        texts = sorted((SUPPLIED_TEXTS / normalized(dist)).iterdir())
    component = Component(name, dist.version, "python", licence_of(dist), contents=contents)
    component.files = copy_texts(texts, licences / "python" / name, licences)
    return component


def qt_component(versions: dict[str, str], licences: Path) -> Component:
    target = licences / "qt"
    target.mkdir(parents=True, exist_ok=True)
    (target / "README-Qt-LGPL.txt").write_text(QT_NOTE, encoding="utf-8")
    files = [
        "qt/README-Qt-LGPL.txt",
        *copy_texts([COMMON_LICENCES / "LGPL-3", COMMON_LICENCES / "GPL-3"], target, licences),
    ]
    names = ", ".join(sorted(versions))
    return Component(
        f"Qt 6 ({names})",
        versions.get("PySide6_Essentials", ""),
        "qt",
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
        files,
    )


def debian_package(library: Path) -> str | None:
    for candidate in (library, library.resolve(), Path("/usr") / library.relative_to("/")):
        found = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True, check=False)
        if found.returncode == 0:
            return found.stdout.split(":")[0].strip()
    return None


def debian_licence(copyright_file: Path) -> str:
    """The first `License:` of a machine-readable copyright file (the package's main licence)."""
    try:
        for line in copyright_file.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("License:"):
                return line.removeprefix("License:").strip()
    except OSError:
        pass
    return "see the copyright file"


def system_components(libraries: list[tuple[str, Path]], licences: Path) -> list[Component]:
    by_package: dict[str, Component] = {}
    for dest, source in libraries:
        package = debian_package(source) if shutil.which("dpkg") else None
        key = package or f"unknown:{source.name}"
        if key not in by_package:
            version = ""
            if package:
                query = ["dpkg-query", "-W", "-f=${Version}", package]
                version = subprocess.run(query, capture_output=True, text=True, check=False).stdout.strip()
            copyright_file = Path("/usr/share/doc") / (package or "-") / "copyright"
            component = Component(package or source.name, version, "system", debian_licence(copyright_file))
            if copyright_file.is_file():
                target = licences / "system" / (package or source.name)
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(copyright_file, target / "copyright")
                component.files = [f"system/{package}/copyright"]
            else:
                component.licence = "not found on the build host: check before release"
            by_package[key] = component
        by_package[key].contents.append(dest)
    return sorted(by_package.values(), key=lambda c: c.name.lower())


def runtime_component(licences: Path) -> Component:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    version = ".".join(str(n) for n in sys.version_info[:3])
    short = f"{sys.version_info[0]}.{sys.version_info[1]}"
    contents = [f"libpython{short}.so.1.0", f"python{short}", "base_library.zip"]
    component = Component("Python", version, "runtime", "PSF-2.0", contents=contents)
    component.files = copy_texts([stdlib / "LICENSE.txt"], licences / "python-runtime", licences)
    return component


def font_components(licences: Path) -> list[Component]:
    fonts = ROOT / "resources" / "fonts"
    texts = sorted(p for p in fonts.iterdir() if p.suffix == ".txt")
    component = Component(
        "WenQuanYi Micro Hei", "0.2.0-beta", "font", "Apache-2.0 OR GPL-3.0-or-later WITH Font-exception-2.0"
    )
    component.files = copy_texts(texts, licences / "fonts", licences)
    component.contents = [f"iurc_desktop/_data/resources/fonts/{p.name}" for p in fonts.glob("*.tt[cf]")]
    return [component]


def classify(work: Path) -> tuple[dict[importlib.metadata.Distribution, set[str]], list[tuple[str, Path]]]:
    """Which distributions own something in the bundle (with the top-level names of what they put in the folder;
    modules in the Python archive add none), and which binaries came from the host system."""
    site = Path(sysconfig.get_paths()["purelib"])
    owners = owners_by_file(site)
    base = Path(sys.base_prefix).resolve()
    used: dict[importlib.metadata.Distribution, set[str]] = {}
    system: list[tuple[str, Path]] = []
    toc = work / "iurc-desktop"
    collected = read_toc(toc / "COLLECT-00.toc")
    for dest, source, kind in collected + read_toc(toc / "PYZ-00.toc"):
        if kind == "SYMLINK" or not source or not Path(source).is_absolute():
            continue
        path = Path(source).resolve()
        if path in owners:
            used.setdefault(owners[path], set())
            if kind != "PYMODULE":
                used[owners[path]].add(dest.split("/")[0])
        elif kind == "BINARY" and not path.is_relative_to(base) and not path.is_relative_to(ROOT):
            system.append((dest, Path(source)))
    return used, system


def generate(app: Path, work: Path) -> list[Component]:
    data = app / DATA
    licences = data / "licences"
    shutil.rmtree(licences, ignore_errors=True)
    site = Path(sysconfig.get_paths()["purelib"])
    used, system = classify(work)
    qt = {d.metadata["Name"]: d.version for d in used if normalized(d) in QT_DISTRIBUTIONS}
    others = [d for d in used if normalized(d) not in QT_DISTRIBUTIONS | {"iurc-desktop"}]
    components = [qt_component(qt, licences)] if qt else []
    if components:
        components[0].contents = sorted(set().union(*(used[d] for d in used if normalized(d) in QT_DISTRIBUTIONS)))
    python = [python_component(d, site, app / "_internal", sorted(used[d])) for d in others]
    components += sorted(python, key=lambda c: c.name.lower())
    components += [runtime_component(licences), *font_components(licences), *system_components(system, licences)]
    (data / "third-party.json").write_text(
        json.dumps([asdict(c) for c in components], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (data / "THIRD_PARTY_LICENSES.md").write_text(markdown(components), encoding="utf-8")
    return components


KIND_TITLES = {
    "qt": "Qt",
    "python": "Python packages",
    "runtime": "Python runtime",
    "font": "Fonts",
    "system": "System libraries copied from the build host (Debian packages)",
}


def markdown(components: list[Component]) -> str:
    lines = [
        "# Third-party software in this IURC Desktop build",
        "",
        "IURC Desktop itself is MIT-licensed (LICENSE). This list was generated from the files of this build",
        "(packaging/licences.py); the licence texts are in `licences/` beside this file.",
    ]
    for kind, title in KIND_TITLES.items():
        members = [c for c in components if c.kind == kind]
        if not members:
            continue
        lines += ["", f"## {title}", "", "| component | version | licence | texts |", "|---|---|---|---|"]
        for c in members:
            texts = ", ".join(f"`{f}`" for f in c.files) or "—"
            lines.append(f"| {c.name} | {c.version} | {c.licence} | {texts} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the built folder (dist/iurc-desktop)")
    parser.add_argument("work", type=Path, help="PyInstaller's work folder (build/pyinstaller)")
    args = parser.parse_args()
    components = generate(args.app.resolve(), args.work.resolve())
    print(f"{len(components)} third-party components listed in {args.app / DATA / 'THIRD_PARTY_LICENSES.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
