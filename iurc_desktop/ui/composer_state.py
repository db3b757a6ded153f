"""What the briefing composer holds, as plain data: kept per subject while the app runs, and in saved packs.

A state is JSON-able: the template, languages, paper, title, and every section and record in the tree's order
with whether it is ticked and the record's name when it was chosen (so a record that later disappears from
the catalogue can still be named to the delegate).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from iurc_desktop.services.briefing.compose import BriefingSelection, BriefingSubject

State = dict[str, Any]


def subject_key(subject: BriefingSubject) -> str:
    """The same visit or theme gives the same key, whatever its sections."""
    payload = BriefingSelection(subject, (), ()).to_payload()["subject"]
    return json.dumps(payload, sort_keys=True, ensure_ascii=False)


def state_of_selection(selection: BriefingSelection, template: str = "full") -> State:
    """A state for a selection saved before states were (every section and record ticked)."""
    return {
        "template": template,
        "sections": [
            {"kind": s.kind.value, "checked": True, "records": [[k.kind.value, k.id, True, k.id] for k in s.records]}
            for s in selection.sections
        ],
    }


def same_choices(state: State, other: State) -> bool:
    """Whether two states choose the same pack. A record's name is left out: it is kept only to name a record
    that has since left the catalogue, and it is written in the interface language of the moment, so a switch
    of language alone must not count as a change to save."""
    return _choices(state) == _choices(other)


def _choices(state: State) -> State:
    sections = [
        {**section, "records": [record[:3] for record in section.get("records", [])]}
        for section in state.get("sections", [])
    ]
    return {**state, "sections": sections}


def pack_payload(selection: BriefingSelection, state: State) -> dict[str, Any]:
    """What a saved pack stores: the selection as the CLI and older versions read it, and the composer's state."""
    return {**selection.to_payload(), "composer": state}


@dataclass
class Remembered:
    state: State
    baseline: State  # the state last saved as a pack (or first proposed): closing asks only when they differ


@dataclass
class ComposerMemory:
    """The composers' work by subject, for as long as the app runs."""

    remembered: dict[str, Remembered] = field(default_factory=dict)

    def recall(self, subject: BriefingSubject) -> Remembered | None:
        return self.remembered.get(subject_key(subject))

    def remember(self, subject: BriefingSubject, state: State, baseline: State) -> None:
        self.remembered[subject_key(subject)] = Remembered(state, baseline)

    def forget(self, subject: BriefingSubject) -> None:
        self.remembered.pop(subject_key(subject), None)
