"""A ReportLab paragraph that breaks its lines once per width, however often the layout asks.

ReportLab asks a paragraph for its size again and again at the same width: a table measures its cells and then
measures them again to draw them, a heading kept with what follows is measured inside the group and then on its
own, a frame measures before it places. Each time the lines are broken anew, the costliest step of a pack's
layout. The result depends only on the width (the text and style never change), so the last one is kept.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class PackParagraph(Paragraph):  # type: ignore[misc]
    _last_wrap: tuple[float, tuple[float, float], object] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        last = self._last_wrap
        # ReportLab drops `blPara` when a split finds no room: then the lines must be broken again
        if last is not None and last[0] == avail_width and self.__dict__.get("blPara") is last[2]:
            return last[1]
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._last_wrap = (avail_width, size, self.__dict__.get("blPara"))
        return size
