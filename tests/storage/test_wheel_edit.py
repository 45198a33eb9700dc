"""Own wheels: edit tasks, new wheels, and wheel files that round-trip or are refused whole."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from smartklasse.storage import catalogue, wheel_edit
from smartklasse.storage.wheel_edit import WheelDraft, WheelFileError


def table_dump(db: Database) -> list[list[dict[str, object]]]:
    return [list(db.query(f"SELECT * FROM {t} ORDER BY 1")) for t in ("wheels", "wheel_tasks")]


def draft(n: int = 6) -> WheelDraft:
    return WheelDraft(
        colour="#6a1b9a",
        names={"nb": "Lilla", "nn": "Lilla", "en": "Purple"},
        tasks=tuple({"nb": f"Oppgave {i}", "en": f"Task {i}"} for i in range(n)),
    )


def test_export_then_import_gives_the_same_wheel(db: Database) -> None:
    # A colleague imports exactly the wheel that was exported, as a new wheel.
    blue = catalogue.list_wheels(db)[0]
    data = wheel_edit.export_wheel(blue)
    new_id = wheel_edit.create_wheel(db, wheel_edit.parse_wheel_file(data))
    imported = next(w for w in catalogue.list_wheels(db) if w.id == new_id)
    assert imported.id != blue.id
    assert dict(imported.names) == dict(blue.names)
    assert imported.colour == blue.colour
    assert [dict(t.texts) for t in imported.tasks] == [dict(t.texts) for t in blue.tasks]
    assert not imported.builtin


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe not utf8", "not_json"),
        (b"{broken", "not_json"),
        (b"[1, 2, 3]", "wrong_format"),
        (b'{"format": "something-else", "version": 1}', "wrong_format"),
        (b'{"format": "smartklasse-wheel", "version": 99}', "newer_version"),
        (b'{"format": "smartklasse-wheel", "version": true}', "wrong_format"),
        (b"[" * 100_000, "too_large"),
        (b"[" * 5000 + b"]" * 5000, "not_json"),
    ],
)
def test_broken_files_are_refused_and_change_nothing(
    db: Database, data: bytes, reason: str
) -> None:
    # A broken file gets a clear reason, and the wheels stay as they were.
    before = table_dump(db)
    with pytest.raises(WheelFileError) as caught:
        wheel_edit.parse_wheel_file(data)
    assert caught.value.reason == reason
    assert table_dump(db) == before


def valid_file(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "format": "smartklasse-wheel",
        "version": 1,
        "colour": "#2E7D32",
        "names": {"nb": "Mitt hjul"},
        "tasks": [{"nb": f"Oppgave {i}"} for i in range(5)],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"colour": "red; DROP TABLE wheels"}, "colour"),
        ({"names": {"nb": "x" * 41}}, "name"),
        ({"names": {"../../etc": "x"}}, "name"),
        ({"names": "Mitt hjul"}, "name"),
        ({"tasks": [{"nb": "a"}] * 3}, "task_count"),
        ({"tasks": [{"nb": "a"}] * 13}, "task_count"),
        ({"tasks": [{"nb": "a"}] * 4 + [{"nb": "   "}]}, "task"),
        ({"tasks": [{"nb": "a"}] * 4 + ["not an object"]}, "task"),
        ({"tasks": [{"nb": "a"}] * 4 + [{"nb": 5}]}, "task"),
        ({"tasks": [{"nb": "a" * 161}] * 4}, "task"),
    ],
)
def test_hostile_or_invalid_wheels_are_refused(changes: dict[str, object], reason: str) -> None:
    # Wrong colours, names, task counts and texts never reach the database.
    raw = json.dumps(valid_file(**changes)).encode()
    with pytest.raises(WheelFileError) as caught:
        wheel_edit.parse_wheel_file(raw)
    assert caught.value.reason == reason


def test_control_characters_are_removed_from_imported_texts() -> None:
    # Bidi overrides and control characters do not reach the projector.
    raw = json.dumps(valid_file(names={"nb": "Mitt\u202e hjul\x00"})).encode()
    parsed = wheel_edit.parse_wheel_file(raw)
    assert parsed.names == {"nb": "Mitt hjul"}


def test_editing_keeps_task_ids_and_undo_restores(db: Database) -> None:
    # Improving a task's words keeps its id (the log still points at it); undo puts it back.
    blue = catalogue.list_wheels(db)[0]
    before = wheel_edit.snapshot_wheel(db, blue.id)
    tasks = [dict(t.texts) for t in blue.tasks][:5]
    tasks[0]["nb"] = "Ny tekst"
    wheel_edit.update_wheel(db, blue.id, WheelDraft(blue.colour, dict(blue.names), tuple(tasks)))
    edited = catalogue.list_wheels(db)[0]
    assert [t.id for t in edited.tasks] == [t.id for t in blue.tasks][:5]
    assert edited.tasks[0].text("nb") == "Ny tekst"
    wheel_edit.restore_wheel(db, blue.id, before)
    assert catalogue.list_wheels(db)[0] == blue


def test_new_wheel_needs_four_to_twelve_tasks(db: Database) -> None:
    # A new wheel with 4 or 12 tasks is fine; 3 is refused and nothing is stored.
    assert wheel_edit.create_wheel(db, draft(4))
    assert wheel_edit.create_wheel(db, draft(12))
    count = len(catalogue.list_wheels(db))
    with pytest.raises(WheelFileError):
        wheel_edit.create_wheel(db, draft(3))
    assert len(catalogue.list_wheels(db)) == count == 5
