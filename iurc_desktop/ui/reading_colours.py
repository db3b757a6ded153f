"""The reading pane's colours and sizes, derived from the system palette and font so they keep their contrast.

Nothing here is a fixed colour a dark or high-contrast palette could swallow: each colour starts from the
palette (link, text, a mix of text and background) and is pulled towards the text colour until it reaches the
WCAG AA ratio of 4.5:1 against the page background. Sizes are relative, so the page follows the system font.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

AA_RATIO = 4.5
AMBER = QColor(138, 109, 0)  # the hue of "shown in another language" notes, before it meets the palette


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(first: QColor, second: QColor, share_of_second: float) -> QColor:
    keep = 1.0 - share_of_second
    return QColor.fromRgbF(
        first.redF() * keep + second.redF() * share_of_second,
        first.greenF() * keep + second.greenF() * share_of_second,
        first.blueF() * keep + second.blueF() * share_of_second,
    )


def readable(colour: QColor, background: QColor, text: QColor) -> QColor:
    """COLOUR, or the nearest mix of it with TEXT that reads at AA_RATIO on BACKGROUND."""
    for step in range(11):
        candidate = mix(colour, text, step / 10)
        if contrast_ratio(candidate, background) >= AA_RATIO:
            return candidate
    return QColor(text)


@dataclass(frozen=True)
class ReadingColours:
    background: QColor
    text: QColor
    heading: QColor
    link: QColor
    muted: QColor
    fallback: QColor

    @staticmethod
    def from_palette(palette: QPalette) -> ReadingColours:
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return ReadingColours(
            background=background,
            text=text,
            heading=readable(palette.color(QPalette.ColorRole.WindowText), background, text),
            link=readable(palette.color(QPalette.ColorRole.Link), background, text),
            muted=readable(mix(text, background, 0.4), background, text),
            fallback=readable(mix(AMBER, text, 0.0), background, text),
        )

    def style_sheet(self) -> str:
        """The default style sheet of the reading pane's document (QTextDocument.setDefaultStyleSheet)."""
        return (
            f"a {{ color: {self.link.name()}; }}\n"
            f"h1, h2, h3 {{ color: {self.heading.name()}; }}\n"
            "h1 { font-size: xx-large; } h2 { font-size: x-large; } h3 { font-size: large; }\n"
            f".meta, .when, td.k, .note {{ color: {self.muted.name()}; }}\n"
            f".fallback {{ color: {self.fallback.name()}; }}\n"
            ".fallback, .note { font-size: small; } .figure { font-size: x-large; }\n"
        )
