"""Pack templates and forms on the shipped catalogue: pocket brief, thematic packs, agenda, Word documents."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from iurc_desktop.cli import main
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import PlanRef, RecordKey, Stop
from iurc_desktop.services.briefing.compose import BriefingSubject, SectionKind
from iurc_desktop.services.briefing.document import BriefingOptions, Para
from iurc_desktop.services.briefing.fonts import font_path
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.context import AppContext


@pytest.fixture(scope="module")
def real_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("real")
    AppContext.open(folder).close()  # installs the shipped catalogue once
    return folder


@pytest.fixture
def service(real_dir: Path) -> BriefingService:
    ctx = AppContext.open(real_dir)
    return BriefingService(ctx.catalogue, lambda key: list(ctx.user.notes(key)))


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.mark.parametrize(("lang", "name"), [("en", "Zhengzhou"), ("zh", "郑州"), ("pt", "Zhengzhou")])
def test_pocket_brief_fits_on_two_pages(real_dir: Path, tmp_path: Path, lang: str, name: str) -> None:
    out = tmp_path / "x.pdf"
    args = ["--data-dir", str(real_dir), "brief", "--place", "zhengzhou", "--template", "pocket", "--lang", lang]
    assert main([*args, "-o", str(out)]) == 0
    pages, text = pdf_text(out)
    assert pages <= 2
    assert name in text


def test_pocket_brief_has_who_why_figures_five_points_and_contacts(service: BriefingService) -> None:
    selection = service.propose(BriefingSubject(places=("zhengzhou",)), "pocket")
    document = service.builder.build(selection, BriefingOptions(Lang.EN, template="pocket"))
    kinds = [s.kind for s in document.sections]
    assert kinds == [SectionKind.GLANCE, SectionKind.WHY, SectionKind.KEY_FIGURES, SectionKind.TALKING_POINTS,
                     SectionKind.CONTACTS]  # fmt: skip
    points = document.sections[3].blocks
    assert len(points) == 1 and len(getattr(points[0], "lines", ())) == 5


def test_word_document_has_real_headings_tables_and_the_chinese_font(real_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "zhengzhou.docx"
    args = ["--data-dir", str(real_dir), "brief", "--place", "zhengzhou", "--lang", "zh", "--format", "docx"]
    assert main([*args, "-o", str(out)]) == 0
    word = Document(str(out))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "郑州" in text
    headings = [p.text for p in word.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert "东道方概况" in headings and len(headings) > 10
    assert len(word.tables) >= 3  # the cover's facts, figure cards, the profile's facts
    fonts = word.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia"))
    header = word.sections[0].header.paragraphs[0].text
    assert header and "PAGE" in word.sections[0].footer._element.xml


def test_word_format_must_match_the_file_name(real_dir: Path, tmp_path: Path) -> None:
    args = ["--data-dir", str(real_dir), "brief", "--place", "zhengzhou", "--format", "docx"]
    assert main([*args, "-o", str(tmp_path / "x.pdf")]) == 2


def soffice_to_pdf(docx: Path, folder: Path) -> Path:
    """LibreOffice headless converts the document, finding the pack's CJK font (the bundled one) by fontconfig."""
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{font_path().parent}</dir><cachedir>{folder / 'fc-cache'}</cachedir></fontconfig>"
    )
    profile = folder / "lo-profile"  # its own profile: a running LibreOffice elsewhere does not interfere
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(docx)],
        check=True, capture_output=True, timeout=180, env={**os.environ, "FONTCONFIG_FILE": str(config)},
    )  # fmt: skip
    return folder / f"{docx.stem}.pdf"


NO_SOFFICE = "LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui"


@pytest.mark.skipif(shutil.which("soffice") is None, reason=NO_SOFFICE)
def test_libreoffice_converts_the_word_document(real_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "pocket.docx"
    args = ["--data-dir", str(real_dir), "brief", "--place", "zhengzhou", "--template", "pocket", "--lang", "pt"]
    assert main([*args, "-o", str(out)]) == 0
    pages, text = pdf_text(soffice_to_pdf(out, tmp_path))
    assert pages >= 1 and "Zhengzhou" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason=NO_SOFFICE)
def test_libreoffice_lays_out_a_chinese_dossier_with_its_tables_and_map(real_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "full.docx"
    args = ["--data-dir", str(real_dir), "brief", "--place", "zhengzhou", "--lang", "zh"]
    assert main([*args, "-o", str(out)]) == 0
    converted = soffice_to_pdf(out, tmp_path)
    pages, text = pdf_text(converted)
    assert pages > 5 and "郑州" in text and "东道方概况" in text
    fonts = {str(f.get("/BaseFont", "")) for page in PdfReader(converted).pages for f in _fonts(page)}
    assert any("WenQuanYi" in name for name in fonts), fonts  # Chinese in a CJK face, not in boxes
    images = sum(len(page.images) for page in PdfReader(converted).pages)
    assert images >= 1  # the map (LibreOffice may list a shared picture on every page)


def _fonts(page: Any) -> list[Any]:
    resources = page.get("/Resources") or {}
    fonts = resources.get("/Font") or {}
    return [fonts[name].get_object() for name in fonts]


def test_a_cluster_pack_has_its_webinars_and_members(service: BriefingService, tmp_path: Path) -> None:
    subject = BriefingSubject(theme=RecordKey(Kind.CLUSTER, "circular-economy"))
    selection = service.propose(subject)
    webinars = selection.section(SectionKind.WEBINARS)
    assert webinars is not None and webinars.records
    members = selection.section(SectionKind.MEMBERS)
    assert members is not None and RecordKey(Kind.PLACE, "zhengzhou") in members.records
    result = service.render(selection, BriefingOptions(Lang.EN), tmp_path / "theme.pdf")
    _pages, text = pdf_text(result.path)
    webinar = service.composer.catalogue.record(Kind.EVENT, webinars.records[0].id)
    assert "Circular Economy and Waste Management" in text and "Visit briefing" not in text
    assert webinar.name.in_lang(Lang.EN)[:30] in text.replace("\n", " ")


def test_a_network_pack_gathers_its_clusters(service: BriefingService) -> None:
    selection = service.propose(BriefingSubject(theme=RecordKey(Kind.NETWORK, "ecological-transition")))
    theme = selection.section(SectionKind.THEME)
    assert theme is not None and any(k.kind is Kind.CLUSTER for k in theme.records)


def test_agenda_template_is_day_by_day_then_stops(service: BriefingService, tmp_path: Path) -> None:
    stops = (
        Stop("a", PlanRef(Kind.PLACE, "zhengzhou", "Zhengzhou"), start=dt.date(2026, 5, 4)),
        Stop("b", PlanRef(Kind.PLACE, "yangzhou", "Yangzhou"), start=dt.date(2026, 5, 5)),
    )
    subject = BriefingSubject(places=("zhengzhou", "yangzhou"), title="May visit", itinerary=stops)
    selection = service.propose(subject, "agenda")
    kinds = [s.kind for s in selection.sections if s.kind is not SectionKind.MAP]
    assert kinds[:3] == [SectionKind.COVER, SectionKind.AGENDA, SectionKind.HOST]
    result = service.render(selection, BriefingOptions(Lang.PT, template="agenda"), tmp_path / "agenda.pdf")
    _pages, text = pdf_text(result.path)
    assert "Agenda dia a dia" in text and text.index("Agenda dia a dia") < text.rindex("Yangzhou")


def test_empty_notes_are_the_users_silence_not_the_catalogues(service: BriefingService, tmp_path: Path) -> None:
    selection = service.propose(BriefingSubject(places=("zhengzhou",)))
    document = service.builder.build(selection, BriefingOptions(Lang.EN))
    notes = next(s for s in document.sections if s.kind is SectionKind.NOTES)
    said = [b.line.primary for b in notes.blocks if isinstance(b, Para)]
    assert len(said) == len(notes.blocks)
    assert said == ["You have no notes on these records."]
    left_out = service.builder.build(selection, BriefingOptions(Lang.EN, include_notes=False))
    assert all(s.kind is not SectionKind.NOTES for s in left_out.sections)


def test_a_saved_theme_selection_comes_back(service: BriefingService) -> None:
    from iurc_desktop.services.briefing.compose import BriefingSelection

    selection = service.propose(BriefingSubject(theme=RecordKey(Kind.CHALLENGE, "digital-transition")), "pocket")
    assert BriefingSelection.from_payload(selection.to_payload()) == selection


def busiest_places(ctx: AppContext, count: int) -> list[str]:
    """The places with the most links: the longest pocket briefs."""
    ids = ctx.catalogue_store.ids(Kind.PLACE)
    return sorted(ids, key=lambda pid: -len(ctx.catalogue_store.links(Kind.PLACE, pid)))[:count]


PAIRS = [(a, b) for a in Lang for b in (None, *Lang) if b is not a]


def test_every_pocket_brief_fits_two_pages_in_every_language_and_pair(real_dir: Path, tmp_path: Path) -> None:
    ctx = AppContext.open(real_dir)
    service = BriefingService(ctx.catalogue)
    for place in dict.fromkeys(["zhengzhou", *busiest_places(ctx, 4)]):
        selection = service.propose(BriefingSubject(places=(place,)), "pocket")
        for lang, second in PAIRS:
            result = service.render(selection, BriefingOptions(lang, second, template="pocket"), tmp_path / "p.pdf")
            assert result.pages <= 2, (place, lang, second)
    ctx.close()


def test_the_packs_map_is_the_map_services_from_only_the_packs_records(real_dir: Path) -> None:
    from iurc_desktop.services.briefing.map_section import pack_map_service
    from iurc_desktop.services.map_model import MapService

    ctx = AppContext.open(real_dir)
    full = MapService(ctx.catalogue)
    places = ctx.catalogue_store.ids(Kind.PLACE)
    for place in places:
        assert pack_map_service(ctx.catalogue, (place,), ()).around_places((place,), Lang.ZH) == full.around_places(
            (place,), Lang.ZH
        )
    assert pack_map_service(ctx.catalogue, tuple(places[:4]), ()).plan(places[:4], Lang.PT) == full.plan(
        places[:4], Lang.PT
    )
    ctx.close()


def test_the_word_document_has_the_pdfs_map_as_a_picture(real_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    assert main(["--data-dir", str(real_dir), "brief", "--place", "zhengzhou", "-o", str(out)]) == 0
    word = Document(str(out))
    pictures = word.inline_shapes
    assert len(pictures) == 1
    blob = word.part.related_parts[pictures[0]._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    assert blob.startswith(b"\x89PNG")
    headings = [p.text for p in word.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert "Map" in headings
