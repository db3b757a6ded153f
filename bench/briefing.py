"""Benchmark: the fullest briefing pack the catalogue allows, against a plain ReportLab floor.

    python bench/briefing.py [--data-dir DIR] [--repeat N]

For each language and a bilingual pack it prints pages, seconds (best of N) and the ratio to a floor measured in
the same run: ReportLab laying out the same texts as plain paragraphs with the same embedded font.
Target: <= 2 s for a 30-page pack, ratio <= 3x.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.briefing.compose import BriefingSubject
from iurc_desktop.services.briefing.document import (
    BriefingDocument,
    BriefingOptions,
    Bullets,
    Fields,
    FigureCards,
    Heading,
    Line,
    Para,
)
from iurc_desktop.services.briefing.fonts import register_font
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.context import AppContext


def busiest_place(ctx: AppContext) -> str:
    """The place with the most links in the catalogue: the one with the longest history."""
    counts = {pid: len(ctx.catalogue_store.links(Kind.PLACE, pid)) for pid in ctx.catalogue_store.ids(Kind.PLACE)}
    return max(counts, key=lambda pid: counts[pid])


def texts_of(document: BriefingDocument) -> list[str]:
    def lines(line: Line) -> list[str]:
        return [p.text for p in line.parts]

    out = lines(document.title) + lines(document.subtitle)
    for section in document.sections:
        out += lines(section.title)
        for block in section.blocks:
            if isinstance(block, Heading | Para):
                out += lines(block.line)
            elif isinstance(block, Bullets):
                out += [t for line in block.lines for t in lines(line)]
            elif isinstance(block, Fields):
                out += [t for key, value in block.rows for t in lines(key) + lines(value)]
            elif isinstance(block, FigureCards):
                out += [t for value, caption in block.cards for t in [value, *lines(caption)]]
    return out


def floor_seconds(texts: list[str], lang: Lang, path: Path) -> float:
    font = register_font()
    style = ParagraphStyle(
        "floor", fontName=font, fontSize=9.5, leading=13.5, wordWrap="CJK" if lang is Lang.ZH else None
    )
    start = time.perf_counter()
    SimpleDocTemplate(str(path), initialFontName=font).build([Paragraph(escape(t), style) for t in texts])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="catalogue to use (default: a fresh copy of the embedded catalogue)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(args.data_dir or Path(tmp) / "data")
        service = BriefingService(ctx.catalogue)
        place = busiest_place(ctx)
        selection = service.propose(BriefingSubject(places=(place,), title="Benchmark pack"))
        register_font()  # loading the font file once is start-up cost, not pack cost
        print(f"place: {place}; sections: {len(selection.sections)}")
        print(f"{'pack':<8} {'pages':>5} {'seconds':>8} {'floor s':>8} {'ratio':>6}")
        for lang, second in ((Lang.EN, None), (Lang.ZH, None), (Lang.PT, None), (Lang.EN, Lang.ZH)):
            options = BriefingOptions(lang, second)
            best = floor = float("inf")
            pages = 0
            for _ in range(args.repeat):
                service = BriefingService(CatalogueService(ctx.catalogue_store))  # cold: no record read yet
                start = time.perf_counter()
                result = service.render(selection, options, Path(tmp) / "pack.pdf")
                best = min(best, time.perf_counter() - start)
                pages = result.pages
                document = service.builder.build(selection, options)
                floor = min(floor, floor_seconds(texts_of(document), lang, Path(tmp) / "floor.pdf"))
            name = lang.value + (f"+{second.value}" if second else "")
            print(f"{name:<8} {pages:>5} {best:>8.3f} {floor:>8.3f} {best / floor:>5.2f}x")
        ctx.close()


if __name__ == "__main__":
    main()
