"""The map drawn offscreen into a PNG or SVG file (`iurc-desktop map -o …`): the window's scene and legend."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from iurc_desktop.services import map_model as style
from iurc_desktop.services.i18n import translate
from iurc_desktop.services.map_model import MapModel
from iurc_desktop.ui.i18n import register_fonts, with_fallback
from iurc_desktop.ui.map_scene import MapScene, land_path, legend_entries, paint_legend


def export_map_file(model: MapModel, target: Path, suffix: str, size: tuple[int, int]) -> bool:
    """`export_map` from a command line: starts Qt (offscreen when there is no display) with the embedded font as
    the fallback, so Chinese labels draw on a machine without CJK fonts (as app.py does)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    families = register_fonts()
    if families and isinstance(app, QApplication):
        app.setFont(with_fallback(app.font(), families))
    return export_map(model, target, suffix, size)


def export_map(model: MapModel, target: Path, suffix: str, size: tuple[int, int]) -> bool:
    """Write the map; False when Qt could not write the file."""
    width, height = size
    left, bottom, right, top = model.extent(width / height)
    source = QRectF(left, -top, right - left, top - bottom)
    font = QFont()
    font.setPixelSize(15)
    scene = MapScene(model, land_path(), font).uncached()
    scene.layout_labels(width / source.width())
    if suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle("IURC Desktop map")
        _paint(generator, scene, source, size, font)
        return target.is_file()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f3f5f7"))
    _paint(image, scene, source, size, font)
    return image.save(str(target))


def _paint(device: QImage | QSvgGenerator, scene: MapScene, source: QRectF, size: tuple[int, int], font: QFont) -> None:
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    scene.render(painter, QRectF(0, 0, *size), source)
    lang = scene.model.lang
    entries = legend_entries(scene.model, lambda text: translate("Map", text, lang))
    paint_legend(painter, entries, QPointF(0, size[1]), translate("Map", style.NO_BORDERS_NOTE, lang))
    painter.end()
