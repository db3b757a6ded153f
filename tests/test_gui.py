"""The main window driven as a delegate would: navigate, open, follow links, search, switch language, take notes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.ui.main_window import MainWindow
from iurc_desktop.ui.models import KEY_ROLE
from tests.conftest import main_window_on

YANGZHOU = RecordKey(Kind.PLACE, "yangzhou")


def listed(win: MainWindow) -> list[str]:
    view = win.list_panel.view
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def switch(win: MainWindow, qtbot: QtBot, lang: Lang, title: str) -> None:
    win.set_language(lang)
    qtbot.waitUntil(lambda: win.windowTitle() == title)  # LanguageChange is posted, not sent


def test_navigation_splits_places_by_region(window: MainWindow) -> None:
    window.navigation.select("places-china")
    assert listed(window) == ["Guangzhou", "Yangzhou"]
    window.navigation.select("places-europe")
    assert listed(window) == ["NCI-Bologna"]


def test_opening_a_record_and_following_links_with_history(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.select("places-china")
    view = window.list_panel.view
    index = next(
        view.model().index(r, 0)
        for r in range(view.model().rowCount())
        if view.model().index(r, 0).data() == "Yangzhou"
    )
    view.activated.emit(index)
    assert window.detail.key == YANGZHOU
    assert "A city on the Grand Canal." in window.detail.browser.toPlainText()
    window.detail.link_activated.emit(RecordKey(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou"))
    assert "parallel design centres" in window.detail.browser.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.key == YANGZHOU
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.detail.key == RecordKey(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou")


def test_search_as_you_type_and_enter_opens_the_first_hit(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "Cantao")
    qtbot.waitUntil(lambda: window.list_panel.showing_results() and listed(window) != [])
    assert listed(window)[0].startswith("Guangzhou")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.detail.key == RecordKey(Kind.PLACE, "guangzhou")


def test_an_empty_search_says_so(window: MainWindow, qtbot: QtBot) -> None:
    window.search_box.setText("Atlantis")
    qtbot.waitUntil(lambda: window.list_panel.message.isVisible())
    assert "No match for “Atlantis”." in window.list_panel.message.text()


def test_language_switch_changes_every_string_and_record(window: MainWindow, qtbot: QtBot) -> None:
    window.open_record(YANGZHOU)
    window.navigation.select("places-china")
    switch(window, qtbot, Lang.ZH, "IURC 桌面版")
    assert window.navigation.topLevelItem(0).text(0) == "地方"  # type: ignore[union-attr]
    assert "扬州" in window.detail.browser.toPlainText()
    assert "广州" in listed(window)
    switch(window, qtbot, Lang.PT, "IURC Desktop")
    qtbot.waitUntil(lambda: window.navigation.topLevelItem(0).text(0) == "Locais")  # type: ignore[union-attr]
    assert window.detail.favourite_button.text() == "☆ Adicionar aos favoritos"
    assert "Cantão" in listed(window)
    switch(window, qtbot, Lang.EN, "IURC Desktop")
    qtbot.waitUntil(lambda: window.navigation.topLevelItem(0).text(0) == "Places")  # type: ignore[union-attr]


def test_a_status_message_does_not_outlive_its_language(window: MainWindow, qtbot: QtBot) -> None:
    window.search_box.setText("Cantao")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "1 result")  # the count, said and shown
    switch(window, qtbot, Lang.ZH, "IURC 桌面版")
    assert window.statusBar().currentMessage() in ("", "1 个结果")  # never the English count
    switch(window, qtbot, Lang.EN, "IURC Desktop")
    assert window.statusBar().currentMessage() in ("", "1 result")
    window.navigation.select("places-europe")  # a list, not the results the count was of
    assert window.statusBar().currentMessage() == ""


def test_the_chosen_language_is_remembered(window: MainWindow, qtbot: QtBot, data_dir: Path) -> None:
    switch(window, qtbot, Lang.ZH, "IURC 桌面版")
    ctx = AppContext.open(data_dir)
    try:
        assert ctx.user.setting("language") == "zh"
    finally:
        ctx.close()


def test_notes_and_favourites_survive_a_restart(window: MainWindow, qtbot: QtBot, data_dir: Path) -> None:
    window.open_record(YANGZHOU)
    window.detail.note_edit.setPlainText("Ask about the <design> centre & budget")
    qtbot.mouseClick(window.detail.add_note_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.detail.favourite_button, Qt.MouseButton.LeftButton)
    window.navigation.select("favourites")
    assert listed(window) == ["Yangzhou"]
    window.close()
    with main_window_on(qtbot, data_dir) as again:
        assert again.detail.key == YANGZHOU  # the last record is reopened
        assert again.detail.favourite_button.isChecked()
        notes = [again.detail.notes_list.item(i).text() for i in range(again.detail.notes_list.count())]
        assert notes[0].endswith("Ask about the <design> centre & budget")
        again.navigation.select("notes")
        assert listed(again) == ["Yangzhou — Ask about the <design> centre & budget"]


def test_item_models_pass_the_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.navigation.select("places-china")
    qtmodeltester.check(window.list_panel.records)
    window.search_box.setText("Yangzhou")
    window.run_search()
    qtmodeltester.check(window.list_panel.results)
    assert window.list_panel.results.index(0, 0).data(KEY_ROLE)[0] in {k.value for k in Kind}


def test_notes_are_found_by_search(window: MainWindow, qtbot: QtBot) -> None:
    window.open_record(YANGZHOU)
    window.detail.note_edit.setPlainText("Bring the horticulture brochure")
    qtbot.mouseClick(window.detail.add_note_button, Qt.MouseButton.LeftButton)
    window.search_box.setText("brochure")
    qtbot.waitUntil(lambda: window.list_panel.showing_results() and listed(window) != [])
    assert listed(window)[0].startswith("Yangzhou — my note")


@pytest.mark.parametrize(
    ("kind", "record_id", "expected"),
    [
        (Kind.EVENT, "webinar-circular", "What each place presented"),
        (Kind.PARTNERSHIP, "nci-bologna--yangzhou", "Green design"),
        (Kind.CASE_STUDY, "cs-nci-bologna-yangzhou", "Lessons learned"),
        (Kind.PROGRAMME, "iurc-2021-2023", "Places"),
        (Kind.PLACE, "nci-bologna", "Also known as"),
    ],
)
def test_every_kind_has_a_readable_page(window: MainWindow, kind: Kind, record_id: str, expected: str) -> None:
    window.open_record(RecordKey(kind, record_id))
    text = window.detail.browser.toPlainText()
    assert expected in text
    assert "Sources" in text


def test_facets_narrow_a_list_by_country_programme_and_year(window: MainWindow) -> None:
    import datetime as dt

    from iurc_desktop.services.catalogue import ListItem

    items = [
        ListItem(Kind.PLACE, "bari", "Bari", False, "IT", ("iurc-2021-2023",)),
        ListItem(Kind.PLACE, "lazio", "Lazio", False, "IT", ("iurc-2021-2023",)),
        ListItem(Kind.PLACE, "sofia", "Sofia", False, "BG", ("iurc-2021-2023", "iuc-2016-2020")),
        ListItem(Kind.EVENT, "v", "Visit", False, "", (), dt.date(2022, 12, 30), dt.date(2023, 1, 2)),
    ]
    panel = window.list_panel
    panel.show_items(items, Lang.PT, {"iurc-2021-2023": "IURC 2021–2023", "iuc-2016-2020": "IUC 2016–2020"})
    bar = panel.facet_bar
    countries = [bar.country_box.itemText(i) for i in range(bar.country_box.count())]
    assert countries == ["All countries", "Bulgária", "Itália"]  # country names in the content language
    bar.country_box.setCurrentIndex(bar.country_box.findData("IT"))
    assert listed(window) == ["Bari", "Lazio"]
    bar.country_box.setCurrentIndex(0)
    bar.programme_box.setCurrentIndex(bar.programme_box.findData("iuc-2016-2020"))
    assert listed(window) == ["Sofia"]
    bar.programme_box.setCurrentIndex(0)
    bar.year_box.setCurrentIndex(bar.year_box.findData(2023))  # a visit over New Year counts in both years
    assert listed(window) == [
        "2022",
        "30/12/2022 · Visit",
    ]  # a timeline, under its year, dates as in Portugal


def test_favourites_start_a_briefing_pack(window: MainWindow) -> None:
    from iurc_desktop.ui.briefing_dialog import BriefingDialog

    window.open_briefing_for_favourites()
    assert not window.briefing.dialogs  # nothing marked yet: a hint instead
    window.svc.user.set_favourite(YANGZHOU, True)
    window.svc.user.set_favourite(RecordKey(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou"), True)
    window.open_briefing_for_favourites()
    (pack,) = [d for d in window.briefing.dialogs if isinstance(d, BriefingDialog)]
    assert pack.selection.subject.places == ("yangzhou",)
    assert pack.selection.subject.case_studies == ("cs-nci-bologna-yangzhou",)
    pack.close()


def test_about_speaks_the_interface_language(window: MainWindow, qtbot: QtBot, data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / "catalogue.sqlite3")
    with conn:
        conn.execute("UPDATE catalogue_meta SET value = 'bundle iurc-2026-12.iurcdata' WHERE key = 'installed_from'")
    conn.close()
    switch(window, qtbot, Lang.PT, "IURC Desktop")
    qtbot.waitUntil(lambda: window.navigation.topLevelItem(0).text(0) == "Locais")  # type: ignore[union-attr]
    window.show_about()
    header = window.about_dialog.findChildren(QLabel)[0].text()
    assert "ficheiro de dados iurc-2026-12.iurcdata" in header
    assert "15 de janeiro de 2026" in header  # the catalogue date, as a Portuguese reader writes it
    window.about_dialog.close()


def test_the_sort_order_says_date_for_events_and_name_for_places(window: MainWindow) -> None:
    window.navigation.select("places-china")
    assert window.list_panel.sort_box.currentText() == "A–Z"
    window.navigation.select("webinars")
    assert listed(window) == ["2022", "10 Mar 2022 · Circular economy webinar"]
    assert window.list_panel.sort_box.currentText() == "Oldest first"
    window.list_panel.sort_box.setCurrentIndex(1)
    assert window.list_panel.sort_box.currentText() == "Newest first"


def test_chinese_pages_name_documents_and_list_names_the_chinese_way(qtbot: QtBot, tmp_path: Path) -> None:
    # the shipped catalogue: its editors' notes cite "seed 001"
    with main_window_on(qtbot, tmp_path / "real") as win:
        catalogue = win.svc.catalogue
        switch(win, qtbot, Lang.ZH, "IURC 桌面版")
        win.open_record(RecordKey(Kind.CONTRIBUTION, "webinar-circular-economy--suzhou"))
        page = win.detail.browser.toPlainText()
        source = catalogue.find(Kind.SOURCE, "seed-001")
        assert source is not None
        assert "编者注：" in page and source.name.zh in page and "苏州太仓市" in page
        assert "seed 001" not in page.casefold() and "[en]" in page
        win.open_record(RecordKey(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou"))
        assert "博洛尼亚-伊莫拉新区、扬州" in win.detail.browser.toPlainText()  # Chinese enumeration comma
        win.open_record(RecordKey(Kind.CLUSTER, "circular-economy"))
        network = catalogue.find(Kind.NETWORK, "ecological-transition")
        assert network is not None and f"主题网络\n{network.name.zh}" in win.detail.browser.toPlainText()


def test_event_lists_read_as_a_timeline_without_the_series_name(window: MainWindow) -> None:
    import datetime as dt

    from iurc_desktop.services.catalogue import ListItem

    def webinar(key: str, title: str, day: int | None, year: int | None = None) -> ListItem:
        start = dt.date(2022, 3, day) if day else None
        return ListItem(Kind.EVENT, key, title, False, "", (), start, year=year)

    items = [
        webinar("b", "IURC-China webinar: Nature-based Solutions", 25),
        webinar("a", "IURC-China webinar: Tourism & Culture", 4),
        webinar("c", "IURC-China webinar: Circular Cities", 25),
        webinar("d", "IURC-China webinar: date unknown", None),
        webinar("e", "IURC-China webinar: only the year known", None, 2022),
    ]
    window.list_panel.show_items(items, Lang.EN)
    assert listed(window) == [
        "2022",  # each year under its heading
        "2022 · only the year known",  # at the start of its year
        "4 Mar 2022 · Tourism & Culture",
        "25 Mar 2022 · Circular Cities",
        "25 Mar 2022 · Nature-based Solutions",
        "—",
        "IURC-China webinar: date unknown",  # undated (the sources give nothing) after the dated ones
    ]
    bar = window.list_panel.facet_bar
    bar.year_box.setCurrentIndex(bar.year_box.findData(2022))
    assert len(listed(window)) == 5  # the year-only event counts in its year (and its heading); the undated none
    tip = window.list_panel.view.model().index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("IURC-China webinar: Tourism & Culture")  # the whole name is one hover away
