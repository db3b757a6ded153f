"""A map as vector graphics in a PDF (briefing packs and `iurc-desktop map -o FILE.pdf`), drawn with ReportLab.

Same basemap, projection, palette and label rule as the window (services/map_model.py, domain/geo.py); the
text is the pack's language in the embedded font, so it prints, zooms and copies like the rest of the pack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from iurc_desktop.domain import geo
from iurc_desktop.domain.geo import Box, Point
from iurc_desktop.services import map_model as style
from iurc_desktop.services.basemap import Basemap, shipped_basemap
from iurc_desktop.services.briefing.pdf import printable
from iurc_desktop.services.i18n import translate
from iurc_desktop.services.map_model import MapMarker, MapModel

LABEL_SIZE, FOCUS_LABEL_SIZE = 7.5, 9.0


@dataclass(frozen=True)
class _Frame:
    """Map units to points on the page: the shown extent fitted into a box at (x, y) of size w × h."""

    x: float
    y: float
    width: float
    height: float
    extent: tuple[float, float, float, float]

    @property
    def scale(self) -> float:
        left, _bottom, right, _top = self.extent
        return self.width / (right - left)

    def to_page(self, point: Point) -> Point:
        left, bottom, _right, _top = self.extent
        return self.x + (point[0] - left) * self.scale, self.y + (point[1] - bottom) * self.scale


class MapFlowable(Flowable):  # type: ignore[misc]
    """A map of `model` that takes `width` × `height` points in a story."""

    def __init__(self, model: MapModel, width: float, height: float, font: str) -> None:
        super().__init__()
        self.model, self.width, self.height, self.font = model, width, height, font

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_map(self.canv, self.model, 0, 0, self.width, self.height, self.font)


def draw_map(canvas: Any, model: MapModel, x: float, y: float, width: float, height: float, font: str) -> None:
    frame = _Frame(x, y, width, height, model.extent(width / height))
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setFillColor(colors.HexColor("#f3f5f7"))
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    _polygons(canvas, frame, [geo.project_ring(geo.outline())], style.SEA, None)
    _polygons(canvas, frame, _visible_rings(shipped_basemap(), frame), style.LAND, style.COAST)
    _lines(canvas, frame, [line for arc in model.arcs for line in arc.lines], style.ARC_COLOUR, 1.3, ())
    _lines(canvas, frame, model.route_lines(), style.ROUTE_COLOUR, 1.4, (4, 2))
    for marker in model.markers:
        _marker(canvas, frame, marker, font)
    _labels(canvas, frame, model, font)
    _legend(canvas, frame, model, font)
    canvas.restoreState()
    canvas.setStrokeColor(colors.HexColor("#c9d1dc"))
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, width, height, stroke=1, fill=0)


def _visible_rings(basemap: Basemap, frame: _Frame) -> list[Sequence[Point]]:
    left, bottom, right, top = frame.extent
    out: list[Sequence[Point]] = []
    for ring in basemap.projected:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(xs) >= left and min(xs) <= right and max(ys) >= bottom and min(ys) <= top:
            out.append(ring)  # rings outside the frame would only make the file bigger
    return out


def _path_operators(frame: _Frame, lines: Sequence[Sequence[Point]], close: bool) -> str:
    """PDF path operators for lines already in map units: one format per point, nothing else per point.

    ReportLab's path object formats each coordinate through its general number formatter and a method call per
    point; a coastline has thousands of points, so the page coordinates are written here in one pass instead
    (two decimals: a hundredth of a point, far below what any printer resolves).
    """
    left, bottom, _right, _top = frame.extent
    scale = frame.scale
    dx, dy = frame.x - left * scale, frame.y - bottom * scale
    end = " l h\n" if close else " l\n"
    out = []
    for line in lines:
        coords = [f"{dx + px * scale:.2f} {dy + py * scale:.2f}" for px, py in line]
        if len(coords) > 1:
            out.append(coords[0] + " m " + " l ".join(coords[1:]) + end)
    return "".join(out)


def _polygons(canvas: Any, frame: _Frame, rings: Sequence[Sequence[Point]], fill: str, stroke: str | None) -> None:
    canvas.setFillColor(colors.HexColor(fill))
    if stroke:
        canvas.setStrokeColor(colors.HexColor(stroke))
        canvas.setLineWidth(0.4)
        canvas.setLineJoin(1)
    # even-odd fill (lakes inside land stay water), and stroked too for the coast
    canvas.addLiteral(_path_operators(frame, rings, close=True) + ("B*" if stroke else "f*"))


def _lines(canvas: Any, frame: _Frame, lines: Sequence[Sequence[geo.LonLat]], colour: str, width: float,
           dash: tuple[int, ...]) -> None:  # fmt: skip
    if not lines:
        return
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor(colour))
    canvas.setLineWidth(width)
    canvas.setLineCap(1)
    if dash:
        canvas.setDash(*dash)
    projected = [[geo.project(*p) for p in line] for line in lines]
    canvas.addLiteral(_path_operators(frame, projected, close=False) + "S")
    canvas.restoreState()


def _radius(marker: MapMarker) -> float:
    return 6.0 if marker.stop is not None else 3.8 if marker.focus else 2.8


def _marker(canvas: Any, frame: _Frame, marker: MapMarker, font: str) -> None:
    px, py = frame.to_page(geo.project(*marker.lonlat))
    canvas.setFillColor(colors.HexColor(style.REGION_COLOURS[marker.region]))
    canvas.setStrokeColor(colors.white)
    canvas.setLineWidth(0.9)
    canvas.circle(px, py, _radius(marker), stroke=1, fill=1)
    if marker.stop is not None:
        canvas.setFillColor(colors.white)
        canvas.setFont(font, 7)
        canvas.drawCentredString(px, py - 2.4, str(marker.stop))


def _labels(canvas: Any, frame: _Frame, model: MapModel, font: str) -> None:
    """Labels that do not overlap each other or a marker; the ones that find no room are left out."""
    order = model.labelling_order()
    screen = {m.id: _screen(frame, m) for m in model.markers}
    obstacles = [Box(sx - _radius(m), sy - _radius(m), sx + _radius(m), sy + _radius(m))
                 for m in model.markers for sx, sy in (screen[m.id],)]  # fmt: skip
    candidates = []
    for marker in order:
        size = FOCUS_LABEL_SIZE if marker.focus else LABEL_SIZE
        text = printable(marker.name, font)
        sx, sy = screen[marker.id]
        candidates.append(geo.label_boxes(sx, sy, stringWidth(text, font, size), size * 1.15, _radius(marker) + 2))
    chosen = geo.place_labels(candidates, obstacles)
    for marker, boxes, pick in zip(order, candidates, chosen, strict=True):
        if pick is None:
            continue
        box = boxes[pick]
        size = FOCUS_LABEL_SIZE if marker.focus else LABEL_SIZE
        baseline = frame.y + frame.height - box.bottom + size * 0.25
        _halo_text(canvas, frame.x + box.left, baseline, printable(marker.name, font), font, size)


def _screen(frame: _Frame, marker: MapMarker) -> Point:
    """A marker's position measured from the frame's top-left corner, y down (the label rule's convention)."""
    px, py = frame.to_page(geo.project(*marker.lonlat))
    return px - frame.x, frame.y + frame.height - py


def _halo_text(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """Text with a white halo, so it reads over coastlines and arcs."""
    for mode, colour in ((1, style.HALO_COLOUR), (0, style.LABEL_COLOUR)):
        canvas.saveState()  # the render mode is graphics state: restoring it is the one reliable reset
        canvas.setLineWidth(2.2)
        canvas.setLineJoin(1)
        obj = canvas.beginText(x, y)
        obj.setFont(font, size)
        if mode:
            obj.setTextRenderMode(mode)
        obj.setStrokeColor(colors.HexColor(colour))
        obj.setFillColor(colors.HexColor(colour))
        obj.textLine(text)
        canvas.drawText(obj)
        canvas.restoreState()


def _legend(canvas: Any, frame: _Frame, model: MapModel, font: str) -> None:
    keys = model.legend_keys()
    size, row = 7.0, 10.0
    texts = [printable(translate("Map", style.LEGEND[k], model.lang), font) for k in keys]
    width = max((stringWidth(t, font, size) for t in texts), default=0) + 22
    x, y = frame.x + 6, frame.y + 6
    canvas.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
    canvas.setStrokeColor(colors.HexColor("#c9d1dc"))
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, width, row * len(keys) + 6, stroke=1, fill=1)
    for index, (key, text) in enumerate(zip(reversed(keys), reversed(texts), strict=True)):
        cy = y + 6 + index * row + 2
        if key in style.REGION_COLOURS:
            canvas.setFillColor(colors.HexColor(style.REGION_COLOURS[key]))
            canvas.circle(x + 9, cy + 0.5, 2.8, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(colors.HexColor(style.ARC_COLOUR if key == "arc" else style.ROUTE_COLOUR))
            canvas.setLineWidth(1.3)
            canvas.setDash(*((4, 2) if key == "route" else ()))
            canvas.line(x + 4, cy + 0.5, x + 14, cy + 0.5)
            canvas.setDash()
        canvas.setFillColor(colors.HexColor(style.LABEL_COLOUR))
        canvas.setFont(font, size)
        canvas.drawString(x + 18, cy - 2, text)
    note = printable(translate("Map", style.NO_BORDERS_NOTE, model.lang), font)
    canvas.setFont(font, 5.5)
    canvas.setFillColor(colors.HexColor("#5b6770"))
    canvas.drawRightString(frame.x + frame.width - 4, frame.y + 3, note)


def write_map_pdf(model: MapModel, target: Path, width: float = 842.0, height: float = 540.0) -> None:
    """One page holding only the map (landscape A4 wide), for `iurc-desktop map -o FILE.pdf`."""
    from reportlab.pdfgen.canvas import Canvas

    from iurc_desktop.services.briefing.fonts import register_font

    font = register_font()
    canvas = Canvas(str(target), pagesize=(width, height), initialFontName=font)
    canvas.setTitle("IURC Desktop map")
    canvas.setCreator("IURC Desktop")
    draw_map(canvas, model, 0, 0, width, height, font)
    canvas.showPage()
    canvas.save()
