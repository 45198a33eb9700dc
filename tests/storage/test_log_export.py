"""Exports: CSV that Excel opens with æøå intact, JSON, and one pupil's data for a GDPR request."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from sqlite_utils import Database

from smartklasse.domain.log_filters import LogFilter, Period
from smartklasse.storage import classes, log
from smartklasse.storage import log_export as ex

TODAY = dt.date(2026, 3, 12)


def _log(db: Database) -> tuple[str, list[str]]:
    class_id = classes.create_class(db, "7B", ["Åse Ødegård", "Ola Bø", "Kari Æsøy"])
    pupils = [p.id for p in classes.list_pupils(db, class_id)]
    log.add_entry(
        db,
        class_id,
        wheel_id="blue",
        task_id="blue-1",
        task_text="old",
        pupil_ids=[pupils[0], pupils[1]],
        strength_ids=["mot", "aerlighet"],
        reflection_me='Jeg ble glad; "veldig" glad\nog stolt',
        entry_date="2026-03-02",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="red",
        task_id="red-5",
        task_text="Hold døra",
        pupil_ids=[pupils[1]],
        strength_ids=["omsorg"],
        reflection_others="Hun smilte",
        entry_date="2026-03-05",
    )
    log.add_entry(
        db,
        class_id,
        wheel_id="green",
        task_id="green-1",
        task_text="x",
        whole_class=True,
        strength_ids=["samarbeid"],
        entry_date="2026-03-06",
    )
    return class_id, pupils


def _read_as_excel(path: Path, delimiter: str = ";") -> tuple[bytes, list[list[str]]]:
    # Excel decodes UTF-8 only when it sees the BOM, and splits on its locale's list separator.
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    return raw, list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_bokmal_csv_has_bom_semicolons_and_norwegian_letters(db: Database, tmp_path: Path) -> None:
    # A Norwegian teacher double-clicks the file: Excel finds the BOM and splits on ";",
    # reflections with ; quotes and line breaks stay in one cell.
    class_id, _pupils = _log(db)
    path = tmp_path / "logg.csv"
    ex.write_csv(path, ex.log_csv(db, LogFilter(class_id, period=Period.ALL), TODAY, "nb"))
    raw, rows = _read_as_excel(path)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert rows[0] == [
        "Dato",
        "Hjul",
        "Oppgave",
        "Elever",
        "Brukte egenskaper",
        "Hva gjorde det med meg?",
        "Hva gjorde det med de andre?",
    ]
    assert len(rows) == 4 and all(len(r) == 7 for r in rows)
    newest, middle, oldest = rows[1:]
    assert newest[0] == "2026-03-06" and newest[3] == "Hele klassen"
    assert middle[3] == "Ola Bø" and middle[6] == "Hun smilte"
    assert oldest[3] == "Åse Ødegård, Ola Bø"
    assert oldest[4] == "Mot, Ærlighet"
    assert oldest[5] == 'Jeg ble glad; "veldig" glad\nog stolt'
    assert oldest[1] == "Blå"


def test_english_csv_uses_commas(db: Database, tmp_path: Path) -> None:
    # In English the separator is the comma English Excel expects.
    class_id, _pupils = _log(db)
    path = tmp_path / "log.csv"
    ex.write_csv(path, ex.log_csv(db, LogFilter(class_id, period=Period.ALL), TODAY, "en"))
    raw, rows = _read_as_excel(path, ",")
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b";" not in raw.splitlines()[0]
    assert rows[0][0] == "Date" and rows[1][3] == "The whole class"


def test_csv_follows_the_filter(db: Database, tmp_path: Path) -> None:
    # Exporting with "Ola" chosen gives only Ola's two entries.
    class_id, pupils = _log(db)
    path = tmp_path / "ola.csv"
    f = LogFilter(class_id, period=Period.ALL, pupil_id=pupils[1])
    ex.write_csv(path, ex.log_csv(db, f, TODAY, "nb"))
    _raw, rows = _read_as_excel(path)
    assert [r[0] for r in rows[1:]] == ["2026-03-05", "2026-03-02"]


def test_json_export_reads_back(db: Database) -> None:
    # The JSON export holds every entry with ids and names.
    class_id, _pupils = _log(db)
    data = json.loads(ex.log_json(db, LogFilter(class_id, period=Period.ALL), TODAY, "nb"))
    assert data["class"] == "7B" and len(data["entries"]) == 3
    oldest = data["entries"][-1]
    assert [p["name"] for p in oldest["pupils"]] == ["Åse Ødegård", "Ola Bø"]
    assert [s["id"] for s in oldest["strengths"]] == ["mot", "aerlighet"]


def test_pupil_export_holds_all_and_only_that_pupils_data(db: Database, tmp_path: Path) -> None:
    # A parent asks what is stored about Åse: every entry she is in, her reflections,
    # nothing about the entries she is not in, and no other child's name.
    _class_id, pupils = _log(db)
    text = ex.pupil_report(db, pupils[0], TODAY, "nb")
    assert text is not None
    path = tmp_path / "aase.txt"
    ex.write_text(path, text)
    read = path.read_text(encoding="utf-8-sig")
    assert "Åse Ødegård" in read and "7B" in read
    assert "Jeg ble glad" in read and "2026-03-02" in read
    assert "Mot" in read and "Ærlighet" in read
    assert "Ola" not in read and "Kari" not in read
    assert "Hun smilte" not in read and "2026-03-05" not in read and "2026-03-06" not in read
    assert "Omsorg" not in read and "Samarbeid" not in read
    assert "1 annen elev" in read or "én annen elev" in read


def test_formula_looking_cells_are_written_as_text(db: Database, tmp_path: Path) -> None:
    # Names, reflections and task texts that a spreadsheet would run as formulas start
    # with a ' in the file (as OWASP advises); everything else is written as typed.
    evil = ['=HYPERLINK("http://x")', "+47 99 99", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]
    class_id = classes.create_class(db, "7B", [*[e.strip() or e for e in evil[:4]], "Ola"])
    pupils = {p.name: p.id for p in classes.list_pupils(db, class_id)}
    for i, name in enumerate(evil[:4]):
        log.add_entry(
            db,
            class_id,
            wheel_id=None,
            task_id=None,
            task_text=f"=1+{i}",
            pupil_ids=[pupils[name]],
            reflection_me=evil[4 + i % 2],
            reflection_others="Ola - glad",
            entry_date="2026-03-02",
        )
    path = tmp_path / "log.csv"
    ex.write_csv(path, ex.log_csv(db, LogFilter(class_id=class_id, period=Period.ALL), TODAY, "nb"))
    _raw, rows = _read_as_excel(path)
    cells = [cell for row in rows[1:] for cell in row]
    assert cells  # four entries
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert {f"'{name}" for name in evil[:4]} <= set(cells)
    assert "'=1+0" in cells
    # Tabs and carriage returns at the start are stripped when saved; were one to reach
    # the export, it would be neutralised as well.
    assert ex.spreadsheet_safe("\tTab") == "'\tTab" and ex.spreadsheet_safe("\rCR") == "'\rCR"
    assert "Ola - glad" in cells  # text that merely holds a dash is untouched
