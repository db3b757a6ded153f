"""A fingerprint of a catalogue's whole content, the same however the records are ordered or stored."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from iurc_desktop.domain.codec import to_plain
from iurc_desktop.domain.records import Record


def canonical_line(record: Record) -> bytes:
    """One record as a bundle line holds it: canonical JSON (sorted keys, no spaces, empty parts left out)."""
    line = {"kind": record.KIND.value, "record": to_plain(record)}
    return json.dumps(line, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class ContentDigest:
    """Collects record digests one at a time, so a 100k-record bundle never needs all records in memory."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def add(self, record: Record) -> None:
        self.add_line(canonical_line(record))

    def add_line(self, line: bytes) -> None:
        """A record already in canonical form (the bundle writer has it at hand)."""
        self._parts.append(hashlib.sha256(line).digest())

    @property
    def count(self) -> int:
        return len(self._parts)

    def hexdigest(self) -> str:
        # sorting makes the fingerprint independent of file order and database order
        return hashlib.sha256(b"".join(sorted(self._parts))).hexdigest()


def content_digest(records: Iterable[Record]) -> str:
    digest = ContentDigest()
    for record in records:
        digest.add(record)
    return digest.hexdigest()
