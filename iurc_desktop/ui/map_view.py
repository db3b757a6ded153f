"""The map: places, EU–China pairings and visit routes over an offline basemap, with smooth zoom and pan.

`MapView` is self-contained: give it the catalogue (`attach`), then `show_world()`, `show_places(ids,
focus=…)`, `show_partnership(id)`, `show_event(id)` or `show_plan(stops)`; it emits `record_chosen` with the
RecordKey of a clicked (or Enter-ed) marker. Keyboard: + / − zoom, arrows pan, 0 shows everything again, Tab and
Shift+Tab step through the places in view (west to east), Enter opens the one with focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QKeyEvent,
    QNativeGestureEvent,
    QPainter,
    QPainterPath,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGestureEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPinchGesture,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import RecordKey, VisitPlan
from iurc_desktop.ui.map_scene import MapScene, MarkerItem, land_path, legend_entries, paint_legend

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueService
    from iurc_desktop.services.map_model import MapFilters, MapModel, MapService

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


class MapView(QWidget):
    """The map with its filter bar: the Map destination, and the map of one record or visit plan."""

    record_chosen = Signal(object)  # RecordKey

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: MapService | None = None
        self.catalogue: CatalogueService | None = None
        self.lang = Lang.EN
        self.current: tuple[str, tuple[str, ...]] = ("world", ())
        self.focus: tuple[str, ...] = ()
        self._land: QPainterPath | None = None
        self.canvas = MapCanvas()
        self.canvas.place_activated.connect(lambda pid: self.record_chosen.emit(RecordKey(Kind.PLACE, pid)))
        self.canvas.partnership_activated.connect(lambda pid: self.record_chosen.emit(RecordKey(Kind.PARTNERSHIP, pid)))
        self.boxes = {name: QComboBox() for name in ("layer", "programme", "country", "year")}
        self.filter_label = QLabel()
        self.home_button = QToolButton()
        self.home_button.clicked.connect(self.reset_view)
        self.status = QLabel()
        for label in (self.filter_label, self.status):
            label.setTextFormat(Qt.TextFormat.PlainText)  # never guessed as markup
        bar = QHBoxLayout()
        bar.addWidget(self.filter_label)
        for box in self.boxes.values():
            box.currentIndexChanged.connect(self._filters_changed)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "Todos os países" in full
            bar.addWidget(box)
        self.boxes["programme"].setMaximumWidth(280)  # programme names are long; the list shows them whole
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.home_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.retranslate()

    def attach(self, catalogue: CatalogueService) -> None:
        from iurc_desktop.services.map_model import MapService

        self.catalogue = catalogue
        self.service = MapService(catalogue)
        # once the window is idle: the filters' lists (country names need Babel's locale data), the coastline and
        # the places, so the first map the delegate asks for only has to be drawn
        QTimer.singleShot(0, self._preload)

    def _preload(self) -> None:
        if self.service is None:
            return
        if self._land is None:
            self._land = land_path()
        self.service.index  # noqa: B018 - decodes the places and pairings once
        self._fill_filters()

    # what to show
    def show_world(self) -> None:
        self.current = ("world", ())
        self._show()

    def show_places(self, ids: Sequence[str], focus: Sequence[str] | None = None) -> None:
        """These places and their pairings; `focus` (default: all of `ids`) are framed and labelled first."""
        self.current = ("places", tuple(ids))
        self.focus = tuple(focus if focus is not None else ids)
        self._show()

    def show_partnership(self, partnership_id: str) -> None:
        self.current = ("partnership", (partnership_id,))
        self._show()

    def show_event(self, event_id: str) -> None:
        self.current = ("event", (event_id,))
        self._show()

    def show_plan(self, stops: Sequence[str]) -> None:
        self.current = ("plan", tuple(stops))
        self._show()

    def show_visit_plan(self, plan: VisitPlan) -> None:
        """A saved plan's stops (an event stop at its place), numbered in itinerary order, with the route."""
        if self.service is not None:
            self.show_plan(self.service.stop_places(plan.stops))

    def show_record(self, key: RecordKey) -> bool:
        """The map of a place, partnership or event; False for a kind that has no place on a map."""
        if key.kind is Kind.PLACE:
            self.show_places([key.id])
        elif key.kind is Kind.PARTNERSHIP:
            self.show_partnership(key.id)
        elif key.kind is Kind.EVENT:
            self.show_event(key.id)
        else:
            return False
        return True

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        if self.service is not None:
            self._fill_filters()
            self._show()

    def model(self) -> MapModel:
        assert self.service is not None
        mode, ids = self.current
        if mode == "places":
            return self.service.around_places(ids, self.lang, self.focus)
        if mode == "partnership":
            return self.service.partnership(ids[0], self.lang)
        if mode == "event":
            return self.service.event(ids[0], self.lang)
        if mode == "plan":
            return self.service.plan(ids, self.lang)
        return self.service.world(self.lang, self.filters())

    def _show(self) -> None:
        if self.service is None:
            return
        model = self.model()
        for box in self.boxes.values():
            box.setVisible(self.current[0] == "world")
        self.filter_label.setVisible(self.current[0] == "world")
        if self._land is None:
            self._land = land_path()
        scene = MapScene(model, self._land, self.font())
        self.canvas.set_scene_model(scene, self._frame(model, scene))
        self.status.setText(self.tr("Places on the map: %1").replace("%1", str(len(model.markers))))

    def _frame(self, model: MapModel, scene: MapScene) -> QRectF:
        if self.current[0] == "world":
            return scene.sceneRect()
        viewport = self.canvas.viewport()
        left, bottom, right, top = model.extent(max(viewport.width(), 1) / max(viewport.height(), 1))
        return QRectF(left, -top, right - left, top - bottom)

    def reset_view(self) -> None:
        self.canvas.frame(self.canvas.home)

    # filters
    def filters(self) -> MapFilters:
        from iurc_desktop.services.map_model import MapFilters

        def value(name: str) -> object:
            return self.boxes[name].currentData()

        year = value("year")
        return MapFilters(
            programme=str(value("programme")) if value("programme") else None,
            country=str(value("country")) if value("country") else None,
            year=int(year) if isinstance(year, int) else None,
            layer=str(value("layer") or "all"),
        )

    def _fill_filters(self) -> None:
        if self.service is None or self.catalogue is None:
            return
        from iurc_desktop.services.locale_format import country_name

        programmes = {i.id: i.title for i in self.catalogue.list_items(Kind.PROGRAMME, self.lang)}
        countries = sorted(((c, country_name(c, self.lang)) for c in self.service.countries()), key=lambda o: o[1])
        options: dict[str, list[tuple[object, str]]] = {
            "layer": [("all", self.tr("Places and partnerships")), ("places", self.tr("Places")),
                      ("partnerships", self.tr("Partnerships")), ("events", self.tr("Places of events"))],
            "programme": [(None, self.tr("All programmes"))]
            + [(p, programmes.get(p, p)) for p in self.service.programmes()],
            "country": [(None, self.tr("All countries")), *countries],
            "year": [(None, self.tr("All years"))] + [(y, str(y)) for y in self.service.years()],
        }  # fmt: skip
        for name, box in self.boxes.items():
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            for data, text in options[name]:
                box.addItem(text, data)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def _filters_changed(self) -> None:
        if self.current[0] == "world":
            self._show()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Show:"))
        self.home_button.setText(self.tr("Show all"))
        self.home_button.setToolTip(self.tr("Frame the whole map again (0)"))
        names = {"layer": self.tr("What to show"), "programme": self.tr("Programme"),
                 "country": self.tr("Country"), "year": self.tr("Year")}  # fmt: skip
        for name, box in self.boxes.items():
            box.setAccessibleName(names[name])
        self.canvas.setAccessibleName(self.tr("Map"))
        self.canvas.setAccessibleDescription(
            self.tr("Tab moves through the places in view, Enter opens one; + and − zoom, arrows pan.")
        )
        self.canvas.note = self.tr("Land and sea only; no borders are drawn. Natural Earth.")
        self._fill_filters()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
