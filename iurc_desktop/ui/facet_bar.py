"""Narrowing a list by country, programme and year (shown only when the list has more than one of them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.locale_format import country_name

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import ListItem


@dataclass(frozen=True)
class Facets:
    country: str | None = None
    programme: str | None = None
    year: int | None = None

    def admits(self, item: ListItem) -> bool:
        return (
            (self.country is None or item.country == self.country)
            and (self.programme is None or self.programme in item.programmes)
            and (self.year is None or self.year in item.years)
        )


class FacetBar(QWidget):
    changed = Signal(object)  # Facets

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country_box, self.programme_box, self.year_box = QComboBox(), QComboBox(), QComboBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.country_box, self.programme_box, self.year_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.currentIndexChanged.connect(self._emit)
            layout.addWidget(box, 1)

    def populate(self, items: list[ListItem], lang: Lang, programme_names: dict[str, str]) -> None:
        countries = sorted({i.country for i in items if i.country}, key=lambda c: country_name(c, lang))
        programmes = sorted({p for i in items for p in i.programmes}, key=lambda p: programme_names.get(p, p))
        years = sorted({y for i in items for y in i.years}, reverse=True)
        choices: tuple[tuple[QComboBox, str, list[tuple[object, str]]], ...] = (
            (self.country_box, self.tr("All countries"), [(c, country_name(c, lang)) for c in countries]),
            (self.programme_box, self.tr("All programmes"), [(p, programme_names.get(p, p)) for p in programmes]),
            (self.year_box, self.tr("All years"), [(y, str(y)) for y in years]),
        )
        for box, everything, values in choices:
            self._fill(box, everything, values)
        self.country_box.setAccessibleName(self.tr("Country"))
        self.programme_box.setAccessibleName(self.tr("Programme"))
        self.year_box.setAccessibleName(self.tr("Year"))

    @staticmethod
    def _fill(box: QComboBox, everything: str, values: list[tuple[object, str]]) -> None:
        kept = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value, label in values:
            box.addItem(label, value)
        box.setCurrentIndex(max(box.findData(kept), 0) if kept is not None else 0)
        box.setVisible(len(values) > 1)
        box.blockSignals(False)

    def facets(self) -> Facets:
        return Facets(self.country_box.currentData(), self.programme_box.currentData(), self.year_box.currentData())

    def _emit(self) -> None:
        self.changed.emit(self.facets())
