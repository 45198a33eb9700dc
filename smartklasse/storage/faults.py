"""What kind of fault stopped a save: the one classification of storage errors for the UI.

SQLite and the operating system word the same few faults in many ways. The UI
tells the teacher what happened and what to do from the :class:`Fault` alone.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from enum import Enum
from pathlib import Path


class Fault(Enum):
    """Why a write failed, as far as the teacher can act on it."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    OTHER = "other"


#: The errors a storage action can end with that are faults of the machine, not bugs.
STORAGE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)

# EFBIG: the file may not grow (a size limit or quota), which the teacher fixes as a full disk.
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def classify(exc: BaseException) -> Fault:
    """The :class:`Fault` behind a storage error (``OTHER`` when it is none of the known ones)."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return Fault.DISK_FULL
        if exc.errno in _READ_ONLY_ERRNOS:
            return Fault.READ_ONLY
        return Fault.OTHER
    text = str(exc).lower()
    if "full" in text:
        return Fault.DISK_FULL
    if "readonly" in text or "read-only" in text or "read only" in text:
        return Fault.READ_ONLY
    if "locked" in text or "busy" in text:
        return Fault.LOCKED
    return Fault.OTHER


#: Less free space than this at start is told: a day's lesson needs far less, a backup more.
LOW_SPACE_BYTES = 20 * 1024 * 1024


def probe_write(folder: Path) -> Fault | None:
    """Write, sync and remove a small file in ``folder``; the fault that stopped it, or None."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".write-check-")
        try:
            os.write(fd, b"\0" * 4096)
            os.fsync(fd)
        finally:
            os.close(fd)
            Path(name).unlink(missing_ok=True)
    except OSError as exc:
        return classify(exc)
    return None


def start_fault(folder: Path) -> Fault | None:
    """What would stop saving in ``folder`` (checked at start): read-only, full, or nearly full."""
    fault = probe_write(folder)
    if fault is not None:
        return fault
    try:
        if shutil.disk_usage(folder).free < LOW_SPACE_BYTES:
            return Fault.DISK_FULL
    except OSError:
        return None
    return None
