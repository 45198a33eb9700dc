"""Exporting the log: CSV for Excel, JSON, and everything about one pupil (GDPR access).

Headers and labels are in the language asked for, whatever the UI shows.
Strength, wheel and task names come from the teacher's catalogue; a task that
has since left the wheel keeps the text it had when it was done.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from smartklasse.domain.log_filters import LogFilter, Period
from smartklasse.domain.recognition import GiverKind
from smartklasse.i18n import N_, format_date, translate_in
from smartklasse.storage import recognition
from smartklasse.storage.catalogue import list_strengths, list_wheels
from smartklasse.storage.log_queries import LogRow, iter_entries, pupil_profile

#: Excel in a Norwegian locale splits on ";" (the decimal separator is ","); English on ",".
CSV_DELIMITERS = {"nb": ";", "nn": ";", "en": ","}

CSV_COLUMNS = (
    N_("Date"),
    N_("Wheel"),
    N_("Task"),
    N_("Pupils"),
    N_("Strengths used"),
    N_("What did it do to me?"),
    N_("What did it do to the others?"),
)


class Names:
    """Strength, wheel and task names in one language, read once per export."""

    def __init__(self, db: Database, lang: str) -> None:
        self.lang = lang
        self.strengths = {s.id: s.name(lang) for s in list_strengths(db, include_hidden=True)}
        wheels = list_wheels(db, include_archived=True)
        self.wheels = {w.id: w.name(lang) for w in wheels}
        self.tasks = {t.id: t.text(lang) for w in wheels for t in w.tasks}

    def task(self, row: LogRow) -> str:
        """The task's text now, or the text it had when it was done."""
        return self.tasks.get(row.task_id or "", row.task_text) or row.task_text

    def pupils(self, row: LogRow) -> str:
        """The entry's pupils, or "The whole class"."""
        if row.whole_class and not row.pupil_names:
            return translate_in(self.lang, N_("The whole class"))
        return ", ".join(row.pupil_names)

    def strength_list(self, row: LogRow) -> str:
        """The entry's strengths by name."""
        return ", ".join(self.strengths.get(s, s) for s in row.strength_ids)


#: How a cell may start that a spreadsheet reads as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet shows as text: one that looks like a formula gets a leading ``'``.

    As OWASP advises: a name, reflection or task text starting with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return is never run as a formula.
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_delimiter(lang: str) -> str:
    """The separator Excel expects for a UI language."""
    return CSV_DELIMITERS.get(lang, ",")


def log_csv(db: Database, f: LogFilter, today: dt.date, lang: str) -> str:
    """The filtered log as CSV text, newest first, headers in ``lang``.

    Write it with :func:`write_csv` so it gets the BOM Excel needs to read UTF-8.
    """
    names = Names(db, lang)
    out = io.StringIO()
    # QUOTE_MINIMAL quotes fields holding the delimiter, quotes or line breaks (reflections).
    writer = csv.writer(out, delimiter=csv_delimiter(lang), lineterminator="\r\n")
    writer.writerow([translate_in(lang, c) for c in CSV_COLUMNS])
    for row in iter_entries(db, f, today):
        cells = [
            row.entry_date,
            names.wheels.get(row.wheel_id or "", ""),
            names.task(row),
            names.pupils(row),
            names.strength_list(row),
            row.reflection_me,
            row.reflection_others,
        ]
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return out.getvalue()


def write_csv(path: Path, text: str) -> None:
    """Write CSV text as UTF-8 with a byte order mark, so Excel shows æøå right."""
    path.write_text(text, encoding="utf-8-sig", newline="")


def _row_json(row: LogRow, names: Names) -> dict[str, Any]:
    return {
        "id": row.id,
        "date": row.entry_date,
        "wheel_id": row.wheel_id,
        "wheel": names.wheels.get(row.wheel_id or "", ""),
        "task_id": row.task_id,
        "task": names.task(row),
        "whole_class": row.whole_class,
        "pupils": [
            {"id": i, "name": n} for i, n in zip(row.pupil_ids, row.pupil_names, strict=True)
        ],
        "strengths": [{"id": s, "name": names.strengths.get(s, s)} for s in row.strength_ids],
        "reflection_me": row.reflection_me,
        "reflection_others": row.reflection_others,
    }


def log_json(db: Database, f: LogFilter, today: dt.date, lang: str) -> str:
    """The filtered log as indented JSON (UTF-8 text, names in ``lang``)."""
    names = Names(db, lang)
    class_name = db.execute("SELECT name FROM classes WHERE id = ?", [f.class_id]).fetchone()
    span = f.date_range(today)
    data = {
        "class": class_name[0] if class_name else "",
        "from": span[0].isoformat() if span and span[0] != dt.date.min else None,
        "to": span[1].isoformat() if span and span[1] != dt.date.max else None,
        "exported": today.isoformat(),
        "entries": [_row_json(row, names) for row in iter_entries(db, f, today)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def pupil_report(db: Database, pupil_id: str, today: dt.date, lang: str) -> str | None:
    """Everything stored about one pupil as readable text (a GDPR access request).

    Other pupils who shared an entry are not named: the file holds this pupil's
    data only. None if there is no such pupil.
    """
    row = db.execute("SELECT class_id, created_at FROM pupils WHERE id = ?", [pupil_id]).fetchone()
    if row is None:
        return None
    f = LogFilter(class_id=row[0], period=Period.ALL)
    profile = pupil_profile(db, pupil_id, f, today)
    if profile is None:
        return None
    names = Names(db, lang)

    def t(msg: str) -> str:
        return translate_in(lang, msg)

    lines = [
        t(N_("Data stored about {name} in SMART klasse")).format(name=profile.name),
        "",
        t(N_("Name")) + f": {profile.name}",
        t(N_("School class")) + f": {profile.class_name}",
        t(N_("Added")) + f": {row[1][:10]}",
        t(N_("Exported")) + f": {format_date(today, 'long', lang)}",
        t(N_("Logged tasks")) + f": {profile.entry_count}",
        "",
        t(N_("Strengths used")),
    ]
    for sid, count in sorted(profile.strength_counts.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {names.strengths.get(sid, sid)}: {count}")
    lines += ["", t(N_("Logged tasks"))]
    # The export holds every entry, not only the profile's newest reflections.
    for entry in iter_entries(db, replace(f, pupil_id=pupil_id), today):
        lines.append("")
        lines.append(f"{entry.entry_date}  {names.wheels.get(entry.wheel_id or '', '')}")
        lines.append(f"  {t(N_('Task'))}: {names.task(entry)}")
        others = len(entry.pupil_ids) - 1
        if others == 1:
            lines.append("  " + t(N_("Done together with one other pupil")))
        elif others > 1:
            lines.append(
                "  " + t(N_("Done together with {count} other pupils")).format(count=others)
            )
        lines.append(f"  {t(N_('Strengths used'))}: {names.strength_list(entry)}")
        if entry.reflection_me:
            lines.append(f"  {t(N_('What did it do to me?'))} {entry.reflection_me}")
        if entry.reflection_others:
            lines.append(f"  {t(N_('What did it do to the others?'))} {entry.reflection_others}")
    lines += _recognition_lines(db, pupil_id, names, lang)
    return "\n".join(lines) + "\n"


def _recognition_lines(db: Database, pupil_id: str, names: Names, lang: str) -> list[str]:
    """The pupil's strength cards and what others saw in their weeks (givers never named)."""

    def t(msg: str) -> str:
        return translate_in(lang, msg)

    lines = ["", t(N_("Strength cards"))]
    for card in recognition.cards_for(db, pupil_id):
        reason = f": {card.reason}" if card.reason else ""
        lines.append(
            f"  {card.given_on.isoformat()}  {names.strengths.get(card.strength_id, '')}{reason}"
        )
    lines += ["", t(N_("Pupil of the week"))]
    givers = {GiverKind.PUPIL: t(N_("From a classmate")), GiverKind.ADULT: t(N_("From an adult"))}
    for seen in recognition.recognitions_for(db, pupil_id):
        sentence = f": {seen.sentence}" if seen.sentence else ""
        strength = names.strengths.get(seen.strength_id, "")
        lines.append(f"  {seen.week.isoformat()}  {strength}{sentence} ({givers[seen.giver]})")
    return lines


def write_text(path: Path, text: str) -> None:
    """Write a readable export as UTF-8 (with BOM so Notepad on older Windows reads it)."""
    path.write_text(text, encoding="utf-8-sig")
