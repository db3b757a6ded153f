"""Scaling and contrast: the window fits a scaled screen, the layout holds at 1024×600, text follows the system
font, and the reading pane's colours keep WCAG AA contrast in light, dark and high-contrast palettes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iurc_desktop.ui.detail_pane import DetailPane
from iurc_desktop.ui.reading_colours import ReadingColours, contrast_ratio
from tests.conftest import REPO


def run_probe(data_dir: Path, config: Path, scale: str, physical: tuple[int, int], *args: str) -> dict[str, Any]:
    screen = {"name": "s", "x": 0, "y": 0, "width": physical[0], "height": physical[1], "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    probe = subprocess.run(
        [sys.executable, str(REPO / "tests" / "scaling_probe.py"), str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert probe.returncode == 0, probe.stderr
    report: dict[str, Any] = json.loads(probe.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("restored", [False, True], ids=["first start", "restored from a bigger screen"])
@pytest.mark.parametrize(("scale", "physical"), [("2", (2048, 1200)), ("1.5", (1536, 900)), ("1", (1024, 600))])
def test_the_window_opens_within_a_scaled_screen_and_its_layout_holds(
    tmp_path: Path, data_dir: Path, scale: str, physical: tuple[int, int], restored: bool
) -> None:
    if restored:
        run_probe(data_dir, tmp_path / "big.json", "1", (2560, 1600), "--grow")
    report = run_probe(data_dir, tmp_path / "screens.json", scale, physical)
    ax, ay, aw, ah = report["available"]
    fx, fy, fw, fh = report["frame"]
    assert (aw, ah) == (1024, 600)  # the logical screen every case lands on
    assert ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah, report
    assert report["minimum"][0] <= aw and report["minimum"][1] <= ah, report
    assert report["squeezed"] == [], report


def palette(window: str, text: str, base: str, link: str) -> QPalette:
    result = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Link, link),
    ):
        result.setColor(role, QColor(colour))
    return result


PALETTES = {
    "light": palette("#efefef", "#000000", "#ffffff", "#0000ff"),
    "dark": palette("#2b2b2b", "#e6e6e6", "#1e1e1e", "#2a82da"),  # a common dark theme: its link is too dim
    "high contrast": palette("#000000", "#ffffff", "#000000", "#ffff00"),
    "high contrast light": palette("#ffffff", "#000000", "#ffffff", "#0000c0"),
}


@pytest.mark.parametrize("name", list(PALETTES))
def test_reading_pane_colours_reach_wcag_aa_in_every_palette(name: str) -> None:
    colours = ReadingColours.from_palette(PALETTES[name])
    for role in ("text", "heading", "link", "muted", "fallback"):
        ratio = contrast_ratio(getattr(colours, role), colours.background)
        assert ratio >= 4.5, f"{role} {getattr(colours, role).name()} on {colours.background.name()}: {ratio:.2f}"
    assert colours.muted != colours.text  # still set apart from body text


def test_the_reading_pane_follows_a_palette_change(qtbot: QtBot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.setPalette(PALETTES["dark"])
    sheet = pane.browser.document().defaultStyleSheet()
    assert ReadingColours.from_palette(pane.browser.palette()).link.name() in sheet
    assert "#" not in sheet.split("a {")[0]  # no colour before the palette's own


def test_text_follows_the_system_font_size(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    try:
        big = QFont(before)
        big.setPointSizeF(18)
        app.setFont(big)
        pane = DetailPane()
        qtbot.addWidget(pane)
        pane.browser.setHtml(pane.browser.toHtml())
        assert pane.browser.document().defaultFont().pointSizeF() == 18
        sheet = pane.browser.document().defaultStyleSheet()
        assert "pt" not in sheet.replace("font-size: small", "").split("{")[0] and "pt;" not in sheet
    finally:
        app.setFont(before)
