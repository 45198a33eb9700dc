"""Colour rules shared by the screen and paper: which text colour reads on a background."""

from __future__ import annotations

from functools import lru_cache

#: The dark text colour of the app (and of printed text on light colours).
INK = "#23303f"
WHITE = "#ffffff"


def _channel(value: int) -> float:
    # sRGB to linear light, as WCAG defines it.
    v = value / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


@lru_cache(maxsize=1024)  # a dialog of chips asks for the same few colours hundreds of times
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


#: WCAG 2.2 minimums: normal text 4.5:1 (1.4.3), large text and non-text parts 3:1 (1.4.11).
TEXT_RATIO = 4.5
LARGE_RATIO = 3.0


def darken(hex_colour: str, share: float) -> str:
    """``hex_colour`` mixed with black by ``share`` (0 to 1)."""
    digits = hex_colour.lstrip("#")
    channels = (round(int(digits[i : i + 2], 16) * (1 - share)) for i in (0, 2, 4))
    return "#" + "".join(f"{value:02x}" for value in channels)


def text_contrast(background: str) -> float:
    """The contrast of the text colour :func:`text_colour_for` picks on ``background``."""
    return contrast_ratio(text_colour_for(background), background)


@lru_cache(maxsize=1024)
def legible_fill(colour: str, ratio: float = TEXT_RATIO) -> str:
    """``colour`` as a fill behind text: darkened just enough for white or ink to reach ``ratio``.

    A colour that already passes is returned unchanged (lower-cased).
    """
    made = "#" + colour.lstrip("#").lower()
    for _step in range(40):
        if text_contrast(made) >= ratio:
            return made
        made = darken(made, 0.04)
    return made


def legible_on(colour: str, background: str, ratio: float = TEXT_RATIO) -> str:
    """``colour`` as text or an outline on ``background``: darkened until it reaches ``ratio``."""
    made = "#" + colour.lstrip("#").lower()
    for _step in range(40):
        if contrast_ratio(made, background) >= ratio:
            return made
        made = darken(made, 0.04)
    return made
