"""Lays a BriefingDocument out as a PDF: cover, contents, outline, running header and footer, figure cards."""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from iurc_desktop import __version__
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.progress import CancelToken
from iurc_desktop.services.briefing.contents import PackContents, define_page_number
from iurc_desktop.services.briefing.document import (
    Block,
    BriefingDocument,
    Bullets,
    Fields,
    FigureCards,
    Heading,
    Line,
    MapFigure,
    Para,
    Part,
)
from iurc_desktop.services.briefing.field_rows import FieldRows
from iurc_desktop.services.briefing.fonts import register_font
from iurc_desktop.services.briefing.labels import label
from iurc_desktop.services.briefing.paragraphs import PackParagraph

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#003399")  # EU blue
MUTED = colors.HexColor("#5b6770")
CARD = colors.HexColor("#eef2f9")
RULE = colors.HexColor("#c9d1dc")
LONG_WORD = re.compile(r"\S{48,}")
POCKET_PAGES = 2
POCKET_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72)
POCKET_HEADING_ROOM = 30 * mm  # a pocket section's heading starts a page when less than this is left


class PackStyles:
    """Paragraph styles per role and language (Chinese wraps between characters, others between words)."""

    def __init__(self, font: str, scale: float = 1.0) -> None:
        self.font = font
        self.scale = scale  # a pocket brief shrinks its type a step at a time until it fits its two pages
        self._cache: dict[tuple[str, Lang, bool, bool], ParagraphStyle] = {}

    def get(self, role: str, lang: Lang, secondary: bool = False, long_word: bool = False) -> ParagraphStyle:
        key = (role, lang, secondary, long_word)
        if key not in self._cache:
            self._cache[key] = self._make(role, lang, secondary, long_word)
        return self._cache[key]

    def _make(self, role: str, lang: Lang, secondary: bool, long_word: bool) -> ParagraphStyle:
        looks: dict[str, tuple[float, float, Any, float]] = {
            "title": (26, 32, ACCENT, 0),
            "subtitle": (15, 20, INK, 4),
            "h1": (17, 22, ACCENT, 6),
            "h2": (13.5, 18, ACCENT, 8),
            "h3": (11.5, 15, INK, 6),
            "h4": (10, 13, MUTED, 4),
            "body": (9.5, 13.5, INK, 2),
            "small": (8.5, 11.5, MUTED, 1),
            "quote": (9.5, 13.5, MUTED, 2),
            "cell": (9, 12.5, INK, 0),
            "label": (8.5, 12, MUTED, 0),
            "figure": (20, 24, ACCENT, 0),
            "toc": (10, 12.5, INK, 0),  # the contents of a 25-page dossier fit its one page
            "bullet": (9.5, 13.5, INK, 1),
        }
        size, leading, colour, before = looks[role]
        if secondary:
            size, leading, colour, before = size * 0.88, leading * 0.88, MUTED, 0
        size, leading, before = size * self.scale, leading * self.scale, before * self.scale
        return ParagraphStyle(
            f"{role}-{lang.value}-{int(secondary)}-{int(long_word)}",
            fontName=self.font,
            fontSize=size,
            leading=leading,
            textColor=colour,
            spaceBefore=before,
            spaceAfter=2 if role == "body" else 1,
            wordWrap="CJK" if lang is Lang.ZH or long_word else None,
            alignment=1 if role == "figure" else 0,
            leftIndent=5 * mm if role == "bullet" else 0,
            bulletIndent=1 * mm,
            bulletFontName=self.font,
        )


# Characters the embedded font lacks, and the closest ones it has (Romanian comma-below letters, e.g. Crețu).
FALLBACK_GLYPHS = str.maketrans({"ț": "ţ", "Ț": "Ţ", "ș": "ş", "Ș": "Ş"})
_FALLBACK_CHARS = frozenset("țȚșȘ")


@functools.cache
def drawable(font: str) -> frozenset[str]:
    """The characters `font` has a glyph for (and the line breaks and tabs the layout handles), once per font."""
    return frozenset(map(chr, pdfmetrics.getFont(font).face.charToGlyph)) | {"\n", "\t"}


def printable(text: str, font: str) -> str:
    """Text with every character the font cannot draw replaced by its nearest drawable form."""
    glyphs = drawable(font)
    if not _FALLBACK_CHARS.isdisjoint(text):  # translate() walks every character: only where one is there
        text = text.translate(FALLBACK_GLYPHS)
    if glyphs.issuperset(text):  # a set test, not a character-by-character walk: most text is all drawable
        return text
    out = []
    for ch in text:
        if ch in glyphs:
            out.append(ch)
        else:  # the base letter without its accent, or a visible placeholder; never a silent gap
            base = unicodedata.normalize("NFKD", ch)[:1]
            out.append(base if base and base in glyphs else "?")
    return "".join(out)


def _markup(part: Part, font: str = "") -> str:
    text = escape(printable(part.text, font) if font else part.text).replace("\n", "<br/>")
    if part.is_fallback:
        text += f' <font color="#8a949c" size="7">[{part.lang.value}]</font>'
    return text


class PackRenderer:
    def __init__(self, document: BriefingDocument, cancel: CancelToken | None = None) -> None:
        self.doc = document
        self.cancel = cancel
        self.styles = PackStyles(register_font())
        self.pagesize = A4 if document.options.paper == "a4" else LETTER
        # the contents' entries and their page numbers (drawn later, by the template) share this style
        self.contents_style = self.styles.get("toc", document.options.lang)

    def paragraphs(self, line: Line, role: str) -> list[Flowable]:
        out: list[Flowable] = []
        for index, part in enumerate(line.parts):
            long_word = bool(LONG_WORD.search(part.text))
            style = self.styles.get(role, part.wanted, index > 0, long_word)
            out.append(PackParagraph(_markup(part, self.styles.font), style))
        return out

    def render(self, path: Path) -> int:
        template = _PackTemplate(self, str(path))
        if self.compact:  # a pocket brief: the cover's facts head the first page, and no contents page
            return self._render_pocket(template, path)
        body = self._body()
        headings = [f.toc_entry for f in body if hasattr(f, "toc_entry")]
        template.build(self._cover() + self._contents(headings) + body)  # one pass: see contents.py
        return template.page

    def _render_pocket(self, template: _PackTemplate, path: Path) -> int:
        """At most POCKET_PAGES pages: laid out again in smaller type while it runs over (a bilingual brief, a
        place with many contacts); a try costs a few hundredths of a second."""
        for scale in POCKET_SCALES:
            if scale != POCKET_SCALES[0]:
                self.styles = PackStyles(self.styles.font, scale)
                template = _PackTemplate(self, str(path))
            template.build(self._heading_block() + self._body())
            if template.page <= POCKET_PAGES:
                break
        return int(template.page)

    @property
    def compact(self) -> bool:
        return self.doc.options.template == "pocket"

    def _heading_block(self) -> list[Flowable]:
        story: list[Flowable] = [*self.paragraphs(self.doc.title, "h1"), *self.paragraphs(self.doc.subtitle, "h3")]
        return [*story, Spacer(1, 2 * mm), self._fields(self.doc.cover), Spacer(1, 2 * mm)]

    def _cover(self) -> list[Flowable]:
        story: list[Flowable] = [Spacer(1, 38 * mm)]
        story += self.paragraphs(self.doc.title, "title")
        story += [Spacer(1, 3 * mm), *self.paragraphs(self.doc.subtitle, "subtitle"), Spacer(1, 14 * mm)]
        story.append(self._fields(self.doc.cover))
        story += [NextPageTemplate("body"), PageBreak()]
        return story

    def _contents(self, headings: list[tuple[str, int]]) -> list[Flowable]:
        lang = self.doc.options.lang
        top = self.contents_style
        small = self.styles.get("small", lang)
        sub = ParagraphStyle("toc-sub", parent=small, leftIndent=12, leading=small.fontSize * 1.22)
        # keys follow the order in which the template numbers the headings as it places them
        entries = [
            (escape(printable(title, self.styles.font)), level, f"mark-{number}")
            for number, (title, level) in enumerate(headings, start=1)
        ]
        heading = PackParagraph(escape(label("contents", lang)), self.styles.get("h1", lang))
        return [heading, Spacer(1, 4 * mm), PackContents(entries, [top, sub], self.styles.font), PageBreak()]

    def _body(self) -> list[Flowable]:
        story: list[Flowable] = []
        for number, section in enumerate(self.doc.sections):
            if number:
                story.append(Spacer(1, (3 if self.compact else 8) * mm))
            if self.compact:  # tables may split under their heading: a group would move them whole
                story.append(CondPageBreak(POCKET_HEADING_ROOM))
            story.extend(_heading(self.paragraphs(section.title, "h1"), section.title.primary, 0, not self.compact))
            for block in section.blocks:
                story.extend(self._block(block))
        return story

    def _block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Heading):
            role = f"h{min(block.level, 4)}"
            level = 1 if block.level == 2 else None
            return _heading(self.paragraphs(block.line, role), block.line.primary, level)
        if isinstance(block, Para):
            return self.paragraphs(block.line, block.style)
        if isinstance(block, Bullets):
            return [p for line in block.lines for p in self._bullet(line)]
        if isinstance(block, Fields):
            return [self._fields(list(block.rows)), Spacer(1, 2 * mm)] if block.rows else []
        if isinstance(block, MapFigure):
            from iurc_desktop.services.briefing.map_flowable import MapFlowable

            width = self.pagesize[0] - 40 * mm
            return [MapFlowable(block.model, width, width * 0.72, self.styles.font), Spacer(1, 3 * mm)]
        return [self._cards(block), Spacer(1, 2 * mm)]

    def _table(self, data: list[list[Any]], widths: list[Any], style: list[tuple[Any, ...]]) -> Table:
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle([("FONTNAME", (0, 0), (-1, -1), self.styles.font), ("VALIGN", (0, 0), (-1, -1), "TOP"), *style])
        )
        return table

    def _bullet(self, line: Line) -> list[Flowable]:
        """Indented paragraphs with a bullet on the first (a paragraph lays out far faster than a table)."""
        out: list[Flowable] = []
        for index, part in enumerate(line.parts):
            style = self.styles.get("bullet", part.wanted, index > 0, bool(LONG_WORD.search(part.text)))
            out.append(PackParagraph(_markup(part, self.styles.font), style, bulletText="•" if index == 0 else None))
        return out

    def _fields(self, rows: list[tuple[Line, Line]]) -> Flowable:
        data = [(self.paragraphs(key, "label"), self.paragraphs(value, "cell")) for key, value in rows]
        width = self.pagesize[0] - 40 * mm
        return FieldRows(data, (width * 0.28, width * 0.72), RULE)

    def _cards(self, block: FigureCards) -> Flowable:
        lang = self.doc.options.lang
        cells: list[Any] = []
        for value, caption in block.cards:
            value_part = Part(value, lang, lang)
            cells.append(
                [
                    PackParagraph(_markup(value_part, self.styles.font), self.styles.get("figure", lang)),
                    *self.paragraphs(caption, "small"),
                ]
            )
        per_row = 3
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        width = (self.pagesize[0] - 40 * mm) / per_row
        style: list[tuple[Any, ...]] = [
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell != "":
                    style += [("BACKGROUND", (c, r), (c, r), CARD), ("BOX", (c, r), (c, r), 1.5, colors.white)]
        return self._table(rows, [width] * per_row, style)


def _heading(flowables: list[Flowable], title: str, level: int | None, keep: bool = True) -> list[Flowable]:
    """Keep a heading with what follows it; headings with a level also feed the contents and the outline."""
    for flowable in flowables:
        flowable.keepWithNext = keep
    if level is not None and flowables:
        flowables[0].toc_entry = (title, level)
    return flowables


class _PackFrame(Frame):  # type: ignore[misc]
    """A frame that copies quickly. ReportLab deep-copies the frame each time it measures a heading kept with
    what follows (a hundred times a dossier); its state is numbers and flags, and the one list it holds,
    generated content, the copy drops. A shallow copy with its own lists is the same frame, without walking it."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _PackFrame:
        clone = copy.copy(self)
        clone.__dict__ = {k: list(v) if isinstance(v, list) else v for k, v in self.__dict__.items()}
        return clone


class _PackTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, renderer: PackRenderer, filename: str) -> None:
        width, height = renderer.pagesize
        super().__init__(
            filename,
            pagesize=renderer.pagesize,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=22 * mm,
            bottomMargin=20 * mm,
            title=renderer.doc.title.primary,
            author="IURC Desktop",
            creator=f"IURC Desktop {__version__}",
            subject=renderer.doc.footer,
            initialFontName=renderer.styles.font,  # else every page names Helvetica, which is never embedded
        )
        self.renderer = renderer
        frame = _PackFrame(self.leftMargin, self.bottomMargin, self.width, self.height, id="main")
        templates = [
            PageTemplate("cover", [frame], onPage=self._cover_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ]
        self.addPageTemplates(templates[1:] if renderer.compact else templates)  # the first one starts the pack
        self._marks = 0
        self._page_size = (width, height)

    def afterFlowable(self, flowable: Flowable) -> None:
        cancel = self.renderer.cancel
        if cancel is not None:
            cancel.check()
        entry = getattr(flowable, "toc_entry", None)
        if entry is not None:
            title, level = entry
            self._marks += 1
            key = f"mark-{self._marks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            define_page_number(self.canv, key, self.page, self.renderer.contents_style)

    def handle_documentBegin(self) -> None:
        self._marks = 0
        super().handle_documentBegin()

    def _cover_page(self, canvas: Any, _doc: Any) -> None:
        width, height = self._page_size
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 18 * mm, width, 18 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(self.renderer.styles.font, 10)
        canvas.drawString(20 * mm, height - 11 * mm, "IURC Desktop")
        canvas.restoreState()

    def _body_page(self, canvas: Any, _doc: Any) -> None:
        width, height = self._page_size
        font = self.renderer.styles.font
        lang = self.renderer.doc.options.lang
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, height - 15 * mm, width - 20 * mm, height - 15 * mm)
        canvas.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(20 * mm, height - 13 * mm, printable(self.renderer.doc.title.primary[:90], font))
        canvas.drawString(20 * mm, 9 * mm, printable(self.renderer.doc.footer[:110], font))
        page = label("page", lang).format(n=canvas.getPageNumber())
        canvas.drawRightString(width - 20 * mm, 9 * mm, page)
        canvas.restoreState()
