"""The navigation tree: what kind of record the list shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from iurc_desktop.domain.kinds import Kind

ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Destination:
    """One entry of the navigation: a kind of record, narrowed (e.g. places in China, study visits)."""

    key: str
    kind: Kind | None  # None: favourites or notes
    region: str = ""  # places: "europe", "china", "other"
    event_types: tuple[str, ...] = ()


DESTINATIONS: dict[str, Destination] = {
    d.key: d
    for d in (
        Destination("places-europe", Kind.PLACE, region="europe"),
        Destination("places-china", Kind.PLACE, region="china"),
        Destination("places-other", Kind.PLACE, region="other"),
        Destination("networks", Kind.NETWORK),
        Destination("clusters", Kind.CLUSTER),
        Destination("challenges", Kind.CHALLENGE),
        Destination("timeline", Kind.EVENT),
        Destination("webinars", Kind.EVENT, event_types=("webinar",)),
        Destination("study-visits", Kind.EVENT, event_types=("study-visit",)),
        Destination("meetings", Kind.EVENT, event_types=("meeting", "conference", "workshop", "exhibition")),
        Destination("partnerships", Kind.PARTNERSHIP),
        Destination("case-studies", Kind.CASE_STUDY),
        Destination("people", Kind.PERSON),
        Destination("organisations", Kind.ORGANISATION),
        Destination("programmes", Kind.PROGRAMME),
        Destination("favourites", None),
        Destination("notes", None),
        Destination("map", None),
    )
}


class NavigationPanel(QTreeWidget):
    destination_chosen = Signal(object)  # Destination

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("navigation")
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build()
        self.retranslate()
        self.currentItemChanged.connect(self._changed)

    def _build(self) -> None:
        groups = {
            "places": ["places-europe", "places-china", "places-other"],
            "themes": ["networks", "clusters", "challenges"],
            "events": ["timeline", "webinars", "study-visits", "meetings"],
        }
        for top in (
            "places",
            "themes",
            "events",
            "partnerships",
            "case-studies",
            "people",
            "organisations",
            "programmes",
            "favourites",
            "notes",
            "map",
        ):
            item = QTreeWidgetItem()
            item.setData(0, ROLE, top if top in DESTINATIONS else "")
            self.addTopLevelItem(item)
            self._items[top] = item
            for child_key in groups.get(top, []):
                child = QTreeWidgetItem()
                child.setData(0, ROLE, child_key)
                item.addChild(child)
                self._items[child_key] = child
            item.setExpanded(True)

    def retranslate(self) -> None:
        names = {
            "places": self.tr("Places"),
            "places-europe": self.tr("Europe"),
            "places-china": self.tr("China"),
            "places-other": self.tr("Other regions"),
            "themes": self.tr("Themes"),
            "networks": self.tr("Thematic networks"),
            "clusters": self.tr("Thematic clusters"),
            "challenges": self.tr("Cross-cutting challenges"),
            "events": self.tr("Events"),
            "timeline": self.tr("Timeline"),
            "webinars": self.tr("Webinars"),
            "study-visits": self.tr("Study visits"),
            "meetings": self.tr("Meetings and conferences"),
            "partnerships": self.tr("Partnerships"),
            "case-studies": self.tr("Case studies"),
            "people": self.tr("People"),
            "organisations": self.tr("Organisations"),
            "programmes": self.tr("Programmes"),
            "favourites": self.tr("Favourites"),
            "notes": self.tr("My notes"),
            "map": self.tr("Map"),
        }
        for key, item in self._items.items():
            item.setText(0, names[key])
        self.setAccessibleName(self.tr("Navigation"))

    def select(self, key: str) -> None:
        if key in self._items:
            self.setCurrentItem(self._items[key])

    def current_key(self) -> str:
        item = self.currentItem()
        return str(item.data(0, ROLE)) if item is not None else ""

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(0, ROLE)
        first_child = current.child(0)
        if not key and first_child is not None:
            self.setCurrentItem(first_child)
            return
        if key in DESTINATIONS:
            self.destination_chosen.emit(DESTINATIONS[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
