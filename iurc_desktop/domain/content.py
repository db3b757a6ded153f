"""A whole catalogue held in memory, and the rules that make it consistent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from iurc_desktop.domain.codec import Problem, references, texts
from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.domain.records import (
    EVENT_TYPES,
    ORGANISATION_TYPES,
    PLACE_LEVELS,
    Event,
    Kind,
    Organisation,
    Place,
    Record,
)


@dataclass
class CatalogueContent:
    records: dict[Kind, dict[str, Record]] = field(default_factory=dict)
    origin: dict[tuple[Kind, str], str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # version, date, title

    def add(self, record: Record, origin: str) -> Problem | None:
        bucket = self.records.setdefault(record.KIND, {})
        if record.id in bucket:
            first = self.origin[(record.KIND, record.id)]
            return Problem(
                origin, f"{record.KIND.value}:{record.id}", "id", f"duplicate {record.KIND.value} id (first in {first})"
            )
        bucket[record.id] = record
        self.origin[(record.KIND, record.id)] = origin
        return None

    def all(self) -> Iterator[Record]:
        for kind in Kind:
            yield from self.records.get(kind, {}).values()

    def get(self, kind: Kind, record_id: str) -> Record | None:
        return self.records.get(kind, {}).get(record_id)

    def count(self, kind: Kind) -> int:
        return len(self.records.get(kind, {}))


def check_consistency(content: CatalogueContent) -> list[Problem]:
    """Problems that make the catalogue wrong, not merely incomplete."""
    problems: list[Problem] = []
    for record in content.all():
        origin = content.origin.get((record.KIND, record.id), "")
        problems.extend(_check_record(content, record, origin))
    problems.extend(_check_duplicate_names(content))
    return problems


def _check_record(content: CatalogueContent, record: Record, origin: str) -> Iterator[Problem]:
    def problem(field_name: str, message: str) -> Problem:
        return Problem(origin, f"{record.KIND.value}:{record.id}", field_name, message)

    if not record.id or record.id != record.id.strip() or " " in record.id:
        yield problem("id", "ids are non-empty and have no spaces")
    if record.name.is_empty():
        yield problem("name", "a record needs a name")
    for field_name, kind, target in references(record):
        if content.get(kind, target) is None:
            yield problem(field_name, f"refers to unknown {kind.value} {target!r}")
    if isinstance(record, Place):
        if record.level not in PLACE_LEVELS:
            yield problem("level", f"unknown level {record.level!r} (one of {', '.join(PLACE_LEVELS)})")
        if len(record.country) != 2 or not record.country.isupper():
            yield problem("country", "expected an ISO 3166-1 alpha-2 code such as 'CN'")
        if record.parent == record.id:
            yield problem("parent", "a place cannot be its own parent")
    if isinstance(record, Event):
        if record.type not in EVENT_TYPES:
            yield problem("type", f"unknown event type {record.type!r} (one of {', '.join(EVENT_TYPES)})")
        if record.start and record.end and record.end < record.start:
            yield problem("end", "the event ends before it starts")
        if record.year is not None and record.start is not None and record.year != record.start.year:
            yield problem("year", f"the year {record.year} disagrees with the start date {record.start}")
    if isinstance(record, Organisation):
        if record.type not in ORGANISATION_TYPES:
            yield problem("type", f"unknown organisation type {record.type!r} (one of {', '.join(ORGANISATION_TYPES)})")
        if record.parent == record.id:
            yield problem("parent", "an organisation cannot be its own parent")


def _check_duplicate_names(content: CatalogueContent) -> Iterator[Problem]:
    """The same place entered twice under two ids shares an English or Chinese name."""
    seen: dict[str, str] = {}
    for record in content.records.get(Kind.PLACE, {}).values():
        for lang in (Lang.EN, Lang.ZH):
            key = f"{lang.value}:{record.name.get(lang).casefold()}"
            if not record.name.get(lang):
                continue
            if key in seen and seen[key] != record.id:
                origin = content.origin.get((Kind.PLACE, record.id), "")
                yield Problem(origin, f"place:{record.id}", "name", f"same name as place {seen[key]!r}")
            seen[key] = record.id


def records_citing(content: CatalogueContent) -> dict[str, int]:
    """Per source record id: how many records cite it at least once (every source listed, even if uncited)."""
    counts = dict.fromkeys(content.records.get(Kind.SOURCE, {}), 0)
    for record in content.all():
        for doc in {source.doc for source in record.sources}:
            counts[doc] = counts.get(doc, 0) + 1
    return counts


@dataclass(frozen=True)
class LanguageCoverage:
    lang: Lang
    filled: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 if self.total == 0 else 100.0 * self.filled / self.total


def language_coverage(content: CatalogueContent) -> list[LanguageCoverage]:
    """Per language: of the text fields that have text in any language, how many have it in this one."""
    present = [text for record in content.all() for _path, text in texts(record) if not text.is_empty()]
    return [LanguageCoverage(lang, sum(1 for text in present if text.get(lang)), len(present)) for lang in LANGS]


def missing_translations(content: CatalogueContent) -> Iterator[Problem]:
    for record in content.all():
        origin = content.origin.get((record.KIND, record.id), "")
        for path, text in texts(record):
            if text.is_empty():
                continue
            for lang in text.missing_langs():
                yield Problem(origin, f"{record.KIND.value}:{record.id}", path, f"no {lang.value} text")
