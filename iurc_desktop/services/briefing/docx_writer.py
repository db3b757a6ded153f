"""Writes a BriefingDocument as a Word document (python-docx) that delegation staff edit before it goes out.

The same document the PDF lays out: Word's own heading styles (so its navigation pane and its table of contents
work), tables for facts and key figures, a running header and a footer with the page number, and a CJK font
named for East Asian text so Chinese is never shown in a Latin face's fallback.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.progress import CancelToken
from iurc_desktop.services.briefing.document import (
    Block,
    BriefingDocument,
    Bullets,
    Fields,
    FigureCards,
    Heading,
    Line,
    Para,
    Part,
)
from iurc_desktop.services.briefing.labels import label

# Named, not embedded: Word on Windows has it, LibreOffice and Word elsewhere substitute their CJK face
CJK_FONT = "Microsoft YaHei"
LATIN_FONT = "Calibri"
ACCENT = RGBColor(0x00, 0x33, 0x99)  # EU blue, as in the PDF
MUTED = RGBColor(0x5B, 0x67, 0x70)
HEADING_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Heading 4")
PARAGRAPH_STYLES = (*HEADING_STYLES, "List Bullet", "Quote")
PAGE_SIZES = {"a4": (Mm(210), Mm(297)), "letter": (Mm(215.9), Mm(279.4))}
FIGURES_PER_ROW = 3


class DocxRenderer:
    def __init__(self, document: BriefingDocument, cancel: CancelToken | None = None) -> None:
        self.doc = document
        self.cancel = cancel
        self.lang = document.options.lang

    def render(self, path: Path) -> None:
        word = Document()
        # style ids looked up once: python-docx looks a style name up anew (slowly) for every paragraph
        self._looks: dict[tuple[object, ...], Any] = {}  # run properties by look, copied onto each new run
        self.style_ids = {name: word.styles[name].style_id for name in (*PARAGRAPH_STYLES, "Table Grid")}
        self._page_setup(word)
        self._fonts(word)
        self._cover(word)
        for section in self.doc.sections:
            if self.cancel is not None:
                self.cancel.check()
            self._lines(word, section.title, "Heading 1")
            for block in section.blocks:
                self._block(word, block)
        word.core_properties.title = self.doc.title.primary
        word.core_properties.subject = self.doc.footer
        word.core_properties.author = "IURC Desktop"
        word.core_properties.language = self.lang.value
        word.save(str(path))

    # the page
    def _page_setup(self, word: Any) -> None:
        section = word.sections[0]
        section.start_type = WD_SECTION_START.NEW_PAGE
        section.page_width, section.page_height = PAGE_SIZES[self.doc.options.paper]
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(20))
        section.top_margin, section.bottom_margin = Mm(22), Mm(20)
        header = section.header.paragraphs[0]
        self._run(header, Part(self.doc.title.primary, self.lang, self.lang), size=8, colour=MUTED)
        footer = section.footer.paragraphs[0]
        self._run(footer, Part(self.doc.footer, self.lang, self.lang), size=8, colour=MUTED)
        footer.add_run("\t\t")  # the footer style's right-hand tab stop
        before, _n, after = label("page", self.lang).partition("{n}")
        self._run(footer, Part(before, self.lang, self.lang), size=8, colour=MUTED)
        _page_field(footer)
        if after:
            self._run(footer, Part(after, self.lang, self.lang), size=8, colour=MUTED)

    def _fonts(self, word: Any) -> None:
        """Latin and East Asian faces on every style the pack uses (the headings' theme fonts would win)."""
        for name in ("Normal", "List Bullet", *HEADING_STYLES):
            style = word.styles[name]
            fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attr), None)
            fonts.set(qn("w:ascii"), LATIN_FONT)
            fonts.set(qn("w:hAnsi"), LATIN_FONT)
            fonts.set(qn("w:eastAsia"), CJK_FONT)
            if name.startswith("Heading") or name == "Title":
                style.font.color.rgb = ACCENT
        word.styles["Normal"].font.size = Pt(10)

    def _cover(self, word: Any) -> None:
        self._lines(word, self.doc.title, "Title")
        self._lines(word, self.doc.subtitle, "Subtitle")
        self._fields(word, list(self.doc.cover))
        if self.doc.options.template != "pocket":  # a pocket brief starts on its first page
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # blocks
    def _block(self, word: Any, block: Block) -> None:
        if isinstance(block, Heading):
            self._lines(word, block.line, f"Heading {min(max(block.level, 2), 4)}")
        elif isinstance(block, Para):
            size, colour = (8.5, MUTED) if block.style == "small" else (None, None)
            self._lines(word, block.line, "Quote" if block.style == "quote" else None, size, colour)
        elif isinstance(block, Bullets):
            for line in block.lines:
                self._lines(word, line, "List Bullet")
        elif isinstance(block, Fields):
            self._fields(word, list(block.rows))
        elif isinstance(block, FigureCards):
            self._figures(word, block)

    def _lines(
        self,
        word: Any,
        line: Line,
        style: str | None = None,
        size: float | None = None,
        colour: RGBColor | None = None,
    ) -> None:
        """One paragraph per pack language: the second language's in grey italics under the first."""
        for index, part in enumerate(line.parts):
            paragraph = word.add_paragraph()
            if style is not None:
                paragraph._p.style = self.style_ids[style]
            self._run(paragraph, part, size=size, colour=MUTED if index else colour, italic=index > 0)

    def _run(
        self,
        paragraph: Any,
        part: Part,
        size: float | None = None,
        colour: RGBColor | None = None,
        italic: bool = False,
    ) -> None:
        text = part.text + (f" [{part.lang.value}]" if part.is_fallback else "")
        run = paragraph._p.add_r()
        key = (size, str(colour), italic, part.lang is Lang.ZH)
        look = self._looks.get(key)
        if look is None:  # the first run of this look formats itself; later ones copy its properties
            self._format(paragraph.runs[-1], size, colour, italic, part.lang is Lang.ZH)
            if run.rPr is not None:
                self._looks[key] = deepcopy(run.rPr)
        else:
            run.insert(0, deepcopy(look))
        run.add_t(text)  # one text element (python-docx's run.text walks the text a character at a time)

    @staticmethod
    def _format(run: Any, size: float | None, colour: RGBColor | None, italic: bool, chinese: bool) -> None:
        if size is not None:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
        run.italic = italic or None
        if chinese:  # Word picks the East Asian face for these runs, and hyphenates as Chinese
            rpr = run._element.get_or_add_rPr()
            rpr.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
            lang = OxmlElement("w:lang")
            lang.set(qn("w:eastAsia"), "zh-CN")
            rpr.append(lang)

    def _fields(self, word: Any, rows: list[tuple[Line, Line]]) -> None:
        if not rows:
            return
        table = word.add_table(rows=0, cols=2)
        table._tbl.tblPr.style = self.style_ids["Table Grid"]
        for key, value in rows:
            cells = table.add_row().cells
            self._cell(cells[0], key, size=8.5, colour=MUTED)
            self._cell(cells[1], value, size=9.5)
        _widths(table, (Mm(48), Mm(122)))
        word.add_paragraph()

    def _figures(self, word: Any, block: FigureCards) -> None:
        if not block.cards:
            return
        table = word.add_table(rows=0, cols=FIGURES_PER_ROW)
        table._tbl.tblPr.style = self.style_ids["Table Grid"]
        for start in range(0, len(block.cards), FIGURES_PER_ROW):
            cells = table.add_row().cells
            for cell, (value, caption) in zip(cells, block.cards[start : start + FIGURES_PER_ROW], strict=False):
                first = cell.paragraphs[0]
                self._run(first, Part(value, self.lang, self.lang), size=16, colour=ACCENT)
                self._cell(cell, caption, size=8.5, colour=MUTED, append=True)
        word.add_paragraph()

    def _cell(self, cell: Any, line: Line, size: float, colour: RGBColor | None = None, append: bool = False) -> None:
        for index, part in enumerate(line.parts):
            paragraph = cell.add_paragraph() if append or index else cell.paragraphs[0]
            self._run(paragraph, part, size=size, colour=MUTED if index else colour, italic=index > 0)


def _page_field(paragraph: Any) -> None:
    """Word's PAGE field: the page number Word (or LibreOffice) counts when it lays the document out."""

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    shown = OxmlElement("w:t")
    shown.text = "1"
    for element in (char("begin"), instruction, char("separate"), shown, char("end")):
        paragraph.add_run()._element.append(element)


def _widths(table: Any, widths: tuple[Any, ...]) -> None:
    """Column widths on the table's grid (one element a column, not one a cell: long tables stay quick)."""
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=False):
        column.w = width
