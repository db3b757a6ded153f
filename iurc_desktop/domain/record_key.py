"""The key of a record anywhere in the app: its kind and id. In a module of its own so that the window can
use it before its first paint without making the user-data dataclasses (8 ms)."""

from __future__ import annotations

from dataclasses import dataclass

from iurc_desktop.domain.kinds import Kind


@dataclass(frozen=True)
class RecordKey:
    kind: Kind
    id: str

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"
