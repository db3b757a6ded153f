"""The kinds of catalogue record: a module of its own, so that the window can name kinds before the first paint
without building every record dataclass (about 30 ms of imports on a slow laptop)."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    PROGRAMME = "programme"
    NETWORK = "network"
    CLUSTER = "cluster"
    CHALLENGE = "challenge"
    PLACE = "place"
    EVENT = "event"
    CONTRIBUTION = "contribution"
    PARTNERSHIP = "partnership"
    CASE_STUDY = "case-study"
    PERSON = "person"
    ORGANISATION = "organisation"
    SOURCE = "source"

    @classmethod
    def parse(cls, value: str) -> Kind:
        if value in cls._value2member_map_:  # the exact spelling, as every bundle line has it
            return cls(value)
        normalised = value.strip().lower().replace("_", "-")
        for kind in cls:
            if kind.value == normalised:
                return kind
        names = ", ".join(k.value for k in cls)
        raise ValueError(f"unknown kind {value!r} (expected one of {names})")
