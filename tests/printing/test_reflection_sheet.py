"""Reflection sheets read back: pages, paper, texts in each language, fonts, fitting."""

from __future__ import annotations

import datetime as dt

import pytest
from pdf_reading import all_text, font_names, has_arabic, page_text, paper, read, runs

from smartklasse.domain.documents import ReflectionSheetData, ReflectionTask
from smartklasse.domain.strengths import load_default_strengths
from smartklasse.domain.wheels import load_default_wheels
from smartklasse.i18n import translate_in
from smartklasse.printing.common import fit_paragraph, mm
from smartklasse.printing.reflection_sheet import (
    NAME_MAX_SIZE,
    QUESTION_ME,
    QUESTION_OTHERS,
    reflection_sheets,
)

QUESTIONS = {
    "nb": ("Hva gjorde det med meg?", "Hva gjorde det med den/de andre?"),
    "nn": ("Kva gjorde det med meg?", "Kva gjorde det med den/dei andre?"),
    "en": ("What did it do to me?", "What did it do to the other person/people?"),
}


def sheet(lang: str, pupils: tuple[str | None, ...]) -> ReflectionSheetData:
    wheel = load_default_wheels()[0]
    task = wheel.tasks[0]
    return ReflectionSheetData(
        task=ReflectionTask(task.text(lang), wheel.colour, wheel.name(lang)),
        strengths=tuple(load_default_strengths()),
        pupils=pupils,
        date=dt.date(2025, 3, 3),
    )


def test_class_set_has_one_a4_page_per_pupil() -> None:
    names = ("Åse Ødegård", "Bjørn Æsøy", "Ola", None)
    reader = read(reflection_sheets(sheet("nb", names), "nb"))
    assert len(reader.pages) == 4
    assert {paper(reader, i) for i in range(4)} == {"A4 portrait"}
    assert "Åse Ødegård" in page_text(reader, 0)
    assert "Bjørn Æsøy" in page_text(reader, 1)
    assert "Åse" not in page_text(reader, 3)  # the blank sheet has a line, not a name


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_sheet_shows_task_questions_strengths_and_date_in_the_language(lang: str) -> None:
    data = sheet(lang, ("Åse",))
    text = all_text(read(reflection_sheets(data, lang)))
    assert data.task is not None and data.task.text in text
    for question in QUESTIONS[lang]:
        assert question in text
    for strength in data.strengths:
        assert strength.name(lang) in text
    assert translate_in(lang, "Individual: think on your own").split()[0] in text
    assert {"nb": "mandag 3. mars 2025", "nn": "måndag 3. mars 2025", "en": "Monday"}[lang] in text


def test_questions_are_translated_in_the_catalogues() -> None:
    assert translate_in("nb", QUESTION_ME) == QUESTIONS["nb"][0]
    assert translate_in("nn", QUESTION_OTHERS) == QUESTIONS["nn"][1]


def test_names_in_other_scripts_print_with_an_embedded_font_for_each() -> None:
    names = ("محمد علي", "Олександр Шевченко", "ተስፋይ ገብረሚካኤል")
    reader = read(reflection_sheets(sheet("nb", names), "nb"))
    assert has_arabic(page_text(reader, 0), "محمد")
    assert "Олександр Шевченко" in page_text(reader, 1)
    assert "ተስፋይ" in page_text(reader, 2)
    fonts = font_names(reader)
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Bold"} <= fonts
    assert any(f.startswith("NotoSansEthiopic") for f in fonts)
    assert "Helvetica" not in fonts  # nothing falls back to a font that lacks æøå


def test_metadata_has_title_language_and_creator() -> None:
    reader = read(reflection_sheets(sheet("nn", ("Åse",)), "nn"))
    assert reader.metadata is not None
    assert reader.metadata.title == translate_in("nn", "Reflection sheet")
    assert (reader.metadata.creator or "").startswith("SMART klasse")
    assert str(reader.root_object["/Lang"]) == "nn-NO"


def test_pupil_text_is_escaped_and_normalised() -> None:
    # Markup characters print as typed; a decomposed å prints as the one letter.
    name = "<b>Tom & Jerry</b> A\u030ase"
    text = page_text(read(reflection_sheets(sheet("nb", (name,)), "nb")))
    assert "<b>Tom & Jerry</b> Åse" in text


def _name_size(pdf: bytes, fragment: str) -> float:
    sizes = [r.size for r in runs(read(pdf)) if fragment in r.text]
    assert sizes, f"{fragment!r} not drawn"
    return max(sizes)


def test_a_long_name_is_shrunk_and_a_300_character_name_is_cut_to_fit() -> None:
    short = _name_size(reflection_sheets(sheet("nb", ("Åse",)), "nb"), "Åse")
    long_name = "Åse Marie Kristine Ødegård-Bjørnstad Haugen"
    longer = _name_size(reflection_sheets(sheet("nb", (long_name,)), "nb"), "Haugen")
    assert short == NAME_MAX_SIZE
    assert longer < short
    huge = "Å" * 300
    fitted = fit_paragraph(huge, 100 * mm, 10 * mm, NAME_MAX_SIZE, 7, bold=True)
    assert fitted.truncated and fitted.height <= 10 * mm
    text = page_text(read(reflection_sheets(sheet("nb", (huge,)), "nb")))
    assert "ÅÅÅ" in text and "…" in text and "Å" * 300 not in text


def test_a_long_answer_wraps_inside_its_box() -> None:
    answer = "Jeg ble glad fordi hun smilte til meg og ville leke sammen. " * 12
    fitted = fit_paragraph(answer, 80 * mm, 40 * mm, 11, 7)
    assert fitted.height <= 40 * mm
    assert fitted.size < 11
