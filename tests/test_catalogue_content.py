"""The shipped catalogue's texts and structure: written fresh (not copied from the seeds) and internally sound."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import LocalText
from iurc_desktop.domain.records import Cluster, Event, Kind, Record
from iurc_desktop.storage.paths import catalogue_source_dir
from iurc_desktop.storage.source import load_source

WORD_RUN = 12
# Chinese has no spaces between words; 24 characters carry roughly as much as 12 English words.
CHAR_RUN = 24
SENTENCE_BREAK = re.compile(r"[.!?。！？；\n]+")
CJK = re.compile(r"[\u3400-\u9fff]")


def seeds_dir() -> Path:
    configured = os.environ.get("IURC_SEEDS")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "seeds"


@cache
def content() -> CatalogueContent:
    loaded, problems = load_source(catalogue_source_dir())
    assert problems == [], "\n".join(str(p) for p in problems)
    return loaded


def normalise(sentence: str) -> str:
    kept = "".join(" " if unicodedata.category(ch)[0] in "PSZ" else ch for ch in sentence.casefold())
    return " ".join(kept.split())


def sentences(text: str) -> Iterator[str]:
    for part in SENTENCE_BREAK.split(text):
        normalised = normalise(part)
        if normalised:
            yield normalised


def runs(sentence: str) -> Iterator[str]:
    """Every run long enough to count as copied: characters for Chinese, words otherwise."""
    if CJK.search(sentence):
        chars = sentence.replace(" ", "")
        yield from (chars[i : i + CHAR_RUN] for i in range(len(chars) - CHAR_RUN + 1))
    else:
        words = sentence.split()
        yield from (" ".join(words[i : i + WORD_RUN]) for i in range(len(words) - WORD_RUN + 1))


@cache
def seed_runs() -> frozenset[str]:
    found: set[str] = set()
    for path in sorted(seeds_dir().glob("*.txt")):
        for sentence in sentences(path.read_text(encoding="utf-8")):
            found.update(runs(sentence))
    return frozenset(found)


# The seeds are not in the repository; hashes of their runs are, so the check runs on every clone and in CI.
FINGERPRINTS = Path(__file__).resolve().parent / "data" / "seed-runs.bin"
FINGERPRINT_SIZE = 8


def fingerprint(run: str) -> bytes:
    return hashlib.blake2b(run.encode("utf-8"), digest_size=FINGERPRINT_SIZE).digest()


def write_fingerprints() -> None:
    """Refresh tests/data/seed-runs.bin from the seeds: `python -m tests.test_catalogue_content`."""
    FINGERPRINTS.write_bytes(b"".join(sorted(fingerprint(run) for run in seed_runs())))


@cache
def known_fingerprints() -> frozenset[bytes]:
    raw = FINGERPRINTS.read_bytes()
    return frozenset(raw[i : i + FINGERPRINT_SIZE] for i in range(0, len(raw), FINGERPRINT_SIZE))


def texts(value: object) -> Iterator[str]:
    """Every string of every language inside a record, including lists and nested parts."""
    if isinstance(value, LocalText):
        yield from (text for text in (value.en, value.zh, value.pt) if text)
    elif isinstance(value, tuple):
        for item in value:
            yield from texts(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from texts(getattr(value, item.name))


def copied_sentences(record: Record) -> Iterator[str]:
    known = known_fingerprints()
    for text in texts(record):
        for sentence in sentences(text):
            if any(fingerprint(run) in known for run in runs(sentence)):
                yield sentence


def test_the_fingerprints_are_those_of_the_seeds() -> None:
    if not seeds_dir().is_dir():
        pytest.skip(f"seed documents not found at {seeds_dir()}")
    assert seed_runs(), "no seed sentence long enough to compare"
    current = {fingerprint(run) for run in seed_runs()}
    assert known_fingerprints() == current, "refresh them: python -m tests.test_catalogue_content"


def test_no_catalogue_sentence_is_copied_from_a_seed() -> None:
    copies = [
        f"{content().origin[(record.KIND, record.id)]} {record.KIND.value}:{record.id}: {sentence}"
        for record in content().all()
        for sentence in copied_sentences(record)
    ]
    assert copies == [], f"{len(copies)} sentence(s) copied from the seeds:\n" + "\n".join(copies)


def test_the_catalogue_source_has_no_problems() -> None:
    # content() itself asserts the validator's list is empty: unique ids, no dangling references
    assert content().count(Kind.PLACE) > 0


def test_every_event_is_dated_or_says_why_not_and_ends_after_it_starts() -> None:
    # Where a seed gives only a month, a year or nothing, the catalogue says so rather than invent a day.
    for record in content().records.get(Kind.EVENT, {}).values():
        assert isinstance(record, Event)
        assert isinstance(record.start, dt.date) or record.date_note.en.strip(), record.id
        if record.start is not None and record.end is not None:
            assert record.end >= record.start, record.id


def test_every_record_cites_an_existing_source() -> None:
    source_ids = set(content().records.get(Kind.SOURCE, {}))
    for record in content().all():
        if record.KIND is Kind.SOURCE:
            continue
        assert record.sources, f"{record.KIND.value}:{record.id} cites no source"
        unknown = [ref.doc for ref in record.sources if ref.doc not in source_ids]
        assert unknown == [], f"{record.KIND.value}:{record.id} cites unknown {unknown}"


def test_the_programme_structure_has_3_networks_3_challenges_and_its_clusters() -> None:
    networks = set(content().records.get(Kind.NETWORK, {}))
    assert networks == {"ecological-transition", "urban-renewal", "innovative-ecosystems"}
    assert set(content().records.get(Kind.CHALLENGE, {})) == {
        "digital-transition",
        "climate-energy-transition",
        "post-covid-recovery",
    }
    clusters = list(content().records.get(Kind.CLUSTER, {}).values())
    assert len(clusters) >= 15
    for cluster in clusters:
        assert isinstance(cluster, Cluster)
        assert cluster.network in networks, cluster.id


if __name__ == "__main__":
    write_fingerprints()
    print(f"{FINGERPRINTS}: {len(known_fingerprints())} run fingerprints")
