"""Search over the catalogue. (A simple scan; the search issue replaces it with an FTS5 index.)"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.storage.catalogue_db import CatalogueStore
from iurc_desktop.storage.models import RecordText


@dataclass(frozen=True)
class SearchHit:
    kind: Kind
    id: str
    title: str
    field: str
    snippet: str


class SearchService:
    def __init__(self, store: CatalogueStore) -> None:
        self.store = store

    def search(self, text: str, lang: Lang, *, kind: Kind | None = None, limit: int = 20) -> list[SearchHit]:
        needle = text.strip().casefold()
        if not needle:
            return []
        query = select(RecordText.kind, RecordText.record_id, RecordText.field, RecordText.value)
        if kind is not None:
            query = query.where(RecordText.kind == kind.value)
        seen: dict[tuple[str, str], tuple[str, str]] = {}
        with self.store.engine.connect() as conn:
            for row in conn.execute(query):
                if needle in row.value.casefold() and (row.kind, row.record_id) not in seen:
                    seen[(row.kind, row.record_id)] = (row.field, row.value)
        hits = []
        for (k, rid), (field, value) in list(seen.items())[: max(limit, 0)]:
            record = self.store.get(Kind(k), rid)
            title = record.name.in_lang(lang) if record else rid
            hits.append(SearchHit(Kind(k), rid, title, field, value[:160]))
        return hits
