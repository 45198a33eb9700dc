"""Arabic names print joined and right to left, without HarfBuzz."""

from __future__ import annotations

import unicodedata

from smartklasse.printing.bidi import prepare_line, shape_arabic, visual_order


def test_arabic_letters_take_their_joined_forms() -> None:
    # محمد: meem initial, hah medial, meem medial, dal final.
    assert shape_arabic("محمد") == "\ufee3\ufea4\ufee4\ufeaa"


def test_letters_after_a_right_joining_letter_start_a_new_join() -> None:
    # دار: dal and alef never join to the letter after them, so all three stand alone;
    # in باب the alef joins back to the beh, and the last beh starts afresh.
    assert shape_arabic("دار") == "\ufea9\ufe8d\ufead"
    assert shape_arabic("باب") == "\ufe91\ufe8e\ufe8f"


def test_lam_alef_becomes_one_ligature() -> None:
    # سلام: seen initial, lam-alef final ligature, meem isolated.
    assert shape_arabic("سلام") == "\ufeb3\ufefc\ufee1"


def test_shaping_keeps_the_letters() -> None:
    # Folding the forms back gives the original name: nothing is lost or added.
    for name in ("فاطمة الزهراء", "يوسف", "عبد الله", "پریا"):
        assert unicodedata.normalize("NFKC", shape_arabic(name)) == name


def test_latin_and_cyrillic_are_untouched() -> None:
    for text in ("Åse Ødegård", "Олександр", "Mari Aikio-Čuđe"):
        assert prepare_line(text) == text


def test_a_right_to_left_name_is_drawn_reversed() -> None:
    # Drawn left to right, the last letter comes first; words swap places.
    assert visual_order("ab") == "ab"
    assert visual_order("\u0627\u0628 \u062a") == "\u062a \u0628\u0627"


def test_latin_inside_arabic_keeps_its_own_order() -> None:
    line = visual_order("\u0627\u0628 Ola 12")
    assert "Ola 12" in line
    assert line.endswith("\u0628\u0627") or line.startswith("Ola")
