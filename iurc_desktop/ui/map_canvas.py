"""The map's canvas under `MapView`'s filter bar: a QGraphicsView over a `MapScene` with smooth zoom and pan.

Keyboard: + / − zoom, arrows pan, 0 (or Home) frames everything again, Tab and Shift+Tab step through the places
in view (west to east) and past the last one leave the map, Enter opens the one with focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QKeyEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from iurc_desktop.ui.map_scene import MapScene, MarkerItem, legend_entries, paint_legend

MAX_ZOOM = 24.0  # times the whole-world scale: closer, a 1:110m coastline shows its corners
ZOOM_STEP = 1.35
PAN_STEP = 80  # pixels per arrow key press


class MapCanvas(QGraphicsView):
    """The QGraphicsView: zoom anchored under the pointer, drag to pan, keyboard, pinch."""

    place_activated = Signal(str)
    partnership_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.map_scene: MapScene | None = None
        self.home = QRectF()  # what "0" and "Show all" frame
        self.fitted = False  # showing `home` as framed: a resize frames it again
        self.note = ""
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(140)
        self._animation.valueChanged.connect(self._animate_zoom)
        self._anchor = (QPointF(), QPointF())  # (scene point, viewport point) kept still while zooming
        # labels are laid out again once zooming or panning pauses, not on every frame
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(90)
        self._relayout_timer.timeout.connect(self._relayout)

    # the model
    def set_scene_model(self, scene: MapScene, frame: QRectF) -> None:
        old = self.map_scene
        self.map_scene = scene
        self.setScene(scene)
        scene.activated.connect(self.place_activated)
        scene.arc_activated.connect(self.partnership_activated)
        if old is not None:
            old.deleteLater()
        self.home = frame
        self.frame(frame)

    def frame(self, rect: QRectF) -> None:
        self._animation.stop()
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted = True
        self._relayout()

    def scale_factor(self) -> float:
        return self.transform().m11()

    def min_scale(self) -> float:
        if self.map_scene is None:
            return 1.0
        rect = self.map_scene.sceneRect()
        return min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height())

    # zoom
    def zoom_by(self, factor: float, at: QPointF | None = None) -> None:
        """Zoom smoothly by `factor`, keeping the point under `at` (viewport pixels; default: the centre) still."""
        self.fitted = False
        view_point = at if at is not None else QPointF(self.viewport().rect().center())
        start = self.scale_factor()
        if self._animation.state() is QVariantAnimation.State.Running:
            start = float(self._animation.endValue())
            self._animation.stop()
        target = max(self.min_scale(), min(self.min_scale() * MAX_ZOOM, start * factor))
        self._anchor = (self.mapToScene(view_point.toPoint()), view_point)
        self._animation.setStartValue(self.scale_factor())
        self._animation.setEndValue(target)
        self._animation.start()

    def set_zoom(self, scale: float) -> None:
        """Jump to `scale` (pixels per map unit) around the anchor, without animation."""
        scene_point, view_point = self._anchor
        self.setTransform(self.transform().fromScale(scale, scale))
        delta = scene_point - self.mapToScene(view_point.toPoint())
        self.translate_view(delta.x() * scale, delta.y() * scale)
        self._relayout_timer.start()

    def _animate_zoom(self, value: object) -> None:
        self.set_zoom(float(value))  # type: ignore[arg-type]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted and not self.home.isEmpty():
            self.frame(self.home)

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab step through the markers (QGraphicsView would hand them to the scene)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and plain:
                return self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
        return super().event(event)

    def translate_view(self, dx: float, dy: float) -> None:
        self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() + dx))
        self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() + dy))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._relayout_timer.start()

    def _relayout(self) -> None:
        """Labels for the markers in view (and a margin around it), at today's zoom."""
        self._relayout_timer.stop()
        if self.map_scene is not None:
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            margin = max(shown.width(), shown.height()) * 0.25
            self.map_scene.layout_labels(self.scale_factor(), shown.adjusted(-margin, -margin, margin, margin))

    # input
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self._anchor = (self.mapToScene(pinch.centerPoint().toPoint()), pinch.centerPoint())
                self.set_zoom(max(self.min_scale(), self.scale_factor() * pinch.scaleFactor()))
                return True
        if (
            isinstance(event, QNativeGestureEvent) and event.gestureType() is Qt.NativeGestureType.ZoomNativeGesture
        ):  # touchpads (macOS, Wayland)
            self._anchor = (self.mapToScene(event.position().toPoint()), event.position())
            self.set_zoom(max(self.min_scale(), self.scale_factor() * (1 + event.value())))
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        pans = {Qt.Key.Key_Left: (-PAN_STEP, 0), Qt.Key.Key_Right: (PAN_STEP, 0),
                Qt.Key.Key_Up: (0, -PAN_STEP), Qt.Key.Key_Down: (0, PAN_STEP)}  # fmt: skip
        if text in ("+", "="):
            self.zoom_by(ZOOM_STEP)
        elif text in ("-", "−"):
            self.zoom_by(1 / ZOOM_STEP)
        elif text == "0" or key == Qt.Key.Key_Home:
            self.frame(self.home)
        elif key in pans:
            self.translate_view(*pans[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self._focused(), MarkerItem):
            marker = self._focused()
            assert isinstance(marker, MarkerItem)
            self.place_activated.emit(marker.marker.id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab steps through the places in view, west to east; past the last one it leaves the map."""
        if self.map_scene is None:
            return super().focusNextPrevChild(forward)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        markers = sorted(
            (m for m in self.map_scene.markers.values() if visible.contains(m.pos())),
            key=lambda m: (m.pos().x(), m.pos().y()),
        )
        current = self._focused()
        index = markers.index(current) if isinstance(current, MarkerItem) and current in markers else None
        following = (0 if forward else len(markers) - 1) if index is None else index + (1 if forward else -1)
        if not 0 <= following < len(markers):
            self.map_scene.clearFocus()
            self._announce(None)
            return super().focusNextPrevChild(forward)
        self.map_scene.setFocusItem(markers[following], Qt.FocusReason.TabFocusReason)
        self._announce(markers[following])
        return True

    def _focused(self) -> object:
        return self.map_scene.focusItem() if self.map_scene is not None else None

    def _announce(self, item: MarkerItem | None) -> None:
        """The view's accessible name follows the focused marker, so a screen reader says the place."""
        self.setAccessibleName(item.marker.name if item is not None else self.tr("Map"))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.map_scene is None:
            return
        painter.save()
        painter.resetTransform()
        height = self.viewport().height()
        paint_legend(painter, legend_entries(self.map_scene.model), QPointF(0, height), self.note)
        painter.restore()
