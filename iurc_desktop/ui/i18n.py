"""Interface languages at runtime: Qt translators for our strings and Qt's own dialogs, and fonts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.package_files import fonts_dir, translations_dir

QT_LOCALES = {Lang.EN: "en_GB", Lang.ZH: "zh_CN", Lang.PT: "pt_PT"}


def register_fonts() -> list[str]:
    """Make the bundled CJK font available, so Chinese shows on machines without one."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.tt[cf]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def with_fallback(font: QFont, families: list[str]) -> QFont:
    """`font` with `families` (the bundled CJK face) to fall back on. The first family is the face `font`
    resolves to, not its name: the default is often a fontconfig alias ("Sans Serif") that is not among Qt's
    families, and Qt would then draw every script in the CJK face — its Latin letters, its full-width quotes."""
    fallback = QFont(font)
    fallback.setFamilies([QFontInfo(font).family(), *families])
    return fallback


def system_language() -> Lang:
    """The system locale when it is one of ours, else English."""
    name = QLocale.system().name()
    for lang in LANGS:
        if name.lower().startswith(lang.value):
            return lang
    return Lang.EN


class LanguageSwitcher:
    """Installs our catalogue and Qt's (for standard buttons) for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.lang = Lang.EN
        self._installed: list[QTranslator] = []

    def switch(self, lang: Lang) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.lang = lang
        QLocale.setDefault(QLocale(QT_LOCALES[lang]))
        if lang is Lang.EN:
            return
        ours = QTranslator(self.app)
        if ours.load(str(translations_dir() / f"iurc_desktop_{QT_LOCALES[lang]}.qm")):
            self._installed.append(ours)
        if lang is Lang.ZH:  # Qt ships no pt_PT catalogue; our own .ts carries Portugal's standard buttons
            qt_base = QTranslator(self.app)
            if qt_base.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt_base)
        for translator in self._installed:
            self.app.installTranslator(translator)
