"""The one record view: every reference a link on its page, no dead ends, the same facts on screen, paper and
terminal, few statements per page, lists in each language's order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.briefing.builder import BriefingPackBuilder
from iurc_desktop.services.briefing.compose import BriefingComposer, BriefingSubject, SectionKind
from iurc_desktop.services.briefing.document import BriefingOptions, Bullets, Fields, FigureCards, Heading, Para
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.record_builder import ViewBuilder
from iurc_desktop.services.record_render import render_text
from iurc_desktop.services.record_view import DatedList, LinkedList


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    ctx = AppContext.open(tmp_path_factory.mktemp("real"))  # the catalogue shipped with the app
    yield ctx
    ctx.close()


def every_record(ctx: AppContext) -> Iterator[tuple[Kind, str]]:
    for kind in Kind:
        for record_id in ctx.catalogue_store.ids(kind):
            yield kind, record_id


def test_every_reference_is_a_link_on_its_page_and_no_page_is_a_dead_end(real: AppContext) -> None:
    catalogue = real.catalogue
    builder = ViewBuilder(catalogue, Lang.EN)
    keys = list(every_record(real))
    assert len(keys) > 250
    missing, dead_ends = [], []
    for key in keys:
        view = builder.build(*key)
        shown = {link.key for link in view.links()}
        for link in catalogue.links_many([key])[key]:
            if (link.kind, link.id) not in shown:
                missing.append(f"{key[0].value}:{key[1]} does not link {link.kind.value}:{link.id} ({link.field})")
        # a page leads on at least through its sources (whose pages list what else they tell); beyond that, only
        # a record the catalogue relates to nothing else (three experts named only in a list of authors) may stop
        related = [link for link in catalogue.links_many([key])[key] if link.kind is not Kind.SOURCE]
        if not shown or (related and all(k is Kind.SOURCE for k, _i in shown)):
            dead_ends.append(f"{key[0].value}:{key[1]}")
    assert not missing, missing[:10]
    assert not dead_ends, dead_ends[:10]


@pytest.mark.parametrize(
    ("kind", "record_id", "wanted"),
    [
        (Kind.CONTRIBUTION, "webinar-circular-economy--zhengzhou", {(Kind.PLACE, "zhengzhou")}),
        (Kind.PARTNERSHIP, "lazio--zhengzhou", {(Kind.EVENT, "visit-2023-zhengzhou")}),
    ],
)
def test_links_go_both_ways(real: AppContext, kind: Kind, record_id: str, wanted: set[tuple[Kind, str]]) -> None:
    view = ViewBuilder(real.catalogue, Lang.EN).build(kind, record_id)
    assert wanted <= {link.key for link in view.links()}
    for other_kind, other_id in wanted:
        back = ViewBuilder(real.catalogue, Lang.EN).build(other_kind, other_id)
        assert (kind, record_id) in {link.key for link in back.links()}


def test_a_page_builds_in_at_most_five_statements(real: AppContext) -> None:
    statements: list[str] = []
    worst = 0
    with real.catalogue_store.traced(statements.append):
        for key in every_record(real):
            statements.clear()
            ViewBuilder(CatalogueService(real.catalogue_store, real.collation), Lang.ZH).build(*key)  # cold caches
            worst = max(worst, len(statements))
    assert worst <= 5


def pack_text(ctx: AppContext, place: str, lang: Lang) -> str:
    composer = BriefingComposer(ctx.catalogue)
    selection = composer.propose(BriefingSubject(places=(place,)))
    document = BriefingPackBuilder(ctx.catalogue).build(selection, BriefingOptions(lang=lang))
    host = next(s for s in document.sections if s.kind is SectionKind.HOST)
    lines = []
    for block in host.blocks:
        if isinstance(block, Heading | Para):
            lines.append(block.line.primary)
        elif isinstance(block, Bullets):
            lines += [line.primary for line in block.lines]
        elif isinstance(block, Fields):
            lines += [f"{k.primary} {v.primary}" for k, v in block.rows]
        elif isinstance(block, FigureCards):
            lines += [f"{v} {line.primary}" for v, line in block.cards]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", LANGS)
def test_screen_pack_and_terminal_state_the_same_facts(real: AppContext, lang: Lang, qapp: object) -> None:
    from PySide6.QtGui import QTextDocument

    from iurc_desktop.ui.record_page import render_html

    view = ViewBuilder(real.catalogue, lang).build(Kind.PLACE, "zhengzhou")
    document = QTextDocument()
    document.setHtml(render_html(view))
    screen, terminal, pack = document.toPlainText(), render_text(view), pack_text(real, "zhengzhou", lang)
    presented = view.block("presented")
    partners = view.block("partners")
    assert isinstance(presented, DatedList) and isinstance(partners, LinkedList)
    from iurc_desktop.services.record_render import Speaker

    say = Speaker(lang)
    facts = [say.plain(e.title, False) for e in presented.entries] + [say.when(e.when) for e in presented.entries]
    facts += [say.plain(f.values[0], False) for e in partners.entries for f in e.facts]
    facts = [f for f in facts if f]
    assert len(facts) > 10
    for rendering in (screen, terminal, pack):
        assert [f for f in facts if f not in rendering] == []


@pytest.mark.parametrize(
    ("lang", "presented", "timeline", "topic"),
    [
        ("en", "Waste-to-energy and landfill restoration", "4–5 Jul 2023", "Organic and peri-urban agriculture"),
        ("zh", "垃圾发电与垃圾填埋场生态修复", "2023年7月4日", "有机农业与近郊农业"),
        ("pt", "Webinar do IURC-China", "4–5 de jul. de 2023", "Agricultura biológica e periurbana"),
    ],
)
def test_show_place_reads_as_a_dossier(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, presented: str, timeline: str, topic: str
) -> None:
    assert main(["--data-dir", str(tmp_path), "show", "place", "zhengzhou", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert presented in out and timeline in out and topic in out
    assert "lazio--zhengzhou" not in out  # names, not ids


def test_lists_follow_each_languages_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "list", "place", "--lang", "zh"]) == 0
    names = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert names.index("北京") < names.index("长春") < names.index("成都")
    assert main(["--data-dir", str(tmp_path), "list", "place", "--lang", "en"]) == 0
    names = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert names.index("Málaga") < names.index("Murcia")


def test_no_interface_code_reaches_into_the_catalogue_store() -> None:
    root = Path(__file__).resolve().parent.parent / "iurc_desktop"
    offenders = [
        str(path.relative_to(root))
        for folder in ("ui", "services/briefing")
        for path in (root / folder).rglob("*.py")
        if ".store." in path.read_text(encoding="utf-8") or "catalogue.store" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
