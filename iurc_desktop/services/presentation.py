"""Records as plain data in one language, for JSON output and simple text views."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import Record
from iurc_desktop.services.catalogue import ListItem, Related
from iurc_desktop.services.locale_format import format_figure

if TYPE_CHECKING:
    from iurc_desktop.services.collation import Collation


def localised(value: Any, lang: Lang, fallbacks: list[str] | None = None, path: str = "") -> Any:
    """Replace every LocalText by its text in `lang` (with the fallback rule); note where it fell back."""
    if isinstance(value, LocalText):
        resolved = value.resolve(lang)
        if resolved.is_fallback and fallbacks is not None:
            fallbacks.append(path)
        return resolved.text
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            plain = localised(getattr(value, f.name), lang, fallbacks, f"{path}.{f.name}" if path else f.name)
            if plain not in (None, "", [], {}):
                out[f.name] = plain
        return out
    if isinstance(value, tuple | list):
        return [localised(v, lang, fallbacks, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_json(record: Record, related: list[Related], lang: Lang) -> dict[str, Any]:
    fallbacks: list[str] = []
    body = localised(record, lang, fallbacks)
    body.update({"kind": record.KIND.value, "lang": lang.value, "fallback_fields": fallbacks})
    for figure in body.get("key_figures", []):
        # the value as the reader's language writes it ("2 million" → "200万", "2 milhões"); `value` stays as given
        figure["display"] = format_figure(figure["value"], lang)
    if hasattr(record, "programmes"):
        body["programmes"] = list(record.programmes)
    body["related"] = [
        {
            "field": r.field,
            "direction": "out" if r.outgoing else "in",
            "kind": r.ref.kind.value,
            "id": r.ref.id,
            "name": r.ref.title,
        }
        for r in related
    ]
    return body


def list_item_json(item: ListItem) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": item.kind.value, "id": item.id, "name": item.title, "title": item.title}
    if item.country:
        out["country"] = item.country
    if item.subtype:
        out["type"] = item.subtype
    out["programmes"] = list(item.programmes)
    if item.start:
        out["start"] = item.start.isoformat()
    if item.end:
        out["end"] = item.end.isoformat()
    if item.is_fallback:
        out["fallback"] = True
    return out


def sorted_items(items: list[ListItem], lang: Lang, collation: Collation) -> list[ListItem]:
    """A list as readers of `lang` look through it: dated records (events) by date, undated ones after;
    everything else alphabetically in the language's own order (pinyin for Chinese, accents in place)."""
    collation.prime((item.title for item in items), lang)
    return sorted(items, key=lambda item: (not item.sort_date, item.sort_date, collation.key(item.title, lang)))
