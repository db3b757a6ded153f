"""About lists the build's third-party components in the interface language and offers About Qt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from iurc_desktop.app import make_application
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services import third_party
from iurc_desktop.services.context import AppContext
from iurc_desktop.ui.about_dialog import AboutDialog
from iurc_desktop.ui.i18n import LanguageSwitcher

COMPONENTS = [
    {"name": "Qt 6 (PySide6_Essentials)", "version": "6.12.0", "kind": "qt", "licence": "LGPL-3.0-only",
     "files": ["qt/LGPL-3", "qt/README-Qt-LGPL.txt"], "contents": []},
    {"name": "SQLAlchemy", "version": "2.1.9", "kind": "python", "licence": "MIT",
     "files": ["python/SQLAlchemy/LICENSE"], "contents": []},
    {"name": "libfontconfig1", "version": "2.14.1-4", "kind": "system", "licence": "MIT",
     "files": ["system/libfontconfig1/copyright"], "contents": ["libfontconfig.so.1"]},
]  # fmt: skip


@pytest.fixture
def frozen_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder as packaging/licences.py writes it into a frozen build."""
    (tmp_path / "third-party.json").write_text(json.dumps(COMPONENTS), encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT License\n", encoding="utf-8")
    for component in COMPONENTS:
        for name in component["files"]:
            text = tmp_path / "licences" / str(name)
            text.parent.mkdir(parents=True, exist_ok=True)
            text.write_text("licence text\n", encoding="utf-8")
    monkeypatch.setattr(third_party, "shipped_root", lambda: tmp_path)
    monkeypatch.setattr(third_party, "licences_dir", lambda: tmp_path / "licences")
    return tmp_path


@pytest.fixture
def switcher(qtbot: QtBot) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(make_application([]))
    yield switcher
    switcher.switch(Lang.EN)


def about(qtbot: QtBot, data_dir: Path, lang: Lang) -> AboutDialog:
    ctx = AppContext.open(data_dir)
    try:
        dialog = AboutDialog(ctx.catalogue.info(), {}, lang)
    finally:
        ctx.close()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (Lang.EN, ("Third-party components", "Python packages", "Licence texts", "LGPL-3.0-only")),
        (Lang.ZH, ("第三方组件", "Python 软件包", "许可证文本", "本版本所含的系统库")),
        (Lang.PT, ("Componentes de terceiros", "Pacotes Python", "Textos das licenças", "Bibliotecas do sistema")),
    ],
)
def test_about_lists_the_components_in_the_interface_language(
    qtbot: QtBot, data_dir: Path, frozen_layout: Path, switcher: LanguageSwitcher, lang: Lang, words: tuple[str, ...]
) -> None:
    switcher.switch(lang)
    dialog = about(qtbot, data_dir, lang)
    html = dialog.licences.toHtml()
    for word in words:
        assert word in html
    assert (frozen_layout / "licences" / "qt" / "LGPL-3").as_uri() in html  # each text opens from a link
    about_qt = [b for b in dialog.findChildren(QPushButton) if "Qt" in b.text()]
    assert len(about_qt) == 1


def test_about_falls_back_to_the_summary_in_a_checkout(qtbot: QtBot, data_dir: Path) -> None:
    dialog = about(qtbot, data_dir, Lang.EN)
    assert "SQLAlchemy" in dialog.licences.toPlainText()
