"""Reading a class list: pasted text, a .txt file or a CSV, as Excel and others write them.

Nothing here saves anything. :func:`parse_class_list` returns what would be
imported and every problem, each naming its line, so the UI can show a preview.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from smartklasse.domain.names import MAX_NAME_LENGTH, clean_name, is_too_long, name_key
from smartklasse.i18n import _

MAX_FILE_BYTES = 1_000_000
#: A class is under ~60 pupils; a list with more names than this is not a class list.
MAX_ROWS = 200

# Lines end only at CR, LF or CRLF: U+2028 and other Unicode breaks stay inside a name.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")

FULL_NAME_HEADERS = {
    "navn",
    "namn",
    "name",
    "elev",
    "elevnavn",
    "elevnamn",
    "pupil",
    "student",
    "fullt navn",
    "fullt namn",
    "full name",
    "fullname",
    "elevens navn",
}
FIRST_NAME_HEADERS = {"fornavn", "førenamn", "fornamn", "first name", "firstname", "given name"}
LAST_NAME_HEADERS = {"etternavn", "etternamn", "last name", "lastname", "surname", "family name"}


class IssueKind(Enum):
    """What is wrong with a line (or with the whole input)."""

    DUPLICATE = "duplicate"
    ALREADY_IN_CLASS = "already_in_class"
    TOO_LONG = "too_long"
    NOT_TEXT = "not_text"
    SPREADSHEET = "spreadsheet"
    TOO_BIG = "too_big"
    TOO_MANY = "too_many"
    MIXED_ENCODING = "mixed_encoding"
    NO_NAME_COLUMN = "no_name_column"


@dataclass(frozen=True)
class ImportIssue:
    """A problem found while reading; ``line`` is 1-based, 0 for the whole input."""

    kind: IssueKind
    line: int
    text: str = ""

    def message(self) -> str:
        """A sentence for the teacher in the current language."""
        if self.kind is IssueKind.DUPLICATE:
            return _("Line {line}: “{name}” is already in the list and is skipped.").format(
                line=self.line, name=self.text
            )
        if self.kind is IssueKind.ALREADY_IN_CLASS:
            return _("Line {line}: “{name}” is already in the class and is skipped.").format(
                line=self.line, name=self.text
            )
        if self.kind is IssueKind.TOO_LONG:
            return _(
                "Line {line}: the name is {length} characters long; at most {max} are allowed."
            ).format(line=self.line, length=len(self.text), max=MAX_NAME_LENGTH)
        if self.kind is IssueKind.NOT_TEXT:
            return _(
                "Line {line} is not readable text. Is this really a class list? "
                "Save it as text or CSV and try again."
            ).format(line=self.line)
        if self.kind is IssueKind.SPREADSHEET:
            return _(
                "This is a spreadsheet file, not a text file. "
                "In Excel, choose Save as → CSV, then import the CSV file."
            )
        if self.kind is IssueKind.TOO_BIG:
            return _("The file is too large to be a class list.")
        if self.kind is IssueKind.TOO_MANY:
            return _(
                "The list has {n} names; a class list has at most {max}. "
                "Is this the right file? Split it into one list per class."
            ).format(n=self.text, max=MAX_ROWS)
        if self.kind is IssueKind.MIXED_ENCODING:
            return _(
                "Line {line} is saved in another character encoding than the lines before "
                "it, so letters such as æ, ø and å would come out wrong. Save the whole list "
                "again as UTF-8 (in Excel: CSV UTF-8) and try again."
            ).format(line=self.line)
        return _(
            "Line {line}: no column with names was found. "
            "Name the column “Navn”, or “Fornavn” and “Etternavn”."
        ).format(line=self.line)

    @property
    def blocking(self) -> bool:
        """True when nothing at all can be imported because of this issue."""
        return self.kind in (
            IssueKind.NOT_TEXT,
            IssueKind.SPREADSHEET,
            IssueKind.TOO_BIG,
            IssueKind.TOO_MANY,
            IssueKind.MIXED_ENCODING,
            IssueKind.NO_NAME_COLUMN,
        )


@dataclass
class ParsedClassList:
    """The result of reading a class list: names to add, and what was left out and why."""

    names: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)
    empty_lines: int = 0
    encoding: str = "utf-8"

    @property
    def blocked(self) -> bool:
        """True when the input cannot be imported at all."""
        return any(issue.blocking for issue in self.issues)


def decode_class_list(data: bytes) -> tuple[str, str]:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_class_list_file(path: Path) -> bytes:
    """Read a chosen file, but never more than one byte past :data:`MAX_FILE_BYTES`.

    A huge file is not read whole to find out that it is too large.
    """
    with Path(path).open("rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)


def mixed_encoding_line(data: bytes) -> int:
    """The first line that is not UTF-8 when other lines are UTF-8 with letters beyond ASCII.

    Such a file was pasted together from two programs; read as either encoding,
    some names would come out garbled ("BjÃ¸rn"). 0 when the file is one encoding.
    """
    utf8_letters = False
    first_bad = 0
    for number, line in enumerate(_LINE_BREAK_BYTES.split(data), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or number
            continue
        if any(byte >= 0x80 for byte in line.removeprefix(b"\xef\xbb\xbf")):
            utf8_letters = True
    return first_bad if utf8_letters else 0


def _normalise_header(cell: str) -> str:
    return " ".join(cell.strip().strip('"').replace("_", " ").split()).casefold()


def _detect_delimiter(first_line: str) -> str | None:
    for delimiter in (";", "\t", ","):
        if delimiter in first_line:
            return delimiter
    return None


def _header_columns(cells: list[str]) -> tuple[int | None, int | None, int | None]:
    headers = [_normalise_header(c) for c in cells]
    full = next((i for i, h in enumerate(headers) if h in FULL_NAME_HEADERS), None)
    first = next((i for i, h in enumerate(headers) if h in FIRST_NAME_HEADERS), None)
    last = next((i for i, h in enumerate(headers) if h in LAST_NAME_HEADERS), None)
    return full, first, last


def _rows(text: str) -> Iterable[tuple[int, str]]:
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    yield from enumerate(lines, start=1)


def _records(
    text: str,
    delimiter: str | None,
    header_line: int,
    columns: tuple[int | None, int | None, int | None],
) -> Iterator[tuple[int, str]]:
    """(line number, raw name) for each record after the header.

    A delimited file is read by a real CSV parser, so a quoted cell may hold the
    delimiter, quotes and line breaks; the number is the line the record starts on.
    """
    if delimiter is None or (delimiter == "," and not header_line):
        for number, line in _rows(text):
            if number <= header_line:
                continue
            if delimiter == ",":
                cells = next(csv.reader([line]), [])
                # "Ola,Nordmann": first and last name; "Hansen, Ola" stays as written.
                if len(cells) == 2 and all(cells) and not cells[1].startswith(" "):
                    line = f"{cells[0]} {cells[1]}"
            yield number, line
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    full, first, last = columns
    for cells in reader:
        number, start = start, reader.line_num + 1
        if number <= header_line:
            continue

        def cell(index: int | None, cells: list[str] = cells) -> str:
            return cells[index] if index is not None and index < len(cells) else ""

        if header_line:
            raw = cell(full) if full is not None else f"{cell(first)} {cell(last)}"
        else:
            raw = " ".join(c for c in cells if c.strip())
        yield number, raw


def parse_class_list_bytes(data: bytes, existing: Iterable[str] = ()) -> ParsedClassList:
    """Read a class list file's bytes; see :func:`parse_class_list`."""
    if len(data) > MAX_FILE_BYTES:
        return ParsedClassList(issues=[ImportIssue(IssueKind.TOO_BIG, 0)])
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return ParsedClassList(issues=[ImportIssue(IssueKind.SPREADSHEET, 0)])
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        mixed = mixed_encoding_line(data)
        if mixed:
            return ParsedClassList(issues=[ImportIssue(IssueKind.MIXED_ENCODING, mixed)])
    text, encoding = decode_class_list(data)
    result = parse_class_list(text, existing)
    result.encoding = encoding
    return result


def parse_class_list(text: str, existing: Iterable[str] = ()) -> ParsedClassList:
    """Read names from pasted text or a decoded file.

    One name per line, or a CSV (``;``, ``,`` or tab) whose first line is a
    header with a name column (``Navn``, or ``Fornavn`` + ``Etternavn``).
    Empty lines and surrounding spaces are dropped, duplicates (also of pupils
    already in the class, given as ``existing``) are skipped, and names longer
    than :data:`MAX_NAME_LENGTH` are reported. Text with control bytes (a
    binary file) blocks the whole import, naming the first bad line.
    """
    result = ParsedClassList()
    seen = {name_key(n) for n in existing}
    existing_keys = set(seen)
    lines = list(_rows(text))
    for number, line in lines:
        if "\x00" in line or sum(1 for ch in line if ord(ch) < 32 and ch != "\t") > 0:
            return ParsedClassList(issues=[ImportIssue(IssueKind.NOT_TEXT, number)])
        if "\ufffd" in line and line.count("\ufffd") > max(2, len(line) // 4):
            return ParsedClassList(issues=[ImportIssue(IssueKind.NOT_TEXT, number)])

    first_content = next(((n, line) for n, line in lines if line.strip()), None)
    delimiter = _detect_delimiter(first_content[1]) if first_content else None
    columns: tuple[int | None, int | None, int | None] = (None, None, None)
    header_line = 0
    if first_content and delimiter:
        cells = next(csv.reader([first_content[1]], delimiter=delimiter))
        columns = _header_columns(cells)
        if any(c is not None for c in columns):
            header_line = first_content[0]
        elif delimiter == "," and len(cells) == 2:
            pass  # "Hansen, Ola" or "Ola,Nordmann": a name per line, not a CSV with a header.
        elif any(_normalise_header(c) in ("", "nr", "#", "klasse") for c in cells):
            return ParsedClassList(issues=[ImportIssue(IssueKind.NO_NAME_COLUMN, first_content[0])])
    elif first_content:
        # A single-column file may still start with a header such as "Navn".
        full, first, last = _header_columns([first_content[1]])
        if full is not None or first is not None or last is not None:
            header_line = first_content[0]

    records = list(_records(text, delimiter, header_line, columns))
    filled = sum(1 for _n, raw in records if clean_name(raw.strip().strip('"')))
    if filled > MAX_ROWS:
        return ParsedClassList(issues=[ImportIssue(IssueKind.TOO_MANY, 0, str(filled))])
    for number, raw in records:
        if not raw.strip():
            result.empty_lines += 1
            continue
        name = clean_name(raw.strip().strip('"'))
        if not name:
            result.empty_lines += 1
            continue
        if is_too_long(name):
            result.issues.append(ImportIssue(IssueKind.TOO_LONG, number, name))
            continue
        key = name_key(name)
        if key in seen:
            kind = IssueKind.ALREADY_IN_CLASS if key in existing_keys else IssueKind.DUPLICATE
            result.issues.append(ImportIssue(kind, number, name))
            continue
        seen.add(key)
        result.names.append(name)
        result.lines.append(number)
    return result
