"""The fonts the app ships: one fallback chain for the screen and for print.

Every child's name must render on any machine, whatever fonts it has. The
chain starts with the UI font (Noto Sans: Latin with Norwegian, Sami, Polish,
Vietnamese and Somali letters, Cyrillic, Greek); each later face covers a
script it lacks. Qt gets the chain as font families (``ui/fonts.py``),
reportlab as registered TTF fonts (``printing/fonts.py``). The files and their
licences are in ``resources/fonts`` (see ``LICENSE-OFL.txt`` and
``LICENSE-Symbola.txt``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smartklasse.paths import resource


@dataclass(frozen=True)
class FontFace:
    """One face of the chain: its family name (as in the file) and its files."""

    key: str
    family: str
    regular: str
    bold: str | None

    def path(self, bold: bool = False) -> Path:
        """The file of the regular or bold face (regular where there is no bold)."""
        return resource("fonts", self.bold if bold and self.bold else self.regular)


SANS = FontFace("SK-Sans", "Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC = FontFace(
    "SK-Arabic", "Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"
)
HEBREW = FontFace(
    "SK-Hebrew", "Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"
)
ETHIOPIC = FontFace(
    "SK-Ethiopic",
    "Noto Sans Ethiopic",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)
TAMIL = FontFace(
    "SK-Tamil", "Noto Sans Tamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"
)
THAI = FontFace("SK-Thai", "Noto Sans Thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf")
#: Monochrome emoji and symbols (a subset of Symbola: arrows, symbols, dingbats, emoji).
EMOJI = FontFace("SK-Emoji", "Symbola", "Symbola-Emoji.ttf", None)

#: The fallback chain, first face first: a character is drawn with the first face that has it.
CHAIN: tuple[FontFace, ...] = (SANS, ARABIC, HEBREW, ETHIOPIC, TAMIL, THAI, EMOJI)

UI_FAMILY = SANS.family
