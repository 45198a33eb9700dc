"""Arabic shaping and right-to-left reordering for printed text, without HarfBuzz.

reportlab draws a string's characters left to right, one glyph per code point,
and shapes Arabic only when ``uharfbuzz`` is installed (it is not a dependency
of this app). Children's names in Arabic script would then print as
unconnected letters in the wrong order. This module does the minimum a name
or a short line needs:

* each Arabic letter becomes its contextual presentation form (isolated,
  initial, medial or final, U+FE70–U+FEFF and the Persian/Urdu letters in
  U+FB50–U+FBFF), and lam + alef becomes the obligatory ligature;
* the line is put in visual order: right-to-left runs are reversed, keeping
  combining marks (harakat) after their base letter.

What it does not do: full Unicode bidi (embeddings, mirrored brackets), and
reordering across wrapped lines (a long right-to-left paragraph that wraps
keeps its lines in logical order, each line correct on its own only if short).
"""

from __future__ import annotations

import unicodedata

# Joining types: "D" joins on both sides, "R" joins to the previous letter only,
# "U" never joins, "C" (tatweel) joins both sides but has no forms of its own.
# Forms are (isolated, final, initial, medial); right-joining letters have two.
_FORMS: dict[str, tuple[str, ...]] = {}
_JOINING: dict[str, str] = {}


def _add(letter: int, first_form: int, count: int) -> None:
    char = chr(letter)
    _FORMS[char] = tuple(chr(first_form + i) for i in range(count))
    _JOINING[char] = {1: "U", 2: "R", 4: "D"}[count]


for _letter, _first, _count in (
    (0x0621, 0xFE80, 1),
    (0x0622, 0xFE81, 2),
    (0x0623, 0xFE83, 2),
    (0x0624, 0xFE85, 2),
    (0x0625, 0xFE87, 2),
    (0x0626, 0xFE89, 4),
    (0x0627, 0xFE8D, 2),
    (0x0628, 0xFE8F, 4),
    (0x0629, 0xFE93, 2),
    (0x062A, 0xFE95, 4),
    (0x062B, 0xFE99, 4),
    (0x062C, 0xFE9D, 4),
    (0x062D, 0xFEA1, 4),
    (0x062E, 0xFEA5, 4),
    (0x062F, 0xFEA9, 2),
    (0x0630, 0xFEAB, 2),
    (0x0631, 0xFEAD, 2),
    (0x0632, 0xFEAF, 2),
    (0x0633, 0xFEB1, 4),
    (0x0634, 0xFEB5, 4),
    (0x0635, 0xFEB9, 4),
    (0x0636, 0xFEBD, 4),
    (0x0637, 0xFEC1, 4),
    (0x0638, 0xFEC5, 4),
    (0x0639, 0xFEC9, 4),
    (0x063A, 0xFECD, 4),
    (0x0641, 0xFED1, 4),
    (0x0642, 0xFED5, 4),
    (0x0643, 0xFED9, 4),
    (0x0644, 0xFEDD, 4),
    (0x0645, 0xFEE1, 4),
    (0x0646, 0xFEE5, 4),
    (0x0647, 0xFEE9, 4),
    (0x0648, 0xFEED, 2),
    (0x0649, 0xFEEF, 2),
    (0x064A, 0xFEF1, 4),
    # Persian, Urdu, Kurdish and Pashto letters common in names.
    (0x0671, 0xFB50, 2),
    (0x067E, 0xFB56, 4),
    (0x0686, 0xFB7A, 4),
    (0x0698, 0xFB8A, 2),
    (0x06A9, 0xFB8E, 4),
    (0x06AF, 0xFB92, 4),
    (0x06CC, 0xFBFC, 4),
):
    _add(_letter, _first, _count)
_JOINING["\u0640"] = "C"

_LAM = "\u0644"
#: lam + alef ligatures: alef variant -> (isolated, final).
_LAM_ALEF: dict[str, tuple[str, str]] = {
    "\u0622": ("\ufef5", "\ufef6"),
    "\u0623": ("\ufef7", "\ufef8"),
    "\u0625": ("\ufef9", "\ufefa"),
    "\u0627": ("\ufefb", "\ufefc"),
}


def is_transparent(char: str) -> bool:
    """True for combining marks (harakat), which do not break a letter's joining."""
    return unicodedata.category(char) in ("Mn", "Me")


def is_rtl(char: str) -> bool:
    """True for a strong right-to-left character (Arabic, Hebrew, Syriac, Thaana, N'Ko)."""
    return unicodedata.bidirectional(char) in ("R", "AL")


def _joins_forward(char: str | None) -> bool:
    return char is not None and _JOINING.get(char) in ("D", "C")


def _joins_backward(char: str | None) -> bool:
    return char is not None and _JOINING.get(char) in ("D", "R", "C")


def shape_arabic(text: str) -> str:
    """Replace Arabic letters by their contextual presentation forms (logical order kept)."""
    if not any(c in _JOINING for c in text):
        return text
    out: list[str] = []
    prev: str | None = None  # the previous non-transparent character
    i = 0
    while i < len(text):
        char = text[i]
        if is_transparent(char):
            out.append(char)
            i += 1
            continue
        j = i + 1
        while j < len(text) and is_transparent(text[j]):
            j += 1
        nxt = text[j] if j < len(text) else None
        joined_before = _joins_forward(prev) and _joins_backward(char)
        if char == _LAM and nxt in _LAM_ALEF:
            isolated, final = _LAM_ALEF[nxt]
            out.append(final if joined_before else isolated)
            out.extend(text[i + 1 : j])  # marks on the lam
            prev = nxt  # the ligature ends like an alef: joins nothing after it
            i = j + 1
            continue
        forms = _FORMS.get(char)
        if forms is None:
            out.append(char)
        else:
            joined_after = _joins_forward(char) and _joins_backward(nxt)
            if len(forms) == 4 and joined_before and joined_after:
                out.append(forms[3])
            elif len(forms) == 4 and joined_after:
                out.append(forms[2])
            elif len(forms) >= 2 and joined_before:
                out.append(forms[1])
            else:
                out.append(forms[0])
        prev = char
        i += 1
    return "".join(out)


def _clusters(text: str) -> list[str]:
    """Split into base characters each followed by their combining marks."""
    clusters: list[str] = []
    for char in text:
        if clusters and is_transparent(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _direction(char: str) -> str | None:
    """'R', 'L' or None (neutral: spaces, punctuation, and digits, which follow context)."""
    if is_rtl(char):
        return "R"
    if unicodedata.bidirectional(char) == "L":
        return "L"
    return None


def visual_order(text: str) -> str:
    """Reorder one line from logical to visual (left-to-right drawing) order.

    The paragraph direction is that of the first strong character. Neutral
    characters between two right-to-left characters belong to the
    right-to-left run; digits keep their left-to-right order inside it.
    """
    clusters = _clusters(text)
    if not any(_direction(c[0]) == "R" for c in clusters):
        return text
    dirs = [_direction(c[0]) for c in clusters]
    base = next((d for d in dirs if d is not None), "L")
    # Digits follow the strong letter before them (after Latin they are Latin; in
    # Arabic text they sit in the right-to-left run, their own order kept).
    last: str = base
    for index, cluster in enumerate(clusters):
        strong = dirs[index]
        if strong is not None:
            last = strong
        elif cluster[0].isdigit():
            dirs[index] = last
    # Resolve neutrals: same direction on both sides -> that direction, else the base.
    resolved: list[str] = []
    for index, d in enumerate(dirs):
        if d is not None:
            resolved.append(d)
            continue
        before = next((x for x in reversed(dirs[:index]) if x is not None), base)
        after = next((x for x in dirs[index + 1 :] if x is not None), base)
        resolved.append(before if before == after else base)
    runs: list[tuple[str, list[str]]] = []
    for cluster, d in zip(clusters, resolved, strict=True):
        if runs and runs[-1][0] == d:
            runs[-1][1].append(cluster)
        else:
            runs.append((d, [cluster]))
    pieces = [_rtl_run(items) if d == "R" else "".join(items) for d, items in runs]
    if base == "R":
        pieces.reverse()
    return "".join(pieces)


def _rtl_run(clusters: list[str]) -> str:
    """Reverse a right-to-left run, keeping runs of digits left to right."""
    groups: list[list[str]] = []
    for cluster in clusters:
        digit = cluster[0].isdigit()
        if groups and digit and groups[-1][0][0].isdigit():
            groups[-1].append(cluster)
        else:
            groups.append([cluster])
    return "".join("".join(g) for g in reversed(groups))


def prepare_line(text: str) -> str:
    """Shape Arabic and reorder a single line for drawing left to right."""
    return visual_order(shape_arabic(text))
