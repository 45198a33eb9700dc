"""How long printing takes: a class set of 30 reflection sheets, and one star chart.

The floor is reportlab drawing the same number of pages of plain text in the
same embedded font: the least work that making those pages needs.
"""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import statistics
import time
from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from smartklasse.domain.documents import ReflectionSheetData, ReflectionTask, StarChartData
from smartklasse.domain.strengths import load_default_strengths
from smartklasse.domain.wheels import load_default_wheels
from smartklasse.printing.fonts import SANS, register_fonts
from smartklasse.printing.reflection_sheet import reflection_sheets
from smartklasse.printing.star_chart import star_chart

RUNS = 5
PUPILS = 30


def _median_ms(fn: Callable[[], object]) -> float:
    fn()  # warm up: font files parsed once per process
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _plain_pages(pages: int, lines: int) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=SANS)  # type: ignore[arg-type]  # stubs say float
    for page in range(pages):
        canvas.setFont(SANS, 11)
        for line in range(lines):
            canvas.drawString(50, 800 - line * 14, f"Side {page} linje {line}: æøå ÆØÅ")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _data(large_db: pathlib.Path | None) -> tuple[ReflectionSheetData, StarChartData]:
    strengths = tuple(load_default_strengths())
    names: list[str] = [f"Elev {i} Ødegård" for i in range(PUPILS)]
    if large_db is not None:
        import sqlite3

        # Read-only: open_database would bring the cached file up to this version's schema.
        conn = sqlite3.connect(f"file:{large_db}?mode=ro", uri=True)
        rows = conn.execute("SELECT name FROM pupils LIMIT ?", [PUPILS]).fetchall()
        names = [r[0] for r in rows] or names
        conn.close()
    wheel = load_default_wheels()[0]
    sheet = ReflectionSheetData(
        ReflectionTask(wheel.tasks[0].text("nb"), wheel.colour, wheel.name("nb")),
        strengths,
        tuple(names),
        dt.date(2025, 3, 3),
    )
    chart = StarChartData(
        "Ryddig i garderoben",
        strengths[:4],
        30,
        tuple(dt.date(2025, 3, 3) + dt.timedelta(days=i) for i in range(17)),
        dt.date(2025, 3, 3),
    )
    return sheet, chart


def run(large_db: pathlib.Path | None) -> list[dict[str, Any]]:
    """Time the class set and the star chart, each beside its plain-text floor."""
    sheet, chart = _data(large_db)
    pages = len(sheet.pupils)
    return [
        {
            "what": f"class set of {pages} reflection sheets (PDF)",
            "figure_ms": _median_ms(lambda: reflection_sheets(sheet, "nb")),
            "floor": f"{pages} pages of plain text (40 lines) in the same font",
            "floor_ms": _median_ms(lambda: _plain_pages(pages, 40)),
        },
        {
            "what": "star chart, 30 places, 17 stars (PDF)",
            "figure_ms": _median_ms(lambda: star_chart(chart, "nb")),
            "floor": "1 page of plain text (40 lines) in the same font",
            "floor_ms": _median_ms(lambda: _plain_pages(1, 40)),
        },
    ]


if __name__ == "__main__":
    for row in run(None):
        print(
            f"{row['what']}: {row['figure_ms']:.1f} ms (floor {row['floor_ms']:.1f} ms: "
            f"{row['floor']})"
        )
