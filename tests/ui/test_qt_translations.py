"""Qt's own dialogs, menus and calendar speak the app's language: no English in nb and nn."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from smartklasse import i18n
from smartklasse.ui.qt_strings import QT_DIALOG_TEXTS
from smartklasse.ui.qt_translations import QT_BUTTON_TEXTS, install_qt_translations

#: Texts that are the same in Norwegian (units, abbreviations, loan words).
SAME_IN_NORWEGIAN = frozenset(
    {"&HTML:", "Alias", "CC", "DD", "Didot (DD)", "Cicero (CC)", "P̸", "Pica (P̸)"}
    | {"Standard", "Start:", "Type", "Type:", "in", "mm", "pt", "Millimeter (mm)", "OK"}
    | {"Alt+Left", "Alt+Right", "Alt+Up"}  # shortcuts Qt parses: never translated
)
ENGLISH = frozenset(QT_BUTTON_TEXTS).union(*QT_DIALOG_TEXTS.values()) - SAME_IN_NORWEGIAN


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = request.param
    i18n.set_language(lang)
    install_qt_translations(lang)
    yield lang
    i18n.set_language("nb")
    install_qt_translations("nb")


def plain(text: str) -> str:
    """A text as read: no mnemonic ampersand, no shortcut after a tab."""
    text = text.split("\t")[0]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shown_texts(widget: QWidget) -> set[str]:
    """Every text a user can read in a widget and its children."""
    texts: set[str] = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.add(child.text())
        if isinstance(child, QGroupBox):
            texts.add(child.title())
        if isinstance(child, QTabWidget):
            texts.update(child.tabText(i) for i in range(child.count()))
        if isinstance(child, QComboBox):
            texts.update(child.itemText(i) for i in range(child.count()))
        texts.add(child.toolTip())
    return {t for t in texts if t and re.search(r"[A-Za-z]", t)}


def english_in(texts: set[str]) -> set[str]:
    english = {plain(t) for t in ENGLISH} - {plain(t) for t in SAME_IN_NORWEGIAN}
    return {t for t in texts if plain(t) in english}


@pytest.mark.parametrize("language", ["nb", "nn"], indirect=True)
def test_every_qt_text_we_show_is_translated(language: str) -> None:
    untranslated = {
        (context, text)
        for context, texts in QT_DIALOG_TEXTS.items()
        for text in texts
        if text not in SAME_IN_NORWEGIAN and QCoreApplication.translate(context, text) == text
    }
    assert untranslated == set()


@pytest.mark.parametrize("language", ["nb", "nn"], indirect=True)
def test_file_colour_and_print_dialogs_show_no_english(language: str) -> None:
    files = QFileDialog(None, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    printer = QPrinter()
    printing = QPrintDialog(printer)
    for dialog in (files, colours, printing):
        texts = shown_texts(dialog)
        assert texts, dialog
        assert english_in(texts) == set(), type(dialog).__name__
    look_in = {"nb": "Se i:", "nn": "Leit i:"}[language]
    assert look_in in {plain(t) for t in shown_texts(files)}


@pytest.mark.parametrize("language", ["nb", "nn"], indirect=True)
def test_text_field_context_menu_shows_no_english(language: str) -> None:
    field = QLineEdit("Ola")
    menu = field.createStandardContextMenu()
    assert isinstance(menu, QMenu)
    texts = {a.text() for a in menu.actions() if a.text()}
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            texts |= {a.text() for a in submenu.actions() if a.text()}
    assert texts and english_in(texts) == set()
    assert {"Lim inn", "Merk alt"} <= {plain(t) for t in texts}


@pytest.mark.parametrize(
    ("lang", "name", "monday", "short_date"),
    [
        ("nb", "nb_NO", "mandag", "02.03.2026"),
        ("nn", "nn_NO", "måndag", "02.03.2026"),
        ("en", "en_GB", "Monday", "02/03/2026"),
    ],
)
def test_locale_follows_the_language(
    qapp: QApplication, lang: str, name: str, monday: str, short_date: str
) -> None:
    try:
        install_qt_translations(lang)
        locale = QLocale()
        assert locale.name() == name
        assert locale.dayName(1) == monday
        assert locale.toString(QDate(2026, 3, 2), "dd.MM.yyyy" if lang != "en" else "dd/MM/yyyy")
        assert short_date in locale.toString(QDate(2026, 3, 2), QLocale.FormatType.ShortFormat)
        calendar = QCalendarWidget()
        assert calendar.locale().dayName(1) == monday
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    finally:
        install_qt_translations("nb")


@pytest.mark.parametrize("language", ["nn"], indirect=True)
def test_our_nynorsk_wins_over_qts_where_both_have_a_text(language: str) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "&Open") == "&Opne"
    assert QCoreApplication.translate("QFileDialog", "Save As") == "Lagre som"
    # A text only Qt's own catalogue has still comes from it.
    assert QCoreApplication.translate("QShortcut", "Space") != "Space"
