"""Stable identifiers and timestamps for stored rows."""

from __future__ import annotations

import uuid

from smartklasse.domain import clock


def new_id() -> str:
    """Return a new globally unique id, so data can later be exported and merged."""
    return uuid.uuid4().hex


def now_iso() -> str:
    """Return the current local time as an ISO 8601 string with seconds."""
    return clock.now().isoformat(timespec="seconds")


def today_iso() -> str:
    """Return today's local date as ``YYYY-MM-DD``."""
    return clock.today().isoformat()
