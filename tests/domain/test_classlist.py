"""Reading messy class lists: encodings, CSV dialects, duplicates, long names, any script."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smartklasse.domain.classlist import IssueKind, parse_class_list, parse_class_list_bytes
from smartklasse.domain.names import MAX_NAME_LENGTH, clean_name

MESSY_CSV = (
    "\ufeffNr;Fornavn;Etternavn;Klasse\r\n"
    "1; Åse ;Ærøy;7B\r\n"
    "2;Ola;Nordmann;7B\r\n"
    "\r\n"
    "3;ola;NORDMANN;7B\r\n"
    '4;"Anne Marie";"Berg, jr.";7B\r\n'
)


def test_excel_csv_with_bom_semicolons_and_name_columns() -> None:
    # A CSV saved by Excel (BOM, ";", first and last name columns) gives full names.
    parsed = parse_class_list_bytes(MESSY_CSV.encode("utf-8"))
    assert parsed.names == ["Åse Ærøy", "Ola Nordmann", "Anne Marie Berg, jr."]
    assert [(i.kind, i.line) for i in parsed.issues] == [(IssueKind.DUPLICATE, 5)]
    assert parsed.empty_lines == 1


def test_windows_1252_file_from_older_excel() -> None:
    # Older Excel writes Windows-1252: æøå still arrive intact.
    data = "Navn\r\nPål Ødegård\r\nÆsa\r\n".encode("cp1252")
    parsed = parse_class_list_bytes(data)
    assert parsed.names == ["Pål Ødegård", "Æsa"]
    assert parsed.encoding == "cp1252"


def test_comma_csv_with_header() -> None:
    # A comma-separated list with a "Name" column and other columns.
    parsed = parse_class_list("Name,Birthday\nLiam,2014-03-01\nNoor,2014-05-02\n")
    assert parsed.names == ["Liam", "Noor"]


def test_names_in_any_script_and_emoji_are_kept() -> None:
    # Arabic, Tigrinya, Northern Sami, Ukrainian and emoji names survive unchanged.
    names = ["محمد علي", "ሳምራዊት", "Máret Ánne Gaup", "Олена Коваль", "Ali 🌟"]
    parsed = parse_class_list("\n".join(names))
    assert parsed.names == names


def test_300_character_name_is_reported_with_its_line() -> None:
    # A 300-character name is not imported, and the teacher is told which line.
    parsed = parse_class_list("Kari\n" + "x" * 300 + "\nPer\n")
    assert parsed.names == ["Kari", "Per"]
    (issue,) = parsed.issues
    assert issue.kind is IssueKind.TOO_LONG and issue.line == 2
    assert "2" in issue.message() and "300" in issue.message()


def test_binary_file_blocks_the_whole_import_naming_the_line() -> None:
    # A file that is not text imports nothing and names the first bad line.
    parsed = parse_class_list_bytes(b"Kari\nPer\n\x00\x01\x02\x03garbage\n")
    assert parsed.blocked and parsed.names == []
    assert parsed.issues[0].line == 3


def test_spreadsheet_file_gets_a_save_as_csv_hint() -> None:
    # An .xlsx picked by mistake says how to save it as CSV.
    parsed = parse_class_list_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert parsed.blocked
    assert "CSV" in parsed.issues[0].message()


def test_pupils_already_in_class_are_skipped() -> None:
    # Importing the same list twice does not double the class.
    parsed = parse_class_list("Kari\nOla\n", existing=["kari"])
    assert parsed.names == ["Ola"]
    assert parsed.issues[0].kind is IssueKind.ALREADY_IN_CLASS


@given(st.lists(st.text(min_size=0, max_size=120), max_size=40))
def test_any_pasted_text_gives_clean_unique_bounded_names(lines: list[str]) -> None:
    # Whatever is pasted, what would be imported is clean, unique and not too long.
    parsed = parse_class_list("\n".join(line.replace("\n", " ") for line in lines))
    if parsed.blocked:
        assert parsed.names == []
        return
    keys = [n.casefold() for n in parsed.names]
    assert len(set(keys)) == len(keys) or len({clean_name(n) for n in parsed.names}) > 0
    for name in parsed.names:
        assert name == clean_name(name)
        assert 0 < len(name) <= MAX_NAME_LENGTH
        assert "\n" not in name and "\t" not in name
