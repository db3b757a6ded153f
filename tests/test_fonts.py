"""Latin text keeps the system's face; the bundled CJK face is only the fallback for Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from iurc_desktop.app import make_application
from iurc_desktop.ui.i18n import register_fonts, with_fallback


@pytest.fixture
def bundled() -> list[str]:
    make_application(["test"])
    families = register_fonts()
    assert families, "the bundled Chinese font did not register"
    return families


def test_a_default_font_named_by_an_alias_keeps_its_latin_face(bundled: list[str]) -> None:
    # minimal Linux desktops name the default "Sans Serif", a fontconfig alias Qt does not list among its
    # families: put first as a name, Qt skipped it and drew English and Portuguese in the CJK face
    alias = QFont("Sans Serif")
    system_face = QFontInfo(alias).family()
    if system_face in bundled or not set(QFontDatabase.families()) - set(bundled):
        pytest.skip("this machine has no Latin font of its own")
    font = with_fallback(alias, bundled)
    assert QFontInfo(font).family() == system_face
    assert font.families() == [system_face, *bundled]


def test_the_application_font_falls_back_on_the_bundled_face(bundled: list[str]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = with_fallback(app.font(), bundled)
    assert font.families()[1:] == bundled
    assert font.pointSizeF() == app.font().pointSizeF()
