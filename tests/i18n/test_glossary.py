"""The glossary (translations/GLOSSARY.md) holds in every catalogue and in print."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from smartklasse.i18n import translate_in
from smartklasse.paths import RESOURCES_DIR, TRANSLATIONS_DIR
from smartklasse.printing.pupil_profile import TITLE

#: Words the glossary forbids, per language.
FORBIDDEN = {
    "nb": [r"\bstyrke", r"\bkryptert", r"\bhele tiden\b", r"\bdenne uken\b"],
    "nn": [
        r"\bstyrk",
        r"\bkryptert",
        r"\bheile tida\b",
        r"\bstjerneveggene\b",
        r"^Byrja\b",
        r"^eigenskapar brukte$",
    ],
}


def translations(lang: str) -> list[str]:
    path = TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as fh:
        catalogue = read_po(fh)
    texts: list[str] = []
    for message in catalogue:
        if not message.id:
            continue
        strings = (
            (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
        )
        texts.extend(s for s in strings if s)
    return texts


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_catalogue_keeps_the_glossary(lang: str) -> None:
    broken = [
        (pattern, text)
        for text in translations(lang)
        for pattern in FORBIDDEN[lang]
        if re.search(pattern, text, re.IGNORECASE | re.MULTILINE)
    ]
    assert broken == []


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_strength_catalogue_never_says_styrke(lang: str) -> None:
    text = (RESOURCES_DIR / "strengths" / "i18n" / f"{lang}.json").read_text("utf-8")
    assert not re.search(r"\bstyrk", text, re.IGNORECASE)


@pytest.mark.parametrize(("lang", "word"), [("nb", "Egenskapsprofil"), ("nn", "Eigenskapsprofil")])
def test_screen_and_print_call_the_profile_the_same(lang: str, word: str) -> None:
    printed = translate_in(lang, TITLE)
    on_screen = translate_in(lang, "Pupil's strength profile")
    assert printed == word
    assert word.lower() in on_screen.lower()


def test_glossary_is_there() -> None:
    assert (Path(TRANSLATIONS_DIR) / "GLOSSARY.md").read_text("utf-8").count("egenskap") > 2
