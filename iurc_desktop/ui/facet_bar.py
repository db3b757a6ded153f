"""Narrowing a list by type, place, country, programme and year (each shown only when the list has more than one
of them). A new list starts unfiltered: a filter chosen in one list never narrows the next one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QToolButton, QWidget

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.collation import Collation
from iurc_desktop.services.locale_format import country_name, format_year
from iurc_desktop.services.vocabulary import EVENT_TYPES, VOCABULARY

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import ListItem


@dataclass(frozen=True)
class Facets:
    country: str | None = None
    programme: str | None = None
    year: int | None = None
    subtype: str | None = None
    place: str | None = None

    def admits(self, item: ListItem) -> bool:
        return (
            (self.country is None or item.country == self.country)
            and (self.programme is None or self.programme in item.programmes)
            and (self.year is None or self.year in item.years)
            and (self.subtype is None or item.subtype == self.subtype)
            and (self.place is None or self.place in item.places)
        )

    def is_active(self) -> bool:
        return any(v is not None for v in (self.country, self.programme, self.year, self.subtype, self.place))


class FacetBar(QWidget):
    changed = Signal(object)  # Facets

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collation = Collation()  # in memory until `ListPanel.attach` gives it the catalogue's (no list before)
        self.type_box, self.place_box = QComboBox(), QComboBox()
        self.country_box, self.programme_box, self.year_box = QComboBox(), QComboBox(), QComboBox()
        self.clear_button = QToolButton()
        self.clear_button.clicked.connect(self.clear)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        boxes = (self.type_box, self.place_box, self.country_box, self.programme_box, self.year_box)
        for n, box in enumerate(boxes):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.currentIndexChanged.connect(self._emit)
            layout.addWidget(box, n // 3, n % 3)
        layout.addWidget(self.clear_button, 1, 2)
        self.clear_button.setVisible(False)

    def populate(
        self,
        items: list[ListItem],
        lang: Lang,
        programme_names: dict[str, str],
        place_names: dict[str, str] | None = None,
        keep: bool = False,
    ) -> None:
        """Fill the boxes from these items; `keep` (same list, another language) keeps what was chosen."""
        place_names = place_names or {}
        types = {i.subtype for i in items if i.subtype and i.kind.value in ("event", "partnership")}
        places = {p for i in items for p in i.places if p in place_names}
        choices: tuple[tuple[QComboBox, str, list[tuple[object, str]]], ...] = (
            (self.type_box, self.tr("All types"), self._sorted([(t, self._type_name(t)) for t in types], lang)),
            (self.place_box, self.tr("All places"), self._sorted([(p, place_names[p]) for p in places], lang)),
            (self.country_box, self.tr("All countries"), self._sorted(
                [(c, country_name(c, lang)) for c in {i.country for i in items if i.country}], lang)),
            (self.programme_box, self.tr("All programmes"), self._sorted(
                [(p, programme_names.get(p, p)) for p in {p for i in items for p in i.programmes}], lang)),
            (self.year_box, self.tr("All years"), [
                (y, format_year(y, lang)) for y in sorted({y for i in items for y in i.years}, reverse=True)]),
        )  # fmt: skip
        for box, everything, values in choices:
            self._fill(box, everything, values, keep)
        for box, name in (
            (self.type_box, self.tr("Type")),
            (self.place_box, self.tr("Place")),
            (self.country_box, self.tr("Country")),
            (self.programme_box, self.tr("Programme")),
            (self.year_box, self.tr("Year")),
        ):
            box.setAccessibleName(name)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setVisible(self.facets().is_active())

    def _sorted(self, values: list[tuple[object, str]], lang: Lang) -> list[tuple[object, str]]:
        return self.collation.sorted_by(values, lambda pair: pair[1], lang)

    def _type_name(self, subtype: str) -> str:
        if subtype == "eu-china":
            return self.tr("EU–China pairs")
        if subtype == "other":
            return self.tr("Other pairs")
        return QCoreApplication.translate(VOCABULARY, EVENT_TYPES.get(subtype, subtype))

    @staticmethod
    def _fill(box: QComboBox, everything: str, values: list[tuple[object, str]], keep: bool) -> None:
        kept = box.currentData() if keep else None
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value, label in values:
            box.addItem(label, value)
        box.setCurrentIndex(max(box.findData(kept), 0) if kept is not None else 0)
        box.setVisible(len(values) > 1)
        box.blockSignals(False)

    def facets(self) -> Facets:
        return Facets(
            self.country_box.currentData(),
            self.programme_box.currentData(),
            self.year_box.currentData(),
            self.type_box.currentData(),
            self.place_box.currentData(),
        )

    def clear(self) -> None:
        for box in (self.type_box, self.place_box, self.country_box, self.programme_box, self.year_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        facets = self.facets()
        self.clear_button.setVisible(facets.is_active())
        self.changed.emit(facets)
