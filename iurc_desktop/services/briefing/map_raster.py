"""The pack's map as a PNG for Word documents (python-docx places pictures, not vector drawings), with Pillow.

Pillow is already installed with ReportLab, which needs it. The map is the PDF's (map_flowable.py): the same
extent, basemap, palette, markers, label rule and legend, at 130 dots per inch (the route is drawn solid, not
dashed). Lakes are the rings wound the other way round (the PDF fills even-odd), painted as sea.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase.pdfmetrics import stringWidth

from iurc_desktop.domain import geo
from iurc_desktop.domain.geo import Box, Point
from iurc_desktop.services import map_model as style
from iurc_desktop.services.basemap import shipped_basemap
from iurc_desktop.services.briefing.fonts import FONT_NAME, font_path, register_font
from iurc_desktop.services.i18n import translate
from iurc_desktop.services.map_model import MapMarker, MapModel

DPI = 130
SUPERSAMPLE = 1
LABEL_SIZE, FOCUS_LABEL_SIZE = 7.5, 9.0


@functools.cache
def _font(pixels: int) -> Any:
    return ImageFont.truetype(str(font_path()), pixels, index=0)


class _Canvas:
    """Map units and points (1/72 inch) to the picture's pixels, y down."""

    def __init__(self, model: MapModel, width_pt: float, height_pt: float) -> None:
        self.k = DPI / 72 * SUPERSAMPLE  # pixels per point
        self.size = (round(width_pt * self.k), round(height_pt * self.k))
        self.extent = model.extent(width_pt / height_pt)
        left, bottom, right, _top = self.extent
        self.scale = self.size[0] / (right - left)
        self.left, self.bottom = left, bottom
        self.image = Image.new("RGB", self.size, "#f3f5f7")
        self.draw = ImageDraw.Draw(self.image)

    def px(self, point: Point) -> tuple[float, float]:
        return (point[0] - self.left) * self.scale, self.size[1] - (point[1] - self.bottom) * self.scale

    def font(self, points: float) -> Any:
        return _font(round(points * self.k))


def map_png(model: MapModel, width_pt: float, height_pt: float) -> bytes:
    """The map of `model` as PNG bytes, `width_pt` × `height_pt` points at 130 dots per inch."""
    register_font()  # its metrics measure the labels
    canvas = _Canvas(model, width_pt, height_pt)
    canvas.draw.polygon([canvas.px(p) for p in geo.project_ring(geo.outline())], fill=style.SEA)
    _land(canvas)
    k = canvas.k
    arcs = [(line, style.ARC_COLOUR) for arc in model.arcs for line in arc.lines]
    for line, colour in [*arcs, *((line, style.ROUTE_COLOUR) for line in model.route_lines())]:
        points = [canvas.px(geo.project(*p)) for p in line]
        canvas.draw.line(points, fill=colour, width=max(1, round(1.3 * k)), joint="curve")
    for marker in model.markers:
        _marker(canvas, marker)
    _labels(canvas, model)
    _legend(canvas, model)
    canvas.draw.rectangle((0, 0, canvas.size[0] - 1, canvas.size[1] - 1), outline="#c9d1dc", width=round(0.6 * k))
    image = canvas.image.reduce(SUPERSAMPLE) if SUPERSAMPLE > 1 else canvas.image
    # a map has a few colours and their blends: a 64-colour palette keeps it as it is, in a third of the bytes
    # and a third of the time a full-colour PNG takes to compress
    image = image.quantize(64, method=Image.Quantize.FASTOCTREE)
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=6, dpi=(DPI, DPI))
    return out.getvalue()


def _land(canvas: _Canvas) -> None:
    left, bottom, right, top = canvas.extent
    holes: list[list[tuple[float, float]]] = []
    width = max(1, round(0.4 * canvas.k))
    rings = shipped_basemap().projected
    land_sign = _land_winding(rings)
    for ring in rings:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(xs) < left or min(xs) > right or max(ys) < bottom or min(ys) > top:
            continue
        points = [canvas.px(p) for p in ring]
        if (_signed_area(ring) > 0) != land_sign:
            holes.append(points)
        else:
            canvas.draw.polygon(points, fill=style.LAND, outline=style.COAST, width=width)
    for points in holes:
        canvas.draw.polygon(points, fill=style.SEA, outline=style.COAST, width=width)


@functools.cache
def _land_winding(rings: tuple[tuple[Point, ...], ...]) -> bool:
    """Whether land rings wind with a positive area: the way the largest ring (a continent) winds."""
    return _signed_area(max(rings, key=lambda r: abs(_signed_area(r)))) > 0


def _signed_area(ring: Sequence[Point]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True)) / 2


def _radius(marker: MapMarker) -> float:
    return 6.0 if marker.stop is not None else 3.8 if marker.focus else 2.8


def _marker(canvas: _Canvas, marker: MapMarker) -> None:
    x, y = canvas.px(geo.project(*marker.lonlat))
    r = _radius(marker) * canvas.k
    colour = style.REGION_COLOURS[marker.region]
    canvas.draw.ellipse((x - r, y - r, x + r, y + r), fill=colour, outline="white", width=round(0.9 * canvas.k))
    if marker.stop is not None:
        canvas.draw.text((x, y), str(marker.stop), fill="white", font=canvas.font(7), anchor="mm")


def _labels(canvas: _Canvas, model: MapModel) -> None:
    """The PDF's rule (domain/geo.py), in points from the top-left corner: same labels, same places."""
    k = canvas.k
    order = model.labelling_order()
    screen = {m.id: (x / k, y / k) for m in model.markers for x, y in (canvas.px(geo.project(*m.lonlat)),)}
    obstacles = [Box(sx - _radius(m), sy - _radius(m), sx + _radius(m), sy + _radius(m))
                 for m in model.markers for sx, sy in (screen[m.id],)]  # fmt: skip
    candidates = []
    for marker in order:
        size = FOCUS_LABEL_SIZE if marker.focus else LABEL_SIZE
        width = stringWidth(marker.name, FONT_NAME, size)  # the PDF's metrics: the same labels find room
        sx, sy = screen[marker.id]
        candidates.append(geo.label_boxes(sx, sy, width, size * 1.15, _radius(marker) + 2))
    for marker, boxes, pick in zip(order, candidates, geo.place_labels(candidates, obstacles), strict=True):
        if pick is not None:
            box = boxes[pick]
            size = FOCUS_LABEL_SIZE if marker.focus else LABEL_SIZE
            canvas.draw.text((box.left * k, box.bottom * k - size * 0.25 * k), marker.name, font=canvas.font(size),
                             fill=style.LABEL_COLOUR, anchor="ls", stroke_width=round(1.1 * k),
                             stroke_fill=style.HALO_COLOUR)  # fmt: skip


def _legend(canvas: _Canvas, model: MapModel) -> None:
    k = canvas.k
    keys = model.legend_keys()
    texts = [translate("Map", style.LEGEND[key], model.lang) for key in keys]
    font, row = canvas.font(7), 10 * k
    width = (max((stringWidth(t, FONT_NAME, 7) for t in texts), default=0) + 22) * k
    x0, y1 = 6 * k, canvas.size[1] - 6 * k
    y0 = y1 - row * len(keys) - 6 * k
    canvas.draw.rectangle((x0, y0, x0 + width, y1), fill="white", outline="#c9d1dc", width=max(1, round(0.4 * k)))
    for index, (key, text) in enumerate(zip(keys, texts, strict=True)):
        cy = y0 + 3 * k + (index + 0.5) * row
        if key in style.REGION_COLOURS:
            r = 2.8 * k
            canvas.draw.ellipse((x0 + 9 * k - r, cy - r, x0 + 9 * k + r, cy + r), fill=style.REGION_COLOURS[key])
        else:
            colour = style.ARC_COLOUR if key == "arc" else style.ROUTE_COLOUR
            canvas.draw.line((x0 + 4 * k, cy, x0 + 14 * k, cy), fill=colour, width=round(1.3 * k))
        canvas.draw.text((x0 + 18 * k, cy), text, font=font, fill=style.LABEL_COLOUR, anchor="lm")
    note = translate("Map", style.NO_BORDERS_NOTE, model.lang)
    canvas.draw.text((canvas.size[0] - 4 * k, canvas.size[1] - 3 * k), note, font=canvas.font(5.5), fill="#5b6770",
                     anchor="rs")  # fmt: skip
