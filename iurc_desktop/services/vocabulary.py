"""The one vocabulary of labels: kinds of record, place levels, event types, and the sections and fields of a
record page or a briefing pack. Each is marked for Qt Linguist in the "Vocabulary" context and translated once in
`translations/*.ts`: the GUI reads it with `QCoreApplication.translate(VOCABULARY, text)`, the CLI and the packs
with `services.i18n.translate(VOCABULARY, text, lang)` (see `term`).
"""

from __future__ import annotations

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP
from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import LANGS, Lang, LocalText

VOCABULARY = "Vocabulary"

KIND_NAMES: dict[Kind, str] = {
    Kind.PROGRAMME: QT_TRANSLATE_NOOP("Vocabulary", "Programme"),
    Kind.NETWORK: QT_TRANSLATE_NOOP("Vocabulary", "Thematic network"),
    Kind.CLUSTER: QT_TRANSLATE_NOOP("Vocabulary", "Thematic cluster"),
    Kind.CHALLENGE: QT_TRANSLATE_NOOP("Vocabulary", "Cross-cutting challenge"),
    Kind.PLACE: QT_TRANSLATE_NOOP("Vocabulary", "Place"),
    Kind.EVENT: QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    Kind.CONTRIBUTION: QT_TRANSLATE_NOOP("Vocabulary", "Contribution"),
    Kind.PARTNERSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Partnership"),
    Kind.CASE_STUDY: QT_TRANSLATE_NOOP("Vocabulary", "Case study"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    Kind.ORGANISATION: QT_TRANSLATE_NOOP("Vocabulary", "Organisation"),
    Kind.SOURCE: QT_TRANSLATE_NOOP("Vocabulary", "Source"),
}

KIND_PLURALS: dict[Kind, str] = {
    Kind.PROGRAMME: QT_TRANSLATE_NOOP("Vocabulary", "Programmes"),
    Kind.NETWORK: QT_TRANSLATE_NOOP("Vocabulary", "Thematic networks"),
    Kind.CLUSTER: QT_TRANSLATE_NOOP("Vocabulary", "Thematic clusters"),
    Kind.CHALLENGE: QT_TRANSLATE_NOOP("Vocabulary", "Cross-cutting challenges"),
    Kind.PLACE: QT_TRANSLATE_NOOP("Vocabulary", "Places"),
    Kind.EVENT: QT_TRANSLATE_NOOP("Vocabulary", "Events"),
    Kind.CONTRIBUTION: QT_TRANSLATE_NOOP("Vocabulary", "Contributions"),
    Kind.PARTNERSHIP: QT_TRANSLATE_NOOP("Vocabulary", "Partnerships"),
    Kind.CASE_STUDY: QT_TRANSLATE_NOOP("Vocabulary", "Case studies"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Vocabulary", "People"),
    Kind.ORGANISATION: QT_TRANSLATE_NOOP("Vocabulary", "Organisations"),
    Kind.SOURCE: QT_TRANSLATE_NOOP("Vocabulary", "Sources"),
}

PLACE_LEVELS: dict[str, str] = {
    "country": QT_TRANSLATE_NOOP("Vocabulary", "Country"),
    "province": QT_TRANSLATE_NOOP("Vocabulary", "Province"),
    "region": QT_TRANSLATE_NOOP("Vocabulary", "Region"),
    "city": QT_TRANSLATE_NOOP("Vocabulary", "City"),
    "county": QT_TRANSLATE_NOOP("Vocabulary", "County"),
    "district": QT_TRANSLATE_NOOP("Vocabulary", "District"),
    "new-area": QT_TRANSLATE_NOOP("Vocabulary", "New area"),
}

EVENT_TYPES: dict[str, str] = {
    "webinar": QT_TRANSLATE_NOOP("Vocabulary", "Webinar"),
    "study-visit": QT_TRANSLATE_NOOP("Vocabulary", "Study visit"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "conference": QT_TRANSLATE_NOOP("Vocabulary", "Conference"),
    "workshop": QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    "exhibition": QT_TRANSLATE_NOOP("Vocabulary", "Exhibition"),
}

# the kinds of organisation (ORGANISATION_TYPES in records.py)
ORGANISATION_TYPES: dict[str, str] = {
    "public-body": QT_TRANSLATE_NOOP("Vocabulary", "Public body"),
    "eu-service": QT_TRANSLATE_NOOP("Vocabulary", "EU service"),
    "international": QT_TRANSLATE_NOOP("Vocabulary", "International organisation"),
    "institute": QT_TRANSLATE_NOOP("Vocabulary", "Institute"),
    "university": QT_TRANSLATE_NOOP("Vocabulary", "University"),
    "company": QT_TRANSLATE_NOOP("Vocabulary", "Company"),
    "platform": QT_TRANSLATE_NOOP("Vocabulary", "Network or platform"),
    "park": QT_TRANSLATE_NOOP("Vocabulary", "Park or development zone"),
    "culture": QT_TRANSLATE_NOOP("Vocabulary", "Museum or cultural venue"),
}

# the sections and fields of record pages and packs
SECTIONS: dict[str, str] = {
    "glance": QT_TRANSLATE_NOOP("Vocabulary", "At a glance"),
    "level": QT_TRANSLATE_NOOP("Vocabulary", "Level"),
    "country": QT_TRANSLATE_NOOP("Vocabulary", "Country"),
    "part_of": QT_TRANSLATE_NOOP("Vocabulary", "Part of"),
    "includes": QT_TRANSLATE_NOOP("Vocabulary", "Includes"),
    "programmes": QT_TRANSLATE_NOOP("Vocabulary", "Programmes"),
    "programme": QT_TRANSLATE_NOOP("Vocabulary", "Programme"),
    "aliases": QT_TRANSLATE_NOOP("Vocabulary", "Also known as"),
    "strengths": QT_TRANSLATE_NOOP("Vocabulary", "Strengths"),
    "interests": QT_TRANSLATE_NOOP("Vocabulary", "Cooperation interests"),
    "challenges": QT_TRANSLATE_NOOP("Vocabulary", "Challenges"),
    "cooperation": QT_TRANSLATE_NOOP("Vocabulary", "Cooperation areas"),
    "presented": QT_TRANSLATE_NOOP("Vocabulary", "What it presented"),
    "timeline": QT_TRANSLATE_NOOP("Vocabulary", "Cooperation timeline"),
    "partners": QT_TRANSLATE_NOOP("Vocabulary", "Partners"),
    "partner": QT_TRANSLATE_NOOP("Vocabulary", "Partner"),
    "topic": QT_TRANSLATE_NOOP("Vocabulary", "Topic"),
    "status": QT_TRANSLATE_NOOP("Vocabulary", "Status"),
    "since": QT_TRANSLATE_NOOP("Vocabulary", "Since"),
    "visits_events": QT_TRANSLATE_NOOP("Vocabulary", "Visits and events"),
    "case_studies": QT_TRANSLATE_NOOP("Vocabulary", "Case studies"),
    "case_study": QT_TRANSLATE_NOOP("Vocabulary", "Case study"),
    "key_figures": QT_TRANSLATE_NOOP("Vocabulary", "Key figures"),
    "people": QT_TRANSLATE_NOOP("Vocabulary", "People"),
    "events": QT_TRANSLATE_NOOP("Vocabulary", "Events"),
    "places": QT_TRANSLATE_NOOP("Vocabulary", "Places"),
    "sources": QT_TRANSLATE_NOOP("Vocabulary", "Sources"),
    "editors_note": QT_TRANSLATE_NOOP("Vocabulary", "Editors’ note:"),
    "where": QT_TRANSLATE_NOOP("Vocabulary", "Where"),
    "online": QT_TRANSLATE_NOOP("Vocabulary", "Online"),
    "hosts": QT_TRANSLATE_NOOP("Vocabulary", "Hosts"),
    "visitors": QT_TRANSLATE_NOOP("Vocabulary", "Visiting delegation"),
    "participants": QT_TRANSLATE_NOOP("Vocabulary", "Participants"),
    "clusters": QT_TRANSLATE_NOOP("Vocabulary", "Thematic clusters"),
    "cluster_challenges": QT_TRANSLATE_NOOP("Vocabulary", "Cross-cutting challenges"),
    "network": QT_TRANSLATE_NOOP("Vocabulary", "Thematic network"),
    "networks": QT_TRANSLATE_NOOP("Vocabulary", "Thematic networks"),
    "managers": QT_TRANSLATE_NOOP("Vocabulary", "Cluster managers"),
    "webinars": QT_TRANSLATE_NOOP("Vocabulary", "Webinars"),
    "members": QT_TRANSLATE_NOOP("Vocabulary", "Member places"),
    "partnership": QT_TRANSLATE_NOOP("Vocabulary", "Partnership"),
    "partnerships": QT_TRANSLATE_NOOP("Vocabulary", "Partnerships"),
    "focus": QT_TRANSLATE_NOOP("Vocabulary", "Focus"),
    "each_presented": QT_TRANSLATE_NOOP("Vocabulary", "What each place presented"),
    "outcomes": QT_TRANSLATE_NOOP("Vocabulary", "Outcomes"),
    "next_steps": QT_TRANSLATE_NOOP("Vocabulary", "Next steps"),
    "role": QT_TRANSLATE_NOOP("Vocabulary", "Role"),
    "organisation": QT_TRANSLATE_NOOP("Vocabulary", "Organisation"),
    "organisations": QT_TRANSLATE_NOOP("Vocabulary", "Organisations"),
    "organisation_type": QT_TRANSLATE_NOOP("Vocabulary", "Type"),
    "sites": QT_TRANSLATE_NOOP("Vocabulary", "Sites visited"),
    "editor_note": QT_TRANSLATE_NOOP("Vocabulary", "Where the catalogue departs from its sources"),
    "place": QT_TRANSLATE_NOOP("Vocabulary", "Place"),
    "event": QT_TRANSLATE_NOOP("Vocabulary", "Event"),
    "speakers": QT_TRANSLATE_NOOP("Vocabulary", "Speakers"),
    "keywords": QT_TRANSLATE_NOOP("Vocabulary", "Keywords"),
    "the_challenge": QT_TRANSLATE_NOOP("Vocabulary", "The challenge"),
    "solution": QT_TRANSLATE_NOOP("Vocabulary", "The solution"),
    "results": QT_TRANSLATE_NOOP("Vocabulary", "Results"),
    "lessons": QT_TRANSLATE_NOOP("Vocabulary", "Lessons learned"),
    "contributions": QT_TRANSLATE_NOOP("Vocabulary", "Contributions"),
    "years": QT_TRANSLATE_NOOP("Vocabulary", "Years"),
    "parent": QT_TRANSLATE_NOOP("Vocabulary", "Part of programme"),
    "sub_programmes": QT_TRANSLATE_NOOP("Vocabulary", "Phases"),
    "file": QT_TRANSLATE_NOOP("Vocabulary", "File"),
    "records": QT_TRANSLATE_NOOP("Vocabulary", "Records from this source"),
    "fallback_note": QT_TRANSLATE_NOOP(
        "Vocabulary", "Some text is shown in another language because it is not yet available in this one."
    ),
    "none": QT_TRANSLATE_NOOP("Vocabulary", "Nothing recorded in the catalogue."),
}


def term(text: str, lang: Lang) -> str:
    """A vocabulary word in `lang` without Qt (English when the catalogue lacks it)."""
    from iurc_desktop.services.i18n import translate

    return translate(VOCABULARY, text, lang)


def local(text: str) -> LocalText:
    """A vocabulary word in every language, for renderers that print two at once (bilingual packs)."""
    return LocalText.from_mapping({lang.value: term(text, lang) for lang in LANGS})


def kind_name(kind: Kind, lang: Lang) -> str:
    return term(KIND_NAMES[kind], lang)


def kind_plural(kind: Kind, lang: Lang) -> str:
    return term(KIND_PLURALS[kind], lang)


def level_name(level: str, lang: Lang) -> str:
    return term(PLACE_LEVELS[level], lang) if level in PLACE_LEVELS else level


def event_type_name(event_type: str, lang: Lang) -> str:
    return term(EVENT_TYPES[event_type], lang) if event_type in EVENT_TYPES else event_type
