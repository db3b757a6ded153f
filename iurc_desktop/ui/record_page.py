"""A record view (`services/record_view.py`) as HTML for QTextBrowser: the dossier a delegate reads on screen.

The view is built by the services (the same view the briefing pack and `iurc-desktop show` render); this module
only lays it out. Vocabulary words go through `QCoreApplication.translate("Vocabulary", …)` — the same Qt
Linguist entries the CLI and the packs read without Qt.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind, Record
from iurc_desktop.services.record_render import PHRASE_SEPARATOR, Piece, Speaker
from iurc_desktop.services.record_view import (
    Block,
    DatedList,
    Entry,
    Fact,
    FactsTable,
    Heading,
    KeyFigures,
    LinkedList,
    Provenance,
    RecordView,
    Term,
    TextBlock,
    Value,
    When,
)
from iurc_desktop.services.vocabulary import KIND_PLURALS, SECTIONS, VOCABULARY

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueService

# colours and font sizes come from the palette and the system font: ui/reading_colours.py
STYLE = """
<style>
h1 { margin-bottom: 2px; }
h2 { margin-top: 18px; margin-bottom: 4px; }
h3 { margin-top: 10px; margin-bottom: 2px; }
.detail { margin-left: 18px; }
td.k { padding-right: 12px; vertical-align: top; }
td.card { background: rgba(0, 51, 153, 0.10); padding: 8px; }
</style>
"""


def vocabulary_term(text: str) -> str:
    return QCoreApplication.translate(VOCABULARY, text)


def kind_plural(kind: Kind) -> str:
    return vocabulary_term(KIND_PLURALS[kind])


class RecordPage:
    """Builds the HTML of one record in one language; notes where text fell back to another language."""

    def __init__(self, catalogue: CatalogueService, lang: Lang) -> None:
        self.catalogue = catalogue
        self.lang = lang

    def view(self, record: Record) -> RecordView:
        from iurc_desktop.services.record_builder import ViewBuilder

        return ViewBuilder(self.catalogue, self.lang).build(record.KIND, record.id)

    def html(self, record: Record) -> str:
        return render_html(self.view(record))


def render_html(view: RecordView) -> str:
    page = _HtmlPage(Speaker(view.lang, vocabulary_term))
    body = [page.block(block) for block in view.blocks]
    if page.say.fell_back:
        note = page.term(SECTIONS["fallback_note"])
        body.insert(1, f'<p class="fallback">{escape(note)}</p>')
    return STYLE + "\n".join(b for b in body if b)


class _HtmlPage:
    def __init__(self, say: Speaker) -> None:
        self.say = say

    def term(self, source: str) -> str:
        return self.say.term(source)

    def html(self, pieces: list[Piece]) -> str:
        out = []
        for piece in pieces:
            text = escape(piece.text)
            if piece.link is not None:
                text = f'<a href="iurc:{piece.link.kind.value}/{escape(piece.link.id)}">{text}</a>'
            if piece.fallback is not None:
                text += f' <span class="fallback">[{piece.fallback.value}]</span>'
            out.append(text)
        return "".join(out)

    def value(self, value: Value) -> str:
        return self.html(self.say.pieces(value))

    def values(self, values: tuple[Value, ...], separator: str) -> str:
        return escape(separator).join(self.html(p) for p in self.say.values(values))

    def title(self, term: Term | None, level: int = 2) -> str:
        return f"<h{level}>{escape(self.term(term.source))}</h{level}>" if term else ""

    def block(self, block: Block) -> str:
        if isinstance(block, Heading):
            meta = self.values((block.kind, *block.meta), PHRASE_SEPARATOR)
            summary = self.value(block.summary)
            return f'<h1>{self.value(block.title)}</h1><p class="meta">{meta}</p>' + (
                f"<p>{summary}</p>" if summary else ""
            )
        if isinstance(block, FactsTable):
            return self.title(block.title) + self.facts(block.rows)
        if isinstance(block, KeyFigures):
            cells = "".join(
                f'<td class="card"><span class="figure">{self.value(v)}</span><br/>{self.value(label)}</td>'
                for v, label in block.figures
            )
            return f'{self.title(block.title)}<table cellspacing="6"><tr>{cells}</tr></table>'
        if isinstance(block, TextBlock):
            texts = [self.value(p) for p in block.paragraphs if not p.is_empty()]
            if block.bullets:
                return self.title(block.title) + "<ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>"
            return self.title(block.title) + "".join(f"<p>{t}</p>" for t in texts)
        if isinstance(block, DatedList) and block.by_year:
            out = [self.title(block.title)]
            for year, entries in block.years():
                out.append(f"<h3>{escape(self.say.when(When(year=year)) if year else '—')}</h3>")
                out.append(self.entries(entries))
            return "".join(out)
        if isinstance(block, DatedList | LinkedList):
            return self.title(block.title) + self.entries(list(block.entries))
        return self.provenance(block)

    def facts(self, rows: tuple[Fact, ...]) -> str:
        cells = [
            f'<tr><td class="k">{escape(self.term(row.label.source))}</td>'
            f"<td>{self.values(row.values, self.say.separator)}</td></tr>"
            for row in rows
        ]
        return f"<table>{''.join(cells)}</table>" if cells else ""

    def entries(self, entries: list[Entry]) -> str:
        items = []
        for entry in entries:
            when = self.value(entry.when)
            head = self.values((entry.title, *entry.meta), PHRASE_SEPARATOR)
            line = (f'<span class="when">{when}</span> · ' if when else "") + head
            detail = self.facts(entry.facts)
            text = self.value(entry.text)
            if text:
                detail += f'<p class="note">{text}</p>'
            items.append(f"<li>{line}{detail}</li>")
        return f"<ul>{''.join(items)}</ul>"

    def provenance(self, block: Provenance) -> str:
        items = []
        for line in block.sources:
            section = f" — {escape(line.section)}" if line.section else ""
            note = ""
            if not line.note.is_empty():
                label = escape(self.term(SECTIONS["editors_note"]))
                note = f'<br/><span class="note">{label} {self.value(line.note)}</span>'
            items.append(f"<li>{self.value(line.source)}{section}{note}</li>")
        return f"{self.title(block.title)}<ul>{''.join(items)}</ul>"
