"""The Anerkjennelse page: the week's pupil, adding what was seen, undo, pupil mode, cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain.recognition import GiverKind
from smartklasse.settings import Settings
from smartklasse.storage import classes, recognition
from smartklasse.ui.context import AppContext
from smartklasse.ui.dialogs import teacher_lock
from smartklasse.ui.recognition.card_dialog import GiveCardDialog
from smartklasse.ui.recognition.page import RecognitionPage


@pytest.fixture
def context(db: Database, data_dir: Path) -> AppContext:
    class_id = classes.create_class(db, "4C", ["Ola", "Kari", "Aisha"])
    return AppContext(db, data_dir, Settings(active_class_id=class_id))


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> RecognitionPage:
    widget = RecognitionPage(context)
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pins_asked(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record each PIN question; the PIN given is wrong (a pupil at the board)."""
    asked: list[bool] = []

    def ask(*_args: object) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(teacher_lock, "ask_for_pin", ask)
    return asked


def _add(page: RecognitionPage, strength_id: str, sentence: str) -> None:
    chip = next(
        b for b in page.strength_group.buttons() if b.property("strength_id") == strength_id
    )
    chip.click()
    page.sentence_edit.setText(sentence)
    page.add_button.click()


def _pupil_ids(context: AppContext) -> list[str]:
    return [p.id for p in classes.list_pupils(context.db, context.active_class_id)]


def test_the_name_is_hidden_until_the_teacher_shows_it(
    page: RecognitionPage, context: AppContext
) -> None:
    assert page.name_label.text() == ""
    page.show_name_button.click()
    assert page.name_label.text() == "Ola"
    context.undo_stack.undo()
    assert page.name_label.text() == ""


def test_a_tap_and_a_sentence_grow_the_poster_and_undo_takes_it_away(
    page: RecognitionPage, context: AppContext
) -> None:
    _add(page, "omsorg", "Du hjalp meg med matten")
    _add(page, "omsorg", "")
    _add(page, "humor", "Du fikk oss til å le")
    assert {(p.name, p.count) for p in page.poster.pills} == {("Omsorg", 2), ("Humor", 1)}
    texts = [page.sentences.item(i).text() for i in range(page.sentences.count())]
    assert texts == ["Omsorg: «Du hjalp meg med matten»", "Omsorg", "Humor: «Du fikk oss til å le»"]
    (ola, *_rest) = _pupil_ids(context)
    assert {r.giver for r in recognition.recognitions_for(context.db, ola)} == {GiverKind.PUPIL}
    context.undo_stack.undo()
    assert {(p.name, p.count) for p in page.poster.pills} == {("Omsorg", 2)}
    context.undo_stack.redo()
    assert len(recognition.recognitions_for(context.db, ola)) == 3


def test_pupil_mode_may_add_but_not_remove_or_skip(
    page: RecognitionPage, context: AppContext, pins_asked: list[bool]
) -> None:
    context.teacher_lock.set_pin("2468")
    context.set_pupil_mode(True)
    _add(page, "mot", "Du sa ifra")
    assert pins_asked == []
    (ola, *_rest) = _pupil_ids(context)
    assert len(recognition.recognitions_for(context.db, ola)) == 1
    page.sentences.setCurrentRow(0)
    page.remove_selected()
    page.skip_pupil()
    page.show_name_button.click()
    assert len(pins_asked) == 3
    assert len(recognition.recognitions_for(context.db, ola)) == 1
    assert page.name_label.text() == ""
    assert recognition.pupil_week(context.db, context.active_class_id).pupil_id == ola
    context.set_pupil_mode(False)


def test_skipping_gives_the_week_to_the_next_pupil_and_undo_brings_it_back(
    page: RecognitionPage, context: AppContext
) -> None:
    page.show_name_button.click()
    page.skip_pupil()
    assert page.name_label.text() == "Kari"
    context.undo_stack.undo()
    assert page.name_label.text() == "Ola"


def test_the_teacher_gives_a_card_with_a_reason(qtbot: QtBot, context: AppContext) -> None:
    dialog = GiveCardDialog(context)
    qtbot.addWidget(dialog)
    dialog.pupil_combo.setCurrentIndex(1)
    dialog.strength_combo.setCurrentIndex(dialog.strength_combo.findData("mot"))
    dialog.reason_edit.setPlainText("Du sa ifra i friminuttet")
    dialog.accept()
    kari = _pupil_ids(context)[1]
    (card,) = recognition.cards_for(context.db, kari)
    assert (card.strength_id, card.reason) == ("mot", "Du sa ifra i friminuttet")
    context.undo_stack.undo()
    assert recognition.cards_for(context.db, kari) == []
