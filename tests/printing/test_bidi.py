"""Lines cut into runs in drawing order: directions, brackets, fonts and shaping."""

from __future__ import annotations

from smartklasse.printing.fonts import needs_shaping, runs


def drawn(text: str) -> list[tuple[str, str, bool]]:
    return [(run.text, run.font.family, run.rtl) for run in runs(text)]


def test_latin_name_is_one_run_without_shaping() -> None:
    assert drawn("Åse Lærum") == [("Åse Lærum", "Noto Sans", False)]
    assert not needs_shaping("Åse Lærum Олена Αλέξανδρος Nguyễn Thị Ánh")


def test_arabic_inside_latin_keeps_brackets_and_digits_in_place() -> None:
    # Drawn left to right: "Ali (", the Arabic word (shaped right to left), ") 3B".
    assert drawn("Ali (علي) 3B") == [
        ("Ali (", "Noto Sans", False),
        ("علي", "Noto Sans Arabic", True),
        (") 3B", "Noto Sans", False),
    ]


def test_right_to_left_line_puts_its_words_and_brackets_in_visual_order() -> None:
    assert drawn("דוד לוי (2A)") == [
        ("(2A) ", "Noto Sans", False),
        ("דוד לוי", "Noto Sans Hebrew", True),
    ]
    assert drawn("محمد علي 12") == [
        ("12 ", "Noto Sans", False),
        ("محمد علي", "Noto Sans Arabic", True),
    ]


def test_vowel_marks_stay_with_their_letters() -> None:
    assert drawn("مُحَمَّد") == [("مُحَمَّد", "Noto Sans Arabic", True)]
    assert needs_shaping("مُحَمَّد")


def test_each_script_gets_its_face_and_emoji_the_symbol_font() -> None:
    assert drawn("ሰላም ተስፋይ")[0][1] == "Noto Sans Ethiopic"
    assert drawn("தமிழ்செல்வி") == [("தமிழ்செல்வி", "Noto Sans Tamil", False)]
    assert drawn("สมชาย ใจดี")[0][1] == "Noto Sans Thai"
    assert drawn("Zoë 🌟") == [("Zoë ", "Noto Sans", False), ("🌟", "Symbola", False)]
