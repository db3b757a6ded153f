"""What the briefing composer calls a pack's forms (templates) and sections, in the interface language.

The names keep the composer's translation context, `BriefingDialog`: they were written in that class and the
catalogues list them there, so moving them into this module changed no translation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP
from iurc_desktop.services.briefing.compose import SectionKind

if TYPE_CHECKING:
    from iurc_desktop.services.briefing.compose import BriefingSubject

__all__ = ["SECTION_TITLES", "section_titles", "template_names"]

SECTION_TITLES: dict[SectionKind, str] = {  # English; section_titles() translates them
    SectionKind.COVER: QT_TRANSLATE_NOOP("BriefingDialog", "Cover"),
    SectionKind.AGENDA: QT_TRANSLATE_NOOP("BriefingDialog", "Day-by-day agenda"),
    SectionKind.GLANCE: QT_TRANSLATE_NOOP("BriefingDialog", "At a glance"),
    SectionKind.MAP: QT_TRANSLATE_NOOP("BriefingDialog", "Map"),
    SectionKind.HOST: QT_TRANSLATE_NOOP("BriefingDialog", "Host profile"),
    SectionKind.HISTORY: QT_TRANSLATE_NOOP("BriefingDialog", "History of cooperation"),
    SectionKind.PARTNERS: QT_TRANSLATE_NOOP("BriefingDialog", "Partners and places with shared interests"),
    SectionKind.THEMES: QT_TRANSLATE_NOOP("BriefingDialog", "Clusters and cross-cutting challenges"),
    SectionKind.PEOPLE: QT_TRANSLATE_NOOP("BriefingDialog", "People from previous exchanges"),
    SectionKind.TALKING_POINTS: QT_TRANSLATE_NOOP("BriefingDialog", "Suggested talking points"),
    SectionKind.NOTES: QT_TRANSLATE_NOOP("BriefingDialog", "My notes"),
    SectionKind.SOURCES: QT_TRANSLATE_NOOP("BriefingDialog", "Sources"),
    SectionKind.GLOSSARY: QT_TRANSLATE_NOOP("BriefingDialog", "Glossary"),
    SectionKind.WHY: QT_TRANSLATE_NOOP("BriefingDialog", "Why this visit"),
    SectionKind.KEY_FIGURES: QT_TRANSLATE_NOOP("BriefingDialog", "Key figures"),
    SectionKind.CONTACTS: QT_TRANSLATE_NOOP("BriefingDialog", "Contacts"),
    SectionKind.THEME: QT_TRANSLATE_NOOP("BriefingDialog", "About the theme"),
    SectionKind.WEBINARS: QT_TRANSLATE_NOOP("BriefingDialog", "Webinars and meetings"),
    SectionKind.MEMBERS: QT_TRANSLATE_NOOP("BriefingDialog", "Member places and what they presented"),
    SectionKind.CASE_STUDIES: QT_TRANSLATE_NOOP("BriefingDialog", "Case studies"),
}


def section_titles() -> dict[SectionKind, str]:
    """Each section's heading in the composer's tree."""
    return {kind: QCoreApplication.translate("BriefingDialog", title) for kind, title in SECTION_TITLES.items()}


def template_names(subject: BriefingSubject) -> dict[str, str]:
    """The forms a pack of `subject` can take, by template id."""
    names = {
        "full": QCoreApplication.translate("BriefingDialog", "Full dossier"),
        "pocket": QCoreApplication.translate("BriefingDialog", "Pocket brief (two pages)"),
    }
    if subject.itinerary:  # an agenda is a visit plan's
        names["agenda"] = QCoreApplication.translate("BriefingDialog", "Agenda (day by day, then the stops)")
    return names
