"""The lp command carries the Print dialog's choices and the page's own paper."""

from __future__ import annotations

from smartklasse.domain.documents import PageFormat, Paper
from smartklasse.printing.spool import Sides, SpoolRequest, lp_command


def test_lp_gets_queue_copies_duplex_pages_and_paper() -> None:
    request = SpoolRequest(
        queue="klasserom",
        title="Refleksjonsark 7B",
        page=PageFormat(Paper.A3, landscape=True),
        copies=2,
        collate=False,
        sides=Sides.SHORT_EDGE,
        page_ranges=((1, 3), (5, 5)),
    )
    command = lp_command(request)
    assert command[:7] == ["lp", "-d", "klasserom", "-t", "Refleksjonsark 7B", "-n", "2"]
    options = {command[i + 1] for i, word in enumerate(command) if word == "-o"}
    assert options == {
        "media=A3",
        "sides=two-sided-short-edge",
        "collate=false",
        "page-ranges=1-3,5",
    }
    assert command[-2:] == ["--", "-"]  # the PDF comes on standard input


def test_one_copy_of_everything_asks_for_nothing_more() -> None:
    command = lp_command(SpoolRequest("q", "Stjernekart", PageFormat()))
    assert "page-ranges" not in " ".join(command) and "collate" not in " ".join(command)
    assert "sides=one-sided" in command
