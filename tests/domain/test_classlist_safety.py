"""Bad class lists: too long, too big, quoted line breaks, bare two-column lists, mixed
encodings, and names carrying invisible or bidi control characters (real files)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from smartklasse.domain.classlist import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    IssueKind,
    parse_class_list,
    parse_class_list_bytes,
    read_class_list_file,
)


def parse_file(path: Path) -> tuple[list[str], list[IssueKind], str]:
    parsed = parse_class_list_bytes(read_class_list_file(path))
    messages = " ".join(issue.message() for issue in parsed.issues)
    return parsed.names, [issue.kind for issue in parsed.issues], messages


def test_a_list_far_longer_than_a_class_is_refused_with_the_count(tmp_path: Path) -> None:
    path = tmp_path / "alle.txt"
    path.write_text("\n".join(f"Elev {i}" for i in range(20_000)), encoding="utf-8")
    names, kinds, message = parse_file(path)
    assert names == [] and kinds == [IssueKind.TOO_MANY]
    assert "20000" in message and str(MAX_ROWS) in message
    # A big class (and a little over) is still fine.
    path.write_text("\n".join(f"Elev {i}" for i in range(MAX_ROWS)), encoding="utf-8")
    assert len(parse_file(path)[0]) == MAX_ROWS


def test_a_huge_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "stor.csv"
    with path.open("wb") as fh:
        fh.truncate(200 * MAX_FILE_BYTES)  # 200 MB, sparse
    tracemalloc.start()
    try:
        _names, kinds, message = parse_file(path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kinds == [IssueKind.TOO_BIG] and "for stor" in message
    assert peak < 4 * MAX_FILE_BYTES


def test_quoted_cells_with_line_breaks_stay_one_pupil(tmp_path: Path) -> None:
    # Excel writes a cell with a line break in quotes: the next line is not a pupil.
    path = tmp_path / "klasse.csv"
    path.write_bytes(
        b"Navn;Merknad\r\n"
        + 'Ola Nordmann;"Allergi:\r\nnøtter"\r\n"Kari; Bø";x\r\nAisha Ali;\r\n'.encode()
    )
    names, kinds, _message = parse_file(path)
    assert names == ["Ola Nordmann", "Kari; Bø", "Aisha Ali"]
    assert kinds == []
    parsed = parse_class_list_bytes(path.read_bytes())
    assert parsed.lines == [2, 4, 5]


def test_bare_two_column_list_is_first_and_last_name(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Ola,Nordmann\nKari,Bø\nAisha,Ali\n", encoding="utf-8")
    assert parse_file(path)[0] == ["Ola Nordmann", "Kari Bø", "Aisha Ali"]
    # Written surname first with ", " stays as written.
    assert parse_class_list("Hansen, Ola\nBø, Kari").names == ["Hansen, Ola", "Bø, Kari"]
    path.write_text("Ola;Nordmann\nKari;Bø\n", encoding="utf-8")
    assert parse_file(path)[0] == ["Ola Nordmann", "Kari Bø"]


def test_mixed_encodings_are_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "blandet.txt"
    path.write_bytes("Bjørn Ås\nKari Bø\n".encode() + "Søren Ærø\n".encode("cp1252") + b"Ola\n")
    names, kinds, message = parse_file(path)
    assert names == [] and kinds == [IssueKind.MIXED_ENCODING]
    assert "Linje 3" in message and "UTF-8" in message
    # A list wholly in Windows-1252 is still read right.
    path.write_bytes("Bjørn Ås\nSøren Ærø\n".encode("cp1252"))
    assert parse_file(path)[0] == ["Bjørn Ås", "Søren Ærø"]


def test_invisible_and_bidi_characters_are_removed_and_u2028_splits_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "skjult.txt"
    path.write_text(
        "Ola\u202e nnamdroN\u202c\n"
        "Ka\u200bri\u00ad Bø\ufeff\n"
        "Sara\u2028Hansen\n"
        "\u2067مريم\u2069 Ali\n"
        "نرگس\u200cی\n",
        encoding="utf-8",
    )
    names, kinds, _message = parse_file(path)
    assert names == ["Ola nnamdroN", "Kari Bø", "Sara Hansen", "مريم Ali", "نرگس\u200cی"]
    assert kinds == []
