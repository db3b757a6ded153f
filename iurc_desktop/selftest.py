"""`iurc-desktop --self-test`: the checks an IT department runs after installing the application."""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.domain.lang import LANGS
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.briefing.compose import BriefingSelection, BriefingSubject, Section, SectionKind
from iurc_desktop.services.briefing.document import BriefingOptions
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.updates.service import UpdateService

# a query per language that the shipped catalogue must answer
SEARCHES = {"en": "Yangzhou", "zh": "扬州", "pt": "Pequim"}


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def _catalogue(ctx: AppContext) -> str:
    info = ctx.catalogue.info()
    places = info.counts.get(Kind.PLACE, 0)
    if places == 0:
        raise AssertionError("the catalogue has no places")
    return f"catalogue {info.version}, {sum(info.counts.values())} records"


def _searches(ctx: AppContext) -> str:
    found = []
    for lang in LANGS:
        hits = ctx.search.search(SEARCHES[lang.value], lang, limit=5)
        if not hits:
            raise AssertionError(f"search for {SEARCHES[lang.value]!r} ({lang.value}) found nothing")
        found.append(f"{lang.value}: {hits[0].title}")
    return "; ".join(found)


def _chinese_pack(ctx: AppContext) -> str:
    service = BriefingService(ctx.catalogue)
    place = ctx.catalogue_store.ids(Kind.PLACE)[0]
    selection = BriefingSelection(
        BriefingSubject(places=(place,)), (place,), (Section(SectionKind.GLANCE), Section(SectionKind.GLOSSARY))
    )
    with tempfile.TemporaryDirectory() as tmp:
        result = service.render(selection, BriefingOptions(LANGS[1]), Path(tmp) / "self-test.pdf")
        if not result.path.read_bytes().startswith(b"%PDF"):
            raise AssertionError("the pack is not a PDF")
    return f"{result.pages} page(s) in Chinese"


def _signature(ctx: AppContext) -> str:
    return str(UpdateService(ctx.paths).verify_installed())


def _databases(ctx: AppContext) -> str:
    return f"quick_check ok: {UpdateService(ctx.paths).check_databases()}"


CHECKS: list[tuple[str, Callable[[AppContext], str]]] = [
    ("catalogue opens", _catalogue),
    ("databases sound", _databases),
    ("catalogue signature", _signature),
    ("search in en, zh, pt", _searches),
    ("Chinese briefing pack", _chinese_pack),
]


def run_self_test(data_dir: str | None, extra: tuple[tuple[str, Callable[[AppContext], str]], ...] = ()) -> int:
    """Check the installed catalogue (installing the shipped one if none is). One line per check; 0 if all pass."""
    results: list[CheckResult] = []
    try:
        ctx = AppContext.open(data_dir)
    except Exception as exc:
        print(f"FAIL  open data folder: {exc}")
        return 1
    for notice in ctx.notices:  # a damaged database set aside on the way in
        print(f"note  {notice}")
    try:
        for name, check in [*CHECKS, *extra]:
            try:
                results.append(CheckResult(name, True, check(ctx)))
            except Exception as exc:
                detail = str(exc) or traceback.format_exception_only(exc)[-1].strip()
                results.append(CheckResult(name, False, detail))
    finally:
        ctx.close()
    for result in results:
        print(f"{'ok  ' if result.ok else 'FAIL'}  {result.name}: {result.detail}")
    return 0 if all(r.ok for r in results) else 1
