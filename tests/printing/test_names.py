"""Every name in the corpus prints on a reflection sheet and a profile and reads back as typed."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from pdf_reading import embedded_fonts, pdftotext

from smartklasse.domain.documents import (
    CompletedTask,
    PupilProfileData,
    ReflectionSheetData,
    ReflectionTask,
)
from smartklasse.domain.strengths import load_default_strengths
from smartklasse.domain.wheels import load_default_wheels
from smartklasse.printing.pupil_profile import pupil_profile
from smartklasse.printing.reflection_sheet import reflection_sheets


def mixed_direction(name: str) -> bool:
    """Right-to-left letters together with Latin letters or digits in one name."""
    classes = {unicodedata.bidirectional(c) for c in name}
    return bool(classes & {"R", "AL"}) and bool(classes & {"L", "EN"})


def pieces(name: str) -> list[str]:
    """The words of a name without brackets: what a reader finds in any reading order."""
    return [p for p in re.split(r"[\s()\[\]]+", name) if p]


def assert_reads_back(text: str, name: str) -> None:
    lines = [line.strip() for line in text.splitlines()]
    if mixed_direction(name):
        # A reader rebuilds the order of mixed-direction lines its own way; every
        # word must still be there, each in its own reading order.
        for piece in pieces(name):
            assert piece in text, (name, piece)
    else:
        assert name in lines, (name, [line for line in lines if line][:12])


def class_set(names: tuple[str, ...]) -> bytes:
    wheel = load_default_wheels()[0]
    task = wheel.tasks[0]
    data = ReflectionSheetData(
        task=ReflectionTask(task.text("nb"), wheel.colour, wheel.name("nb")),
        strengths=tuple(load_default_strengths()),
        pupils=names,
        date=dt.date(2025, 3, 3),
    )
    return reflection_sheets(data, "nb")


def test_class_set_reads_back_every_name(names_corpus: tuple[str, ...]) -> None:
    pdf = class_set(names_corpus)
    for page, name in enumerate(names_corpus):
        assert_reads_back(pdftotext(pdf, page), name)


def test_single_direction_names_are_never_split_or_reordered(
    names_corpus: tuple[str, ...],
) -> None:
    pdf = class_set(names_corpus)
    exact = [n for n in names_corpus if not mixed_direction(n)]
    assert len(exact) >= 25
    found = [name for page, name in enumerate(names_corpus) if name in pdftotext(pdf, page)]
    assert set(exact) <= set(found)


def test_class_set_embeds_every_font(names_corpus: tuple[str, ...]) -> None:
    fonts = embedded_fonts(class_set(names_corpus))
    assert all(fonts.values()), fonts
    assert {
        "NotoSans-Bold",
        "NotoSansArabic-Bold",
        "NotoSansHebrew-Bold",
        "NotoSansEthiopic-Bold",
        "NotoSansTamil-Bold",
        "NotoSansThai-Bold",
        "Symbola",
    } <= set(fonts)


def profile(name: str) -> PupilProfileData:
    task = CompletedTask(dt.date(2025, 3, 3), "Smil og si hei.", "#1565C0", ("omsorg",))
    return PupilProfileData(
        name,
        "7B",
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 31),
        tuple(load_default_strengths()),
        (task,),
        {"omsorg": 1},
    )


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_profile_reads_back_every_name_with_fonts_embedded(
    names_corpus: tuple[str, ...], lang: str
) -> None:
    for name in names_corpus:
        pdf = pupil_profile(profile(name), lang)
        assert_reads_back(pdftotext(pdf), name)
        fonts = embedded_fonts(pdf)
        assert all(fonts.values()) and "Helvetica" not in fonts, (name, fonts)


def test_names_inside_task_texts_read_back_in_the_table_and_the_reflections() -> None:
    text = "Hjelp עמית כהן og مُحَمَّد med leksene"
    task = CompletedTask(
        dt.date(2025, 3, 4), text, "#C62828", ("mot",), "Jeg ble glad.", "De smilte."
    )
    data = profile("Ola")
    data = PupilProfileData(
        data.pupil_name,
        data.class_name,
        data.start,
        data.end,
        data.strengths,
        (task,),
        {"mot": 1},
    )
    read_back = pdftotext(pupil_profile(data, "nb"))
    for word in ("עמית", "כהן", "مُحَمَّد"):
        assert read_back.count(word) == 2, (word, read_back)
