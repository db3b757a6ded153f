"""Import data update… in the GUI: preview what changes, apply, see the new catalogue, roll back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.updates.keys import load_private_key
from iurc_desktop.ui.import_dialog import ImportDialog
from iurc_desktop.ui.main_window import MainWindow
from tests.conftest import main_window_on, small_content
from tests.update_helpers import bundle, content_with, file_hash, make_key, renamed, trusting_service


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:
    make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")

    def with_a_note(ctx: AppContext) -> None:
        ctx.user.add_note(RecordKey(Kind.PLACE, "guangzhou"), "Trade office contacts", "Guangzhou")

    with main_window_on(qtbot, data_dir, with_a_note) as win:
        yield win


def new_bundle(tmp_path: Path, version: str = "2026.2") -> Path:
    base = small_content()
    yangzhou = base.get(Kind.PLACE, "yangzhou")
    assert yangzhou is not None
    updated = content_with(base, renamed(yangzhou, "Yangzhou City"), drop=["guangzhou"])
    return bundle(updated, load_private_key(tmp_path / "publisher.key"), tmp_path / f"{version}.iurcdata", version)


def tree_texts(dialog: ImportDialog) -> list[str]:
    out: list[str] = []

    def walk(item: QTreeWidgetItem) -> None:
        out.append(item.text(0))
        for i in range(item.childCount()):
            child = item.child(i)
            assert child is not None
            walk(child)

    for i in range(dialog.changes.topLevelItemCount()):
        item = dialog.changes.topLevelItem(i)
        assert item is not None
        walk(item)
    return out


def test_preview_apply_and_rollback(window: MainWindow, qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    window.import_update(new_bundle(tmp_path))
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.apply_button.isVisible(), timeout=10000)
    texts = tree_texts(dialog)
    assert "changed: Yangzhou City" in texts and "removed: Guangzhou" in texts
    assert "Places — Added: 0 · Changed: 1 · Removed: 1" in texts
    before = file_hash(data_dir / "catalogue.sqlite3")
    assert window.svc.catalogue.info().version == "2026.1"  # a preview changes nothing
    assert file_hash(data_dir / "catalogue.sqlite3") == before

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is installed" in dialog.status.text(), timeout=10000)
    assert window.svc.catalogue.info().version == "2026.2"
    window.navigation.select("places-china")
    model = window.list_panel.view.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Yangzhou City"]
    window.navigation.select("notes")
    model = window.list_panel.view.model()
    noted = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert noted == ["Guangzhou (record removed in catalogue version 2026.2) — Trade office contacts"]

    assert dialog.rollback_button.isVisible()
    qtbot.mouseClick(dialog.rollback_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.svc.catalogue.info().version == "2026.1", timeout=10000)
    dialog.close()


def test_an_older_bundle_asks_before_installing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.import_update(new_bundle(tmp_path, "2025.1"))
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.anyway_button.isVisible(), timeout=10000)
    assert "not newer than the installed 2026.1" in dialog.status.text()
    assert not dialog.apply_button.isVisible()
    qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.apply_button.isVisible(), timeout=10000)
    dialog.close()


def test_a_bad_file_dropped_on_the_window_is_explained(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "broken.iurcdata"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    no_button, no_key = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, no_button, no_key))
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.status.text(), timeout=10000)
    assert "broken.iurcdata is not an IURC data bundle" in dialog.status.text()
    assert window.svc.catalogue.info().version == "2026.1"
    dialog.close()


def test_the_daily_check_tells_of_a_newer_catalogue(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    import functools
    import http.server
    import json
    import threading

    from iurc_desktop.ui.update_check import DailyUpdateCheck

    site = tmp_path / "site"
    site.mkdir()
    (site / "feed.json").write_text(json.dumps({"latest": {"version": "2026.3", "url": "2026.3.iurcdata"}}))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        updates = window.svc.updates
        updates.configure_channel(f"http://127.0.0.1:{server.server_address[1]}/feed.json", daily=True)
        check = DailyUpdateCheck(updates, window.runner)
        with qtbot.waitSignal(check.available, timeout=10000) as blocker:
            assert check.start_if_due()
        assert "Catalogue 2026.3 is available" in blocker.args[0]
        assert not check.start_if_due()  # checked today already
    finally:
        server.shutdown()
        server.server_close()


def test_the_installed_catalogue_is_dated_as_the_reader_writes_dates(window: MainWindow, qtbot: QtBot) -> None:
    window.set_language(Lang.PT)
    qtbot.waitUntil(lambda: window.lang is Lang.PT)
    window.import_update()
    assert window.import_dialog.installed_label.text() == "Catálogo instalado: 2026.1 (15 de janeiro de 2026)."
    window.import_dialog.close()
