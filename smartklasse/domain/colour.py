"""Colour rules shared by the screen and paper: which text colour reads on a background."""

from __future__ import annotations

#: The dark text colour of the app (and of printed text on light colours).
INK = "#23303f"
WHITE = "#ffffff"


def _channel(value: int) -> float:
    # sRGB to linear light, as WCAG defines it.
    v = value / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb`` (0 for black, 1 for white)."""
    digits = hex_colour.lstrip("#")
    red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_colour_for(background: str) -> str:
    """White or ink, whichever has the higher contrast on ``background`` (white on a tie)."""
    return WHITE if contrast_ratio(WHITE, background) >= contrast_ratio(INK, background) else INK
