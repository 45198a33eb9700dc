"""The first-start welcome: name the first class and paste the pupils' names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.classlist import parse_class_list
from smartklasse.domain.names import clean_name
from smartklasse.i18n import _, ngettext
from smartklasse.storage import classes
from smartklasse.storage.faults import STORAGE_ERRORS
from smartklasse.ui.context import AppContext, Topic


class WelcomeDialog(QDialog):
    """Creates the first class, with its pupils, in one step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("welcome_dialog")
        self.setWindowTitle(_("Welcome to SMART klasse"))
        self.setMinimumWidth(560)
        heading = QLabel(_("Welcome to SMART klasse"), self)
        heading.setProperty("heading", True)
        intro = QLabel(
            _(
                "Start by naming your class. You can paste the pupils' names now, "
                "one per line, or add them later on the Class page."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.class_name_edit = QLineEdit(self)
        self.class_name_edit.setObjectName("welcome_class_name")
        self.class_name_edit.setAccessibleName(_("Name of the class"))
        self.class_name_edit.setPlaceholderText(_("For example 7B"))
        self.class_name_edit.setMaxLength(60)
        self.names_edit = QPlainTextEdit(self)
        self.names_edit.setObjectName("welcome_names")
        self.names_edit.setTabChangesFocus(True)  # Tab leaves the field, as in every other one
        self.names_edit.setAccessibleName(_("Pupils' names, one per line"))
        self.names_edit.setPlaceholderText(_("Pupils' names, one per line (optional)"))
        self.summary = QLabel(self)
        self.summary.setObjectName("welcome_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            _("Create the class"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("welcome_create")
        self.create_button.setProperty("primary", True)
        self.create_button.setMinimumHeight(48)
        self.buttons.accepted.connect(self._create)
        self.class_name_edit.textChanged.connect(self._update)
        self.names_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(QLabel(_("Name of the class:"), self))
        layout.addWidget(self.class_name_edit)
        layout.addWidget(QLabel(_("Pupils:"), self))
        layout.addWidget(self.names_edit, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        parsed = parse_class_list(self.names_edit.toPlainText())
        lines = [
            ngettext(
                "{n} pupil will be added.", "{n} pupils will be added.", len(parsed.names)
            ).format(n=len(parsed.names))
        ]
        lines += [issue.message() for issue in parsed.issues[:5]]
        self.summary.setText("\n".join(lines))
        self.create_button.setEnabled(bool(clean_name(self.class_name_edit.text())))

    def _create(self) -> None:
        name = clean_name(self.class_name_edit.text())
        if not name:
            return
        parsed = parse_class_list(self.names_edit.toPlainText())
        names = [] if parsed.blocked else parsed.names
        try:
            class_id = classes.create_class(self.context.db, name, names)
        except STORAGE_ERRORS as exc:
            self.context.report_failure(exc)  # the dialog stays open with what was typed
            return
        self.context.notify(Topic.CLASSES)
        self.context.set_active_class(class_id)
        self.context.notify(Topic.PUPILS)
        self.accept()
