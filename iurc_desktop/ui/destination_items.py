"""What each navigation destination lists: a kind of record filtered by region or event type, or the delegate's
own favourites and notes (whose records may since have left the catalogue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.domain.regions import region_of
from iurc_desktop.ui.navigation import Destination

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import ListItem
    from iurc_desktop.ui.gui_services import GuiServices


def programme_names(services: GuiServices, lang: Lang) -> dict[str, str]:
    return {item.id: item.title for item in services.catalogue.list_items(Kind.PROGRAMME, lang)}


def destination_items(services: GuiServices, destination: Destination, lang: Lang) -> list[ListItem]:
    if destination.key == "favourites":
        return [user_item(services, f.record, f.record_name, lang) for f in services.user.favourites()]
    if destination.key == "notes":
        return [user_item(services, n.record, n.record_name, lang, n.body) for n in services.user.notes()]
    assert destination.kind is not None
    items = services.catalogue.list_items(destination.kind, lang)
    if destination.region:
        items = [i for i in items if region_of(i.country) == destination.region]
    if destination.event_types:
        items = [i for i in items if i.subtype in destination.event_types]
    return items


def user_item(services: GuiServices, key: RecordKey, saved_name: str, lang: Lang, note: str = "") -> ListItem:
    """A favourite or a note as a list row; a record an update removed keeps its saved name and says so."""
    from iurc_desktop.services.catalogue import ListItem

    ref = services.catalogue.ref(key.kind, key.id, lang)
    title = ref.title
    if ref.name.is_missing:  # the record went away in a data update; the note and favourite stay
        gone = services.catalogue.removed_in(key.kind, key.id)
        removed = QCoreApplication.translate("MainWindow", "record removed in catalogue version %1")
        removed = removed.replace("%1", gone[1] if gone else "?")
        name = gone[0].in_lang(lang) if gone else ""
        title = f"{saved_name or name or key.id} ({removed})"
    return ListItem(key.kind, key.id, f"{title} — {note}" if note else title, ref.name.is_fallback)
