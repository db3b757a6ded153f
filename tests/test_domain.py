"""The language fallback rule and the record codec: what every screen and export relies on."""

from __future__ import annotations

import datetime as dt

import pytest

from iurc_desktop.domain.codec import DecodeError, record_from_plain, references, texts, to_plain
from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import Event, Kind, Place
from tests.conftest import small_content


def test_requested_language_wins() -> None:
    resolved = LocalText(en="Guangzhou", zh="广州", pt="Cantão").resolve(Lang.PT)
    assert (resolved.text, resolved.is_fallback) == ("Cantão", False)


def test_missing_language_falls_back_to_english_and_says_so() -> None:
    resolved = LocalText(en="Imola area", zh="伊莫拉").resolve(Lang.PT)
    assert resolved.text == "Imola area"
    assert resolved.lang is Lang.EN
    assert resolved.is_fallback


def test_without_english_any_language_is_used() -> None:
    resolved = LocalText(zh="汕头").resolve(Lang.PT)
    assert (resolved.text, resolved.lang, resolved.is_fallback) == ("汕头", Lang.ZH, True)


def test_no_text_at_all_is_missing_not_fallback() -> None:
    resolved = LocalText().resolve(Lang.ZH)
    assert resolved.is_missing and not resolved.is_fallback and resolved.text == ""


@pytest.mark.parametrize("spelling", ["pt", "pt_PT", "pt-PT", "PT"])
def test_language_spellings(spelling: str) -> None:
    assert Lang.parse(spelling) is Lang.PT


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        Lang.parse("fr")


def test_every_record_round_trips_through_plain_data() -> None:
    for record in small_content().all():
        assert record_from_plain(record.KIND, to_plain(record)) == record


def test_dates_become_iso_strings() -> None:
    event = Event("e", LocalText(en="E"), start=dt.date(2023, 7, 2), end=dt.date(2023, 7, 3))
    assert to_plain(event)["start"] == "2023-07-02"
    assert record_from_plain(Kind.EVENT, {"id": "e", "name": {"en": "E"}, "start": "2023-07-02"}) == Event(
        "e", LocalText(en="E"), start=dt.date(2023, 7, 2)
    )


def test_a_date_note_is_text_in_three_languages_and_old_english_only_notes_still_load() -> None:
    note = {"en": "only the months are known", "zh": "仅知月份", "pt": "só se conhecem os meses"}
    event = record_from_plain(Kind.EVENT, {"id": "e", "name": {"en": "E"}, "date_note": note})
    assert isinstance(event, Event)
    assert event.date_note.in_lang(Lang.ZH) == "仅知月份"
    # databases and bundles written before the note became multilingual hold a bare English string
    old = record_from_plain(Kind.EVENT, {"id": "e", "name": {"en": "E"}, "date_note": "April 2021"})
    assert isinstance(old, Event)
    assert old.date_note.resolve(Lang.PT).text == "April 2021"
    assert old.date_note.resolve(Lang.PT).is_fallback
    with pytest.raises(DecodeError):  # other text fields stay strict
        record_from_plain(Kind.EVENT, {"id": "e", "name": "E"})


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"id": "x", "name": {"en": "X"}, "colour": "red"}, "colour"),
        ({"id": "x", "name": {"en": "X"}, "latitude": "north"}, "latitude"),
        ({"id": "x", "name": {"fr": "X"}}, "name.fr"),
        ({"id": "x"}, "name"),
        ({"id": "x", "name": {"en": "X"}, "participations": [{"year": 2018}]}, "participations[0].programme"),
    ],
)
def test_decode_errors_name_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(DecodeError) as info:
        record_from_plain(Kind.PLACE, data)
    assert info.value.field == field


def test_references_and_texts_are_found_in_nested_fields() -> None:
    content = small_content()
    case = content.get(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou")
    assert case is not None
    assert ("partners", Kind.PLACE, "yangzhou") in references(case)
    paths = [path for path, _ in texts(case)]
    assert "key_figures[0].label" in paths and "lessons[0]" in paths


def test_place_programmes_come_from_participations() -> None:
    place = small_content().get(Kind.PLACE, "yangzhou")
    assert isinstance(place, Place)
    assert place.programmes == ("iurc-2021-2023",)
