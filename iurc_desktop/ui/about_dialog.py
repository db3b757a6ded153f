"""About IURC Desktop: application and catalogue versions, and the licences of what it ships."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from iurc_desktop import __version__
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.install import EMBEDDED_ORIGIN
from iurc_desktop.services.locale_format import format_iso

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueInfo


def licences_file() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent.parent
    return base / "THIRD_PARTY_LICENSES.md"


class AboutDialog(QDialog):
    def __init__(
        self, info: CatalogueInfo, status: Mapping[str, object], lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About IURC Desktop"))
        self.resize(640, 520)
        header = QLabel()
        header.setTextFormat(Qt.TextFormat.RichText)  # our own markup; every value in it is escaped below
        header.setWordWrap(True)
        origin = info.meta.get("installed_from", "")
        rows = [
            (self.tr("Application version"), __version__),
            (self.tr("Catalogue version"), info.version),
            (self.tr("Catalogue date"), format_iso(info.date, lang)),
            (self.tr("Installed from"), self._origin(origin)),
            (self.tr("Installed at"), format_iso(info.meta.get("installed_at", ""), lang)),
            (self.tr("Signed by key"), self._signer(origin, str(status.get("signer") or ""))),
            (self.tr("Previous version kept for rollback"), str(status.get("previous_version") or "")),
        ]
        table = "".join(f"<tr><td>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows if v)
        tagline = escape(self.tr("Offline catalogue of EU–China urban and regional cooperation."))
        header.setText(f"<h2>IURC Desktop</h2><p>{tagline}</p><table>{table}</table>")
        licences = QTextBrowser()
        licences.setAccessibleName(self.tr("Licences"))
        path = licences_file()
        licences.setMarkdown(path.read_text(encoding="utf-8") if path.is_file() else self.tr("Licence file missing."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(licences, 1)
        layout.addWidget(buttons)

    def _origin(self, installed_from: str) -> str:
        if installed_from == EMBEDDED_ORIGIN:
            return self.tr("the catalogue that comes with the application")
        if installed_from.startswith("bundle "):
            return self.tr("data file %1").replace("%1", installed_from.removeprefix("bundle "))
        return installed_from

    def _signer(self, installed_from: str, signer: str) -> str:
        # the shipped catalogue is vouched for by the application package itself, not by a key
        return self.tr("none needed (part of the application)") if installed_from == EMBEDDED_ORIGIN else signer
