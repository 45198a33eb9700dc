"""The app's one clock. Every read of today or now goes through here, so tests can pin it.

The app never asks :mod:`datetime` for the time itself: a pinned clock then moves the whole
app to a Saturday, New Year's Eve or any other moment at once (``tests/conftest.py``).
"""

from __future__ import annotations

import datetime as dt

_pinned: dt.datetime | None = None


def now() -> dt.datetime:
    """The current local time, timezone-aware (the pinned moment while one is set)."""
    if _pinned is not None:
        return _pinned
    return dt.datetime.now().astimezone()


def today() -> dt.date:
    """Today's local date."""
    return now().date()


def pin(moment: dt.datetime | None) -> None:
    """Make :func:`now` return ``moment`` (local time if naive); ``None`` lets the clock run."""
    global _pinned
    _pinned = moment.astimezone() if moment is not None else None
