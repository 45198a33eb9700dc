"""The contract every registered printed document keeps, in nb, nn and en.

Each document is made the way the Print dialog makes it (from its fields' choices)
and read back: it renders, every page is on the paper the entry declares, every
font it names is embedded, its text can be extracted and is in the language asked
for, and its PDF title and language are the ones the preview shows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pdf_reading import page_text, paper, read, unembedded_fonts

from smartklasse.documents.kind import ChoiceField, DocumentKind, PrintSource, load_source
from smartklasse.documents.registry import DOCUMENTS
from smartklasse.domain.document_ids import DocumentId
from smartklasse.storage import catalogue, classes, log, star_walls
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database

TODAY = dt.date(2026, 11, 20)
PDF_LANGUAGES = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrintSource]:
    """A class with pupils (one name in Arabic script), a star wall with a star, a log."""
    db = open_database(Path(tmp_path_factory.mktemp("data")) / "smartklasse.sqlite3")
    seed_catalogues(db)
    class_id = classes.create_class(db, "7B", ["Åse Ødegård", "Ola Nordmann", "محمد علي"])
    strengths = catalogue.list_strengths(db)
    wall = star_walls.create_wall(
        db, class_id, "Vi hjelper hverandre", [strengths[0].id, strengths[3].id], 10, today=TODAY
    )
    star_walls.award_star(db, wall, today=TODAY)
    wheel = catalogue.list_wheels(db)[0]
    pupils = classes.list_pupils(db, class_id)
    log.add_entry(
        db,
        class_id,
        wheel_id=wheel.id,
        task_id=wheel.tasks[0].id,
        task_text="",
        pupil_ids=[pupils[0].id],
        strength_ids=[strengths[1].id, strengths[2].id],
        reflection_me="Jeg ble glad.",
        reflection_others="De lo.",
        entry_date=(TODAY - dt.timedelta(days=30)).isoformat(),
    )
    log.add_entry(
        db,
        class_id,
        wheel_id=wheel.id,
        task_id=wheel.tasks[1].id,
        task_text="",
        whole_class=True,
        strength_ids=[strengths[1].id],
        entry_date=(TODAY - dt.timedelta(days=10)).isoformat(),
    )
    yield load_source(db, class_id)
    db.close()


def option_sets(kind: DocumentKind[Any, Any], source: PrintSource) -> list[dict[str, object]]:
    """The dialog's first choices, then the first, middle and last choice of each field."""
    defaults: dict[str, object] = {}
    picks: list[tuple[str, object]] = []
    for field in kind.fields:
        if isinstance(field, ChoiceField):
            choices = field.choices(source, "en")
            assert choices, f"{kind.id}: {field.name} has nothing to choose from"
            defaults[field.name] = choices[0].value
            for index in sorted({0, len(choices) // 2, len(choices) - 1}):
                picks.append((field.name, choices[index].value))
        else:
            defaults[field.name] = field.default(TODAY)
    sets = [defaults]
    for name, value in picks:
        values = {**defaults, name: value}
        if values not in sets:
            sets.append(values)
    return sets


def test_every_document_id_has_one_entry_whose_fields_fill_its_options() -> None:
    assert sorted(kind.id.value for kind in DOCUMENTS) == sorted(d.value for d in DocumentId)
    for kind in DOCUMENTS:
        names = [field.name for field in kind.fields]
        assert isinstance(kind.options, type) and dataclasses.is_dataclass(kind.options)
        options = [f.name for f in dataclasses.fields(kind.options)]
        assert names == options, kind.id
        assert len({field.object_name for field in kind.fields}) == len(kind.fields)


@pytest.mark.parametrize("kind", DOCUMENTS, ids=lambda kind: kind.id.value)
def test_document_renders_on_its_paper_with_embedded_fonts_in_every_language(
    kind: DocumentKind[Any, Any], source: PrintSource
) -> None:
    for values in option_sets(kind, source):
        texts: dict[str, str] = {}
        for lang in PDF_LANGUAGES:
            job = kind.job(source, values, lang)
            assert job is not None, (kind.id, values)
            case = (kind.id, lang, values)
            reader = read(job.draw(lambda _done, _total: None))
            assert len(reader.pages) >= 1, case
            assert all(paper(reader, i) == str(job.page) for i in range(len(reader.pages))), case
            assert unembedded_fonts(reader) == set(), case
            pages = [page_text(reader, i) for i in range(len(reader.pages))]
            assert all(pages), case
            assert reader.metadata is not None and reader.metadata.title == job.title, case
            assert str(reader.root_object["/Lang"]) == PDF_LANGUAGES[lang], case
            texts[lang] = " ".join(pages)
        # The words printed follow the language chosen, not the app's.
        assert texts["nb"] != texts["en"] and texts["nn"] != texts["en"], (kind.id, values)
