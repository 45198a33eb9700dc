"""The strength catalogue: shipped order and languages, the teacher's edits, reset, hiding."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from smartklasse.storage import catalogue, classes, log
from smartklasse.storage import strength_catalogue_edit as edit

DEFAULT_ORDER = [
    "ansvarsbevissthet",
    "hjelpsomhet",
    "humor",
    "kreativitet",
    "lederskap",
    "laeringsglede",
    "mot",
    "malrettethet",
    "nysgjerrighet",
    "omsorg",
    "respekt",
    "rettferdighet",
    "samarbeid",
    "selvkontroll",
    "selvtillit",
    "takknemlighet",
    "talmodighet",
    "utholdenhet",
    "vennlighet",
    "aerlighet",
]
FIRST_LAST = {
    "nb": ("Ansvarsbevissthet", "Ærlighet"),
    "nn": ("Ansvarsmedvit", "Ærlegdom"),
    "en": ("Responsibility", "Honesty"),
    "ar": ("المسؤولية", "الصدق"),
}


@pytest.mark.parametrize("lang", ["nb", "nn", "en", "ar", "so", "uk", "pl"])
def test_twenty_default_strengths_in_order_in_each_language(db: Database, lang: str) -> None:
    # A fresh database shows the 20 SMART strengths in the poster's order, named in each language.
    strengths = catalogue.list_strengths(db)
    assert [s.id for s in strengths] == DEFAULT_ORDER
    assert all(lang in s.names and s.name(lang) for s in strengths)
    assert len({s.name(lang) for s in strengths}) == 20
    if lang in FIRST_LAST:
        assert (strengths[0].name(lang), strengths[-1].name(lang)) == FIRST_LAST[lang]
    if lang in ("nb", "nn", "en", "ar"):
        assert all(s.description(lang) and lang in s.descriptions for s in strengths)


def _class_with_entry(db: Database, strength_ids: list[str]) -> tuple[str, str]:
    class_id = classes.create_class(db, "5A", ["Ola"])
    entry = log.add_entry(
        db, class_id, wheel_id=None, task_id=None, task_text="Holdt døra", strength_ids=strength_ids
    )
    return class_id, entry


def test_teacher_edits_rename_describe_colour_reorder(db: Database) -> None:
    # Renaming in bokmål leaves English alone; colour, description and order change as asked.
    edit.rename(db, "mot", "nb", "  Motet  ")
    edit.set_description(db, "mot", "nb", "Du tør.")
    edit.set_colour(db, "mot", "#112233")
    assert edit.move(db, "mot", -6)
    mot = catalogue.get_strength(db, "mot")
    assert mot is not None
    assert (mot.name("nb"), mot.name("en"), mot.description("nb")) == (
        "Motet",
        "Courage",
        "Du tør.",
    )
    assert mot.colour == "#112233"
    assert next(s.id for s in catalogue.list_strengths(db)) == "mot"
    with pytest.raises(ValueError):
        edit.rename(db, "mot", "nb", "   ")
    with pytest.raises(ValueError):
        edit.set_colour(db, "mot", "red")


def test_hidden_strength_leaves_tap_flow_but_not_the_log(db: Database) -> None:
    # Hiding "humor" removes it from the cards and the tap flow; yesterday's entry still has it.
    _, entry_id = _class_with_entry(db, ["humor", "mot"])
    edit.set_hidden(db, "humor", True)
    assert "humor" not in [s.id for s in catalogue.list_strengths(db)]
    assert "humor" in [s.id for s in catalogue.list_strengths(db, include_hidden=True)]
    entry = log.get_entry(db, entry_id)
    assert entry is not None and set(entry.strength_ids) == {"humor", "mot"}
    humor = catalogue.get_strength(db, "humor")
    assert humor is not None and humor.hidden and humor.name("nb") == "Humor"


def test_custom_strength_added_then_reset_keeps_log(db: Database) -> None:
    # The school's own strength is used in the log; reset restores SMART and the entry keeps it.
    custom = edit.add_custom(db, "nb", "Tålmod i kø", "Du venter.", "#336699")
    edit.rename(db, "respekt", "nb", "Respekt for alle")
    edit.set_hidden(db, "omsorg", True)
    assert edit.move(db, "aerlighet", -18)  # omsorg is hidden: 18 visible before it
    assert not edit.move(db, "aerlighet", -1)
    ids = [s.id for s in catalogue.list_strengths(db)]
    assert ids[-1] == custom and ids[0] == "aerlighet" and "omsorg" not in ids
    _, entry_id = _class_with_entry(db, [custom, "respekt"])
    edit.reset_to_default(db)
    strengths = catalogue.list_strengths(db)
    assert [s.id for s in strengths] == DEFAULT_ORDER
    assert strengths[10].name("nb") == "Respekt"
    entry = log.get_entry(db, entry_id)
    assert entry is not None and set(entry.strength_ids) == {custom, "respekt"}
    kept = catalogue.get_strength(db, custom)
    assert kept is not None and kept.hidden and kept.name("nb") == "Tålmod i kø"


def test_snapshot_restore_undoes_an_edit_and_an_added_strength(db: Database) -> None:
    # Undo puts back the catalogue exactly; an added strength nobody used is removed again.
    before = edit.snapshot(db)
    edit.rename(db, "mot", "nb", "Tapperhet")
    new_id = edit.add_custom(db, "nb", "Glede")
    edit.restore(db, before)
    assert edit.snapshot(db) == before
    assert catalogue.get_strength(db, new_id) is None


def test_restore_hides_rather_than_deletes_a_used_strength(db: Database) -> None:
    # If the added strength was logged before the undo, it stays (hidden) so the log holds.
    before = edit.snapshot(db)
    new_id = edit.add_custom(db, "nb", "Glede")
    _, entry_id = _class_with_entry(db, [new_id])
    edit.restore(db, before)
    kept = catalogue.get_strength(db, new_id)
    assert kept is not None and kept.hidden
    entry = log.get_entry(db, entry_id)
    assert entry is not None and entry.strength_ids == (new_id,)
