"""Interface strings without Qt: the same Qt Linguist catalogues the GUI loads, read for the CLI and for packs.

The GUI translates through `QCoreApplication.translate`; the command line (which never imports Qt) and any
other Qt-free caller read the `.ts` source catalogue here, so both say the same words.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from iurc_desktop.domain.errors import ERRORS_CONTEXT, UserError, render
from iurc_desktop.domain.lang import Lang
from iurc_desktop.package_files import translations_dir

__all__ = ["translate", "translations_dir", "user_message"]

TS_LOCALES = {Lang.ZH: "zh_CN", Lang.PT: "pt_PT"}


@functools.cache
def _catalogue(lang: Lang) -> dict[tuple[str, str], str]:
    locale = TS_LOCALES.get(lang)
    if locale is None:
        return {}
    try:
        root = ET.parse(translations_dir() / f"iurc_desktop_{locale}.ts").getroot()
    except (OSError, ET.ParseError):
        return {}  # a missing catalogue means English, never a crash while reporting another error
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[(name, message.findtext("source") or "")] = translation.text
    return table


def translate(context: str, source: str, lang: Lang) -> str:
    """`source` in `lang` (English when the catalogue lacks it)."""
    return _catalogue(lang).get((context, source), source)


def user_message(error: UserError, lang: Lang) -> str:
    """A user error as the one line its reader sees."""
    return render(translate(ERRORS_CONTEXT, error.message_id, lang), error.params)
