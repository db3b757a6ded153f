"""The fixed words of a briefing pack, from the one Vocabulary (`services/vocabulary.py`, translated in the Qt
Linguist catalogues): packs are printed in their own language(s), not the interface's.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP
from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.services.vocabulary import local, term

PACK_WORDS: dict[str, str] = {
    "pack_title": QT_TRANSLATE_NOOP("Vocabulary", "Visit briefing"),
    "prepared_for": QT_TRANSLATE_NOOP("Vocabulary", "Prepared for"),
    "dates": QT_TRANSLATE_NOOP("Vocabulary", "Dates"),
    "delegation": QT_TRANSLATE_NOOP("Vocabulary", "Delegation"),
    "purpose": QT_TRANSLATE_NOOP("Vocabulary", "Purpose"),
    "language": QT_TRANSLATE_NOOP("Vocabulary", "Language"),
    "catalogue": QT_TRANSLATE_NOOP("Vocabulary", "Catalogue"),
    "as_of": QT_TRANSLATE_NOOP("Vocabulary", "Information as of"),
    "contents": QT_TRANSLATE_NOOP("Vocabulary", "Contents"),
    "page": QT_TRANSLATE_NOOP("Vocabulary", "Page {n}"),
    "glance": QT_TRANSLATE_NOOP("Vocabulary", "At a glance"),
    "host": QT_TRANSLATE_NOOP("Vocabulary", "Host profile"),
    "history": QT_TRANSLATE_NOOP("Vocabulary", "History of cooperation"),
    "partners": QT_TRANSLATE_NOOP("Vocabulary", "Partners and places with shared interests"),
    "themes": QT_TRANSLATE_NOOP("Vocabulary", "Clusters and cross-cutting challenges"),
    "people": QT_TRANSLATE_NOOP("Vocabulary", "People from previous exchanges"),
    "talking_points": QT_TRANSLATE_NOOP("Vocabulary", "Suggested talking points"),
    "notes": QT_TRANSLATE_NOOP("Vocabulary", "My notes"),
    "sources": QT_TRANSLATE_NOOP("Vocabulary", "Sources"),
    "glossary": QT_TRANSLATE_NOOP("Vocabulary", "Glossary"),
    "case_studies": QT_TRANSLATE_NOOP("Vocabulary", "Case studies"),
    "event": QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    "country": QT_TRANSLATE_NOOP("Vocabulary", "Country"),
    "level": QT_TRANSLATE_NOOP("Vocabulary", "Level"),
    "programmes": QT_TRANSLATE_NOOP("Vocabulary", "Programmes"),
    "strengths": QT_TRANSLATE_NOOP("Vocabulary", "Strengths"),
    "interests": QT_TRANSLATE_NOOP("Vocabulary", "Cooperation interests"),
    "challenges": QT_TRANSLATE_NOOP("Vocabulary", "Challenges"),
    "cooperation": QT_TRANSLATE_NOOP("Vocabulary", "Cooperation areas"),
    "partnerships": QT_TRANSLATE_NOOP("Vocabulary", "Partnerships"),
    "events": QT_TRANSLATE_NOOP("Vocabulary", "Events and what was presented"),
    "study_visits": QT_TRANSLATE_NOOP("Vocabulary", "Study visits"),
    "key_figures": QT_TRANSLATE_NOOP("Vocabulary", "Key figures"),
    "results": QT_TRANSLATE_NOOP("Vocabulary", "Results"),
    "lessons": QT_TRANSLATE_NOOP("Vocabulary", "Lessons learned"),
    "solution": QT_TRANSLATE_NOOP("Vocabulary", "Solution"),
    "next_steps": QT_TRANSLATE_NOOP("Vocabulary", "Next steps"),
    "status": QT_TRANSLATE_NOOP("Vocabulary", "Status"),
    "topic": QT_TRANSLATE_NOOP("Vocabulary", "Topic"),
    "since": QT_TRANSLATE_NOOP("Vocabulary", "Since"),
    "role": QT_TRANSLATE_NOOP("Vocabulary", "Role"),
    "none": QT_TRANSLATE_NOOP("Vocabulary", "Nothing recorded in the catalogue."),
    "fallback": QT_TRANSLATE_NOOP("Vocabulary", "(text not available in this language)"),
    "from_point": QT_TRANSLATE_NOOP("Vocabulary", "Raised by {name}"),
    "removed": QT_TRANSLATE_NOOP("Vocabulary", "record removed from the catalogue"),
    "no_notes": QT_TRANSLATE_NOOP("Vocabulary", "You have no notes on these records."),
    "why": QT_TRANSLATE_NOOP("Vocabulary", "Why this visit"),
    "contacts": QT_TRANSLATE_NOOP("Vocabulary", "Contacts"),
    "theme": QT_TRANSLATE_NOOP("Vocabulary", "About the theme"),
    "webinars": QT_TRANSLATE_NOOP("Vocabulary", "Webinars and meetings"),
    "members": QT_TRANSLATE_NOOP("Vocabulary", "Member places and what they presented"),
    "theme_pack": QT_TRANSLATE_NOOP("Vocabulary", "Thematic briefing"),
    "pocket_brief": QT_TRANSLATE_NOOP("Vocabulary", "Pocket brief"),
}

GLOSSARY_TERMS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Vocabulary", "IUC"),
        QT_TRANSLATE_NOOP(
            "Vocabulary", "International Urban Cooperation, the EU programme of 2016–2020 that paired cities."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Vocabulary", "IURC"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "International Urban and Regional Cooperation, the follow-on programme from 2021 for cities and regions.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Vocabulary", "Pilot city / region"),
        QT_TRANSLATE_NOOP(
            "Vocabulary", "A city or region selected to take part in the programme and paired with counterparts."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Vocabulary", "Thematic network and cluster"),
        QT_TRANSLATE_NOOP(
            "Vocabulary",
            "The three networks group the cooperation by theme; each cluster is a narrower topic within a network.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Vocabulary", "Cross-cutting challenge"),
        QT_TRANSLATE_NOOP(
            "Vocabulary", "A concern shared by all networks, such as digital transition or climate change."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Vocabulary", "Study visit"),
        QT_TRANSLATE_NOOP(
            "Vocabulary", "A delegation's visit to a partner to see projects on the ground and agree next steps."
        ),
    ),
)


class _Words(Mapping[str, LocalText]):
    """PACK_WORDS in every language, looked up by key."""

    def __getitem__(self, key: str) -> LocalText:
        return _local(PACK_WORDS[key])

    def __iter__(self) -> Iterator[str]:
        return iter(PACK_WORDS)

    def __len__(self) -> int:
        return len(PACK_WORDS)


@functools.cache
def _local(text: str) -> LocalText:
    return local(text)


LABELS: Mapping[str, LocalText] = _Words()


def glossary() -> tuple[tuple[LocalText, LocalText], ...]:
    return tuple((_local(a), _local(b)) for a, b in GLOSSARY_TERMS)


def label(key: str, lang: Lang) -> str:
    return term(PACK_WORDS[key], lang)
