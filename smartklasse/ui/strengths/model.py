"""The strengths as a Qt list model, shared by the card wall and the catalogue editor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from smartklasse.domain.languages import is_right_to_left
from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _

AnyIndex = QModelIndex | QPersistentModelIndex


class StrengthRole(IntEnum):
    """The data a card needs besides its name (``DisplayRole``)."""

    ID = Qt.ItemDataRole.UserRole + 1
    SECOND_NAME = Qt.ItemDataRole.UserRole + 2
    SECOND_RTL = Qt.ItemDataRole.UserRole + 3
    DESCRIPTION = Qt.ItemDataRole.UserRole + 4
    COLOUR = Qt.ItemDataRole.UserRole + 5
    SYMBOL = Qt.ItemDataRole.UserRole + 6
    PINNED = Qt.ItemDataRole.UserRole + 7
    HIDDEN = Qt.ItemDataRole.UserRole + 8


def second_name(strength: Strength, lang: str, second: str, shipped: Mapping[str, Strength]) -> str:
    """The strength's name in the second language, or "" when none is wanted or known.

    A language file added after the database was made is still found: the
    shipped catalogue is asked when the teacher's copy has no such name.
    """
    if not second or second == lang:
        return ""
    name = strength.names.get(second) or ""
    if not name and strength.id in shipped:
        name = shipped[strength.id].names.get(second, "")
    return name


class StrengthListModel(QAbstractListModel):
    """One row per strength, in catalogue order, with texts in the chosen languages."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._strengths: list[Strength] = []
        self._lang = "nb"
        self._second = ""
        self._shipped: Mapping[str, Strength] = {}
        self._pinned: str | None = None

    def set_strengths(
        self,
        strengths: Sequence[Strength],
        lang: str,
        second: str = "",
        shipped: Mapping[str, Strength] | None = None,
        pinned: str | None = None,
    ) -> None:
        """Show these strengths, named in ``lang`` (and ``second``, if any)."""
        self.beginResetModel()
        self._strengths = list(strengths)
        self._lang = lang
        self._second = second
        self._shipped = shipped or {}
        self._pinned = pinned
        self.endResetModel()

    def strength(self, row: int) -> Strength:
        """The strength shown in ``row``."""
        return self._strengths[row]

    def row_of(self, strength_id: str) -> int:
        """The row showing ``strength_id``, or -1."""
        return next((i for i, s in enumerate(self._strengths) if s.id == strength_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of strengths (a list has no children)."""
        return 0 if parent.isValid() else len(self._strengths)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The strength's name, texts, colour and symbol for the view."""
        if not index.isValid() or not 0 <= index.row() < len(self._strengths):
            return None
        s = self._strengths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.name(self._lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [s.name(self._lang), second_name(s, self._lang, self._second, self._shipped)]
            if s.id == self._pinned:
                parts.append(_("strength of the week"))
            if s.hidden:
                parts.append(_("hidden"))
            parts.append(s.description(self._lang))
            return ". ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(s.colour)
        values: dict[int, object] = {
            StrengthRole.ID: s.id,
            StrengthRole.SECOND_NAME: second_name(s, self._lang, self._second, self._shipped),
            StrengthRole.SECOND_RTL: is_right_to_left(self._second) if self._second else False,
            StrengthRole.DESCRIPTION: s.description(self._lang),
            StrengthRole.COLOUR: s.colour,
            StrengthRole.SYMBOL: s.symbol,
            StrengthRole.PINNED: s.id == self._pinned,
            StrengthRole.HIDDEN: s.hidden,
        }
        return values.get(role)
