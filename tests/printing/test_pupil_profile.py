"""A pupil's strength profile read back: the chart, the tasks and their own words."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from pdf_reading import all_text, font_names, paper, read
from reportlab.graphics.charts.barcharts import HorizontalBarChart

from smartklasse.domain.documents import CompletedTask, PupilProfileData
from smartklasse.domain.strengths import load_default_strengths
from smartklasse.printing.pupil_profile import pupil_profile, strength_chart


def profile(answer: str = "Jeg ble glad.") -> PupilProfileData:
    strengths = tuple(load_default_strengths())
    tasks = (
        CompletedTask(
            dt.date(2025, 3, 3),
            "Hold opp døren for andre.",
            "#C62828",
            ("mot", "omsorg"),
            answer,
            "Hun smilte.",
        ),
        CompletedTask(dt.date(2025, 3, 5), "Smil og si hei.", "#1565C0", ("omsorg",)),
    )
    return PupilProfileData(
        "Åse Ødegård",
        "7B",
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 31),
        strengths,
        tasks,
        {"mot": 1, "omsorg": 2},
    )


def test_profile_shows_name_strengths_tasks_and_reflections() -> None:
    reader = read(pupil_profile(profile(), "nb"))
    assert paper(reader) == "A4 portrait"
    text = all_text(reader)
    for expected in (
        "Åse Ødegård",
        "7B",
        "Mot",
        "Omsorg",
        "Hold opp døren for andre.",
        "Smil og si hei.",
        "Jeg ble glad.",
        "Hun smilte.",
        "Hva gjorde det med meg?",
    ):
        assert expected in text
    assert "Humor" not in text  # only strengths the pupil used are charted
    assert reader.metadata is not None
    assert reader.metadata.title == "Egenskapsprofil: Åse Ødegård"
    assert str(reader.root_object["/Lang"]) == "nb-NO"
    assert "Helvetica" not in font_names(reader)


def test_chart_has_one_bar_per_strength_used() -> None:
    drawing = strength_chart(profile(), "nb", 400)
    assert drawing is not None
    chart = drawing.contents[0]
    assert isinstance(chart, HorizontalBarChart)
    assert chart.data == [[2, 1]]  # Omsorg, Mot from the bottom up: Mot comes first in the list
    empty = PupilProfileData("A", "", dt.date(2025, 1, 1), dt.date(2025, 1, 2), ())
    assert strength_chart(empty, "nb", 400) is None


def test_a_very_long_answer_flows_onto_more_pages_without_being_lost() -> None:
    answer = "Jeg ble glad og stolt fordi vi fikk det til sammen. " * 150
    reader = read(pupil_profile(profile(answer), "nb"))
    assert len(reader.pages) >= 2
    assert all_text(reader).count("fikk det til sammen") >= 140


def test_an_arabic_name_keeps_clear_of_the_line_below(tmp_path: Path) -> None:
    # The marks under Arabic letters must not touch the class and period line under the name.
    data = PupilProfileData(
        "بِشْرَى يَحْيَى",
        "7B",
        dt.date(2026, 8, 1),
        dt.date(2026, 11, 25),
        tuple(load_default_strengths()),
    )
    pdf = tmp_path / "profile.pdf"
    pdf.write_bytes(pupil_profile(data, "nb"))
    dpi = 150
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    raw = next(tmp_path.glob("p*.pgm")).read_bytes()
    _magic, width_text, height_text, _depth, pixels = raw.split(maxsplit=4)
    width, height = int(width_text), int(height_text)
    assert len(pixels) == width * height
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # The class line's text starts with the class; its box's y is the line's baseline.
    found = re.search(r'yMin="([\d.]+)"[^>]*>7B', boxes)
    assert found is not None, "the class line is missing"
    baseline = round(float(found.group(1)) * dpi / 72)

    def inked(row: int) -> bool:
        return min(pixels[row * width : (row + 1) * width]) < 128

    # Up from inside the class line's digits: its own ink, then at least 3 blank rows (0.5 mm).
    row = baseline - 4
    assert inked(row), "no ink where the class line should be"
    while inked(row):
        row -= 1
    gap = 0
    while not inked(row - gap) and gap < 40:
        gap += 1
    assert gap >= 3, f"the name's marks come within {gap} px of the line below"
