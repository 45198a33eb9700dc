"""Read-only loaders for the recognition documents: the week's poster, strength cards, slips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlite_utils import Database

from smartklasse.domain.documents import (
    CardLayout,
    GivenCard,
    RecognitionPosterData,
    SeenStrength,
    SlipsData,
    StrengthCardsData,
)
from smartklasse.domain.recognition import week_start
from smartklasse.storage import catalogue, classes, recognition


def _pupil(db: Database, pupil_id: str) -> tuple[str, str]:
    row = db.execute(
        "SELECT p.name, c.name FROM pupils p JOIN classes c ON c.id = p.class_id WHERE p.id = ?",
        [pupil_id],
    ).fetchone()
    if row is None:
        raise KeyError(pupil_id)
    return str(row[0]), str(row[1])


def poster_data(db: Database, pupil_id: str, week: dt.date) -> RecognitionPosterData:
    """Every strength seen in the pupil in ``week``'s week, catalogue order, with its sentences."""
    name, class_name = _pupil(db, pupil_id)
    strengths = catalogue.list_strengths(db, include_hidden=True)
    seen = recognition.recognitions_for(db, pupil_id, week)
    blocks = []
    for strength in strengths:
        mine = [r for r in seen if r.strength_id == strength.id]
        if mine:
            sentences = tuple(r.sentence for r in mine if r.sentence)
            blocks.append(SeenStrength(strength, len(mine), sentences))
    return RecognitionPosterData(name, class_name, week_start(week), tuple(blocks))


def cards_data(
    db: Database, class_id: str, pupil_id: str | None, layout: CardLayout
) -> StrengthCardsData:
    """The cards given to one pupil, or to the whole class with ``pupil_id`` None."""
    strengths = {s.id: s for s in catalogue.list_strengths(db, include_hidden=True)}
    names = {p.id: p.name for p in classes.list_pupils(db, class_id, include_archived=True)}
    given = (
        recognition.cards_for(db, pupil_id)
        if pupil_id is not None
        else recognition.cards_of_class(db, class_id)
    )
    return StrengthCardsData(
        tuple(
            GivenCard(strengths[c.strength_id], c.reason, c.given_on, names.get(c.pupil_id, ""))
            for c in given
            if c.strength_id in strengths
        ),
        layout,
    )


def cards_given(db: Database, pupil_id: str, start: dt.date, end: dt.date) -> tuple[GivenCard, ...]:
    """The cards a pupil was given from ``start`` to ``end`` (inclusive), oldest first."""
    strengths = {s.id: s for s in catalogue.list_strengths(db, include_hidden=True)}
    name, _class_name = _pupil(db, pupil_id)
    return tuple(
        GivenCard(strengths[c.strength_id], c.reason, c.given_on, name)
        for c in recognition.cards_for(db, pupil_id)
        if start <= c.given_on <= end and c.strength_id in strengths
    )


def slips_data(db: Database, class_id: str | None, pupil_ids: Sequence[str] | None) -> SlipsData:
    """Slips for the pupils named (a class set), or one blank slip with ``pupil_ids`` None."""
    if class_id is None or pupil_ids is None:
        return SlipsData(())
    names = {p.id: p.name for p in classes.list_pupils(db, class_id)}
    class_row = classes.get_class(db, class_id)
    return SlipsData(
        tuple(names[p] for p in pupil_ids if p in names), class_row.name if class_row else ""
    )
