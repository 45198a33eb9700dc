"""Strength sheets read back: all strengths on one page, one repeated, blank cards."""

from __future__ import annotations

import pytest
from pdf_reading import page_text, paper, read

from smartklasse.domain.strengths import load_default_strengths
from smartklasse.printing.strength_sheets import (
    CARD_COLUMNS,
    CARD_ROWS,
    all_strengths_sheet,
    blank_cards_sheet,
    repeated_strength_sheet,
)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_all_twenty_strengths_fit_on_one_a4_page(lang: str) -> None:
    strengths = load_default_strengths()
    reader = read(all_strengths_sheet(strengths, lang))
    assert len(reader.pages) == 1 and paper(reader) == "A4 portrait"
    text = page_text(reader)
    for strength in strengths:
        assert strength.name(lang) in text
        # The description's first words are there too (it may wrap or shrink).
        assert " ".join(strength.description(lang).split()[:2]) in text


def test_one_strength_is_repeated_over_the_page_to_cut_out() -> None:
    strength = next(s for s in load_default_strengths() if s.id == "laeringsglede")
    reader = read(repeated_strength_sheet(strength, "nb"))
    assert len(reader.pages) == 1
    assert page_text(reader).count("Læringsglede") == CARD_COLUMNS * CARD_ROWS
    assert reader.metadata is not None
    assert reader.metadata.title == "Læringsglede"


def test_blank_cards_have_no_strength_names() -> None:
    reader = read(blank_cards_sheet("nn"))
    text = page_text(reader)
    assert len(reader.pages) == 1
    assert not any(s.name("nn") in text for s in load_default_strengths())
    assert text.count("Eigenskap") == CARD_COLUMNS * CARD_ROWS
