"""The first-run welcome and the What's new note after an upgrade: a dismissible panel above the panes.

A panel, not a modal dialog: nothing blocks the window, the delegate can read it while trying what it says,
and *Close* (or Esc inside it) puts it away. The main window decides when it shows (`services.settings`:
`welcome_seen`, `seen_version`); *Help › Welcome* and *Help › What's new* show it again on request.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from iurc_desktop.domain.lang import Lang


class WelcomePanel(QFrame):
    guide_requested = Signal()
    dismissed = Signal()

    def __init__(self, lang: Callable[[], Lang], catalogue: Callable[[], tuple[str, str]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("welcome-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lang_of, self.catalogue_of = lang, catalogue
        self.mode = ""  # "welcome" or "whats-new"
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setSizeAdjustPolicy(QTextBrowser.SizeAdjustPolicy.AdjustToContents)  # as tall as its text
        self.guide_button = QPushButton()
        self.guide_button.clicked.connect(self.guide_requested)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.dismiss)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.dismiss, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.guide_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_welcome(self) -> None:
        self.mode = "welcome"
        self.retranslate()
        self.setVisible(True)

    def show_whats_new(self) -> None:
        self.mode = "whats-new"
        self.retranslate()
        self.setVisible(True)

    def dismiss(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()

    def retranslate(self) -> None:
        self.guide_button.setText(self.tr("Open the user guide"))
        self.close_button.setText(self.tr("Close"))
        self.text.setAccessibleName(self.tr("Welcome") if self.mode == "welcome" else self.tr("What's new"))
        if self.mode == "welcome":
            self.text.setHtml(self._welcome_html())
        elif self.mode == "whats-new":
            self.text.setMarkdown(self._whats_new_markdown())
        self._fit()

    def _fit(self) -> None:
        """As tall as the text at the current width (no scroll bar for a few lines), at most half the window."""
        document = self.text.document()
        document.setTextWidth(self.text.viewport().width())
        limit = max(self.window().height() // 2, 160)
        height = min(int(document.size().height()) + 8, limit)
        self.text.setMaximumHeight(height)
        self.text.setMinimumHeight(min(height, 96))  # on a small screen it scrolls rather than push the panes off

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _welcome_html(self) -> str:
        version, date = self.catalogue_of()
        about = self.tr(
            "IURC Desktop is the catalogue of the EU–China urban and regional cooperation programmes (IUC and "
            "IURC): the cities and regions that took part, their partnerships, events, case studies and people, "
            "in English, Chinese and Portuguese."
        )
        installed = self.tr(
            "Catalogue %1 of %2 is on this computer. Nothing needs a network: updates come as signed files "
            "that you import when you choose."
        )
        steps = [
            self.tr("Search: press Ctrl+K and type a city, a person or a theme, in any of the three languages."),
            self.tr("A place: choose Places › China or Europe on the left and open a city's dossier."),
            self.tr("A pack: on a place's page press Ctrl+P to make a briefing pack to print or save as PDF."),
        ]
        title, start = self.tr("Welcome to IURC Desktop"), self.tr("Where to start:")
        guide = self.tr("Press F1 at any time for the user guide.")
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        return (
            f"<h3>{escape(title)}</h3><p>{escape(about)}</p>"
            f"<p>{escape(installed.replace('%1', version).replace('%2', date))}</p>"
            f"<p><b>{escape(start)}</b></p><ul>{items}</ul><p>{escape(guide)}</p>"
        )

    def _whats_new_markdown(self) -> str:
        from iurc_desktop import __version__
        from iurc_desktop.services.help import whats_new

        section = whats_new(self.lang_of(), __version__)
        title = self.tr("What's new in IURC Desktop %1").replace("%1", __version__)
        body = section.body if section else self.tr("This version brings small fixes.")
        return f"### {title}\n\n{body}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
