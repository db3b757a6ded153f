"""A pack's preview: a resizable window that fits the screen, with zoom, page controls and Print…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QToolBar, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 5.0)


class PdfPreviewDialog(QDialog):
    print_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", path.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Pack preview"))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(self.document.pageCount(), 1))
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)  # jump when the number is complete, not at each digit
        self.page_box.valueChanged.connect(lambda number: self.go_to(number - 1))
        self.of_pages = QLabel(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        self._fit_screen()

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        std = QKeySequence.StandardKey
        self.zoom_in_action = self._add(bar, self.tr("Zoom in"), self.zoom_in, [std.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._add(bar, self.tr("Zoom out"), self.zoom_out, [std.ZoomOut])
        self.fit_width_action = self._add(bar, self.tr("Fit width"), self.fit_width, ["Ctrl+2"])
        self.fit_page_action = self._add(bar, self.tr("Fit page"), self.fit_page, ["Ctrl+0"])
        bar.addSeparator()
        self.previous_action = self._add(bar, self.tr("Previous page"), lambda: self.step(-1), ["PgUp"])
        self.next_action = self._add(bar, self.tr("Next page"), lambda: self.step(1), ["PgDown"])
        self._add(bar, "", lambda: self.go_to(0), ["Ctrl+Home"], visible=False)
        self._add(bar, "", lambda: self.go_to(self.document.pageCount() - 1), ["Ctrl+End"], visible=False)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.of_pages)
        bar.addSeparator()
        self.print_action = self._add(bar, self.tr("Print…"), self.print_requested.emit, [std.Print])
        return bar

    def _add(
        self, bar: QToolBar, text: str, slot: object, keys: list[QKeySequence.StandardKey | str], visible: bool = True
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        if text:
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        if visible:
            bar.addAction(action)
        else:
            self.addAction(action)
        return action

    def _fit_screen(self) -> None:
        """As tall as the screen allows (a laptop's 800 pixels too), a page's width wide."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        wanted = QSize(820, 1000)
        if available is not None:
            wanted = wanted.boundedTo(QSize(int(available.width() * 0.9), int(available.height() * 0.9)))
        self.resize(wanted)
        self.setMinimumSize(QSize(360, 320))

    # zoom
    def zoom_in(self) -> None:
        self._zoom(self._factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self._factor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))

    def _factor(self) -> float:
        custom = self.view.zoomMode() is QPdfView.ZoomMode.Custom
        return self.view.zoomFactor() if custom else self._shown_factor()

    def _shown_factor(self) -> float:
        """The zoom a fit mode shows now (the view reports 1.0 in those modes), so zooming starts from it."""
        points = self.document.pagePointSize(self.current_page())
        if points.width() <= 0:
            return 1.0
        dpi = self.logicalDpiX() / 72
        return max(self.view.viewport().width() - 20, 1) / (points.width() * dpi)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # pages
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def step(self, pages: int) -> None:
        self.go_to(self.current_page() + pages)

    def go_to(self, page: int) -> None:
        page = min(max(page, 0), self.document.pageCount() - 1)
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.document.pageCount() - 1)


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page of a PDF as an image at the printer's resolution (max 300 dpi). Returns pages printed."""
    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), 300)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled))
    finally:
        painter.end()
    return document.pageCount()
