"""The recognition documents read back: the week's poster, strength cards, SMART slips."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pdf_reading import embedded_fonts, paper, pdftotext, read, runs

from smartklasse.domain.documents import (
    CardLayout,
    GivenCard,
    PupilProfileData,
    RecognitionPosterData,
    SeenStrength,
    SlipsData,
    StrengthCardsData,
)
from smartklasse.domain.strengths import Strength, load_default_strengths
from smartklasse.printing.pupil_profile import pupil_profile
from smartklasse.printing.recognition_poster import recognition_poster
from smartklasse.printing.smart_slips import smart_slips
from smartklasse.printing.strength_cards import COLUMNS, ROWS, strength_cards

WEEK = dt.date(2026, 11, 23)
TITLES = {"nb": "Ukas SMARTing", "nn": "Vekas SMARTing", "en": "Pupil of the week"}


def _strength(strength_id: str) -> Strength:
    return next(s for s in load_default_strengths() if s.id == strength_id)


def _words(name: str) -> list[str]:
    """The words of a name: what any reader finds, whatever order it rebuilds a line in."""
    return [p for p in re.split(r"[\s()\[\]]+", name) if p]


def _assert_name(text: str, name: str) -> None:
    for word in _words(name):
        assert word in text, (name, word)


def _poster(name: str) -> RecognitionPosterData:
    return RecognitionPosterData(
        pupil_name=name,
        class_name="5A",
        week=WEEK,
        seen=(
            SeenStrength(_strength("omsorg"), 2, ("Du hjalp meg med matten",)),
            SeenStrength(_strength("humor"), 1, ("Du fikk hele klassen til å le",)),
            SeenStrength(_strength("mot"), 1, ()),
        ),
    )


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_poster_has_every_strength_and_sentence_in_the_class_language(lang: str) -> None:
    pdf = recognition_poster(_poster("Ingrid"), lang)
    reader = read(pdf)
    assert paper(reader) == "A4 portrait"
    text = pdftotext(pdf)
    assert TITLES[lang] in text and "Ingrid" in text
    for strength_id in ("omsorg", "humor", "mot"):
        assert _strength(strength_id).name(lang) in text
    assert "× 2" in text  # omsorg was seen twice
    assert "Du hjalp meg med matten" in text
    assert "Du fikk hele klassen til å le" in text
    assert all(embedded_fonts(pdf).values())


def test_every_name_of_the_corpus_prints_on_its_poster(names_corpus: tuple[str, ...]) -> None:
    for name in names_corpus:
        _assert_name(pdftotext(recognition_poster(_poster(name), "nb")), name)


def test_a_long_week_goes_on_to_a_second_page() -> None:
    seen = tuple(
        SeenStrength(s, 3, tuple(f"Setning nummer {i} om {s.name('nb')}" for i in range(3)))
        for s in load_default_strengths()
    )
    pdf = recognition_poster(RecognitionPosterData("Ola", "5A", WEEK, seen), "nb")
    reader = read(pdf)
    assert len(reader.pages) >= 2
    text = pdftotext(pdf)
    for strength in load_default_strengths():
        assert f"Setning nummer 2 om {strength.name('nb')}" in text


def _cards(names: tuple[str, ...], layout: CardLayout) -> StrengthCardsData:
    strengths = load_default_strengths()
    return StrengthCardsData(
        tuple(
            GivenCard(strengths[i % len(strengths)], f"Grunn {i}", WEEK, name)
            for i, name in enumerate(names)
        ),
        layout,
    )


def test_duplex_cards_have_fronts_then_mirrored_backs(names_corpus: tuple[str, ...]) -> None:
    names = names_corpus[:10]
    pdf = strength_cards(_cards(names, CardLayout.DUPLEX), "nb")
    reader = read(pdf)
    per_page = COLUMNS * ROWS
    assert len(reader.pages) == 4  # 8 fronts, 8 backs, 2 fronts, 2 backs
    fronts, backs = pdftotext(pdf, 0), pdftotext(pdf, 1)
    assert "Grunn 0" not in fronts  # the front shows the strength only
    for i, name in enumerate(names[:per_page]):
        assert f"Grunn {i}" in backs
        _assert_name(backs, name)
    assert "23. november 2026" in backs
    # The back of the first card is behind its front: top right when the sheet is turned.
    on_back = runs(reader, 1)
    first = next(r for r in on_back if r.text.strip() == "Åse Lærum")
    second = next(r for r in on_back if r.text.strip() == "Øyvind Bråten")
    assert first.x > second.x and first.y == second.y


def test_single_sided_cards_have_front_and_back_side_by_side(
    names_corpus: tuple[str, ...],
) -> None:
    names = names_corpus[:6]
    pdf = strength_cards(_cards(names, CardLayout.SINGLE), "en")
    assert len(read(pdf).pages) == 2  # four pairs a page
    first = pdftotext(pdf, 0)
    strengths = load_default_strengths()
    for i, name in enumerate(names[:ROWS]):
        assert f"Grunn {i}" in first
        assert strengths[i].name("en") in first
        _assert_name(first, name)


def test_a_class_set_of_slips_has_every_name(names_corpus: tuple[str, ...]) -> None:
    pdf = smart_slips(SlipsData(names_corpus, "5A"), "nn")
    reader = read(pdf)
    assert len(reader.pages) == -(-len(names_corpus) // 4)
    text = pdftotext(pdf)
    for name in names_corpus:
        _assert_name(text, name)
    assert text.count("Skriv noko positivt du har sett") == len(names_corpus)


def test_the_printed_profile_lists_the_cards_given() -> None:
    data = PupilProfileData(
        pupil_name="Åse Lærum",
        class_name="5A",
        start=dt.date(2026, 8, 1),
        end=dt.date(2026, 11, 30),
        strengths=tuple(load_default_strengths()),
        cards=(GivenCard(_strength("mot"), "Du sa ifra", dt.date(2026, 10, 5), "Åse Lærum"),),
    )
    text = pdftotext(pupil_profile(data, "nn"))
    assert "Eigenskapskort" in text
    assert "Mot – 5. oktober 2026: Du sa ifra" in text
