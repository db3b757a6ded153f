"""Every study visit names every site, park, museum, company and institute that seed 002 says its delegation saw.

The sites are read from the seed itself (the visit sections of "STUDY VISITS"), so the check follows the text
rather than a count written here; it runs wherever the seed documents are (../shared/seeds or $IURC_SEEDS).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from iurc_desktop.domain.records import Event, Kind, Organisation, Place
from tests.test_catalogue_content import content, seeds_dir

SEED = "002_7df7cb071c36659e.txt"
DATE_LINE = re.compile(r"^\d{2}(st|nd|rd|th)\b")
# where the seed's visit paragraphs name what the delegates saw
CUE = re.compile(
    r"\b(visited|visits? to|site visits|sites? visited|such as|including|included|explored|players like|"
    r"discussions at|insights into|exploration at|for example)\b",
    re.IGNORECASE,
)
TOKEN = r"(?:[A-Z0-9][\w'’.-]*|\([A-Z][\w-]*\))"
PROPER_NAME = re.compile(rf"{TOKEN}(?:(?:\s+(?:of|and|&|the|de|for)\s+|\s+|,\s+(?=Ltd)){TOKEN})*")
# capitalised words in those sentences that are not things a delegation visits
NOT_SITES = {"eu", "china", "europe", "european", "chinese", "sme", "smes", "sites", "asian games"}
NOT_SITES |= {"transit-oriented development", "guangdong-hong kong-macao greater bay area"}


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w&-]+", " ", plain.casefold()).split())


def seed_path() -> Path:
    return seeds_dir() / SEED


@cache
def seed_visits() -> dict[str, list[str]]:
    """Visit heading → the proper names in its sentences about what was visited."""
    text = seed_path().read_text(encoding="utf-8")
    lines = text[text.index("\nThe Study Visits") : text.index("\nCASE STUDIES")].split("\n")
    starts = []
    for i, line in enumerate(lines):
        if DATE_LINE.match(line.strip()):
            at = next(j for j in range(i - 1, 0, -1) if lines[j].strip())
            starts.append((lines[at].strip(), at, i))
    visits: dict[str, list[str]] = {}
    for k, (heading, _at, i) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) else len(lines)
        # the narrative paragraphs: long lines that are neither list items nor quotations
        paragraphs = [
            line
            for line in lines[i + 1 : end]
            if len(line) > 120 and not line.lstrip().startswith(("-", "—", "“", '"'))
        ]
        visits[heading] = [
            name.rstrip(".")
            for paragraph in paragraphs
            for sentence in re.split(r"(?<=[.!?])\s+", paragraph)
            if (cue := CUE.search(sentence))
            for name in PROPER_NAME.findall(sentence[cue.start() :])
        ]
    return visits


def visit_for(heading: str) -> Event:
    found = [
        record
        for record in content().records[Kind.EVENT].values()
        if isinstance(record, Event) and any(ref.doc == "seed-002" and ref.section == heading for ref in record.sources)
    ]
    assert len(found) == 1, f"{len(found)} events cite the visit {heading!r}"
    return found[0]


def known_names(event: Event) -> set[str]:
    """What the catalogue says this visit saw, plus every place and person the text could also name."""
    names = {fold(site.en) for site in event.sites}
    for org_id in event.organisations:
        org = content().records[Kind.ORGANISATION][org_id]
        assert isinstance(org, Organisation)
        names |= {fold(org.name.en), *(fold(a) for a in org.aliases)}
    for kind in (Kind.PLACE, Kind.PERSON):
        for record in content().records[kind].values():
            names |= {fold(record.name.en), *(fold(a) for a in getattr(record, "aliases", ()))}
    return names


def covered(name: str, known: set[str]) -> bool:
    """A name is covered if some known name contains it, or if it is two covered names joined by "and"."""
    folded = fold(re.sub(r"['’]s$", "", name))
    if not folded or folded in NOT_SITES or any(folded in k for k in known):
        return True
    parts = re.split(r"\s+and\s+(?=[A-Z])", name)
    return any(
        covered(" and ".join(parts[:i]), known) and covered(" and ".join(parts[i:]), known)
        for i in range(1, len(parts))
    )


def test_the_seed_names_sites_for_the_visits() -> None:
    if not seed_path().is_file():
        pytest.skip(f"seed document not found at {seed_path()}")
    visits = seed_visits()
    assert len(visits) >= 10, sorted(visits)
    assert sum(len(names) for names in visits.values()) > len(visits)


def test_every_study_visit_has_the_sites_its_seed_section_names() -> None:
    if not seed_path().is_file():
        pytest.skip(f"seed document not found at {seed_path()}")
    missing = []
    for heading, names in seed_visits().items():
        event = visit_for(heading)
        known = known_names(event)
        missing += [f"{event.id}: {name!r}" for name in names if not covered(name, known)]
    assert missing == [], "sites the seed names but the visit does not:\n" + "\n".join(missing)


def test_every_visit_site_is_in_three_languages_and_its_organisations_exist() -> None:
    for record in content().records[Kind.EVENT].values():
        assert isinstance(record, Event)
        for site in record.sites:
            assert site.missing_langs() == (), f"{record.id}: {site.en}"
        for org_id in record.organisations:
            assert org_id in content().records[Kind.ORGANISATION], f"{record.id}: {org_id}"


def test_visits_host_places_that_exist() -> None:
    for record in content().records[Kind.EVENT].values():
        assert isinstance(record, Event)
        if record.type == "study-visit":
            for place_id in (*record.hosts, *record.visitors):
                assert isinstance(content().records[Kind.PLACE].get(place_id), Place), f"{record.id}: {place_id}"
