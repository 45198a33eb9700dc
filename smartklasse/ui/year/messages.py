"""How the year's editors word a calendar or game file (or draft) that cannot be used."""

from __future__ import annotations

from smartklasse.domain.advent import MAX_ITEMS
from smartklasse.i18n import _
from smartklasse.storage.games import MAX_MINUTES
from smartklasse.storage.year_files import YearFileError


def file_error_message(error: YearFileError) -> str:
    """Explain to the teacher why a calendar or game file cannot be used."""
    messages = {
        "too_large": _("The file is too large to be a calendar or game file."),
        "not_json": _("The file cannot be read (it is not a SMART klasse file)."),
        "wrong_format": _("The file is not a SMART klasse calendar or game file."),
        "newer_version": _("The file was made by a newer version of SMART klasse."),
        "name": _("The calendar needs a name (at most 60 characters)."),
        "kind": _("The file names a kind of calendar SMART klasse does not know."),
        "layout": _("The file names a door order or days SMART klasse does not know."),
        "item_count": _("A calendar needs from 1 to {high} doors.").format(high=MAX_ITEMS),
        "item": _("Every door needs a text (at most 400 characters)."),
        "minutes": _("A game takes from 1 to {high} minutes.").format(high=MAX_MINUTES),
        "space": _("The file names a space SMART klasse does not know."),
        "title": _("The game needs a title (at most 60 characters)."),
        "text": _("A text of the game is too long or not text (at most 400 characters)."),
    }
    return messages.get(error.reason, _("The file cannot be used."))
