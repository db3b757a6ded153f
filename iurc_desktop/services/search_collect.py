"""The hits of a search as they are found, in ranking order, one per record (used by services/search.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from iurc_desktop.storage.search_index import TextRow

APPROXIMATE = 0.5  # subtracted from the score of a hit found through a corrected word


@dataclass
class Found:
    row: TextRow
    score: float
    approximate: str = ""
    partial: bool = False


@dataclass
class Collector:
    """Hits in ranking order, one per record."""

    limit: int
    approximate: str = ""  # set while collecting through corrected words
    partial: bool = False
    found: dict[tuple[str, str], Found] = field(default_factory=dict)
    names: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)  # read already, for the titles

    @property
    def full(self) -> bool:
        return len(self.found) >= self.limit

    def take(self, row: TextRow, score: float) -> None:
        key = (row.kind, row.record_id)
        score -= APPROXIMATE if self.approximate else 0
        first = self.found.get(key)
        if first is None:
            if not self.full:
                self.found[key] = Found(row, score, self.approximate, self.partial)
        elif first.row.field in ("aliases", "pinyin") and first.score == score and row.field == "name":
            first.row = row  # the record's name reads better than its alias or pinyin

    def add(self, fetch: Callable[[int], list[TextRow]], score: float) -> None:
        """Take rows from `fetch(n)` until the limit is reached or `fetch` has no more."""
        wanted = (self.limit - len(self.found)) * 3 + 5
        while not self.full:
            rows = fetch(wanted)
            for row in rows:
                self.take(row, score)
            if len(rows) < wanted:
                return
            wanted *= 4
