"""What a delegate reads in the window, in each language: sentences run on as the language writes them, one
word for the briefing pack, and controls that are greyed out say why."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.services.locale_format import join_sentences
from iurc_desktop.services.updates.installer import CatalogueVersionInfo
from iurc_desktop.ui.main_window import MainWindow
from tests.conftest import REPO, search


@pytest.fixture
def window(shipped_window: MainWindow) -> MainWindow:
    return shipped_window


def a_person(win: MainWindow) -> RecordKey:
    return RecordKey(Kind.PERSON, win.svc.catalogue.records(Kind.PERSON)[0].id)


# sentences one after another: "。" is followed by the next sentence, not by a space


def test_chinese_sentences_run_on_and_the_others_are_spaced() -> None:
    assert join_sentences(["没有结果。", "已尝试：名称。"], Lang.ZH) == "没有结果。已尝试：名称。"
    assert join_sentences(["No match.", "Tried: names."], Lang.EN) == "No match. Tried: names."
    assert join_sentences(["Nada.", ""], Lang.PT) == "Nada."


def test_a_chinese_empty_search_and_its_suggestion_have_no_space_after_the_full_stop(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.set_language(Lang.ZH)
    qtbot.wait(50)
    for query in ("xyzzyq", "扬洲"):  # nothing found (what was tried); close hits and "did you mean"
        search(window, query)
        message = window.list_panel.message.text()
        assert "。" in message and not re.search(r"[。；？] ", message), message
    window.set_language(Lang.EN)
    qtbot.wait(50)
    search(window, "xyzzyq")
    assert re.search(r"”\. Tried", window.list_panel.message.text())


def test_the_import_dialogs_installed_line_runs_on_in_chinese(window: MainWindow, qtbot: QtBot) -> None:
    window.set_language(Lang.ZH)
    qtbot.wait(50)
    window.import_update()
    dialog = window.import_dialog
    kept = CatalogueVersionInfo("2026.1.1", "2026-01-15", "bundle a.iurcdata", "", "")
    dialog.updates.previous = lambda: kept  # type: ignore[method-assign]
    dialog._show_installed()
    text = dialog.installed_label.text()
    assert "2026.1.1" in text and "。 " not in text and "。保留" in text
    dialog.close()


# one word for the briefing pack in each language


def _translations(lang: str) -> dict[str, str]:
    name = {"zh": "iurc_desktop_zh_CN.ts", "pt": "iurc_desktop_pt_PT.ts"}[lang]
    root = ET.parse(REPO / "translations" / name).getroot()
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in root.iter("message")}


# the saved choices are "pacotes guardados" (the guide's menu names); the document itself is a "dossier"
SAVED_CHOICES = re.compile(r"save pack|saved pack|save this pack|rename pack|delete pack|pack's choices", re.I)


def test_the_briefing_pack_has_one_name_in_portuguese_and_chinese() -> None:
    pt = {s: t for s, t in _translations("pt").items() if re.search(r"\bpacks?\b", s) and not SAVED_CHOICES.search(s)}
    assert len(pt) > 10
    assert [s for s, t in pt.items() if "pacote" in t.casefold()] == []
    assert [s for s, t in _translations("zh").items() if "简报包" in t] == []


def test_the_pack_tooltips_say_dossier_in_portuguese(window: MainWindow, qtbot: QtBot) -> None:
    window.set_language(Lang.PT)
    qtbot.wait(50)
    window.open_record(RecordKey(Kind.PLACE, "zhengzhou"))
    assert "dossier" in window.brief_action.toolTip()
    window.open_record(a_person(window))
    assert "dossiers" in window.brief_action.toolTip() and "pacote" not in window.brief_action.toolTip()


# greyed-out controls say why


def test_the_record_pages_pack_and_map_buttons_say_why_they_are_greyed_out(window: MainWindow, qtbot: QtBot) -> None:
    detail = window.detail
    window.open_record(RecordKey(Kind.PLACE, "zhengzhou"))
    assert detail.brief_button.isEnabled() and "Ctrl+P" in detail.brief_button.toolTip()
    assert detail.map_button.isEnabled() and "Ctrl+M" in detail.map_button.toolTip()
    window.open_record(a_person(window))
    assert not detail.brief_button.isEnabled() and "Packs are made for places" in detail.brief_button.toolTip()
    assert not detail.map_button.isEnabled() and "Only places" in detail.map_button.toolTip()
    window.set_language(Lang.ZH)  # the reasons follow the language
    qtbot.wait(50)
    assert "地图" in detail.map_button.toolTip() and "简报" in detail.brief_button.toolTip()


def test_the_list_filter_and_sort_wait_during_a_search_and_say_why(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.list_panel
    window.navigation.select("timeline")
    qtbot.wait(20)
    assert panel.sort_box.isEnabled() and panel.filter_edit.isEnabled() and not panel.sort_box.toolTip()
    search(window, "Beijing")
    qtbot.waitUntil(panel.showing_results)
    for tool in (panel.sort_box, panel.filter_edit):  # results are by relevance: sorting them would do nothing
        assert not tool.isEnabled() and "relevance" in tool.toolTip()
    window.set_language(Lang.PT)
    qtbot.wait(50)
    assert "relevância" in panel.sort_box.toolTip()
    window.navigation.select("webinars")
    qtbot.wait(20)
    assert panel.sort_box.isEnabled() and panel.filter_edit.isEnabled() and not panel.filter_edit.toolTip()
