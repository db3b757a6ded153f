"""A pack's table of contents, laid out in the same single pass as the pages it lists.

ReportLab's TableOfContents learns page numbers by laying the whole pack out again (two or three passes).
Here each page number is a PDF form (an XObject) that the contents draw by name before it exists; when the
heading is placed, the template defines the form with the page it landed on. One pass, and the numbers are
real text (copyable, searchable) like the rest of the page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from iurc_desktop.services.briefing.paragraphs import PackParagraph

NUMBER_WIDTH = 14 * mm


def page_form_name(key: str) -> str:
    return f"page-of-{key}"


class PageNumberRef(Flowable):  # type: ignore[misc]
    """The page number of a heading further on, drawn from its form; a click goes to the heading."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return NUMBER_WIDTH, self.style.leading

    def draw(self) -> None:
        self.canv.doForm(page_form_name(self.key))
        self.canv.linkRect("", self.key, (0, 0, NUMBER_WIDTH, self.style.leading), relative=1, thickness=0)


def define_page_number(canvas: Any, key: str, page: int, style: ParagraphStyle) -> None:
    """Called when the heading `key` is placed: the number every reference to it will show."""
    canvas.beginForm(page_form_name(key), 0, 0, NUMBER_WIDTH, style.leading)
    canvas.setFont(style.fontName, style.fontSize)
    canvas.setFillColor(style.textColor)
    canvas.drawRightString(NUMBER_WIDTH, style.leading - style.fontSize, str(page))
    canvas.endForm()


class PackContents(Flowable):  # type: ignore[misc]
    """Rows of (heading, page number) for headings known before layout: (escaped title, level, key)."""

    def __init__(self, entries: list[tuple[str, int, str]], level_styles: list[ParagraphStyle], font: str) -> None:
        super().__init__()
        number_style = level_styles[0]
        rows = [
            [
                PackParagraph(f'<a href="#{key}">{title}</a>', level_styles[min(level, 1)]),
                PageNumberRef(key, number_style),
            ]
            for title, level, key in entries
        ]
        self.table = Table(rows or [["", ""]], colWidths=[None, NUMBER_WIDTH], hAlign="LEFT")
        self.table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.table._argW[0] = avail_width - NUMBER_WIDTH  # the titles take what the numbers leave
        width, height = self.table.wrap(avail_width, avail_height)
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        return list(self.table.split(avail_width, avail_height))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.table.drawOn(canvas, x, y, _sW)
