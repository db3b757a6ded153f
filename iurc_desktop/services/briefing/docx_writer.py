"""Writes a BriefingDocument as a Word document (python-docx) that delegation staff edit before it goes out.

The same document the PDF lays out: Word's own heading styles (so its navigation pane and its table of contents
work), tables for facts and key figures, a running header and a footer with the page number, and a CJK font
named for East Asian text so Chinese is never shown in a Latin face's fallback.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from iurc_desktop.domain.progress import CancelToken
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
from iurc_desktop.services.briefing.docx_body import ACCENT_HEX, MUTED_HEX, BodyXml, Look
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
POINTS_PER_MM = 72 / 25.4
MAP_ASPECT = 0.72  # height to width, as in the PDF (pdf.py)
TWIPS_PER_MM = 1440 / 25.4
FIELD_WIDTHS = (round(48 * TWIPS_PER_MM), round(122 * TWIPS_PER_MM))  # the facts' labels, then their values
FIGURE_WIDTH = round(170 / FIGURES_PER_ROW * TWIPS_PER_MM)  # the text width between 20 mm margins, in three


class DocxRenderer:
    def __init__(self, document: BriefingDocument, cancel: CancelToken | None = None) -> None:
        self.doc = document
        self.cancel = cancel
        self.lang = document.options.lang

    def render(self, path: Path) -> None:
        word = Document()
        # style ids looked up once: python-docx looks a style name up anew (slowly) for every paragraph
        style_ids = {name: word.styles[name].style_id for name in (*PARAGRAPH_STYLES, "Table Grid")}
        self._page_setup(word)
        self._fonts(word)
        body = BodyXml(style_ids)
        self._cover(body)
        for section in self.doc.sections:
            if self.cancel is not None:
                self.cancel.check()
            body.lines(section.title, "Heading 1")
            for block in section.blocks:
                self._block(body, block)
        _append_body(word, body)
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
        _small_run(header, self.doc.title.primary)
        footer = section.footer.paragraphs[0]
        _small_run(footer, self.doc.footer)
        footer.add_run("\t\t")  # the footer style's right-hand tab stop
        before, _n, after = label("page", self.lang).partition("{n}")
        _small_run(footer, before)
        _page_field(footer)
        if after:
            _small_run(footer, after)

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

    def _cover(self, body: BodyXml) -> None:
        body.lines(self.doc.title, "Title")
        body.lines(self.doc.subtitle, "Subtitle")
        self._fields(body, list(self.doc.cover))
        if self.doc.options.template != "pocket":  # a pocket brief starts on its first page
            body.page_break()

    # blocks
    def _block(self, body: BodyXml, block: Block) -> None:
        if isinstance(block, Heading):
            body.lines(block.line, f"Heading {min(max(block.level, 2), 4)}")
        elif isinstance(block, Para):
            look = Look(8.5, MUTED_HEX) if block.style == "small" else Look()
            body.lines(block.line, "Quote" if block.style == "quote" else None, look)
        elif isinstance(block, Bullets):
            for line in block.lines:
                body.lines(line, "List Bullet")
        elif isinstance(block, Fields):
            self._fields(body, list(block.rows))
        elif isinstance(block, FigureCards):
            self._figures(body, block)
        elif isinstance(block, MapFigure):  # the PDF's map as a picture: Word has no place for vector drawings
            from iurc_desktop.services.briefing.map_raster import map_png

            width = PAGE_SIZES[self.doc.options.paper][0].mm - 40
            body.picture(map_png(block.model, width * POINTS_PER_MM, width * POINTS_PER_MM * MAP_ASPECT))

    def _fields(self, body: BodyXml, rows: list[tuple[Line, Line]]) -> None:
        if rows:
            cells = (
                [body.cell_paragraphs(key, Look(8.5, MUTED_HEX)), body.cell_paragraphs(value, Look(9.5))]
                for key, value in rows
            )
            body.table(cells, FIELD_WIDTHS)

    def _figures(self, body: BodyXml, block: FigureCards) -> None:
        if not block.cards:
            return
        value_look, caption_look = Look(16, ACCENT_HEX), Look(8.5, MUTED_HEX)

        def card(value: str, caption: Line) -> list[str]:
            first = body.paragraph(body.run(Part(value, self.lang, self.lang), value_look))
            return [first, *body.cell_paragraphs(caption, caption_look)]

        cards = [card(value, caption) for value, caption in block.cards]
        rows = [cards[i : i + FIGURES_PER_ROW] for i in range(0, len(cards), FIGURES_PER_ROW)]
        body.table(rows, (FIGURE_WIDTH,) * FIGURES_PER_ROW)


def _append_body(word: Any, body: BodyXml) -> None:
    """The body's elements, parsed in one go, placed before the section properties (which stay last); then the
    pictures, each a part of the document that python-docx names and relates."""
    elements = list(parse_xml(body.xml()))
    document_body = word.element.body
    sect_pr = document_body.sectPr
    document_body.remove(sect_pr)
    document_body.extend(elements)
    document_body.append(sect_pr)
    for index, png in body.pictures.items():
        width = word.sections[0].page_width - word.sections[0].left_margin - word.sections[0].right_margin
        inline = word.part.new_pic_inline(io.BytesIO(png), width, None)
        elements[index].r_lst[0].add_drawing(inline)


def _small_run(paragraph: Any, text: str) -> None:
    """Header and footer text: small and grey."""
    run = paragraph.add_run(text)
    run.font.size = Pt(8)
    run.font.color.rgb = MUTED


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
