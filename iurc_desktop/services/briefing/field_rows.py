"""A pack's facts (label, value) as two columns of paragraphs with a rule under each row.

ReportLab's Table does the same in general: any number of columns, spans, per-cell style commands resolved for
every cell, its geometry worked out again when it draws. Facts need none of that, and a dossier has hundreds
of rows, so this flowable measures each paragraph once, splits between rows at a page end, and draws.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

Cell = list[Flowable]
PADDING = (2.0, 6.0, 3.0, 3.0)  # left, right, top, bottom: what the Table they replace had


class FieldRows(Flowable):  # type: ignore[misc]
    def __init__(self, rows: list[tuple[Cell, Cell]], widths: tuple[float, float], rule: Color) -> None:
        super().__init__()
        self.rows, self.widths, self.rule = rows, widths, rule
        self._heights: list[float] = []
        self.hAlign = "LEFT"

    def _cell_height(self, cell: Cell, width: float) -> float:
        left, right, _top, _bottom = PADDING
        height = 0.0
        for index, flowable in enumerate(cell):
            _w, h = flowable.wrap(width - left - right, 1e6)
            height += h + (flowable.getSpaceBefore() if index else 0.0)
            height += flowable.getSpaceAfter() if index < len(cell) - 1 else 0.0
        return height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _left, _right, top, bottom = PADDING
        self._heights = [
            max(self._cell_height(key, self.widths[0]), self._cell_height(value, self.widths[1])) + top + bottom
            for key, value in self.rows
        ]
        self.width, self.height = sum(self.widths), sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        used, fit = 0.0, 0
        for height in self._heights:
            if used + height > avail_height:
                break
            used, fit = used + height, fit + 1
        if fit == 0 or fit == len(self.rows):
            return [] if fit == 0 else [self]
        return [FieldRows(self.rows[:fit], self.widths, self.rule), FieldRows(self.rows[fit:], self.widths, self.rule)]

    def draw(self) -> None:
        canvas: Any = self.canv
        left, _right, top, _bottom = PADDING
        y = self.height
        canvas.setStrokeColor(self.rule)
        canvas.setLineWidth(0.4)
        for (key, value), height in zip(self.rows, self._heights, strict=True):
            for x, cell in ((0.0, key), (self.widths[0], value)):
                cursor = y - top
                for index, flowable in enumerate(cell):
                    cursor -= (flowable.getSpaceBefore() if index else 0.0) + flowable.height
                    flowable.drawOn(canvas, x + left, cursor)
                    cursor -= flowable.getSpaceAfter()
            y -= height
            canvas.line(0, y, self.width, y)
