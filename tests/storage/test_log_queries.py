"""The log's filters, aggregates and editing, checked against a brute-force count in Python."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from smartklasse.domain.log_filters import LogFilter, Period
from smartklasse.storage import classes, deletion, log
from smartklasse.storage import log_queries as q

TODAY = dt.date(2026, 3, 12)
PUPILS = ["Åse", "Ola", "Kari", "محمد"]
STRENGTHS = ["mot", "humor", "omsorg", "respekt", "samarbeid"]
TASKS = [("blue", "blue-1"), ("blue", "blue-2"), ("green", "green-1"), ("red", "red-5")]
TEXTS = ["", "Jeg ble glad", "ÅSE smilte", "Det var fint å hjelpe"]


@dataclass
class Spec:
    day: int
    task: int
    pupils: list[int]
    strengths: list[int]
    me: str
    others: str


entry_specs = st.lists(
    st.builds(
        Spec,
        day=st.integers(0, 420),
        task=st.integers(0, len(TASKS) - 1),
        pupils=st.lists(st.integers(0, 3), max_size=3, unique=True),
        strengths=st.lists(st.integers(0, 4), max_size=3, unique=True),
        me=st.sampled_from(TEXTS),
        others=st.sampled_from(TEXTS),
    ),
    max_size=25,
)
filters = st.fixed_dictionaries(
    {
        "period": st.sampled_from(list(Period)),
        "pupil": st.none() | st.integers(0, 3),
        "wheel": st.none() | st.sampled_from(["blue", "green"]),
        "task": st.none() | st.sampled_from(["blue-1", "red-5"]),
        "strength": st.none() | st.integers(0, 4),
        "search": st.sampled_from(["", "åse", "GLAD", "kari", "fint hjelpe", "zzz"]),
    }
)


def _class(db: Database, name: str = "5B") -> tuple[str, list[str]]:
    class_id = classes.create_class(db, name, PUPILS)
    return class_id, [p.id for p in classes.list_pupils(db, class_id)]


def _matches(spec: Spec, date: dt.date, f: LogFilter, pupil_ids: list[str]) -> bool:
    span = f.date_range(TODAY)
    wheel, task = TASKS[spec.task]
    names = [PUPILS[i] for i in spec.pupils]
    hay = [spec.me.casefold(), spec.others.casefold(), "task " + task]
    hay += [n.casefold() for n in names]
    return (
        (span is None or span[0] <= date <= span[1])
        and (f.wheel_id is None or f.wheel_id == wheel)
        and (f.task_id is None or f.task_id == task)
        and (f.pupil_id is None or f.pupil_id in [pupil_ids[i] for i in spec.pupils])
        and (f.strength_id is None or f.strength_id in [STRENGTHS[i] for i in spec.strengths])
        and all(any(term in h for h in hay) for term in f.search_terms())
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(specs=entry_specs, fd=filters)
def test_filters_and_aggregates_equal_brute_force(
    db: Database, specs: list[Spec], fd: dict[str, Any]
) -> None:
    # Whatever the log holds and however the filters combine, the table and the charts show
    # exactly what counting by hand over the same entries gives.
    db.execute("DELETE FROM classes")
    class_id, pupil_ids = _class(db)
    start = dt.date(2025, 6, 1)
    expected_ids: list[tuple[str, str]] = []
    strengths: Counter[str] = Counter()
    tasks: Counter[str] = Counter()
    months: Counter[str] = Counter()
    f = LogFilter(
        class_id,
        period=fd["period"],
        start=dt.date(2025, 9, 1),
        end=dt.date(2026, 1, 31),
        pupil_id=None if fd["pupil"] is None else pupil_ids[fd["pupil"]],
        wheel_id=fd["wheel"],
        task_id=fd["task"],
        strength_id=None if fd["strength"] is None else STRENGTHS[fd["strength"]],
        search=fd["search"],
    )
    year_filter = replace(f, period=Period.SCHOOL_YEAR)
    other_class, other_pupils = _class(db, "5C")
    reflected: list[tuple[str, str]] = []
    for spec in specs:
        date = start + dt.timedelta(days=spec.day)
        wheel, task = TASKS[spec.task]
        # Another class's entries in between, with the same words: the search's window
        # over the full-text index and the summaries must keep them out.
        log.add_entry(
            db,
            other_class,
            wheel_id=wheel,
            task_id=task,
            task_text="Task " + task,
            pupil_ids=[other_pupils[i] for i in spec.pupils],
            strength_ids=[STRENGTHS[i] for i in spec.strengths],
            reflection_me=spec.me,
            reflection_others=spec.others,
            entry_date=date.isoformat(),
        )
        entry_id = log.add_entry(
            db,
            class_id,
            wheel_id=wheel,
            task_id=task,
            task_text="Task " + task,
            pupil_ids=[pupil_ids[i] for i in spec.pupils],
            strength_ids=[STRENGTHS[i] for i in spec.strengths],
            reflection_me=spec.me,
            reflection_others=spec.others,
            entry_date=date.isoformat(),
        )
        if _matches(spec, date, f, pupil_ids):
            expected_ids.append((date.isoformat(), entry_id))
            if spec.me or spec.others:
                reflected.append((date.isoformat(), entry_id))
            strengths.update(STRENGTHS[i] for i in spec.strengths)
            tasks[task] += 1
        if _matches(spec, date, year_filter, pupil_ids):
            months[date.isoformat()[:7]] += 1
    # Newest first; same-day entries by creation time then id (created_at ties here).
    got = [(r.entry_date, r.id) for r in q.iter_entries(db, f, TODAY)]
    assert sorted(got, reverse=True) == got
    assert sorted(got) == sorted(expected_ids)
    assert q.count_entries(db, f, TODAY) == len(expected_ids)
    assert q.strength_counts(db, f, TODAY) == dict(strengths)
    assert {t.task_id: t.count for t in q.task_completions(db, f, TODAY)} == dict(tasks)
    trend = q.monthly_trend(db, f, TODAY)
    assert next((m.year, m.month) for m in trend) == (2025, 8)
    assert {f"{m.year:04d}-{m.month:02d}": m.entries for m in trend if m.entries} == dict(months)
    if f.pupil_id is not None:
        # The profile reads summaries and the pupil's reflection list: the same figures.
        profile = q.pupil_profile(db, f.pupil_id, f, TODAY)
        assert profile is not None
        assert profile.entry_count == len(expected_ids)
        assert profile.strength_counts == dict(strengths)
        assert {t.task_id: t.count for t in profile.tasks} == dict(tasks)
        got = [(r.entry_date, r.id) for r in profile.reflections]
        assert sorted(got, reverse=True) == got
        assert sorted(got) == sorted(reflected)


def test_paging_walks_every_entry_once(db: Database) -> None:
    # A long log fetched page by page (as the table scrolls) shows each entry exactly once,
    # even when many entries share a date.
    class_id, pupils = _class(db)
    made = {
        log.add_entry(
            db,
            class_id,
            wheel_id="blue",
            task_id="blue-1",
            task_text="x",
            pupil_ids=pupils[:1],
            entry_date=f"2026-03-0{1 + i % 3}",
        )
        for i in range(23)
    }
    f = LogFilter(class_id, period=Period.ALL)
    seen: list[str] = []
    after = None
    while page := q.list_entries(db, f, TODAY, limit=5, after=after):
        seen += [r.id for r in page]
        after = page[-1].sort_key
    assert len(seen) == 23 and set(seen) == made


def test_edit_entry_and_undo_restore_the_entry(db: Database) -> None:
    # The teacher fixes pupils, strengths, date and reflection; Undo brings back the original.
    class_id, pupils = _class(db)
    entry_id = log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-1",
        task_text="x",
        pupil_ids=pupils[:2],
        strength_ids=["mot"],
        reflection_me="Glad",
        entry_date="2026-03-02",
    )
    original = log.get_entry(db, entry_id)
    before = q.edit_entry(
        db,
        entry_id,
        q.EntryEdit(dt.date(2026, 3, 4), (pupils[3],), ("omsorg", "humor"), " Stolt ", "De lo"),
    )
    edited = log.get_entry(db, entry_id)
    assert edited is not None and before is not None
    assert edited.entry_date == "2026-03-04"
    assert edited.pupil_ids == (pupils[3],)
    assert set(edited.strength_ids) == {"omsorg", "humor"}
    assert (edited.reflection_me, edited.reflection_others) == ("Stolt", "De lo")
    q.put_back_entry(db, before)
    assert log.get_entry(db, entry_id) == original


def test_pupil_profile_counts_only_that_pupils_entries(db: Database) -> None:
    # Åse's profile shows the strengths of the tasks she took part in, and her reflections.
    class_id, pupils = _class(db)
    log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-1",
        task_text="a",
        pupil_ids=[pupils[0]],
        strength_ids=["mot", "humor"],
        reflection_me="Jeg ble modig",
        entry_date="2026-03-02",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-5",
        task_text="b",
        pupil_ids=[pupils[0], pupils[1]],
        strength_ids=["mot"],
        entry_date="2026-03-03",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-5",
        task_text="b",
        pupil_ids=[pupils[1]],
        strength_ids=["omsorg"],
        entry_date="2026-03-04",
    )
    profile = q.pupil_profile(db, pupils[0], LogFilter(class_id), TODAY)
    assert profile is not None
    assert profile.name == "Åse" and profile.entry_count == 2
    assert profile.strength_counts == {"mot": 2, "humor": 1}
    assert {t.task_id: t.count for t in profile.tasks} == {"blue-1": 1, "red-5": 1}
    assert [r.reflection_me for r in profile.reflections] == ["Jeg ble modig"]


def test_search_and_profile_read_only_their_class_and_the_newest_reflections(
    db: Database, monkeypatch: Any
) -> None:
    # Two classes logging on the same days with the same words: a search in one class counts
    # only its own entries in the period (the full-text window must not leak the other's or
    # drop its first and last), and a profile lists the pupil's newest reflections, in order.
    monkeypatch.setattr(q, "PROFILE_REFLECTIONS", 7)
    mine, my_pupils = _class(db, "6A")
    other, other_pupils = _class(db, "6B")
    first = dt.date(2024, 8, 20)
    expected: list[tuple[str, str]] = []
    for n in range(120):
        day = (first + dt.timedelta(days=3 * n)).isoformat()
        for class_id, pupils in ((other, other_pupils), (mine, my_pupils)):
            entry_id = log.add_entry(
                db,
                class_id,
                wheel_id="blue",
                task_id="blue-1",
                task_text="Smil",
                pupil_ids=[pupils[n % 2]],
                strength_ids=["mot"],
                reflection_me=TEXTS[n % 4],
                entry_date=day,
            )
            if class_id == mine and n % 2 == 0 and TEXTS[n % 4]:
                expected.append((day, entry_id))
    everything = LogFilter(mine, period=Period.ALL)
    year = LogFilter(mine, period=Period.SCHOOL_YEAR)
    span = year.date_range(TODAY)
    assert span is not None
    for term, needle in (("glad", "glad"), ("ÅSE", "åse"), ("Smil", "smil")):
        for f, days in ((everything, None), (year, span)):
            counted = sum(
                1
                for n in range(120)
                if needle in f"{TEXTS[n % 4]} smil {PUPILS[n % 2]}".casefold()
                and (days is None or days[0] <= first + dt.timedelta(days=3 * n) <= days[1])
            )
            assert q.count_entries(db, replace(f, search=term), TODAY) == counted, (term, f)
    profile = q.pupil_profile(db, my_pupils[0], everything, TODAY)
    assert profile is not None
    assert profile.entry_count == 60
    newest = sorted(expected, reverse=True)[:7]
    assert [(r.entry_date, r.id) for r in profile.reflections] == newest
    in_year = q.pupil_profile(db, my_pupils[0], year, TODAY)
    assert in_year is not None
    assert [(r.entry_date, r.id) for r in in_year.reflections] == [
        e
        for e in sorted(expected, reverse=True)
        if span[0].isoformat() <= e[0] <= span[1].isoformat()
    ][:7]


def test_every_row_shows_its_own_pupils_and_strengths(db: Database) -> None:
    # A long log where every entry has its own mix of pupils and strengths: each row of every
    # page names exactly the pupils and strengths of that entry, in the class's and the
    # catalogue's order, also after the pupils are renamed and reordered, an entry is edited
    # and undone, and a pupil is deleted.
    rnd = random.Random(18)
    names = [f"Elev {n:02d}" for n in range(14)]
    class_id = classes.create_class(db, "6A", names)
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    catalogue = [r[0] for r in db.execute("SELECT id FROM strengths ORDER BY position")]
    other = classes.create_class(db, "6B", names)
    other_pupils = [p.id for p in classes.list_pupils(db, other)]
    linked: dict[str, tuple[list[int], list[str]]] = {}
    for n in range(3 * q.PAGE_SIZE // 2):
        who = rnd.sample(range(len(pupils)), rnd.randint(0, 5))
        used = rnd.sample(catalogue, rnd.randint(0, 6))
        entry_id = log.add_entry(
            db,
            class_id,
            wheel_id="blue",
            task_id="blue-1",
            task_text=f"Oppgave {n}",
            pupil_ids=[pupils[i] for i in who],
            strength_ids=used,
            entry_date=(dt.date(2025, 8, 20) + dt.timedelta(days=n % 200)).isoformat(),
        )
        linked[entry_id] = (who, used)
        # Entries of another class in between, with other links.
        log.add_entry(
            db,
            other,
            wheel_id=None,
            task_id=None,
            task_text="x",
            pupil_ids=rnd.sample(other_pupils, 3),
            strength_ids=rnd.sample(catalogue, 2),
        )

    def check(order: list[str], name_of: dict[str, str]) -> None:
        rows = list(q.iter_entries(db, LogFilter(class_id, period=Period.ALL), TODAY))
        assert len(rows) == len(linked)
        for row in rows:
            who, used = linked[row.id]
            ids = [p for p in order if p in {pupils[i] for i in who}]
            assert row.pupil_ids == tuple(ids), row.task_text
            assert row.pupil_names == tuple(name_of[p] for p in ids), row.task_text
            assert row.strength_ids == tuple(s for s in catalogue if s in used), row.task_text

    check(pupils, dict(zip(pupils, names, strict=True)))
    classes.rename_pupil(db, pupils[3], "Åse")
    order = pupils[::-1]
    classes.reorder_pupils(db, class_id, order)
    name_of = dict(zip(pupils, names, strict=True)) | {pupils[3]: "Åse"}
    check(order, name_of)
    entry_id = next(iter(linked))
    before = q.edit_entry(
        db,
        entry_id,
        q.EntryEdit(dt.date(2025, 8, 20), (pupils[5], pupils[1]), ("omsorg", "mot"), "", ""),
    )
    saved, linked[entry_id] = linked[entry_id], ([5, 1], ["omsorg", "mot"])
    check(order, name_of)
    assert before is not None
    q.put_back_entry(db, before)
    linked[entry_id] = saved
    check(order, name_of)
    deletion.delete_pupils_for_good(db, [pupils[7]])
    for who, _used in linked.values():
        if 7 in who:
            who.remove(7)
    check([p for p in order if p != pupils[7]], name_of)


def test_undoing_a_deletion_after_its_pupil_was_deleted_lists_no_pupil(db: Database) -> None:
    # The entry comes back with its strengths, without the pupil deleted in the meantime.
    class_id, pupils = _class(db)
    entry_id = log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-1",
        task_text="x",
        pupil_ids=[pupils[2]],
        strength_ids=["humor", "mot"],
    )
    snapshot = log.delete_entry(db, entry_id)
    assert snapshot is not None
    deletion.delete_pupils_for_good(db, [pupils[2]])
    log.restore_entry(db, snapshot)
    (row,) = q.list_entries(db, LogFilter(class_id, period=Period.ALL), TODAY)
    assert (row.id, row.pupil_ids, row.pupil_names) == (entry_id, (), ())
    assert row.strength_ids == ("humor", "mot")
