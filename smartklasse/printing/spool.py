"""Hand a PDF to a CUPS queue as it is (Linux, macOS): the printer gets vectors and text.

No Qt here: the Print dialog's choices arrive as a :class:`SpoolRequest`, and the
job goes to the queue through CUPS's own ``lp`` command, so no extra package is needed.
"""

from __future__ import annotations

import enum
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

from smartklasse.domain.documents import PageFormat

#: How long ``lp`` may take to take a job (it only copies the file to the spooler).
LP_TIMEOUT_S = 60


class Sides(enum.Enum):
    """One-sided or duplex printing, as CUPS names it."""

    ONE = "one-sided"
    LONG_EDGE = "two-sided-long-edge"
    SHORT_EDGE = "two-sided-short-edge"


@dataclass(frozen=True)
class SpoolRequest:
    """A print job: the queue chosen, the document's page, and the dialog's choices."""

    queue: str
    title: str
    page: PageFormat
    copies: int = 1
    collate: bool = True
    sides: Sides = Sides.ONE
    #: Pages to print, 1-based and inclusive; empty for all of them.
    page_ranges: tuple[tuple[int, int], ...] = ()


class SpoolError(Exception):
    """The job did not reach the queue; ``detail`` is what CUPS said (for the message)."""

    def __init__(self, queue: str, detail: str) -> None:
        super().__init__(f"{queue}: {detail}")
        self.queue = queue
        self.detail = detail


def can_spool() -> bool:
    """True where printing goes through CUPS and its ``lp`` command is installed."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def lp_command(request: SpoolRequest) -> list[str]:
    """The ``lp`` command line that prints standard input as ``request`` asks."""
    command = ["lp", "-d", request.queue, "-t", request.title, "-n", str(max(1, request.copies))]
    # The page's own size; CUPS turns a landscape page to fit the sheet (no extra rotation).
    command += ["-o", f"media={request.page.paper.value}", "-o", f"sides={request.sides.value}"]
    if request.copies > 1:
        command += ["-o", f"collate={'true' if request.collate else 'false'}"]
    if request.page_ranges:
        ranges = ",".join(f"{a}-{b}" if a != b else str(a) for a, b in request.page_ranges)
        command += ["-o", f"page-ranges={ranges}"]
    return [*command, "--", "-"]


def spool(pdf: bytes, request: SpoolRequest) -> str:
    """Send ``pdf`` to the queue; return the job id CUPS gave it, or raise :class:`SpoolError`."""
    try:
        done = subprocess.run(
            lp_command(request),
            input=pdf,
            capture_output=True,
            timeout=LP_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SpoolError(request.queue, str(error)) from error
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise SpoolError(request.queue, err or f"lp exit {done.returncode}")
    found = re.search(r"request id is (\S+)", out)
    return found.group(1) if found else out.strip()
