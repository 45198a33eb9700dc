"""Qt's own strings (buttons, file, print and colour dialogs, menus) and locale in our language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from smartklasse.i18n import BABEL_LOCALES, N_, _, normalise_language
from smartklasse.ui.qt_strings import QT_DIALOG_TEXTS

# Buttons of QMessageBox, QDialogButtonBox and friends. Qt ships no bokmål
# catalogue, so these come from our own catalogues for every language.
QT_BUTTON_TEXTS = (
    N_("OK"),
    N_("Cancel"),
    N_("&Yes"),
    N_("&No"),
    N_("Yes"),
    N_("No"),
    N_("Save"),
    N_("&Save"),
    N_("Open"),
    N_("&Open"),
    N_("Close"),
    N_("Apply"),
    N_("Discard"),
    N_("Don't Save"),
    N_("Reset"),
    N_("Restore Defaults"),
    N_("Help"),
    N_("Retry"),
    N_("Ignore"),
    N_("Abort"),
    N_("Save All"),
    N_("Yes to &All"),
    N_("N&o to All"),
    N_("&OK"),
    N_("&Cancel"),
    N_("&Close"),
    N_("Show Details..."),
    N_("Hide Details..."),
)
_QT_TEXTS = frozenset(QT_BUTTON_TEXTS).union(*QT_DIALOG_TEXTS.values())


class ButtonTranslator(QTranslator):
    """Translates Qt's buttons, dialogs and menus through our own catalogues.

    Texts we do not know go to Qt's own catalogue for the language (``shipped``),
    so ours win where both have a text (our glossary, e-infinitives in nynorsk).
    """

    def __init__(self, parent: QObject, shipped: QTranslator | None = None) -> None:
        super().__init__(parent)
        self.shipped = shipped

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        # PySide cannot return Qt's "no translation" (a null string): an empty string would
        # blank the text, so unknown texts come back as they are.
        if source_text in _QT_TEXTS:
            return _(source_text)
        if self.shipped is not None:
            return self.shipped.translate(context, source_text, disambiguation, n) or source_text
        return source_text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


_installed: list[QTranslator] = []


def qt_locale(lang: str) -> QLocale:
    """The Qt locale of a UI language: nb_NO, nn_NO or en_GB (dates, numbers, calendar)."""
    return QLocale(BABEL_LOCALES[normalise_language(lang)])


def install_qt_translations(lang: str, parent: QObject | None = None) -> None:
    """Set the locale, install Qt's shipped catalogue for ``lang`` (if any) and ours."""
    QLocale.setDefault(qt_locale(lang))
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    shipped: QTranslator | None = QTranslator(parent or app)
    if lang == "nb" or shipped is None or not shipped.load(f"qtbase_{lang}", qt_dir):
        shipped = None  # Qt has no bokmål catalogue
    ours = ButtonTranslator(parent or app, shipped)
    app.installTranslator(ours)
    _installed.append(ours)
