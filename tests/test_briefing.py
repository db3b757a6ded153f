"""Briefing packs: the PDF a delegate prints before a visit, in each language and bilingual."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from iurc_desktop.cli import main
from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.progress import Cancelled, CancelToken
from iurc_desktop.domain.records import Contribution, Kind, Place
from iurc_desktop.domain.user import Note, RecordKey
from iurc_desktop.services.briefing.compose import BriefingSelection, BriefingSubject, SectionKind
from iurc_desktop.services.briefing.document import BriefingOptions
from iurc_desktop.services.briefing.fonts import NO_LINE_START
from iurc_desktop.services.briefing.service import BriefingError, BriefingService
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.storage.catalogue_db import CatalogueStore, write_catalogue
from tests.conftest import small_content

HOSTILE = '<b>bold</b> & <para><font name="x">injected</font> ]]> &amp; &#0;'
LONG_WORD = "Ioannina" * 625  # 5,000 characters without a space
CHINESE_RUN = "扬州在绿色设计方面积累了经验，并希望与欧洲伙伴合作。" * 30 + "（例如：设计中心、试点项目！）" * 10


def adversarial_content() -> CatalogueContent:
    content = small_content()
    places = content.records[Kind.PLACE]
    yangzhou = places["yangzhou"]
    assert isinstance(yangzhou, Place)
    places["yangzhou"] = dataclasses.replace(
        yangzhou,
        summary=LocalText(
            en=f"{HOSTILE} {LONG_WORD} Met Corina Crețu.", zh=CHINESE_RUN, pt="Sem acentos? Não: informação."
        ),
        interests=LocalText(en="Green design & <circular> economy"),  # no zh or pt: falls back
    )
    contributions = content.records[Kind.CONTRIBUTION]
    contribution = contributions["webinar-circular--yangzhou"]
    assert isinstance(contribution, Contribution)
    contributions[contribution.id] = dataclasses.replace(contribution, cooperation=LocalText(zh=CHINESE_RUN))
    return content


@pytest.fixture
def service(tmp_path: Path) -> BriefingService:
    db = tmp_path / "catalogue.sqlite3"
    write_catalogue(adversarial_content(), db, {"version": "2026.1", "date": "2026-01-15", "title": "Test"})
    note = Note(
        1,
        RecordKey(Kind.PLACE, "yangzhou"),
        f"Ask about {HOSTILE}",
        "Yangzhou",
        dt.datetime(2026, 1, 1),
        dt.datetime(2026, 1, 1),
    )

    def notes_for(key: RecordKey) -> list[Note]:
        return [note] if key == note.record else []

    return BriefingService(CatalogueService(CatalogueStore(db)), notes_for)


def subject() -> BriefingSubject:
    return BriefingSubject(
        places=("yangzhou",),
        title="Visit <to> Yangzhou & more",
        start=dt.date(2026, 3, 2),
        end=dt.date(2026, 3, 5),
        delegation=("Ana Sousa",),
        purpose="Green design",
    )


def render(
    service: BriefingService, tmp_path: Path, lang: Lang, second: Lang | None = None, paper: str = "a4"
) -> tuple[PdfReader, str]:
    target = tmp_path / f"pack-{lang.value}-{second.value if second else ''}.pdf"
    options = BriefingOptions(lang, second, paper)  # type: ignore[arg-type]
    service.render(service.propose(subject()), options, target)
    reader = PdfReader(target)
    return reader, "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (Lang.EN, ["Yangzhou", "Host profile", "Green Design Centre", "parallel design centres", "China"]),
        (Lang.ZH, ["扬州", "东道方概况", "绿色设计中心", "平行设计中心", "中国", "2026年3月2日"]),
        (Lang.PT, ["Perfil do anfitrião", "Centro de Design Verde", "centros de design paralelos", "Itália"]),
    ],
)
def test_pack_speaks_the_chosen_language(
    service: BriefingService, tmp_path: Path, lang: Lang, expected: list[str]
) -> None:
    _reader, text = render(service, tmp_path, lang)
    for word in expected:
        assert word in text


def test_bilingual_pack_carries_both_languages(service: BriefingService, tmp_path: Path) -> None:
    _reader, text = render(service, tmp_path, Lang.EN, Lang.ZH)
    assert "Host profile" in text and "东道方概况" in text
    assert "Green Design Centre" in text and "绿色设计中心" in text


def test_all_fonts_are_embedded(service: BriefingService, tmp_path: Path) -> None:
    reader, _text = render(service, tmp_path, Lang.ZH)
    for page in reader.pages:
        resources: Any = page["/Resources"]  # pypdf's generic PdfObject: dictionaries here
        fonts: Any = resources["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_markup_in_data_is_printed_literally(service: BriefingService, tmp_path: Path) -> None:
    _reader, text = render(service, tmp_path, Lang.EN)
    flat = text.replace("\n", " ")
    assert "<b>bold</b>" in flat
    assert "Visit <to> Yangzhou & more" in flat
    assert "Ask about" in flat


def test_letters_the_font_lacks_are_printed_in_their_nearest_form(service: BriefingService, tmp_path: Path) -> None:
    _reader, text = render(service, tmp_path, Lang.EN)
    assert "Creţu" in text  # t with comma below is not in the font: t with cedilla is, never a blank


def test_a_very_long_word_is_wrapped_not_lost(service: BriefingService, tmp_path: Path) -> None:
    _reader, text = render(service, tmp_path, Lang.EN)
    assert text.replace("\n", "").count("Ioannina") >= 600


def test_no_chinese_line_starts_with_closing_punctuation(service: BriefingService, tmp_path: Path) -> None:
    _reader, text = render(service, tmp_path, Lang.ZH)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert len(lines) > 20
    offenders = [line for line in lines if line[0] in NO_LINE_START]
    assert offenders == []


def test_missing_language_falls_back_visibly(service: BriefingService, tmp_path: Path) -> None:
    _reader, text = render(service, tmp_path, Lang.PT)
    assert "Green design & <circular> economy" in text
    assert "[en]" in text


def test_contents_outline_and_page_numbers(service: BriefingService, tmp_path: Path) -> None:
    reader, text = render(service, tmp_path, Lang.EN)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:4] == ["At a glance", "Map", "Host profile", "History of cooperation"]
    assert "Contents" in text and f"Page {len(reader.pages)}" in text


def test_the_contents_give_the_page_each_section_starts_on(tmp_path: Path) -> None:
    # the real catalogue, so the pack runs over many pages; numbers are drawn before their pages exist
    from iurc_desktop.services.context import AppContext

    ctx = AppContext.open(tmp_path / "real")
    try:
        pack = BriefingService(ctx.catalogue)
        target = tmp_path / "zhengzhou.pdf"
        pack.render(pack.propose(BriefingSubject(places=("zhengzhou",))), BriefingOptions(Lang.EN), target)
    finally:
        ctx.close()
    reader = PdfReader(target)
    pages = [page.extract_text() or "" for page in reader.pages]
    # the contents may run over more than one page: the body starts where the first section does
    body = next(n for n, text in enumerate(pages, start=1) if n > 2 and "At a glance" in text.splitlines())
    contents = "\n".join(pages[1 : body - 1]).split("Contents", 1)[1]
    lines = [line.strip() for line in contents.splitlines() if line.strip()]
    listed = {title: int(number) for title, number in itertools.pairwise(lines) if number.isdigit()}
    sections = ["At a glance", "Map", "History of cooperation", "People from previous exchanges", "Glossary"]
    assert set(sections) <= set(listed)
    for title in sections:
        start = next(n for n, text in enumerate(pages, start=1) if n >= body and title in text.splitlines())
        assert listed[title] == start, title
    assert max(listed.values()) <= len(reader.pages)


def test_letter_paper(service: BriefingService, tmp_path: Path) -> None:
    reader, _text = render(service, tmp_path, Lang.EN, paper="letter")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_proposed_sections_cover_the_history_with_the_host(service: BriefingService) -> None:
    selection = service.propose(subject())
    history = selection.section(SectionKind.HISTORY)
    assert history is not None
    assert RecordKey(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou") in history.records
    assert RecordKey(Kind.EVENT, "webinar-circular") in history.records
    partners = selection.section(SectionKind.PARTNERS)
    assert partners is not None and partners.records[0] == RecordKey(Kind.PLACE, "nci-bologna")


def test_a_saved_selection_comes_back_identical(service: BriefingService) -> None:
    selection = service.propose(subject()).without(SectionKind.GLOSSARY)
    assert BriefingSelection.from_payload(selection.to_payload()) == selection


def test_cancel_stops_and_leaves_no_file(service: BriefingService, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        service.render(service.propose(subject()), BriefingOptions(), target, cancel=token)
    assert not target.exists() and not list(tmp_path.glob(".briefing-*"))


def test_a_failed_write_keeps_the_previous_pack(service: BriefingService, tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="does not exist"):
        service.render(service.propose(subject()), BriefingOptions(), tmp_path / "missing" / "pack.pdf")
    target = tmp_path / "pack.pdf"
    service.render(service.propose(subject()), BriefingOptions(), target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        service.render(service.propose(subject()), BriefingOptions(Lang.ZH), target, cancel=token)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_brief_command_writes_a_pack(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "yangzhou.pdf"
    args = ["--data-dir", str(data_dir), "brief", "--place", "yangzhou", "--lang", "zh", "--bilingual", "en"]
    assert main([*args, "-o", str(out)]) == 0
    assert "pages" in capsys.readouterr().out
    text = "".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert "扬州" in text and "Host profile" in text


def test_brief_command_rejects_an_unknown_place(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(data_dir), "brief", "--place", "atlantis", "-o", str(out)]) == 2
    assert "There is no record “place:atlantis”" in capsys.readouterr().err
    assert not out.exists()


def test_a_damaged_font_is_reported_and_no_half_written_pack_is_left(tmp_path: Path) -> None:
    import subprocess
    import sys

    # A fresh interpreter, because this one has registered the good font already.
    script = """
import sys
from pathlib import Path
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.briefing import fonts
from iurc_desktop.services.briefing.document import BriefingOptions
from iurc_desktop.domain.errors import UserError
from iurc_desktop.services.briefing.service import BriefingService
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.storage.catalogue_db import CatalogueStore, write_catalogue
from tests.conftest import small_content
from tests.test_briefing import subject

folder = Path(sys.argv[1])
bogus = folder / "wqy-microhei.ttc"
bogus.write_bytes(b"not a font")
fonts.font_path = lambda extra_dirs=(): bogus
write_catalogue(small_content(), folder / "c.sqlite3", {"version": "1"})
service = BriefingService(CatalogueService(CatalogueStore(folder / "c.sqlite3")))
try:
    service.render(service.propose(subject()), BriefingOptions(Lang.ZH), folder / "pack.pdf")
except UserError as exc:
    print("ERROR", exc)
"""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, cwd=root)
    assert "ERROR The font file" in done.stdout and "cannot be used" in done.stdout, done.stderr
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []
