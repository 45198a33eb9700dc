"""The practice summary as plain text (to paste into a blog or a practice log), and its headings.

The PDF (``printing.practice_summary``) uses the same headings, so both say the same.
"""

from __future__ import annotations

from smartklasse.domain.documents import PracticeSummaryData
from smartklasse.i18n import N_, format_date, format_date_range, translate_in

TITLE = N_("Practice summary")
ENTRIES = N_("Entries in the log: {n}")
TASKS = N_("Wheel tasks done")
STRENGTHS = N_("Strengths most in use")
STAR_WALL = N_("Star wall")
STAR_ROUND = N_("“{goal}”, round {number}: {stars} stars of {target}")
STAR_REACHED = N_("goal reached on {date}")
GAMES = N_("Games and exercises")
CALENDARS = N_("Advent calendars (doors opened)")
REFLECTIONS = N_("Reflections")
A_PUPIL = N_("A pupil")
NOTES = N_("The teacher's notes")
NOTHING = N_("Nothing logged in this period.")
CREDIT = N_("Made with SMART klasse, after the SMART way of working by SMART Senteret.")


def heading(data: PracticeSummaryData, lang: str) -> str:
    """The summary's title line: class and period."""
    period = format_date_range(data.start, data.end, lang)
    return f"{translate_in(lang, TITLE)}: {data.class_name}, {period}"


def star_line(goal: str, number: int, stars: int, target: int, lang: str) -> str:
    """One star-wall round as a line."""
    return translate_in(lang, STAR_ROUND).format(
        goal=goal, number=number, stars=stars, target=target
    )


def plain_text(data: PracticeSummaryData, lang: str) -> str:
    """The whole summary as plain text."""

    def t(message: str) -> str:
        return translate_in(lang, message)

    lines = [heading(data, lang), "", t(ENTRIES).format(n=data.entries)]
    sections: list[tuple[str, list[str]]] = [
        (TASKS, [f"{c.label} ({c.count})" for c in data.tasks]),
        (STRENGTHS, [f"{c.label} ({c.count})" for c in data.strengths[:10]]),
        (
            STAR_WALL,
            [
                star_line(r.goal, r.number, r.stars, r.target, lang)
                + (
                    f", {t(STAR_REACHED).format(date=format_date(r.finished_on, 'long', lang))}"
                    if r.finished_on
                    else ""
                )
                for r in data.star_rounds
            ],
        ),
        (GAMES, [f"{c.label} ({c.count})" for c in data.games]),
        (CALENDARS, [f"{c.label} ({c.count})" for c in data.calendars]),
        (
            REFLECTIONS,
            [
                f"{format_date(r.date, 'short', lang)}, {r.who or t(A_PUPIL)}: {r.task}: «{r.text}»"
                for r in data.reflections
            ],
        ),
    ]
    for title, items in sections:
        if items:
            lines += ["", t(title), *(f"- {item}" for item in items)]
    if data.notes.strip():
        lines += ["", t(NOTES), data.notes.strip()]
    if not data.entries and not data.star_rounds and not data.calendars:
        lines += ["", t(NOTHING)]
    lines += ["", t(CREDIT)]
    return "\n".join(lines) + "\n"
