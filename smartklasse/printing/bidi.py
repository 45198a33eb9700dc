"""One line of text cut into runs in visual order, by the Unicode bidi algorithm.

python-bidi (UAX #9, with bracket pairs, numbers and mirroring) puts the line in
visual order. The line is then cut into runs of one font each; a run of
right-to-left letters is turned back into logical order, because HarfBuzz
shapes it (joining, vowel marks) and puts its glyphs right to left itself.
Runs are returned left to right as they are drawn.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bidi import get_display

#: Picks a font for a character given the previous character's font (or None).
FontPicker = Callable[[str, Any], Any]


@dataclass(frozen=True)
class Run:
    """Text drawn with one font in one direction; ``text`` is in logical order."""

    text: str
    font: Any
    rtl: bool


def is_rtl_text(text: str) -> bool:
    """True if the text holds a strong right-to-left character (Arabic, Hebrew, …)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}


def _mirror_reversed_brackets(visual: str) -> str:
    """Mirror bracket pairs that the reordering turned round (``)x(`` -> ``(x)``).

    python-bidi reorders but does not mirror; a pair inside a right-to-left run
    comes out closer first, which is how it can be told from a pair left as typed.
    """
    out = list(visual)
    stack: list[tuple[int, str, bool]] = []  # (index, the character that closes it, reversed)
    for index, char in enumerate(visual):
        if stack and char == stack[-1][1]:
            start, _close, turned = stack.pop()
            if turned:
                out[start], out[index] = _CLOSERS[visual[start]], _OPENERS[char]
        elif char in _OPENERS:
            stack.append((index, _OPENERS[char], False))
        elif char in _CLOSERS:
            stack.append((index, _CLOSERS[char], True))
    return "".join(out)


def _kinds(chars: str) -> list[bool]:
    """Right-to-left letters, and the marks on them."""
    classes = [unicodedata.bidirectional(c) for c in chars]
    kinds = [cls in ("R", "AL") for cls in classes]
    for index, cls in enumerate(classes):
        if cls != "NSM":
            continue
        after = next((j for j in range(index + 1, len(chars)) if classes[j] != "NSM"), None)
        before = next((j for j in range(index - 1, -1, -1) if classes[j] != "NSM"), None)
        kinds[index] = (after is not None and kinds[after]) or (
            before is not None and kinds[before]
        )
    return kinds


def _split_direction(chars: str) -> list[tuple[str, bool]]:
    """Cut a visual same-font piece into left-to-right and right-to-left stretches.

    Spaces and punctuation between two right-to-left letters belong to their stretch.
    """
    kinds = _kinds(chars)
    letters = list(kinds)
    for index, char in enumerate(chars):
        if letters[index] or unicodedata.bidirectional(char) not in ("WS", "ON", "CS"):
            continue
        before = next(
            (letters[j] for j in range(index - 1, -1, -1) if not chars[j].isspace()), False
        )
        after = next(
            (letters[j] for j in range(index + 1, len(chars)) if not chars[j].isspace()), False
        )
        kinds[index] = before and after
    pieces: list[tuple[str, bool]] = []
    for char, rtl in zip(chars, kinds, strict=True):
        if pieces and pieces[-1][1] == rtl:
            pieces[-1] = (pieces[-1][0] + char, rtl)
        else:
            pieces.append((char, rtl))
    return pieces


def visual_text(text: str) -> str:
    """Each line in the order it is drawn, as PDF readers expect a text layer to be."""
    return "\n".join(
        _mirror_reversed_brackets(get_display(line)) if is_rtl_text(line) else line
        for line in text.split("\n")
    )


def visual_runs(text: str, pick: FontPicker) -> list[Run]:
    """Cut one line into (font, direction) runs, left to right as drawn."""
    if not text:
        return []
    visual = _mirror_reversed_brackets(get_display(text)) if is_rtl_text(text) else text
    pieces: list[tuple[Any, str]] = []
    previous: Any = None
    for char in visual:
        previous = pick(char, previous)
        if pieces and pieces[-1][0] is previous:
            pieces[-1] = (previous, pieces[-1][1] + char)
        else:
            pieces.append((previous, char))
    if not is_rtl_text(text):
        return [Run(chars, font, False) for font, chars in pieces]
    runs = []
    for font, chars in pieces:
        for stretch, rtl in _split_direction(chars):
            # A right-to-left stretch back in logical order, for HarfBuzz.
            runs.append(Run(stretch[::-1] if rtl else stretch, font, rtl))
    return runs
