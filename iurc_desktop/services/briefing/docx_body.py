"""A Word pack's body as WordprocessingML text, parsed once: what python-docx would build element by element.

python-docx builds each paragraph, run and cell through its element classes: a child lookup, a namespace
resolution and an insertion in schema order for every property, and a run's properties over again for every
run. A pack has hundreds of paragraphs in a handful of looks, so the body is written here as XML text, each
look's run properties formatted once, and lxml parses the whole of it in one call. The elements are the ones
python-docx makes (paragraph styles by id, run properties in schema order, tables with a grid and cell widths),
so the document reads back the same through python-docx, Word and LibreOffice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.briefing.document import Line, Part

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# characters XML 1.0 cannot hold (control characters other than tab, line feed and carriage return)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ACCENT_HEX, MUTED_HEX = "003399", "5B6770"


@dataclass(frozen=True)
class Look:
    """How a run looks: size in points, colour as hex, italics, and whether it is Chinese."""

    size: float | None = None
    colour: str | None = None
    italic: bool = False
    chinese: bool = False

    def properties(self) -> str:
        """The run's `w:rPr`, its children in the schema's order (rFonts, i, color, sz, lang)."""
        out = []
        if self.chinese:  # Word picks the East Asian face for these runs, and breaks lines as Chinese
            out.append('<w:rFonts w:hint="eastAsia"/>')
        if self.italic:
            out.append("<w:i/>")
        if self.colour:
            out.append(f'<w:color w:val="{self.colour}"/>')
        if self.size is not None:
            out.append(f'<w:sz w:val="{round(self.size * 2)}"/>')  # half-points
        if self.chinese:
            out.append('<w:lang w:eastAsia="zh-CN"/>')
        return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


@dataclass
class BodyXml:
    """Collects the body's paragraphs and tables as text; `xml()` wraps them for one parse."""

    style_ids: dict[str, str]
    parts: list[str] = field(default_factory=list)  # one top-level element each: its index is the element's
    pictures: dict[int, bytes] = field(default_factory=dict)  # PNGs, by the index of the paragraph they go in
    _looks: dict[Look, str] = field(default_factory=dict)

    def run(self, part: Part, look: Look) -> str:
        text = part.text + (f" [{part.lang.value}]" if part.is_fallback else "")
        look = Look(look.size, look.colour, look.italic, part.lang is Lang.ZH)
        properties = self._looks.get(look)
        if properties is None:
            properties = self._looks[look] = look.properties()
        return f'<w:r>{properties}<w:t xml:space="preserve">{escape(_NOT_XML.sub("", text))}</w:t></w:r>'

    def paragraph(self, runs: str, style: str | None = None) -> str:
        if style is None:
            return f"<w:p>{runs}</w:p>"
        return f'<w:p><w:pPr><w:pStyle w:val="{self.style_ids[style]}"/></w:pPr>{runs}</w:p>'

    def lines(self, line: Line, style: str | None = None, look: Look = Look()) -> None:
        """One paragraph per pack language: the second language's in grey italics under the first."""
        second = Look(look.size, MUTED_HEX, True)
        for index, part in enumerate(line.parts):
            self.parts.append(self.paragraph(self.run(part, second if index else look), style))

    def cell_paragraphs(self, line: Line, look: Look) -> list[str]:
        second = Look(look.size, MUTED_HEX, True)
        return [self.paragraph(self.run(part, second if i else look)) for i, part in enumerate(line.parts)]

    def table(self, rows: Iterable[list[list[str]]], widths: tuple[int, ...]) -> None:
        """A table in the pack's table style: `rows` of cells, each cell a list of paragraphs; widths in twips."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style_ids["Table Grid"]}"/><w:tblW w:type="auto" w:w="0"/>'
            '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
            f'w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        ]
        for row in rows:
            out.append("<w:tr>")
            for index, width in enumerate(widths):  # a short last row: its remaining cells are empty
                content = "".join(row[index]) if index < len(row) else ""
                content = content or "<w:p/>"  # a cell holds at least one paragraph
                out.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>{content}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))
        self.parts.append("<w:p/>")  # Word joins two tables that touch: a paragraph keeps them apart

    def picture(self, png: bytes) -> None:
        """A centred paragraph that will hold the picture (python-docx adds it once the body is parsed)."""
        self.pictures[len(self.parts)] = png
        self.parts.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r/></w:p>')

    def page_break(self) -> None:
        self.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def xml(self) -> str:
        return f'<w:body xmlns:w="{W_NS}">{"".join(self.parts)}</w:body>'
