"""The teacher's edits to the strength catalogue, each one transaction, each one undoable.

Every edit keeps the strength's id, so log entries and star walls keep
pointing at the same strength whatever the teacher renames, hides or reorders.
Undo goes through :func:`snapshot` / :func:`restore`: the catalogue is 20-odd
rows, so putting all of them back is simpler and safer than inverse edits.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from smartklasse.storage.catalogue import reset_strengths
from smartklasse.storage.ids import new_id
from smartklasse.storage.transactions import write_transaction

#: Longest name and description kept, in characters.
MAX_NAME_LENGTH = 60
MAX_DESCRIPTION_LENGTH = 240
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
#: Tables that refer to a strength; a strength used there is never deleted, only hidden.
_REFERENCES = ("log_entry_strengths", "star_wall_strengths", "strength_of_week")


def _clean(text: str, limit: int) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())[:limit]


def _row(db: Database, strength_id: str) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM strengths WHERE id = ?", [strength_id]))
    if not rows:
        raise KeyError(strength_id)
    return rows[0]


def _set_text(db: Database, strength_id: str, column: str, lang: str, text: str) -> None:
    with write_transaction(db):
        texts = json.loads(_row(db, strength_id)[column])
        if text:
            texts[lang] = text
        else:
            texts.pop(lang, None)  # empty: fall back to another language's text
        db.table("strengths").update(strength_id, {column: json.dumps(texts, ensure_ascii=False)})


def rename(db: Database, strength_id: str, lang: str, name: str) -> None:
    """Give a strength a new name in ``lang``; an empty name is refused."""
    name = _clean(name, MAX_NAME_LENGTH)
    if not name:
        raise ValueError("a strength needs a name")
    _set_text(db, strength_id, "names", lang, name)


def set_description(db: Database, strength_id: str, lang: str, description: str) -> None:
    """Change the one-sentence description in ``lang`` (empty falls back to another language)."""
    _set_text(db, strength_id, "descriptions", lang, _clean(description, MAX_DESCRIPTION_LENGTH))


def set_colour(db: Database, strength_id: str, colour: str) -> None:
    """Change a strength's colour (``#RRGGBB``)."""
    if not _COLOUR.match(colour):
        raise ValueError(f"not a colour: {colour!r}")
    with write_transaction(db):
        _row(db, strength_id)
        db.table("strengths").update(strength_id, {"colour": colour.upper()})


def set_hidden(db: Database, strength_id: str, hidden: bool) -> None:
    """Hide a strength from the cards and the tap flow (the log keeps it), or show it again."""
    with write_transaction(db):
        _row(db, strength_id)
        db.table("strengths").update(strength_id, {"hidden": int(hidden)})


def add_custom(
    db: Database,
    lang: str,
    name: str,
    description: str = "",
    colour: str = "#455A64",
    symbol: str = "star",
) -> str:
    """Add the school's own strength at the end of the catalogue; return its id."""
    name = _clean(name, MAX_NAME_LENGTH)
    if not name:
        raise ValueError("a strength needs a name")
    if not _COLOUR.match(colour):
        raise ValueError(f"not a colour: {colour!r}")
    description = _clean(description, MAX_DESCRIPTION_LENGTH)
    strength_id = f"custom-{new_id()}"
    with write_transaction(db):
        last = db.execute("SELECT COALESCE(MAX(position), -1) FROM strengths").fetchone()[0]
        db.table("strengths").insert(
            {
                "id": strength_id,
                "position": int(last) + 1,
                "colour": colour.upper(),
                "symbol": symbol,
                "names": json.dumps({lang: name}, ensure_ascii=False),
                "descriptions": json.dumps(
                    {lang: description} if description else {}, ensure_ascii=False
                ),
                "hidden": 0,
                "custom": 1,
            }
        )
    return strength_id


def reorder(db: Database, strength_ids: Sequence[str]) -> None:
    """Put the strengths in this order; strengths not named keep their order after them."""
    with write_transaction(db):
        rest = [
            row["id"]
            for row in db.query("SELECT id FROM strengths ORDER BY position, id")
            if row["id"] not in set(strength_ids)
        ]
        for position, strength_id in enumerate([*strength_ids, *rest]):
            db.execute("UPDATE strengths SET position = ? WHERE id = ?", [position, strength_id])


def move(db: Database, strength_id: str, offset: int) -> bool:
    """Move a strength ``offset`` places among the visible ones; False if it cannot move."""
    order = [r["id"] for r in db.query("SELECT id FROM strengths ORDER BY hidden, position, id")]
    visible = [r["id"] for r in db.query("SELECT id FROM strengths WHERE hidden = 0")]
    index = order.index(strength_id)
    target = index + offset
    if not 0 <= target < len(visible) or strength_id not in visible:
        return False
    order.insert(target, order.pop(index))
    reorder(db, order)
    return True


def reset_to_default(db: Database) -> None:
    """Restore the shipped SMART catalogue; ids are kept, so the log is untouched."""
    reset_strengths(db)


def snapshot(db: Database) -> list[dict[str, Any]]:
    """Every strength row as it is now, for undo."""
    return list(db.query("SELECT * FROM strengths ORDER BY position, id"))


def restore(db: Database, rows: list[dict[str, Any]]) -> None:
    """Put the catalogue back as in ``rows`` (from :func:`snapshot`) in one transaction.

    A strength added since is deleted, unless something already refers to
    it; then it is hidden, so no log entry loses its strength.
    """
    keep = {row["id"] for row in rows}
    with write_transaction(db):
        db.table("strengths").upsert_all(rows, pk="id")
        for row in list(db.query("SELECT id FROM strengths")):
            if row["id"] in keep:
                continue
            used = any(
                db.execute(
                    f"SELECT 1 FROM {table} WHERE strength_id = ? LIMIT 1", [row["id"]]
                ).fetchone()
                for table in _REFERENCES
            )
            if used:
                db.execute("UPDATE strengths SET hidden = 1 WHERE id = ?", [row["id"]])
            else:
                db.execute("DELETE FROM strengths WHERE id = ?", [row["id"]])
