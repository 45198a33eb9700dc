"""The printed documents by name: a small module of its own, so pages can name what they print
without loading the documents' data models before the first paint."""

from __future__ import annotations

import enum


class DocumentId(enum.Enum):
    """Every printed document the app makes (the registry has one entry per member)."""

    REFLECTION = "reflection"
    STAR_CHART = "star_chart"
    STRENGTHS = "strengths"
    WHEEL = "wheel"
    PROFILE = "profile"
    ADVENT_CALENDAR = "advent_calendar"
    ADVENT_SLIPS = "advent_slips"
    PRACTICE_SUMMARY = "practice_summary"
    RECOGNITION_POSTER = "recognition_poster"
    STRENGTH_CARDS = "strength_cards"
    SLIPS = "slips"
