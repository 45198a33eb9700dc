"""Build the large database: a school's shared PC after ten school years of SMART work.

40 classes of 25 pupils (four classes in each of ten school years; only the
current year's classes are still active), about one million log entries with
1–3 pupils, 1–3 strengths and a reflection on some, and 200 star-wall rounds
with their stars. The content is a pure function of the seed and the scale, so
every machine benchmarks the same data.

The file is built through the real schema (``open_database`` runs the
migrations, ``seed_catalogues`` copies the shipped catalogues) and then filled
with ``executemany`` in one transaction, in bulk: without the log's triggers and
secondary indexes, which are built once at the end (``log_schema.bulk_load``
counts the summaries and search indexes and lists each entry's links as the
migrations do). It is cached in ``benchmarks/out`` under a name with
:data:`GENERATOR_VERSION`, keyed by the seed and the scale.

``python -m benchmarks.generate [--scale 0.01] [--force]`` builds (or reuses) it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks import OUT_DIR
from smartklasse.storage.catalogue import seed_catalogues
from smartklasse.storage.database import open_database
from smartklasse.storage.log_schema import bulk_load

#: Bump when the generated content or the schema it is built with changes; each version
#: has files of its own (4: the monthly pupil summaries and reflection lists, bulk load;
#: 5: each entry lists its pupil and strength ids; 6: the link tables are their keys alone).
GENERATOR_VERSION = 6
#: SQLite page cache while building, in KiB (the 10M-entry file's id index must fit).
CACHE_KIB = 1_500_000
DEFAULT_SEED = 20250303

FIRST_SCHOOL_YEAR = 2015
SCHOOL_YEARS = 10
CLASSES_PER_YEAR = 4
PUPILS_PER_CLASS = 25
FULL_ENTRIES = 1_000_000
FULL_STAR_ROUNDS = 200
ROUNDS_PER_WALL = 5

_FIRST_NAMES = (
    "Aisha",
    "Amir",
    "Anna",
    "Emma",
    "Filip",
    "Hanna",
    "Ida",
    "Jakob",
    "Jonas",
    "Leah",
    "Lukas",
    "Maja",
    "Mohammed",
    "Nora",
    "Oksana",
    "Oliver",
    "Olivia",
    "Sara",
    "Selam",
    "Sofie",
    "Tobias",
    "William",
    "Zofia",
    "Áile",
    "Ingrid",
    "Mathias",
    "Yonas",
    "Hodan",
)
_LAST_INITIALS = "ABDEFGHIJKLMNOPRSTVØÅ"
_REFLECTIONS_ME = (
    "Jeg ble glad.",
    "Det var litt skummelt først, men så gikk det fint.",
    "Jeg følte meg stolt.",
    "Det var gøy å hjelpe.",
    "Jeg ble varm inni meg.",
)
_REFLECTIONS_OTHERS = (
    "Hun smilte.",
    "De ble glade og takket.",
    "Han fikk være med i leken.",
    "Vi ble bedre venner.",
    "Det ble roligere i garderoben.",
)
_GOALS = (
    "Orden i garderoben",
    "Rolig i gangen",
    "Alle får være med",
    "Ryddig klasserom",
    "Vi hjelper hverandre",
    "Hyggelig i matpausen",
)


@dataclass(frozen=True)
class Shape:
    """How much the generator makes at a given scale."""

    classes: int
    pupils_per_class: int
    entries: int
    star_rounds: int

    @property
    def pupils(self) -> int:
        """Pupils over all classes."""
        return self.classes * self.pupils_per_class


def shape_for(scale: float = 1.0) -> Shape:
    """The amounts at ``scale`` (1.0 = the full school); classes and pupils never shrink."""
    return Shape(
        classes=SCHOOL_YEARS * CLASSES_PER_YEAR,
        pupils_per_class=PUPILS_PER_CLASS,
        entries=max(1, round(FULL_ENTRIES * scale)),
        star_rounds=max(ROUNDS_PER_WALL, round(FULL_STAR_ROUNDS * scale)),
    )


def _hex_id(rng: random.Random) -> str:
    # Same shape as storage.ids.new_id (uuid4().hex), but reproducible.
    return f"{rng.getrandbits(128):032x}"


def _school_days(year: int) -> list[dt.date]:
    """Weekdays from mid-August to mid-June of the school year starting in ``year``."""
    day, end = dt.date(year, 8, 17), dt.date(year + 1, 6, 19)
    days = []
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _stamp(day: dt.date, rng: random.Random) -> str:
    return f"{day.isoformat()}T{rng.randint(8, 14):02d}:{rng.randint(0, 59):02d}:00+01:00"


class _Builder:
    """Makes the rows; kept apart from the inserting so it can be read (and tested) alone."""

    def __init__(
        self,
        rng: random.Random,
        shape: Shape,
        strength_ids: list[str],
        tasks: list[tuple[str, str, str]],
    ) -> None:
        self.rng = rng
        self.shape = shape
        self.strength_ids = strength_ids
        self.tasks = tasks  # (wheel_id, task_id, bokmål text)
        self.classes: list[tuple[str, str, int, str | None, str]] = []
        self.pupils: list[tuple[str, str, str, int, None, str]] = []
        self.class_year: dict[str, int] = {}
        self.class_pupils: dict[str, list[str]] = {}

    def make_classes(self) -> None:
        rng = self.rng
        last_year = FIRST_SCHOOL_YEAR + SCHOOL_YEARS - 1
        for index in range(self.shape.classes):
            year = FIRST_SCHOOL_YEAR + index // CLASSES_PER_YEAR
            class_id = _hex_id(rng)
            grade = 1 + (index // CLASSES_PER_YEAR) % 7
            name = f"{grade}{'ABCD'[index % CLASSES_PER_YEAR]} {year}/{(year + 1) % 100:02d}"
            created = f"{year}-08-15T08:00:00+01:00"
            archived = None if year == last_year else f"{year + 1}-06-20T15:00:00+01:00"
            self.classes.append((class_id, name, index, archived, created))
            self.class_year[class_id] = year
            ids = []
            for position in range(self.shape.pupils_per_class):
                pupil_id = _hex_id(rng)
                name = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_INITIALS)}."
                self.pupils.append((pupil_id, class_id, name, position, None, created))
                ids.append(pupil_id)
            self.class_pupils[class_id] = ids

    def entries(self) -> Iterator[tuple[tuple[object, ...], list[str], list[str]]]:
        """Yield (entry row, pupil ids, strength ids), class by class, in date order."""
        rng = self.rng
        per_class, extra = divmod(self.shape.entries, self.shape.classes)
        for index, (class_id, *_rest) in enumerate(self.classes):
            days = _school_days(self.class_year[class_id])
            count = per_class + (1 if index < extra else 0)
            dates = sorted(rng.choice(days) for _ in range(count))
            pupils = self.class_pupils[class_id]
            for day in dates:
                wheel_id, task_id, text = rng.choice(self.tasks)
                reflect = rng.random() < 0.2
                row = (
                    _hex_id(rng),
                    class_id,
                    wheel_id,
                    task_id,
                    text,
                    int(rng.random() < 0.1),
                    day.isoformat(),
                    _stamp(day, rng),
                    rng.choice(_REFLECTIONS_ME) if reflect else "",
                    rng.choice(_REFLECTIONS_OTHERS) if reflect else "",
                )
                yield (
                    row,
                    rng.sample(pupils, rng.randint(1, 3)),
                    rng.sample(self.strength_ids, rng.randint(1, 3)),
                )

    def star_walls(
        self,
    ) -> Iterator[
        tuple[tuple[object, ...], list[str], list[tuple[object, ...]], list[tuple[object, ...]]]
    ]:
        """Yield (wall row, strength ids, round rows, star rows) per wall."""
        rng = self.rng
        walls = self.shape.star_rounds // ROUNDS_PER_WALL
        for index in range(walls):
            class_id, *_rest = self.classes[index % len(self.classes)]
            days = _school_days(self.class_year[class_id])
            wall_id = _hex_id(rng)
            wall = (
                wall_id,
                class_id,
                rng.choice(_GOALS),
                1,
                index,
                None,
                f"{days[0].isoformat()}T08:00:00+01:00",
            )
            rounds: list[tuple[object, ...]] = []
            stars: list[tuple[object, ...]] = []
            start = 0
            for number in range(1, ROUNDS_PER_WALL + 1):
                round_id = _hex_id(rng)
                target = rng.randint(10, 30)
                star_days = days[start : start + target]
                finished = star_days[-1].isoformat() if len(star_days) == target else None
                rounds.append(
                    (round_id, wall_id, number, target, days[start].isoformat(), finished)
                )
                for day in star_days:
                    stars.append((_hex_id(rng), round_id, day.isoformat(), _stamp(day, rng), ""))
                start = min(start + target + rng.randint(1, 5), len(days) - 1)
            yield wall, rng.sample(self.strength_ids, 4), rounds, stars


def fill(db_path: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> Shape:
    """Create the database at ``db_path`` (which must not exist) and fill it."""
    shape = shape_for(scale)
    db = open_database(db_path, fresh=True)  # a new file, whatever else is in the folder
    try:
        seed_catalogues(db)
        conn: sqlite3.Connection = db.conn
        strength_ids = [r[0] for r in conn.execute("SELECT id FROM strengths ORDER BY position")]
        tasks = [
            (r[0], r[1], json.loads(r[2])["nb"])
            for r in conn.execute(
                "SELECT wheel_id, id, texts FROM wheel_tasks ORDER BY wheel_id, position"
            )
        ]
        builder = _Builder(random.Random(seed), shape, strength_ids, tasks)
        builder.make_classes()
        # A throw-away file: no journal and no fsync while loading, WAL again afterwards.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("BEGIN")
        # Without the triggers (the summaries and search indexes are counted once at the
        # end, as the migrations count them) and without the secondary indexes (built
        # once, by sorting, instead of updated row by row).
        with (
            _phase("summaries, search indexes and link lists"),
            bulk_load(db),
            _phase("secondary indexes"),
            _without_secondary_indexes(conn),
            _phase("rows"),
        ):
            conn.executemany("INSERT INTO classes VALUES (?, ?, ?, ?, ?)", builder.classes)
            conn.executemany("INSERT INTO pupils VALUES (?, ?, ?, ?, ?, ?)", builder.pupils)
            _insert_entries(conn, builder)
            _insert_star_walls(conn, builder)
        with _phase("commit"):
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
        with _phase("analyze"):
            conn.execute("ANALYZE")
    finally:
        db.close()
    return shape


@contextlib.contextmanager
def _phase(name: str) -> Iterator[None]:
    """Say on stderr when a phase of a long build ends and how long it took (with what
    was nested in it)."""
    started = time.perf_counter()
    yield
    print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


#: Tables whose secondary indexes are dropped while loading and built again afterwards.
_LOADED_TABLES = ("log_entries", "log_entry_pupils", "log_entry_strengths")


@contextlib.contextmanager
def _without_secondary_indexes(conn: sqlite3.Connection) -> Iterator[None]:
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(_LOADED_TABLES))})",
        _LOADED_TABLES,
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX [{name}]")
    yield
    for _name, sql in indexes:
        conn.execute(sql)


def _insert_entries(conn: sqlite3.Connection, builder: _Builder) -> None:
    """Entries in the order they were made (their rowids follow the school years, as in a
    teacher's file); their links go to temporary tables first and into the real ones in
    key order, so the link tables' primary-key indexes are appended to, not updated at
    random pages (which made a 10M-entry build crawl)."""
    conn.execute("CREATE TEMP TABLE load_pupils (entry_id TEXT, pupil_id TEXT)")
    conn.execute("CREATE TEMP TABLE load_strengths (entry_id TEXT, strength_id TEXT)")
    batch = 50_000
    entries: list[tuple[object, ...]] = []
    pupils: list[tuple[str, str]] = []
    strengths: list[tuple[str, str]] = []

    def flush() -> None:
        conn.executemany(
            "INSERT INTO log_entries (id, class_id, wheel_id, task_id, task_text, whole_class, "
            "entry_date, created_at, reflection_me, reflection_others) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            entries,
        )
        conn.executemany("INSERT INTO temp.load_pupils VALUES (?, ?)", pupils)
        conn.executemany("INSERT INTO temp.load_strengths VALUES (?, ?)", strengths)
        entries.clear()
        pupils.clear()
        strengths.clear()

    for row, pupil_ids, strength_ids in builder.entries():
        entries.append(row)
        entry_id = str(row[0])
        pupils.extend((entry_id, p) for p in pupil_ids)
        strengths.extend((entry_id, s) for s in strength_ids)
        if len(entries) >= batch:
            flush()
    flush()
    conn.execute(
        "INSERT INTO log_entry_pupils SELECT entry_id, pupil_id FROM temp.load_pupils "
        "ORDER BY entry_id, pupil_id"
    )
    conn.execute(
        "INSERT INTO log_entry_strengths SELECT entry_id, strength_id FROM temp.load_strengths "
        "ORDER BY entry_id, strength_id"
    )
    conn.execute("DROP TABLE temp.load_pupils")
    conn.execute("DROP TABLE temp.load_strengths")


def _insert_star_walls(conn: sqlite3.Connection, builder: _Builder) -> None:
    for wall, strength_ids, rounds, stars in builder.star_walls():
        conn.execute("INSERT INTO star_walls VALUES (?, ?, ?, ?, ?, ?, ?)", wall)
        conn.executemany(
            "INSERT INTO star_wall_strengths VALUES (?, ?, ?)",
            [(wall[0], sid, pos) for pos, sid in enumerate(strength_ids)],
        )
        conn.executemany("INSERT INTO star_rounds VALUES (?, ?, ?, ?, ?, ?)", rounds)
        conn.executemany("INSERT INTO stars VALUES (?, ?, ?, ?, ?)", stars)


#: Tables whose content :func:`content_hash` covers, with a stable order for each.
HASHED_TABLES = {
    "classes": "id",
    "pupils": "id",
    "log_entries": "id",
    "log_entry_pupils": "entry_id, pupil_id",
    "log_entry_strengths": "entry_id, strength_id",
    "star_walls": "id",
    "star_wall_strengths": "wall_id, strength_id",
    "star_rounds": "id",
    "stars": "id",
}


def content_hash(db_path: Path) -> str:
    """A SHA-256 over the generated tables' rows, independent of how the file is laid out."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        for table, order in HASHED_TABLES.items():
            digest.update(table.encode())
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def database_path(scale: float = 1.0, out_dir: Path = OUT_DIR) -> Path:
    """Where the database of ``scale`` is cached.

    The generator's version is part of the name: a new version builds new files beside
    the old ones instead of replacing files another checkout may be benchmarking.
    """
    name = f"large-v{GENERATOR_VERSION}" + ("" if scale == 1.0 else f"-{scale:g}")
    return out_dir / f"{name}.sqlite3"


def large_database(
    seed: int = DEFAULT_SEED, scale: float = 1.0, force: bool = False, out_dir: Path = OUT_DIR
) -> Path:
    """Return the cached large database, building it first if missing or out of date."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(scale, out_dir)
    stamp_path = path.with_suffix(".json")
    key = {"version": GENERATOR_VERSION, "seed": seed, "scale": scale}
    if not force and path.exists() and stamp_path.exists():
        try:
            if json.loads(stamp_path.read_text())["key"] == key:
                return path
        except (ValueError, KeyError):
            pass
    tmp = path.with_suffix(".tmp")
    for stale in (tmp, path, stamp_path, *out_dir.glob(f"{tmp.name}-*")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    shape = fill(tmp, seed, scale)
    tmp.replace(path)
    seconds = time.perf_counter() - started
    stamp_path.write_text(json.dumps({"key": key, "shape": asdict(shape), "seconds": seconds}))
    print(f"generated {path} ({path.stat().st_size / 1e6:.0f} MB) in {seconds:.1f} s", flush=True)
    return path


def main() -> None:
    """Build (or reuse) the large database from the command line."""
    parser = argparse.ArgumentParser(description="Build the large benchmark database.")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = one million entries")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args()
    print(large_database(args.seed, args.scale, args.force))


if __name__ == "__main__":
    main()
