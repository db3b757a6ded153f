"""The GUI at its edges: the import dialog opens clean, an unknown publisher can be trusted after confirming its
fingerprint, text from a bundle never renders as markup, Qt's own dialogs speak Portuguese, a bug opens one dialog."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from iurc_desktop import logs
from iurc_desktop.app import make_application
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.updates.keys import generate_keypair, load_private_key
from iurc_desktop.ui.bug_dialog import BugDialog, install_error_hooks
from iurc_desktop.ui.i18n import LanguageSwitcher
from iurc_desktop.ui.import_dialog import ImportDialog
from iurc_desktop.ui.main_window import MainWindow
from tests.conftest import main_window_on, small_content
from tests.update_helpers import bundle, content_with, make_key, renamed, trusting_service


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:
    make_key(tmp_path)
    trusting_service(data_dir, tmp_path / "publisher.key")
    with main_window_on(qtbot, data_dir) as win:
        yield win


def open_from_menu(window: MainWindow, qtbot: QtBot) -> ImportDialog:
    window.import_action.trigger()  # as the menu does: triggered(checked=False)
    dialog = window.import_dialog
    qtbot.wait(300)  # a job, had one started, would have reported by now
    return dialog


def test_the_import_dialog_opens_with_an_empty_status(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_from_menu(window, qtbot)
    assert dialog.status.text() == ""
    assert dialog.task is None and not dialog.trust_button.isVisible()
    dialog.close()


def untrusted_bundle(tmp_path: Path) -> Path:
    generate_keypair(tmp_path / "stranger.key")
    base = small_content()
    yangzhou = base.get(*next((r.KIND, r.id) for r in base.all() if r.id == "yangzhou"))
    assert yangzhou is not None
    updated = content_with(base, renamed(yangzhou, "Yangzhou City"))
    return bundle(updated, load_private_key(tmp_path / "stranger.key"), tmp_path / "2026.2.iurcdata", "2026.2")


def test_a_bundle_from_an_unknown_publisher_can_be_trusted_from_the_gui(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = untrusted_bundle(tmp_path)
    window.import_update(path)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.trust_button.isVisible(), timeout=10000)
    assert "does not trust" in dialog.status.text() and "Nothing was changed" in dialog.status.text()
    assert dialog.untrusted_key is not None
    dialog.offer_trust(tmp_path / "publisher.key.pub")  # a real key, but not the one that signed
    assert "is not the one this update is signed with" in dialog.status.text()
    assert window.svc.updates.keyring.keys().get(dialog.untrusted_key or "") is None

    dialog.offer_trust(tmp_path / "stranger.key.pub")
    box = dialog.trust_box
    assert box.isVisible() and dialog.untrusted_key in box.text() and "Fingerprint" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.apply_button.isVisible(), timeout=10000)  # the preview, now it is trusted
    assert "signed by key" in dialog.status.text()
    assert not dialog.trust_button.isVisible()
    dialog.close()


def test_a_portuguese_screen_says_why_in_portuguese(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.set_language(Lang.PT)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Ficheiro")
    window.import_update(untrusted_bundle(tmp_path))
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.trust_button.isVisible(), timeout=10000)
    status = dialog.status.text()
    assert status.startswith("Não importado:") and "Nada foi alterado" in status
    english = ("does not trust", "signed by", "publisher", "Nothing was changed", "The bundle")
    assert not any(words in status for words in english), status
    dialog.close()


def test_declining_trusts_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.import_update(untrusted_bundle(tmp_path))
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.trust_button.isVisible(), timeout=10000)
    kid = dialog.untrusted_key
    dialog.offer_trust(tmp_path / "stranger.key.pub")
    dialog.trust_box.button(QMessageBox.StandardButton.No).click()
    assert window.svc.updates.keyring.keys().get(kid or "") is None
    dialog.close()


def test_markup_in_a_label_shows_as_characters(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_from_menu(window, qtbot)
    dialog.status.setText("<h1>x</h1>")
    shown = QLabel("<h1>x</h1>")
    shown.setTextFormat(Qt.TextFormat.PlainText)
    rendered = QLabel("<h1>x</h1>")  # what Qt's AutoText would make of it: a big "x"
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert dialog.status.sizeHint().width() >= shown.sizeHint().width() > rendered.sizeHint().width()
    dialog.close()


def test_no_label_of_the_app_guesses_whether_its_text_is_markup(window: MainWindow, qtbot: QtBot) -> None:
    open_from_menu(window, qtbot)
    window.show_about()
    dialogs: list[QDialog] = [window.import_dialog, window.about_dialog]
    labels = [label for widget in (window, *dialogs) for label in widget.findChildren(QLabel)]
    labels = [label for label in labels if not label.objectName().startswith("qt_")]  # Qt's own, not ours
    auto = [label.text()[:40] for label in labels if label.textFormat() == Qt.TextFormat.AutoText]
    assert auto == []  # every label says PlainText (data) or RichText (our own escaped markup)
    for dialog in dialogs:
        dialog.close()


def test_the_file_dialog_reads_in_european_portuguese(qtbot: QtBot) -> None:
    app = make_application([])
    switcher = LanguageSwitcher(app)
    switcher.switch(Lang.PT)
    try:
        dialog = QFileDialog(None, "x", str(Path.home()), "Dados IURC (*.iurcdata)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Procurar em:", "&Nome do ficheiro:", "Ficheiros do &tipo:"} <= texts, texts
    finally:
        switcher.switch(Lang.EN)


@pytest.fixture
def hooks(qtbot: QtBot, tmp_path: Path) -> Iterator[Path]:
    log_path = logs.setup_logging(str(tmp_path / "data"))
    assert log_path is not None
    saved = sys.excepthook, threading.excepthook
    install_error_hooks(make_application([]))
    yield log_path
    sys.excepthook, threading.excepthook = saved
    qInstallMessageHandler(None)
    logs.shutdown_logging()


def test_a_bug_in_the_gui_opens_one_dialog_and_lands_in_the_log(qtbot: QtBot, hooks: Path) -> None:
    for message in ("first injected bug", "second injected bug"):
        try:
            raise RuntimeError(message)
        except RuntimeError:
            kind, exc, tb = sys.exc_info()
            assert kind is not None and exc is not None
            sys.excepthook(kind, exc, tb)
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: any("ZeroDivisionError" in d.details.toPlainText() for d in _bug_dialogs()), timeout=5000)
    dialogs = _bug_dialogs()
    assert len(dialogs) == 1
    assert str(hooks) in dialogs[0].log_label.text()
    assert "second injected bug" in dialogs[0].details.toPlainText()
    text = hooks.read_text(encoding="utf-8")
    assert "RuntimeError: first injected bug" in text and "ZeroDivisionError" in text
    dialogs[0].close()


def _bug_dialogs() -> list[BugDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible()]
