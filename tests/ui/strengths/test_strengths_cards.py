"""The card wall: the model's texts, the pure grid geometry, and nothing cut off at any size."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from smartklasse.domain.strengths import load_default_strengths
from smartklasse.i18n import set_language
from smartklasse.storage import catalogue
from smartklasse.ui.strengths.cards import StrengthGridView, card_layout, grid_geometry, layout_for
from smartklasse.ui.strengths.model import StrengthListModel, StrengthRole


def test_grid_geometry_reflows_from_laptop_to_projector() -> None:
    # Narrow windows get fewer columns, wide ones up to five (the poster's shape); cards share
    # the width and never go below the minimum unless even one column is narrower.
    assert grid_geometry(1100, 200, 10).columns == 5
    assert grid_geometry(700, 200, 10).columns == 3
    wide = grid_geometry(3500, 400, 20)
    assert (wide.columns, wide.cell_width, wide.card_width) == (5, 700, 680)
    tiny = grid_geometry(150, 200, 10)
    assert tiny.columns == 1 and tiny.card_width == 140
    for width in range(120, 4000, 37):
        g = grid_geometry(width, 200, 10)
        assert g.columns * g.cell_width <= width
        assert g.card_width >= 200 or g.columns == 1


def test_card_layout_stacks_parts_without_overlap() -> None:
    # Symbol, name, second name and description follow each other inside the card.
    layout = card_layout(300, 12, 60, 30, 24, 80, 6)
    parts = [layout.symbol, layout.name, layout.second, layout.description]
    for above, below in itertools.pairwise(parts):
        assert above[1] + above[3] <= below[1]
    assert all(p[0] >= 0 and p[0] + p[2] <= 300 for p in parts)
    assert layout.height == layout.description[1] + 80 + 12


def test_model_lists_strengths_with_second_language(db: Database) -> None:
    # The cards show bokmål names with Arabic beside them, marked as right-to-left.
    model = StrengthListModel()
    shipped = {s.id: s for s in load_default_strengths()}
    model.set_strengths(catalogue.list_strengths(db), "nb", "ar", shipped, pinned="mot")
    assert model.rowCount() == 20
    first = model.index(0, 0)
    assert first.data() == "Ansvarsbevissthet"
    assert first.data(StrengthRole.SECOND_NAME) == "المسؤولية"
    assert first.data(StrengthRole.SECOND_RTL) is True
    mot = model.index(model.row_of("mot"), 0)
    assert mot.data(StrengthRole.PINNED) is True
    assert "Du tør å prøve" in mot.data(Qt.ItemDataRole.AccessibleTextRole)


def test_second_language_missing_in_database_comes_from_shipped_files(db: Database) -> None:
    # A class database made before uk.json existed still shows the Ukrainian names.
    db.execute("UPDATE strengths SET names = json_remove(names, '$.uk')")
    model = StrengthListModel()
    shipped = {s.id: s for s in load_default_strengths()}
    model.set_strengths(catalogue.list_strengths(db), "en", "uk", shipped)
    assert model.index(0, 0).data(StrengthRole.SECOND_NAME) == "Відповідальність"
    assert model.index(0, 0).data(StrengthRole.SECOND_RTL) is False


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize(("width", "point_size"), [(1180, 12.0), (3520, 24.0)])
def test_nothing_cut_off_from_laptop_to_4k(
    qtbot: QtBot, db: Database, lang: str, width: int, point_size: float
) -> None:
    # At 1366×768 (normal type) and on a 4K projector (double type), in each language,
    # every card's text fits its cell and no word of a name is wider than the card.
    set_language(lang)
    view = StrengthGridView()
    font = QFont(view.font())
    font.setPointSizeF(point_size)
    view.setFont(font)
    model = StrengthListModel(view)
    model.set_strengths(catalogue.list_strengths(db), lang, "ar" if lang == "nb" else "")
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(width, 900)
    view.show()
    qtbot.waitExposed(view)
    view.relayout()
    geometry = view.geometry_now
    assert geometry.columns >= 4
    fonts = view.card_delegate.fonts
    metrics = QFontMetrics(fonts.name)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        layout = layout_for(fonts, geometry.card_width, index)
        assert layout.height + fonts.gap <= view.gridSize().height()
        inner = geometry.card_width - 2 * fonts.pad
        assert all(metrics.horizontalAdvance(w) <= inner for w in str(index.data()).split())
        rect = view.visualRect(index)
        assert rect.width() <= view.viewport().width()
