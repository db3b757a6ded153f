"""The map: places, EU–China pairings and visit routes over an offline basemap, with smooth zoom and pan.

`MapView` is self-contained: give it the catalogue (`attach`), then `show_world()`, `show_places(ids,
focus=…)`, `show_partnership(id)`, `show_event(id)` or `show_plan(stops)`; it emits `record_chosen` with the
RecordKey of a clicked (or Enter-ed) marker. Keyboard: + / − zoom, arrows pan, 0 shows everything again, Tab and
Shift+Tab step through the places in view (west to east), Enter opens the one with focus; the canvas that does
all this, `MapCanvas`, is in `ui/map_canvas.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import RecordKey, VisitPlan
from iurc_desktop.ui.map_canvas import MapCanvas
from iurc_desktop.ui.map_scene import MapScene, land_path

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueService
    from iurc_desktop.services.map_model import MapFilters, MapModel, MapService


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
