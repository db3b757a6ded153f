"""The composer's tree: sections and their records, ticked or not, in the order the pack will print them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.briefing.compose import Section, SectionKind
from iurc_desktop.services.catalogue import CatalogueService

KEY_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class ComposerTree(QTreeWidget):
    def fill(
        self, sections: list[dict[str, Any]], titles: dict[SectionKind, str], catalogue: CatalogueService, lang: Lang
    ) -> list[str]:
        """Show these sections; returns the names of the records that are no longer in the catalogue."""
        self.clear()
        missing: list[str] = []
        for section in sections:
            kind = SectionKind(section["kind"])
            item = QTreeWidgetItem([titles[kind]])
            item.setData(0, KEY_ROLE, kind.value)
            item.setCheckState(0, _check(section.get("checked", True)))
            for record_kind, record_id, checked, name in section.get("records", ()):
                if catalogue.find(Kind(record_kind), record_id) is None:
                    missing.append(name or record_id)
                    continue
                child = QTreeWidgetItem([catalogue.ref(Kind(record_kind), record_id, lang).title])
                child.setData(0, KEY_ROLE, (record_kind, record_id))
                child.setData(0, NAME_ROLE, child.text(0))
                child.setCheckState(0, _check(checked))
                item.addChild(child)
            self.addTopLevelItem(item)
        return list(dict.fromkeys(missing))

    def sections_state(self) -> list[dict[str, Any]]:
        """Every section and record in order, ticked or not, with the record's name as shown."""
        sections = []
        for item in self._top():
            records = []
            for child in _children(item):
                kind, record_id = child.data(0, KEY_ROLE)
                records.append([kind, record_id, _ticked(child), child.data(0, NAME_ROLE)])
            sections.append({"kind": item.data(0, KEY_ROLE), "checked": _ticked(item), "records": records})
        return sections

    def chosen(self) -> list[Section]:
        """The ticked sections with their ticked records: what the pack prints."""
        sections = []
        for item in self._top():
            if not _ticked(item):
                continue
            keys = [RecordKey(Kind(k), i) for k, i in (c.data(0, KEY_ROLE) for c in _children(item) if _ticked(c))]
            sections.append(Section(SectionKind(item.data(0, KEY_ROLE)), tuple(keys)))
        return sections

    def move_current(self, step: int) -> None:
        item = self.currentItem()
        if item is None:
            return
        parent = item.parent()
        index = parent.indexOfChild(item) if parent else self.indexOfTopLevelItem(item)
        count = parent.childCount() if parent else self.topLevelItemCount()
        target = index + step
        if not 0 <= target < count:
            return
        if parent:
            parent.takeChild(index)
            parent.insertChild(target, item)
        else:
            expanded = item.isExpanded()
            self.takeTopLevelItem(index)
            self.insertTopLevelItem(target, item)
            item.setExpanded(expanded)
        self.setCurrentItem(item)

    def _top(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.topLevelItemCount()) if (item := self.topLevelItem(i)) is not None]


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for j in range(item.childCount()) if (child := item.child(j)) is not None]


def _ticked(item: QTreeWidgetItem) -> bool:
    return item.checkState(0) == Qt.CheckState.Checked


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
