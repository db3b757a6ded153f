"""A MapModel as a QGraphicsScene: sea, land, arcs, route, markers and labels (screen, PNG and SVG).

Scene coordinates are map units (domain/geo.py) with y pointing down. Markers and labels ignore the view's
zoom, so they keep their size on screen; labels are laid out again only when the zoom changes (panning does not
change which labels collide).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from iurc_desktop.domain import geo
from iurc_desktop.domain.geo import LonLat, Point
from iurc_desktop.services import map_model as style
from iurc_desktop.services.map_model import MapMarker, MapModel
from iurc_desktop.ui.none_refcount import keep_none_alive

keep_none_alive()  # a scene makes thousands of PySide void calls; see none_refcount.py

IGNORES_ZOOM = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
HALO_OFFSETS = ((-1.2, 0.0), (1.2, 0.0), (0.0, -1.2), (0.0, 1.2), (-1.0, -1.0), (1.0, 1.0), (-1.0, 1.0), (1.0, -1.0))


def scene_point(lonlat: LonLat) -> QPointF:
    x, y = geo.project(*lonlat)
    return QPointF(x, -y)


def ring_path(rings: Sequence[Sequence[Point]], close: bool = True) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # lakes inside land (the Caspian) stay water
    for ring in rings:
        path.moveTo(ring[0][0], -ring[0][1])
        for x, y in ring[1:]:
            path.lineTo(x, -y)
        if close:
            path.closeSubpath()
    return path


def land_path(rings: Sequence[Sequence[Point]] | None = None) -> QPainterPath:
    """The shipped land (or `rings`, in map units) as one path in scene coordinates."""
    from iurc_desktop.services.basemap import shipped_basemap

    return ring_path(rings if rings is not None else shipped_basemap().projected)


def _cosmetic(colour: str, width: float, dashed: bool = False) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)  # a line's width is in pixels at every zoom
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class MarkerItem(QGraphicsItem):
    """A place: a dot in its region's colour (a numbered disc for a visit's stop), hover name, click opens."""

    def __init__(self, marker: MapMarker, scene: MapScene) -> None:
        super().__init__()
        self.marker, self.map_scene = marker, scene
        self.radius = 9.0 if marker.stop is not None else 6.5 if marker.focus else 5.0
        self.hovered = False
        self.setFlags(IGNORES_ZOOM | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setPos(scene_point(marker.lonlat))
        self.setZValue(5 if marker.focus or marker.stop else 4)
        self.setToolTip(marker.name)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        r = self.radius + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.radius + (1.5 if self.hovered else 0)
        if self.hasFocus():
            painter.setPen(QPen(QColor(style.ROUTE_COLOUR), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 3, r + 3)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor(style.REGION_COLOURS[self.marker.region]))
        painter.drawEllipse(QPointF(0, 0), r, r)
        if self.marker.stop is not None:
            font = QFont(painter.font())
            font.setPixelSize(11)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(self.marker.stop))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        self.map_scene.hovered.emit(self.marker.id)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        self.map_scene.hovered.emit("")

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # the release then comes here, not to the view's drag

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.contains(event.pos()):
            self.map_scene.activated.emit(self.marker.id)


class LabelItem(QGraphicsItem):
    """A place's name with a white halo, placed beside its marker by `MapScene.layout_labels`."""

    def __init__(self, marker: MapMarker, font: QFont, metrics: QFontMetricsF) -> None:
        super().__init__()
        self.setFlag(IGNORES_ZOOM)
        self.setPos(scene_point(marker.lonlat))
        self.setZValue(6)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)  # until the layout finds it room
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a pan blits it, never re-strokes it
        self.font, self.name, self.ascent = font, marker.name, metrics.ascent()
        self.size = (metrics.horizontalAdvance(marker.name), metrics.height())
        self.offset = QPointF(0, 0)
        self.outline_halo = False

    def place(self, box: geo.Box, anchor: QPointF) -> None:
        offset = QPointF(box.left - anchor.x(), box.top - anchor.y())
        if offset != self.offset:
            self.prepareGeometryChange()
            self.offset = offset
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        return QRectF(self.offset.x() - 3, self.offset.y() - 3, self.size[0] + 6, self.size[1] + 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(self.offset)
        painter.setFont(self.font)
        # the halo is the text itself in white, nudged around: glyphs come from Qt's cache, where outlining the
        # text as a path cost more than the rest of the first paint; SVG keeps every piece as text
        painter.setPen(QColor(style.HALO_COLOUR))
        if self.outline_halo:  # a file: the halo as an outline, so the name is in it once
            outline = QPainterPath()
            outline.addText(0, self.ascent, self.font, self.name)
            painter.strokePath(outline, QPen(QColor(style.HALO_COLOUR), 3.0))
        else:
            for dx, dy in HALO_OFFSETS:
                painter.drawText(QPointF(dx, self.ascent + dy), self.name)
        painter.setPen(QColor(style.LABEL_COLOUR))
        painter.drawText(QPointF(0, self.ascent), self.name)


class ArcItem(QGraphicsPathItem):
    """An EU–China pairing: hover for its name (the line thickens), click to open the partnership."""

    def __init__(self, partnership: str, name: str, path: QPainterPath, scene: MapScene) -> None:
        super().__init__(path)
        self.partnership, self.map_scene = partnership, scene
        self.setPen(_cosmetic(style.ARC_COLOUR, 2.0))
        self.setZValue(2)
        self.setToolTip(name)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        stroker = QPainterPathStroker()
        stroker.setWidth(1.5)  # map units: a few pixels either side at the world's zoom
        self._shape = stroker.createStroke(path)  # the line only, not the area under the curve

    def shape(self) -> QPainterPath:
        return self._shape

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(_cosmetic(style.ARC_COLOUR, 4.0))

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(_cosmetic(style.ARC_COLOUR, 2.0))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.map_scene.arc_activated.emit(self.partnership)


class MapScene(QGraphicsScene):
    activated = Signal(str)  # a place id (clicked, or Enter on a focused marker)
    arc_activated = Signal(str)  # a partnership id (its arc clicked)
    hovered = Signal(str)  # a place id, or "" when the pointer leaves

    def __init__(self, model: MapModel, land: QPainterPath, font: QFont | None = None) -> None:
        """`land`: `land_path()` of the basemap, built once per window (5,000 points are worth keeping)."""
        super().__init__()
        self.model = model
        self.label_font = font or QFont()
        outline = geo.project_ring(geo.outline())
        self.setSceneRect(ring_path([outline]).boundingRect().adjusted(-20, -20, 20, 20))
        sea = self.addPath(ring_path([outline]), QPen(Qt.PenStyle.NoPen), QBrush(QColor(style.SEA)))
        sea.setZValue(0)
        self.land = self.addPath(land, _cosmetic(style.COAST, 0.8), QBrush(QColor(style.LAND)))
        self.land.setZValue(1)
        self.arc_items = [self._arc(arc.partnership, arc.name, arc.lines) for arc in model.arcs]
        route = model.route_lines()
        if route:
            item = self.addPath(ring_path([[geo.project(*p) for p in line] for line in route], close=False))
            item.setPen(_cosmetic(style.ROUTE_COLOUR, 2.2, dashed=True))
            item.setZValue(3)
        self.markers = {m.id: MarkerItem(m, self) for m in model.markers}
        metrics = QFontMetricsF(self.label_font)
        self.labels = {m.id: LabelItem(m, self.label_font, metrics) for m in model.markers}
        for marker in self.markers.values():
            self.addItem(marker)
        for label in self.labels.values():
            self.addItem(label)
        self._laid_out: tuple[float, QRectF | None] | None = None

    def uncached(self) -> MapScene:
        """Items drawn afresh each time (a file: SVG keeps labels as text, PNG at its own resolution)."""
        for item in (*self.markers.values(), *self.labels.values()):
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        for label in self.labels.values():
            label.outline_halo = True
        return self

    def _arc(self, partnership: str, name: str, lines: Sequence[Sequence[LonLat]]) -> ArcItem:
        path = ring_path([[geo.project(*p) for p in line] for line in lines], close=False)
        item = ArcItem(partnership, name, path, self)
        self.addItem(item)
        return item

    def layout_labels(self, scale: float, visible: QRectF | None = None) -> None:
        """Show the labels that fit at this zoom (pixels per map unit), most important first, none overlapping.

        Only the markers inside `visible` (scene coordinates; None: all) compete, so a close zoom lays out a few.
        """
        if self._laid_out == (scale, visible):
            return
        self._laid_out = (scale, visible)
        order = self.model.labelling_order()
        if visible is not None:
            inside = [m for m in order if visible.contains(self.markers[m.id].pos())]
            for marker in order:
                if not visible.contains(self.markers[marker.id].pos()):
                    self.labels[marker.id].setVisible(False)
            order = inside
        anchors = {m.id: self.markers[m.id].pos() * scale for m in order}
        obstacles = []
        for marker_id in anchors:
            p, r = anchors[marker_id], self.markers[marker_id].radius
            obstacles.append(geo.Box(p.x() - r, p.y() - r, p.x() + r, p.y() + r))
        candidates = []
        for marker in order:
            label, p = self.labels[marker.id], anchors[marker.id]
            candidates.append(geo.label_boxes(p.x(), p.y(), *label.size, self.markers[marker.id].radius + 3))
        for marker, boxes, pick in zip(order, candidates, geo.place_labels(candidates, obstacles), strict=True):
            label = self.labels[marker.id]
            if pick is None:
                label.setVisible(False)
            else:
                label.place(boxes[pick], anchors[marker.id])


def legend_entries(model: MapModel, tr: Callable[[str], str] | None = None) -> list[tuple[str, str]]:
    """(key, translated text) for the legend, in the interface language."""
    translate = tr or (lambda text: QCoreApplication.translate("Map", text))
    return [(key, translate(style.LEGEND[key])) for key in model.legend_keys()]


def paint_legend(painter: QPainter, entries: list[tuple[str, str]], corner: QPointF, note: str) -> None:
    """The legend box at the bottom-left `corner` of the drawing (device pixels), and the no-borders note."""
    metrics = QFontMetricsF(painter.font())
    row = metrics.height() + 4
    width = max((metrics.horizontalAdvance(t) for _k, t in entries), default=0) + 34
    box = QRectF(corner.x() + 8, corner.y() - 8 - row * len(entries) - 8, width, row * len(entries) + 8)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#c9d1dc"), 1))
    painter.setBrush(QColor(255, 255, 255, 225))
    painter.drawRoundedRect(box, 4, 4)
    for index, (key, text) in enumerate(entries):
        y = box.top() + 4 + row * index + row / 2
        if key in style.REGION_COLOURS:
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QColor(style.REGION_COLOURS[key]))
            painter.drawEllipse(QPointF(box.left() + 13, y), 5, 5)
        else:
            pen = _cosmetic(style.ARC_COLOUR if key == "arc" else style.ROUTE_COLOUR, 2, dashed=key == "route")
            painter.setPen(pen)
            painter.drawLine(QPointF(box.left() + 5, y), QPointF(box.left() + 21, y))
        painter.setPen(QColor(style.LABEL_COLOUR))
        painter.drawText(QPointF(box.left() + 28, y + metrics.ascent() / 2 - 1), text)
    small = QFont(painter.font())
    small.setPointSizeF(max(6.0, painter.font().pointSizeF() * 0.8))
    painter.setFont(small)
    painter.setPen(QColor("#5b6770"))
    painter.drawText(QPointF(corner.x() + width + 20, corner.y() - 10), note)
    painter.restore()
