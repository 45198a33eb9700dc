"""Text on coloured chips, wheel segments and badges stays readable."""

from __future__ import annotations

import pytest

from smartklasse.domain.colour import INK, WHITE, contrast_ratio, text_colour_for


@pytest.mark.parametrize(
    ("background", "text"),
    [
        ("#1565C0", WHITE),  # the accent blue of the wheel
        ("#C62828", WHITE),
        ("#000000", WHITE),
        ("#FFEB3B", INK),  # a light yellow strength
        ("#ffffff", INK),
        ("#AED581", INK),
    ],
)
def test_text_colour_is_the_one_that_reads_better(background: str, text: str) -> None:
    # A chip in a light strength colour gets dark text; dark ones get white.
    assert text_colour_for(background) == text


def test_contrast_ratio_matches_wcag() -> None:
    # Black on white is 21:1, a colour on itself 1:1.
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#1565C0", "#1565C0") == pytest.approx(1.0)
