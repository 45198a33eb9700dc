"""The summary tables always equal a brute-force count of the log, whatever the teacher does."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlite_utils import Database

from smartklasse.storage import classes, deletion, log
from smartklasse.storage import log_queries as q
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database
from smartklasse.storage.log_schema import BRUTE_FORCE, LINK_SEPARATOR

STRENGTHS = ["mot", "humor", "omsorg", "respekt"]
TASKS = [("blue", "blue-1", "Smil"), ("blue", "blue-2", "Hjelp"), (None, None, "Eget")]
DAYS = ["2025-09-01", "2025-09-02", "2026-01-10"]


class Summaries(RuleBasedStateMachine):
    """Random entries, edits, deletions and undos; the summaries are checked after each."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.db = open_database(Path(self.folder.name) / "smartklasse.sqlite3")
        seed_catalogues(self.db)
        self.pupils: dict[str, list[str]] = {}
        for name in ("5A", "5B"):
            class_id = classes.create_class(self.db, name, ["Åse", "Ola", "Kari"])
            self.pupils[class_id] = [p.id for p in classes.list_pupils(self.db, class_id)]
        self.undo: list[tuple[str, log.EntrySnapshot]] = []

    def teardown(self) -> None:
        self.db.close()
        self.folder.cleanup()

    def _entries(self) -> list[str]:
        # By rowid, not by (random) id: a replayed example must pick the same entries.
        return [r[0] for r in self.db.execute("SELECT id FROM log_entries ORDER BY rowid")]

    @rule(
        which=st.integers(0, 1),
        task=st.sampled_from(TASKS),
        day=st.sampled_from(DAYS),
        pupils=st.sets(st.integers(0, 2)),
        strengths=st.sets(st.sampled_from(STRENGTHS)),
    )
    def add(
        self,
        which: int,
        task: tuple[str | None, str | None, str],
        day: str,
        pupils: set[int],
        strengths: set[str],
    ) -> None:
        class_id = list(self.pupils)[which % len(self.pupils)] if self.pupils else None
        if class_id is None:
            return
        ids = self.pupils[class_id]
        log.add_entry(
            self.db,
            class_id,
            wheel_id=task[0],
            task_id=task[1],
            task_text=task[2],
            pupil_ids=[ids[i] for i in pupils if i < len(ids)],
            strength_ids=sorted(strengths),
            entry_date=day,
        )

    @precondition(lambda self: bool(self._entries()))
    @rule(
        pick=st.integers(0, 100),
        day=st.sampled_from(DAYS),
        pupils=st.sets(st.integers(0, 2)),
        strengths=st.sets(st.sampled_from(STRENGTHS)),
    )
    def edit(self, pick: int, day: str, pupils: set[int], strengths: set[str]) -> None:
        entries = self._entries()
        entry = log.get_entry(self.db, entries[pick % len(entries)])
        assert entry is not None
        ids = self.pupils.get(entry.class_id, [])
        edit = q.EntryEdit(
            dt.date.fromisoformat(day),
            tuple(ids[i] for i in pupils if i < len(ids)),
            tuple(sorted(strengths)),
            "glad",
            "",
        )
        before = q.edit_entry(self.db, entry.id, edit)
        assert before is not None
        self.undo.append(("edit", before))

    @precondition(lambda self: bool(self._entries()))
    @rule(pick=st.integers(0, 100))
    def delete(self, pick: int) -> None:
        entries = self._entries()
        snapshot = log.delete_entry(self.db, entries[pick % len(entries)])
        assert snapshot is not None
        self.undo.append(("delete", snapshot))

    @precondition(lambda self: bool(self.undo))
    @rule()
    def undo_last(self) -> None:
        kind, snapshot = self.undo.pop()
        exists = log.get_entry(self.db, snapshot.entry["id"]) is not None
        if snapshot.entry["class_id"] not in self.pupils:
            return  # the class was deleted for good since: nothing to put back into
        if kind == "edit" and exists:
            q.put_back_entry(self.db, snapshot)
        elif kind == "delete" and not exists:
            log.restore_entry(self.db, snapshot)

    @precondition(lambda self: any(self.pupils.values()))
    @rule(pick=st.integers(0, 100))
    def delete_pupil(self, pick: int) -> None:
        everyone = [(c, p) for c, ps in self.pupils.items() for p in ps]
        class_id, pupil_id = everyone[pick % len(everyone)]
        deletion.delete_pupils_for_good(self.db, [pupil_id])
        self.pupils[class_id].remove(pupil_id)

    @precondition(lambda self: len(self.pupils) > 1)
    @rule()
    def delete_class(self) -> None:
        class_id = next(iter(self.pupils))
        deletion.delete_class_for_good(self.db, class_id)
        del self.pupils[class_id]

    @rule()
    def delete_old_entries(self) -> None:
        deletion.delete_entries_older_than(self.db, 6, dt.date(2026, 3, 1))

    @invariant()
    def summaries_equal_a_count(self) -> None:
        for table, query in BRUTE_FORCE.items():
            kept = sorted(self.db.execute(f"SELECT * FROM {table}").fetchall())
            counted = sorted(self.db.execute(query).fetchall())
            assert kept == counted, table

    @invariant()
    def link_lists_equal_the_links(self) -> None:
        assert listed_links(self.db) == counted_links(self.db)


def listed_links(db: Database) -> dict[str, tuple[list[str], list[str]]]:
    """Each entry's pupil and strength ids as listed on the entry, sorted."""
    return {
        entry_id: (
            sorted(filter(None, pupils.split(LINK_SEPARATOR))),
            sorted(filter(None, strengths.split(LINK_SEPARATOR))),
        )
        for entry_id, pupils, strengths in db.execute(
            "SELECT id, pupil_ids, strength_ids FROM log_entries"
        )
    }


def counted_links(db: Database) -> dict[str, tuple[list[str], list[str]]]:
    """Each entry's pupil and strength ids read from the link tables, sorted."""
    links: dict[str, tuple[list[str], list[str]]] = {
        r[0]: ([], []) for r in db.execute("SELECT id FROM log_entries")
    }
    for entry_id, pupil_id in db.execute("SELECT entry_id, pupil_id FROM log_entry_pupils"):
        links[entry_id][0].append(pupil_id)
    for entry_id, strength_id in db.execute(
        "SELECT entry_id, strength_id FROM log_entry_strengths"
    ):
        links[entry_id][1].append(strength_id)
    return {e: (sorted(p), sorted(s)) for e, (p, s) in links.items()}


TestSummaries = Summaries.TestCase
TestSummaries.settings = settings(max_examples=25, stateful_step_count=25, deadline=None)
