"""A record as a readable page (HTML for QTextBrowser): the profile a delegate reads before a meeting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import (
    CaseStudy,
    Cluster,
    Contribution,
    Event,
    KeyFigure,
    Kind,
    Organisation,
    Partnership,
    Person,
    Place,
    Programme,
    Record,
)
from iurc_desktop.services.locale_format import country_name, format_date_range, format_figure

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueService, RecordRef

# how editors cite the source documents in their notes: "seed 001", "Seed-002"
SEED_CITATION = re.compile(r"\b[Ss]eeds? ?-?(00\d)\b")

STYLE = """
<style>
h1 { font-size: 20pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }
.meta { color: palette(mid); }
.fallback { color: #8a6d00; font-size: 9pt; }
.note { color: #6b6b6b; font-size: 9pt; }
td.k { color: palette(mid); padding-right: 12px; vertical-align: top; }
td.card { background: rgba(0, 51, 153, 0.10); padding: 8px; }
.figure { font-size: 18pt; }
</style>
"""


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def link(ref: RecordRef) -> str:
    return f'<a href="iurc:{ref.kind.value}/{escape(ref.id)}">{escape(ref.title)}</a>'


class RecordPage:
    """Builds the HTML of one record in one language; notes where text fell back to another language."""

    def __init__(self, catalogue: CatalogueService, lang: Lang) -> None:
        self.catalogue = catalogue
        self.lang = lang
        self.fell_back = False

    @property
    def separator(self) -> str:
        # Chinese lists names with the enumeration comma, not a comma and a space
        return "、" if self.lang is Lang.ZH else ", "

    def text(self, value: LocalText) -> str:
        resolved = value.resolve(self.lang)
        if resolved.is_fallback:
            self.fell_back = True
            shown = resolved.lang.value if resolved.lang else ""
            return f'{escape(resolved.text)} <span class="fallback">[{shown}]</span>'
        return escape(resolved.text)

    def refs(self, kind: Kind, ids: Iterable[str]) -> str:
        return self.separator.join(link(ref) for ref in self.catalogue.refs(kind, list(ids), self.lang))

    def html(self, record: Record) -> str:
        body = [f"<h1>{self.text(record.name)}</h1>", f'<p class="meta">{self._meta(record)}</p>']
        if not record.summary.is_empty():
            body.append(f"<p>{self.text(record.summary)}</p>")
        if not record.editor_note.is_empty():  # where the catalogue departs from its sources, said up front
            label = translate("RecordPage", "Editors’ note:")
            body.append(f'<p class="note">{escape(label)} {self.text(record.editor_note)}</p>')
        body += self._kind_body(record)
        body += self._related(record)
        body += self._sources(record)
        if self.fell_back:
            note = translate(
                "RecordPage", "Some text is shown in another language because it is not yet available in this one."
            )
            body.insert(2, f'<p class="fallback">{escape(note)}</p>')
        return STYLE + "\n".join(body)

    def _meta(self, record: Record) -> str:
        parts = [escape(kind_name(record.KIND))]
        if isinstance(record, Place):
            parts += [escape(country_name(record.country, self.lang)), escape(level_name(record.level))]
        if isinstance(record, Event):
            parts.append(escape(format_date_range(record.start, record.end, self.lang)))
            if not record.date_note.is_empty():
                parts.append(self.text(record.date_note))
        return " · ".join(p for p in parts if p)

    def _kind_body(self, record: Record) -> list[str]:
        if isinstance(record, Place):
            return self._place(record)
        if isinstance(record, Event):
            return self._event(record)
        if isinstance(record, CaseStudy):
            return self._case_study(record)
        if isinstance(record, Partnership):
            return self._partnership(record)
        if isinstance(record, Person):
            return self._facts(
                [
                    (translate("RecordPage", "Role"), self.text(record.role)),
                    (translate("RecordPage", "Organisation"), self.text(record.organisation)),
                    (translate("RecordPage", "Place"), self.refs(Kind.PLACE, [record.place] if record.place else [])),
                    (translate("RecordPage", "Also known as"), escape(", ".join(record.aliases))),
                ]
            )
        if isinstance(record, Organisation):
            return self._organisation(record)
        if isinstance(record, Programme):
            facts = self._facts(
                [
                    (
                        translate("RecordPage", "Part of"),
                        self.refs(Kind.PROGRAMME, [record.parent] if record.parent else []),
                    ),
                    (translate("RecordPage", "Organisations"), self.refs(Kind.ORGANISATION, record.organisations)),
                ]
            )
            return facts + self._figures(record.key_figures)
        if isinstance(record, Contribution):
            return self._contribution(record, heading=False)
        if isinstance(record, Cluster):
            return self._facts(
                [
                    (
                        translate("RecordPage", "Thematic network"),
                        self.refs(Kind.NETWORK, [record.network] if record.network else []),
                    ),
                    (translate("RecordPage", "People"), self.refs(Kind.PERSON, record.managers)),
                ]
            )
        return []

    def _place(self, place: Place) -> list[str]:
        programmes = []
        for part in place.participations:
            ref = self.catalogue.ref(Kind.PROGRAMME, part.programme, self.lang)
            programmes.append(link(ref) + (f" ({part.year})" if part.year else ""))
        out = self._facts(
            [
                (translate("RecordPage", "Part of"), self.refs(Kind.PLACE, [place.parent] if place.parent else [])),
                (translate("RecordPage", "Programmes"), self.separator.join(programmes)),
                (translate("RecordPage", "Also known as"), escape(", ".join(place.aliases))),
            ]
        )
        out += self._section(translate("RecordPage", "Strengths"), place.strengths)
        out += self._section(translate("RecordPage", "Cooperation interests"), place.interests)
        out += self._figures(place.key_figures)
        return out

    def _event(self, event: Event) -> list[str]:
        out = self._facts(
            [
                (
                    translate("RecordPage", "Where"),
                    self.refs(Kind.PLACE, [event.location] if event.location else [])
                    or (self.text(event.venue) if not event.venue.is_empty() else ""),
                ),
                (translate("RecordPage", "Hosts"), self.refs(Kind.PLACE, event.hosts)),
                (translate("RecordPage", "Visiting delegation"), self.refs(Kind.PLACE, event.visitors)),
                (translate("RecordPage", "Participants"), self.refs(Kind.PLACE, event.participants)),
                (translate("RecordPage", "Clusters"), self.refs(Kind.CLUSTER, event.clusters)),
                (translate("RecordPage", "People"), self.refs(Kind.PERSON, event.people)),
                (translate("RecordPage", "Organisations"), self.refs(Kind.ORGANISATION, event.organisations)),
            ]
        )
        out += self._section(translate("RecordPage", "Focus"), event.focus)
        out += self._list(translate("RecordPage", "Sites visited"), event.sites)
        contributions = self._incoming(Kind.EVENT, event.id, Kind.CONTRIBUTION)
        if contributions:
            heading = translate("RecordPage", "What each place presented")
            out.append(f"<h2>{escape(heading)}</h2>")
            for contribution in contributions:
                assert isinstance(contribution, Contribution)
                out += self._contribution(contribution, heading=True)
        out += self._list(translate("RecordPage", "Outcomes"), event.outcomes)
        out += self._list(translate("RecordPage", "Next steps"), event.next_steps)
        return out

    def _organisation(self, organisation: Organisation) -> list[str]:
        return self._facts(
            [
                (translate("RecordPage", "Type"), escape(organisation_type_name(organisation.type))),
                (
                    translate("RecordPage", "Place"),
                    self.refs(Kind.PLACE, [organisation.place] if organisation.place else []),
                ),
                (
                    translate("RecordPage", "Part of"),
                    self.refs(Kind.ORGANISATION, [organisation.parent] if organisation.parent else []),
                ),
                (translate("RecordPage", "Also known as"), escape(", ".join(organisation.aliases))),
            ]
        )

    def _contribution(self, contribution: Contribution, heading: bool) -> list[str]:
        out = []
        if heading:
            place = self.catalogue.ref(Kind.PLACE, contribution.place, self.lang)
            out.append(f"<h3>{link(place)} — {self.text(contribution.name)}</h3>")
            if not contribution.summary.is_empty():
                out.append(f"<p>{self.text(contribution.summary)}</p>")
        out += self._facts(
            [
                (translate("RecordPage", "Strengths"), self._opt(contribution.strengths)),
                (translate("RecordPage", "Challenges"), self._opt(contribution.challenges)),
                (translate("RecordPage", "Cooperation areas"), self._opt(contribution.cooperation)),
            ]
        )
        return out

    def _case_study(self, case: CaseStudy) -> list[str]:
        out = self._facts(
            [
                (translate("RecordPage", "Partners"), self.refs(Kind.PLACE, case.partners)),
                (translate("RecordPage", "Network"), self.refs(Kind.NETWORK, [case.network] if case.network else [])),
                (translate("RecordPage", "Clusters"), self.refs(Kind.CLUSTER, case.clusters)),
                (translate("RecordPage", "Cross-cutting challenges"), self.refs(Kind.CHALLENGE, case.challenges)),
                (translate("RecordPage", "Keywords"), self.separator.join(self.text(k) for k in case.keywords)),
            ]
        )
        out += self._figures(case.key_figures)
        out += self._section(translate("RecordPage", "The challenge"), case.challenge)
        out += self._section(translate("RecordPage", "The solution"), case.solution)
        out += self._list(translate("RecordPage", "Results"), case.results)
        out += self._list(translate("RecordPage", "Lessons learned"), case.lessons)
        return out

    def _partnership(self, partnership: Partnership) -> list[str]:
        return self._facts(
            [
                (translate("RecordPage", "Partners"), self.refs(Kind.PLACE, partnership.places)),
                (translate("RecordPage", "Topic"), self._opt(partnership.topic)),
                (translate("RecordPage", "Status"), self._opt(partnership.status)),
                (translate("RecordPage", "Since"), str(partnership.since or "")),
                (
                    translate("RecordPage", "Case study"),
                    self.refs(Kind.CASE_STUDY, [partnership.case_study] if partnership.case_study else []),
                ),
            ]
        )

    def _related(self, record: Record) -> list[str]:
        incoming = [
            r
            for r in self.catalogue.related(record.KIND, record.id, self.lang)
            if not r.outgoing and r.ref.kind not in (Kind.CONTRIBUTION, Kind.SOURCE)
        ]
        if isinstance(record, Place):
            for contribution in self._incoming(Kind.PLACE, record.id, Kind.CONTRIBUTION):
                assert isinstance(contribution, Contribution)
                incoming.append(
                    next(
                        r
                        for r in self.catalogue.related(Kind.CONTRIBUTION, contribution.id, self.lang)
                        if r.outgoing and r.ref.kind is Kind.EVENT
                    )
                )
        groups: dict[Kind, list[RecordRef]] = {}
        for rel in incoming:
            if all(ref.id != rel.ref.id for ref in groups.get(rel.ref.kind, [])):
                groups.setdefault(rel.ref.kind, []).append(rel.ref)
        out = []
        for kind, refs in groups.items():
            out.append(f"<h2>{escape(kind_plural(kind))}</h2><p>{', '.join(link(ref) for ref in refs)}</p>")
        return out

    def _sources(self, record: Record) -> list[str]:
        if not record.sources:
            return []
        items = []
        for source in record.sources:
            ref = self.catalogue.ref(Kind.SOURCE, source.doc, self.lang)
            section = f" — {escape(source.section)}" if source.section else ""
            note = f'<br/><span class="note">{self._editor_note(source.note)}</span>' if source.note else ""
            items.append(f"<li>{escape(ref.title)}{section}{note}</li>")
        heading = translate("RecordPage", "Sources")
        return [f"<h2>{escape(heading)}</h2><ul>{''.join(items)}</ul>"]

    def _editor_note(self, note: str) -> str:
        """Editors' notes are written in English and cite documents as "seed 001": name the documents instead."""

        def title(match: re.Match[str]) -> str:
            return self.catalogue.ref(Kind.SOURCE, f"seed-{match[1]}", self.lang).title

        label = translate("RecordPage", "Editors’ note:")
        return f"{escape(label)} {self.text(LocalText(en=SEED_CITATION.sub(title, note)))}"  # marked as English

    # small pieces
    def _opt(self, value: LocalText) -> str:
        return "" if value.is_empty() else self.text(value)

    def _facts(self, rows: list[tuple[str, str]]) -> list[str]:
        cells = [f'<tr><td class="k">{escape(k)}</td><td>{v}</td></tr>' for k, v in rows if v]
        return [f"<table>{''.join(cells)}</table>"] if cells else []

    def _section(self, title: str, value: LocalText) -> list[str]:
        return [] if value.is_empty() else [f"<h2>{escape(title)}</h2><p>{self.text(value)}</p>"]

    def _list(self, title: str, values: tuple[LocalText, ...]) -> list[str]:
        items = "".join(f"<li>{self.text(v)}</li>" for v in values if not v.is_empty())
        return [f"<h2>{escape(title)}</h2><ul>{items}</ul>"] if items else []

    def _figures(self, figures: tuple[KeyFigure, ...]) -> list[str]:
        if not figures:
            return []
        heading = translate("RecordPage", "Key figures")
        cells = "".join(
            f'<td class="card"><span class="figure">{escape(format_figure(f.value, self.lang))}</span>'
            f"<br/>{self.text(f.label)}</td>"
            for f in figures
        )
        return [f'<h2>{escape(heading)}</h2><table cellspacing="6"><tr>{cells}</tr></table>']

    def _incoming(self, kind: Kind, record_id: str, wanted: Kind) -> list[Record]:
        ids = [
            r.ref.id
            for r in self.catalogue.related(kind, record_id, self.lang)
            if not r.outgoing and r.ref.kind is wanted
        ]
        found = self.catalogue.store.get_many(wanted, ids)
        return [found[i] for i in ids if i in found]


def kind_name(kind: Kind) -> str:
    names = {
        Kind.PROGRAMME: translate("RecordPage", "Programme"),
        Kind.NETWORK: translate("RecordPage", "Thematic network"),
        Kind.CLUSTER: translate("RecordPage", "Thematic cluster"),
        Kind.CHALLENGE: translate("RecordPage", "Cross-cutting challenge"),
        Kind.PLACE: translate("RecordPage", "Place"),
        Kind.EVENT: translate("RecordPage", "Event"),
        Kind.CONTRIBUTION: translate("RecordPage", "Contribution"),
        Kind.PARTNERSHIP: translate("RecordPage", "Partnership"),
        Kind.CASE_STUDY: translate("RecordPage", "Case study"),
        Kind.PERSON: translate("RecordPage", "Person"),
        Kind.ORGANISATION: translate("RecordPage", "Organisation"),
        Kind.SOURCE: translate("RecordPage", "Source"),
    }
    return names[kind]


def kind_plural(kind: Kind) -> str:
    names = {
        Kind.PROGRAMME: translate("RecordPage", "Programmes"),
        Kind.NETWORK: translate("RecordPage", "Thematic networks"),
        Kind.CLUSTER: translate("RecordPage", "Thematic clusters"),
        Kind.CHALLENGE: translate("RecordPage", "Cross-cutting challenges"),
        Kind.PLACE: translate("RecordPage", "Places"),
        Kind.EVENT: translate("RecordPage", "Events"),
        Kind.CONTRIBUTION: translate("RecordPage", "Contributions"),
        Kind.PARTNERSHIP: translate("RecordPage", "Partnerships"),
        Kind.CASE_STUDY: translate("RecordPage", "Case studies"),
        Kind.PERSON: translate("RecordPage", "People"),
        Kind.ORGANISATION: translate("RecordPage", "Organisations"),
        Kind.SOURCE: translate("RecordPage", "Sources"),
    }
    return names[kind]


def organisation_type_name(value: str) -> str:
    names = {
        "public-body": translate("RecordPage", "Public body"),
        "eu-service": translate("RecordPage", "EU service"),
        "international": translate("RecordPage", "International organisation"),
        "institute": translate("RecordPage", "Institute"),
        "university": translate("RecordPage", "University"),
        "company": translate("RecordPage", "Company"),
        "platform": translate("RecordPage", "Network or platform"),
        "park": translate("RecordPage", "Park or development zone"),
        "culture": translate("RecordPage", "Museum or cultural venue"),
    }
    return names.get(value, value)


def level_name(level: str) -> str:
    names = {
        "country": translate("RecordPage", "Country"),
        "province": translate("RecordPage", "Province"),
        "region": translate("RecordPage", "Region"),
        "city": translate("RecordPage", "City"),
        "county": translate("RecordPage", "County"),
        "district": translate("RecordPage", "District"),
        "new-area": translate("RecordPage", "New area"),
    }
    return names.get(level, level)
