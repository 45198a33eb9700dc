"""Adding many pupils at once: paste names or pick a .txt/.csv file, see a preview, confirm."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.classlist import (
    ParsedClassList,
    parse_class_list,
    parse_class_list_bytes,
    read_class_list_file,
)
from smartklasse.i18n import _, ngettext


class ImportDialog(QDialog):
    """Shows what would be added, and why any line is left out, before anything is saved."""

    def __init__(
        self,
        existing_names: Sequence[str],
        parent: QWidget | None = None,
        file_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setMinimumSize(720, 480)
        self._existing = list(existing_names)
        self._file_data: bytes | None = None
        self.parsed = ParsedClassList()

        self.paste_edit = QPlainTextEdit(self)
        self.paste_edit.setObjectName("import_paste")
        self.paste_edit.setTabChangesFocus(True)  # pasted tabs stay; the Tab key moves on
        self.paste_edit.setAccessibleName(_("Names to add, one per line"))
        self.paste_edit.setPlaceholderText(
            _("Paste the names here, one per line, or a list copied from a spreadsheet.")
        )
        self.paste_edit.textChanged.connect(self._reparse)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("import_source")
        self.source_label.setWordWrap(True)
        self.preview = QListWidget(self)
        self.preview.setObjectName("import_preview")
        self.preview.setAccessibleName(_("Pupils that will be added"))
        self.issues = QListWidget(self)
        self.issues.setObjectName("import_issues")
        self.issues.setAccessibleName(_("Lines that are left out"))
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("import_add")
        self.add_button.setProperty("primary", True)
        self.add_button.setMinimumHeight(48)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(QLabel(_("Will be added:"), self))
        right.addWidget(self.preview, 2)
        right.addWidget(QLabel(_("Left out:"), self))
        right.addWidget(self.issues, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.paste_edit, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        if file_path is not None:
            self.setWindowTitle(_("Import a class list"))
            self.load_file(file_path)
        else:
            self.setWindowTitle(_("Paste a class list"))
            self.source_label.setText(
                _("Paste the pupils' names. Nothing is saved until you confirm.")
            )
            self._reparse()

    def load_file(self, path: Path) -> None:
        """Read a class list file for the preview; unreadable files say why."""
        self.paste_edit.hide()
        try:
            self._file_data = read_class_list_file(path)
        except OSError as error:
            self._file_data = None
            self.source_label.setText(
                _("“{file}” could not be read: {reason}").format(
                    file=path.name, reason=error.strerror or str(error)
                )
            )
            self._show(ParsedClassList())
            return
        self.source_label.setText(
            _("From the file “{file}”. Nothing is saved until you confirm.").format(file=path.name)
        )
        self._reparse()

    def _reparse(self) -> None:
        if self._file_data is not None:
            parsed = parse_class_list_bytes(self._file_data, self._existing)
        else:
            parsed = parse_class_list(self.paste_edit.toPlainText(), self._existing)
        self._show(parsed)

    def _show(self, parsed: ParsedClassList) -> None:
        self.parsed = parsed
        self.preview.clear()
        self.preview.addItems(parsed.names)
        self.issues.clear()
        self.issues.addItems([issue.message() for issue in parsed.issues])
        count = 0 if parsed.blocked else len(parsed.names)
        self.add_button.setText(ngettext("Add {n} pupil", "Add {n} pupils", count).format(n=count))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setEnabled(count > 0)
        if parsed.blocked:
            self.summary.setText(
                _("Nothing can be imported from this file.") + " " + parsed.issues[0].message()
            )
        elif parsed.issues:
            self.summary.setText(
                ngettext(
                    "{n} line is left out; see the list.",
                    "{n} lines are left out; see the list.",
                    len(parsed.issues),
                ).format(n=len(parsed.issues))
            )
        else:
            self.summary.setText("")

    def names(self) -> list[str]:
        """The names to add (empty when the input is blocked)."""
        return [] if self.parsed.blocked else list(self.parsed.names)
