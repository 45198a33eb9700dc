"""Every visible string exists in bokmål, nynorsk and English, with its placeholders intact."""

from __future__ import annotations

import re

import pytest

from smartklasse import i18n
from smartklasse.tools.catalogues import extract, read_all, untranslated

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_message_is_untranslated(lang: str) -> None:
    # A teacher never meets an English sentence in a Norwegian UI (or an empty one in English).
    assert untranslated(lang) == []


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_translations_keep_their_placeholders(lang: str) -> None:
    # "{name} was added." must not become "ble lagt til." and lose the pupil's name.
    catalogue = read_all(lang)
    broken = []
    for message in catalogue:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = (
            (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
        )
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            if string and set(PLACEHOLDER.findall(string)) != wanted:
                broken.append((ids[0], string))
    assert broken == []


def test_source_has_messages_to_translate() -> None:
    # The extraction itself works (an empty extraction would make the checks above vacuous).
    ids = {m.id for m in extract() if m.id}
    assert "The wheel" in ids
    assert len(ids) > 50


def test_switching_language_changes_translations_and_dates() -> None:
    # The same message and date read differently in each language.
    import datetime as dt

    day = dt.date(2025, 3, 3)
    seen = {}
    for lang in i18n.LANGUAGES:
        i18n.set_language(lang)
        seen[lang] = (i18n._("The wheel"), i18n._("Strengths"), i18n.format_date(day))
    assert seen["nb"] == ("Hjulet", "Egenskapene", "mandag 3. mars 2025")
    assert seen["nn"] == ("Hjulet", "Eigenskapane", "måndag 3. mars 2025")
    assert seen["en"] == ("The wheel", "Strengths", "Monday, 3 March 2025")
