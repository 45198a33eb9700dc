"""The teacher's own wheels: edit tasks, make new wheels, export and import wheel files.

A wheel file is small JSON::

    {"format": "smartklasse-wheel", "version": 1, "colour": "#6A1B9A",
     "names": {"nb": "Lilla"}, "tasks": [{"nb": "..."}, ...]}

Import validates everything before it writes anything: a broken or hostile file
raises :class:`WheelFileError` and the database is not touched.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from smartklasse.domain.wheels import MAX_TASKS, MIN_TASKS, Wheel
from smartklasse.storage.ids import new_id
from smartklasse.storage.transactions import write_transaction

FILE_FORMAT = "smartklasse-wheel"
FILE_VERSION = 1
#: A real wheel file is a few kilobytes; anything far larger is not one.
MAX_FILE_BYTES = 64 * 1024
MAX_TASK_LENGTH = 160
MAX_NAME_LENGTH = 40
_LANG = re.compile(r"^[a-z]{2,3}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class WheelFileError(ValueError):
    """A wheel file or a wheel draft cannot be used; ``reason`` says why, for the UI to word."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class WheelDraft:
    """A wheel before it is stored: names and task texts per language."""

    colour: str
    names: Mapping[str, str] = field(default_factory=dict)
    tasks: tuple[Mapping[str, str], ...] = ()


def _clean(text: object, limit: int, reason: str) -> str:
    if not isinstance(text, str):
        raise WheelFileError(reason, "not text")
    text = unicodedata.normalize("NFC", text)
    # Control characters (also bidi overrides) have no place in a task on a projector.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    text = " ".join(text.split())
    if len(text) > limit:
        raise WheelFileError(reason, "too long")
    return text


def _texts(value: object, limit: int, reason: str) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise WheelFileError(reason, "no texts")
    texts: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not _LANG.match(lang):
            raise WheelFileError(reason, "bad language code")
        cleaned = _clean(text, limit, reason)
        if cleaned:
            texts[lang] = cleaned
    if not texts:
        raise WheelFileError(reason, "empty")
    return texts


def validate_draft(draft: WheelDraft) -> WheelDraft:
    """Check and clean a draft; raise :class:`WheelFileError` if it cannot be a wheel."""
    if not isinstance(draft.colour, str) or not _COLOUR.match(draft.colour):
        raise WheelFileError("colour")
    names = _texts(dict(draft.names), MAX_NAME_LENGTH, "name")
    if not MIN_TASKS <= len(draft.tasks) <= MAX_TASKS:
        raise WheelFileError("task_count", str(len(draft.tasks)))
    tasks = tuple(_texts(dict(t), MAX_TASK_LENGTH, "task") for t in draft.tasks)
    return WheelDraft(colour=draft.colour.upper(), names=names, tasks=tasks)


def draft_from_wheel(wheel: Wheel) -> WheelDraft:
    """The draft that describes a stored wheel."""
    return WheelDraft(
        colour=wheel.colour,
        names=dict(wheel.names),
        tasks=tuple(dict(t.texts) for t in wheel.tasks),
    )


def export_wheel(wheel: Wheel) -> bytes:
    """A wheel as the bytes of a wheel file."""
    draft = draft_from_wheel(wheel)
    data = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "colour": draft.colour,
        "names": dict(draft.names),
        "tasks": [dict(t) for t in draft.tasks],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def parse_wheel_file(data: bytes) -> WheelDraft:
    """Read and validate a wheel file; raise :class:`WheelFileError` when it is not usable."""
    if len(data) > MAX_FILE_BYTES:
        raise WheelFileError("too_large")
    try:
        parsed: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise WheelFileError("not_json", str(exc)) from exc
    if not isinstance(parsed, dict) or parsed.get("format") != FILE_FORMAT:
        raise WheelFileError("wrong_format")
    version = parsed.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WheelFileError("wrong_format", "version")
    if version > FILE_VERSION:
        raise WheelFileError("newer_version")
    tasks = parsed.get("tasks")
    if not isinstance(tasks, list):
        raise WheelFileError("task_count", "no list")
    colour = parsed.get("colour")
    names = parsed.get("names")
    if not isinstance(names, dict):
        raise WheelFileError("name")
    return validate_draft(
        WheelDraft(
            colour=colour if isinstance(colour, str) else "",
            names=names,
            tasks=tuple(t if isinstance(t, dict) else {"": ""} for t in tasks),
        )
    )


def create_wheel(db: Database, draft: WheelDraft, wheel_id: str | None = None) -> str:
    """Store a new wheel in one transaction (after validating it); return its id."""
    draft = validate_draft(draft)
    wheel_id = wheel_id or new_id()
    with write_transaction(db):
        position = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM wheels").fetchone()[0]
        db.table("wheels").insert(
            {
                "id": wheel_id,
                "position": position,
                "colour": draft.colour,
                "names": json.dumps(dict(draft.names), ensure_ascii=False),
                "builtin": 0,
                "archived_at": None,
            }
        )
        _insert_tasks(db, wheel_id, draft.tasks, [])
    return wheel_id


def _insert_tasks(
    db: Database, wheel_id: str, tasks: Sequence[Mapping[str, str]], ids: Sequence[str]
) -> None:
    db.table("wheel_tasks").insert_all(
        {
            "id": ids[i] if i < len(ids) else new_id(),
            "wheel_id": wheel_id,
            "position": i,
            "texts": json.dumps(dict(texts), ensure_ascii=False),
        }
        for i, texts in enumerate(tasks)
    )


def update_wheel(db: Database, wheel_id: str, draft: WheelDraft) -> None:
    """Replace a wheel's name, colour and tasks in one transaction.

    Tasks keep their ids by position, so the log and the period's chosen tasks
    still point at "the third task" after its wording is improved.
    """
    draft = validate_draft(draft)
    with write_transaction(db):
        ids = [
            r["id"]
            for r in db.query(
                "SELECT id FROM wheel_tasks WHERE wheel_id = ? ORDER BY position", [wheel_id]
            )
        ]
        db.execute(
            "UPDATE wheels SET colour = ?, names = ? WHERE id = ?",
            [draft.colour, json.dumps(dict(draft.names), ensure_ascii=False), wheel_id],
        )
        db.execute("DELETE FROM wheel_tasks WHERE wheel_id = ?", [wheel_id])
        _insert_tasks(db, wheel_id, draft.tasks, ids)


@dataclass(frozen=True)
class WheelSnapshot:
    """Every row of one wheel, so an edit or a deletion can be undone exactly."""

    wheel: dict[str, Any] | None
    tasks: list[dict[str, Any]]


def snapshot_wheel(db: Database, wheel_id: str) -> WheelSnapshot:
    """Copy a wheel's rows (``wheel`` is None when it does not exist)."""
    rows = list(db.query("SELECT * FROM wheels WHERE id = ?", [wheel_id]))
    tasks = list(db.query("SELECT * FROM wheel_tasks WHERE wheel_id = ?", [wheel_id]))
    return WheelSnapshot(rows[0] if rows else None, tasks)


def restore_wheel(db: Database, wheel_id: str, snapshot: WheelSnapshot) -> None:
    """Put a wheel back exactly as a snapshot holds it (deleting it if it did not exist)."""
    with write_transaction(db):
        db.execute("DELETE FROM wheel_tasks WHERE wheel_id = ?", [wheel_id])
        db.execute("DELETE FROM wheels WHERE id = ?", [wheel_id])
        if snapshot.wheel is not None:
            db.table("wheels").insert(snapshot.wheel)
            if snapshot.tasks:
                db.table("wheel_tasks").insert_all(snapshot.tasks)
