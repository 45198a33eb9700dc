"""What kind of fault stopped a save: the one classification of storage errors for the UI.

SQLite and the operating system word the same few faults in many ways. The UI
tells the teacher what happened and what to do from the :class:`Fault` alone.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import Enum


class Fault(Enum):
    """Why a write failed, as far as the teacher can act on it."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    OTHER = "other"


#: The errors a storage action can end with that are faults of the machine, not bugs.
STORAGE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
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
