"""About IURC Desktop: application and catalogue versions, and the licences of what it ships."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iurc_desktop import __version__
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.install import EMBEDDED_ORIGIN
from iurc_desktop.services.locale_format import format_iso
from iurc_desktop.services.third_party import ThirdPartyComponent, components, own_licence, summary_file
from iurc_desktop.ui.help_window import add_help_button

if TYPE_CHECKING:
    from iurc_desktop.services.catalogue import CatalogueInfo


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
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setOpenExternalLinks(True)  # licence texts open in the system's text viewer
        self._show_licences()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = QPushButton(self.tr("About Qt"))
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, self.tr("About Qt")))
        buttons.addButton(about_qt, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        add_help_button(buttons, self, "about")
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.licences, 1)
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

    def _kind_title(self, kind: str) -> str:
        titles = {
            "qt": self.tr("Qt (user interface)"),
            "python": self.tr("Python packages"),
            "runtime": self.tr("Python runtime"),
            "font": self.tr("Fonts"),
            "system": self.tr("System libraries included in this build"),
        }
        return titles.get(kind, kind)

    def _show_licences(self) -> None:
        """The generated component list as a table in the interface language; else the Markdown summary."""
        listed = components()
        mit = escape(self.tr("MIT"))
        licence_link = f'<a href="{QUrl.fromLocalFile(str(own_licence())).toString()}">{mit}</a>'
        intro = self.tr("IURC Desktop is free software under the %1 licence.").replace("%1", licence_link)
        if not listed:
            path = summary_file()
            text = path.read_text(encoding="utf-8") if path.is_file() else self.tr("Licence file missing.")
            self.licences.setMarkdown(text)
            return
        heading = escape(self.tr("Third-party components"))
        parts = [f"<p>{intro}</p>", f"<h3>{heading}</h3>"]
        for kind in dict.fromkeys(c.kind for c in listed):
            rows = "".join(self._row(c) for c in listed if c.kind == kind)
            head = "".join(
                f"<th align='left'>{escape(h)}</th>"
                for h in (self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Licence texts"))
            )
            parts.append(
                f"<h4>{escape(self._kind_title(kind))}</h4><table cellpadding='2'><tr>{head}</tr>{rows}</table>"
            )
        self.licences.setHtml("".join(parts))

    def _row(self, component: ThirdPartyComponent) -> str:
        links = ", ".join(
            f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{escape(path.name)}</a>' for path in component.texts
        )
        cells = (escape(component.name), escape(component.version), escape(component.licence), links or "—")
        return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
