"""Stored recognition: the fair week across restarts, recognitions, cards, and deletion."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlite_utils import Database

from smartklasse.domain.recognition import GiverKind
from smartklasse.storage import classes, recognition
from smartklasse.storage.database import open_database
from smartklasse.storage.deletion import delete_class_for_good, delete_pupils_for_good

MONDAY = dt.date(2026, 11, 23)


def _class(db: Database, names: list[str]) -> tuple[str, list[str]]:
    class_id = classes.create_class(db, "5A", names)
    return class_id, [p.id for p in classes.list_pupils(db, class_id)]


def test_the_week_keeps_its_pupil_after_a_restart_and_moves_on_next_week(
    data_dir: Path,
) -> None:
    path = data_dir / "smartklasse.sqlite3"
    db = open_database(path)
    class_id, pupils = _class(db, ["Ola", "Kari", "Aisha"])
    assert recognition.pupil_week(db, class_id, MONDAY).pupil_id == pupils[0]
    db.close()
    db = open_database(path)
    # Wednesday of the same week, after a restart: the same pupil.
    assert (
        recognition.pupil_week(db, class_id, MONDAY + dt.timedelta(days=2)).pupil_id == (pupils[0])
    )
    next_week = recognition.pupil_week(db, class_id, MONDAY + dt.timedelta(days=7))
    assert next_week.pupil_id == pupils[1]
    db.close()


def test_skipping_a_pupil_who_is_away_gives_them_the_next_week(db: Database) -> None:
    class_id, pupils = _class(db, ["Ola", "Kari", "Aisha"])
    before = recognition.skip_pupil(db, class_id, MONDAY)
    assert recognition.pupil_week(db, class_id, MONDAY).pupil_id == pupils[1]
    assert (
        recognition.pupil_week(db, class_id, MONDAY + dt.timedelta(days=7)).pupil_id == (pupils[0])
    )
    recognition.restore_week(db, before)
    assert recognition.pupil_week(db, class_id, MONDAY).pupil_id == pupils[0]


def test_a_swap_only_goes_to_a_pupil_whose_turn_it_is(db: Database) -> None:
    class_id, pupils = _class(db, ["Ola", "Kari", "Aisha"])
    recognition.pupil_week(db, class_id, MONDAY)
    recognition.swap_pupil(db, class_id, pupils[2], MONDAY + dt.timedelta(days=7))
    assert recognition.swap_choices(db, class_id, MONDAY + dt.timedelta(days=14)) == [pupils[1]]
    with pytest.raises(ValueError):
        recognition.swap_pupil(db, class_id, pupils[0], MONDAY + dt.timedelta(days=14))


def test_the_choice_to_show_the_name_carries_over_to_the_next_week(db: Database) -> None:
    class_id, _pupils = _class(db, ["Ola", "Kari"])
    assert recognition.pupil_week(db, class_id, MONDAY).show_name is False
    assert recognition.set_show_name(db, class_id, True, MONDAY) is False
    assert recognition.pupil_week(db, class_id, MONDAY + dt.timedelta(days=7)).show_name


def test_adding_and_undoing_a_recognition(db: Database) -> None:
    class_id, pupils = _class(db, ["Ola", "Kari"])
    rid = recognition.add_recognition(
        db, class_id, pupils[0], "omsorg", "  Du hjalp meg\n med matten ", GiverKind.PUPIL, MONDAY
    )
    (seen,) = recognition.recognitions_for(db, pupils[0], MONDAY)
    assert (seen.strength_id, seen.sentence, seen.giver) == (
        "omsorg",
        "Du hjalp meg med matten",
        GiverKind.PUPIL,
    )
    row = recognition.remove_recognition(db, rid)
    assert recognition.recognitions_for(db, pupils[0]) == []
    recognition.restore_recognition(db, row)
    assert [r.id for r in recognition.recognitions_for(db, pupils[0])] == [rid]


def test_deleting_a_pupil_removes_their_recognitions_cards_and_weeks(db: Database) -> None:
    class_id, (ola, kari) = _class(db, ["Ola", "Kari"])
    recognition.pupil_week(db, class_id, MONDAY)
    recognition.add_recognition(db, class_id, ola, "omsorg", "Snill", GiverKind.ADULT, MONDAY)
    recognition.add_recognition(db, class_id, kari, "humor", "Morsom", GiverKind.PUPIL, MONDAY)
    recognition.give_card(db, ola, "mot", "Du sa ifra", MONDAY)
    recognition.skip_pupil(db, class_id, MONDAY + dt.timedelta(days=7))
    delete_pupils_for_good(db, [ola])
    for table in ("recognitions", "strength_cards", "recognition_weeks", "recognition_week_away"):
        assert (
            db.execute(f"SELECT COUNT(*) FROM {table} WHERE pupil_id = ?", [ola]).fetchone()[0] == 0
        ), table
    assert len(recognition.recognitions_for(db, kari)) == 1
    # The week Ola had goes to the next pupil in the fair order.
    assert recognition.pupil_week(db, class_id, MONDAY).pupil_id == kari
    delete_class_for_good(db, class_id)
    for table in ("recognitions", "strength_cards", "recognition_weeks"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_cards_are_kept_with_reason_and_date(db: Database) -> None:
    _class_id, (ola, _kari) = _class(db, ["Ola", "Kari"])
    card_id = recognition.give_card(db, ola, "mot", "Du sa ifra i friminuttet", MONDAY)
    (card,) = recognition.cards_for(db, ola)
    assert (card.strength_id, card.reason, card.given_on) == (
        "mot",
        "Du sa ifra i friminuttet",
        MONDAY,
    )
    row = recognition.take_back_card(db, card_id)
    assert recognition.cards_for(db, ola) == []
    recognition.restore_card(db, row)
    assert [c.id for c in recognition.cards_for(db, ola)] == [card_id]


def test_the_printed_profile_gets_the_cards_of_its_dates(db: Database) -> None:
    from smartklasse.storage.recognition_print import cards_given

    _class_id, (ola, _kari) = _class(db, ["Ola", "Kari"])
    recognition.give_card(db, ola, "mot", "Før", dt.date(2026, 6, 1))
    recognition.give_card(db, ola, "omsorg", "Nå", MONDAY)
    cards = cards_given(db, ola, dt.date(2026, 8, 1), MONDAY)
    assert [(c.strength.id, c.reason, c.pupil_name) for c in cards] == [("omsorg", "Nå", "Ola")]


def test_the_pupils_own_export_holds_their_cards_and_recognitions_only(db: Database) -> None:
    from smartklasse.storage.log_export import pupil_report

    class_id, (ola, kari) = _class(db, ["Ola", "Kari"])
    recognition.give_card(db, ola, "mot", "Du sa ifra", MONDAY)
    recognition.add_recognition(db, class_id, ola, "omsorg", "Du trøstet meg", GiverKind.PUPIL)
    recognition.add_recognition(db, class_id, kari, "humor", "Morsom", GiverKind.ADULT)
    text = pupil_report(db, ola, MONDAY, "nb")
    assert text is not None
    assert "Egenskapskort" in text and "2026-11-23  Mot: Du sa ifra" in text
    assert "Omsorg: Du trøstet meg (Fra en klassekamerat)" in text
    assert "Morsom" not in text and "Kari" not in text
