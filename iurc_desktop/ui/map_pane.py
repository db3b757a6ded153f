"""The Map destination's pane in the main window's splitter: shown in place of the list and the record.

The map view (its scene, the coastline, the places' index and Babel's country names) is made the first time a
map is asked for, not with the window: most starts never open the map, and every start pays for what the first
frame and the first list import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

from iurc_desktop.domain.lang import Lang

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueService
    from iurc_desktop.ui.map_view import MapView

MAP_SLOT = 3  # navigation, list, record, map


class MapPane:
    def __init__(self, splitter: QSplitter, record_panes: tuple[QWidget, QWidget], made: Callable[[MapView], None]):
        self.splitter, self.record_panes, self.made = splitter, record_panes, made
        self.view: MapView | None = None
        self.catalogue: CatalogueService | None = None
        self.lang = Lang.EN
        placeholder = QWidget()  # holds the map's slot (and the splitter's saved sizes) until the map is made
        placeholder.hide()
        splitter.addWidget(placeholder)
        splitter.setStretchFactor(MAP_SLOT, 4)
        self._record_sizes: tuple[int, int] | None = None

    def map_view(self) -> MapView:
        """The map view, made (and attached to the open catalogue) on first use."""
        if self.view is None:
            from iurc_desktop.ui.map_view import MapView

            view = MapView()
            view.hide()
            view.lang = self.lang
            old = self.splitter.replaceWidget(MAP_SLOT, view)
            if old is not None:
                old.deleteLater()
            if self.catalogue is not None:
                view.attach(self.catalogue)
            self.view = view
            self.made(view)
        return self.view

    def is_shown(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def attach(self, catalogue: CatalogueService, lang: Lang) -> None:
        self.catalogue, self.lang = catalogue, lang
        if self.view is not None:
            self.view.lang = lang
            self.view.attach(catalogue)

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        if self.view is not None:
            self.view.set_language(lang)

    def show(self, on: bool) -> None:
        """The map in place of the list and the record (`on`), or back; the record panes keep their widths."""
        if on == self.is_shown():
            return
        view = self.map_view()
        sizes = self.splitter.sizes()
        rest = sum(sizes[1:])
        if on:
            self._record_sizes = (sizes[1], sizes[2])  # given back when a record opens again
        view.setVisible(on)
        for pane in self.record_panes:
            pane.setVisible(not on)
        panes = self._record_sizes or (rest * 3 // 10, rest - rest * 3 // 10)
        self.splitter.setSizes([sizes[0], 0, 0, rest] if on else [sizes[0], *panes, 0])
