"""The advent calendar, its slips and the practice summary, printed and read back."""

from __future__ import annotations

import datetime as dt

from pdf_reading import paper, pdftotext, read
from sqlite_utils import Database

from smartklasse.documents.kind import load_source
from smartklasse.documents.registry import ADVENT_CALENDAR, ADVENT_SLIPS, PRACTICE_SUMMARY
from smartklasse.domain import clock
from smartklasse.domain.advent import DoorDays, DoorOrder
from smartklasse.domain.practice_summary import plain_text
from smartklasse.storage import advent, catalogue, classes, games, log, practice_summary
from smartklasse.storage import star_walls as sw


def _no_progress(_done: int, _total: int) -> None:
    """Progress is not looked at here."""


def test_the_calendar_page_shows_every_door_and_the_slips_every_text(db: Database) -> None:
    clock.pin(dt.datetime(2027, 11, 20, 12, 0))
    calendar = advent.list_calendars(db)[2]
    draft = advent.draft_of(calendar)
    advent.save_calendar(
        db,
        calendar.id,
        advent.CalendarDraft(
            draft.kind, draft.names, draft.items, DoorOrder.SHUFFLED, DoorDays.ALL
        ),
    )
    source = load_source(db, None)
    page = ADVENT_CALENDAR.job(source, {"calendar": calendar.id}, "nn")
    assert page is not None
    assert page.title == "Adventskalender 2027: Kollegakalender"
    reader = read(page.draw(_no_progress))
    assert len(reader.pages) == 1 and paper(reader) == "A4 portrait"
    numbers = [int(w) for w in pdftotext(page.draw(_no_progress)).split() if w.isdigit()]
    assert sorted(n for n in numbers if n <= 24) == list(range(1, 25))
    slips = ADVENT_SLIPS.job(source, {"calendar": calendar.id}, "nn")
    assert slips is not None
    text = " ".join(pdftotext(slips.draw(_no_progress)).split())
    assert "Sei god morgon med namn til tre kollegaer." in text
    assert "24. desember 2027" in text


def test_the_practice_summary_reads_back_with_class_level_figures(db: Database) -> None:
    class_id = classes.create_class(db, "6C", ["Åse Ødegård", "Ola Nordmann", "محمد علي"])
    pupils = classes.list_pupils(db, class_id)
    strengths = catalogue.list_strengths(db)
    wheel = catalogue.list_wheels(db)[0]
    day = dt.date(2026, 11, 10)
    mine = log.add_entry(
        db,
        class_id,
        wheel_id=wheel.id,
        task_id=wheel.tasks[0].id,
        task_text="",
        pupil_ids=[pupils[0].id],
        strength_ids=[strengths[0].id, strengths[1].id],
        reflection_me="Jeg ble glad da hun ble med.",
        entry_date=day.isoformat(),
    )
    log.add_entry(
        db,
        class_id,
        wheel_id=wheel.id,
        task_id=wheel.tasks[0].id,
        task_text="",
        whole_class=True,
        strength_ids=[strengths[1].id],
        reflection_me="Vi var mange som hjalp.",
        entry_date=day.isoformat(),
    )
    games.record_play(db, class_id, games.list_games(db)[0], [strengths[1].id], "nb", day)
    wall = sw.create_wall(db, class_id, "Orden i garderoben", [strengths[0].id], 5, today=day)
    sw.award_star(db, wall, today=day)
    practice_summary.save_notes(
        db,
        class_id,
        practice_summary.PracticeNotes("Klassen har øvd på å se hverandre.", (mine,), False),
    )
    job = PRACTICE_SUMMARY.job(
        load_source(db, class_id), {"start": dt.date(2026, 11, 1), "end": day}, "nb"
    )
    assert job is not None
    pdf = job.draw(_no_progress)
    assert paper(read(pdf)) == "A4 portrait"
    text = " ".join(pdftotext(pdf).split())
    assert "Praksisoppsummering" in text
    assert "Oppføringer i loggen: 3" in text
    assert strengths[1].name("nb") in text
    assert "Navnebølgen (1)" in text
    assert "«Orden i garderoben», runde 1: 1 stjerner av 5" in text
    assert "«Jeg ble glad da hun ble med.»" in text
    assert "Vi var mange som hjalp." not in text  # not picked
    assert "Åse Ødegård" not in text  # anonymised
    assert "En elev" in text
    assert "Klassen har øvd på å se hverandre." in text
    assert "SMART Senteret" in text
    # With names chosen, the pupil is named; the plain text says the same as the PDF.
    practice_summary.save_notes(
        db, class_id, practice_summary.PracticeNotes("", (mine,), show_names=True)
    )
    data = practice_summary.summary_data(db, class_id, dt.date(2026, 11, 1), day, "nb")
    plain = plain_text(data, "nb")
    assert "Åse Ødegård" in plain and "Navnebølgen (1)" in plain
    named = PRACTICE_SUMMARY.job(
        load_source(db, class_id), {"start": dt.date(2026, 11, 1), "end": day}, "nb"
    )
    assert named is not None
    assert "Åse Ødegård" in " ".join(pdftotext(named.draw(_no_progress)).split())


def test_at_most_five_reflections_are_kept(db: Database) -> None:
    class_id = classes.create_class(db, "1A", ["Ada"])
    ids = tuple(f"entry-{n}" for n in range(8))
    practice_summary.save_notes(db, class_id, practice_summary.PracticeNotes("", ids))
    assert practice_summary.get_notes(db, class_id).reflection_ids == ids[:5]
