"""The Klassen page: the classes on this machine and the active class's pupils."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.names import MAX_NAME_LENGTH, clean_name
from smartklasse.i18n import _, ngettext
from smartklasse.storage import classes, deletion
from smartklasse.storage.ids import new_id
from smartklasse.ui import widgets
from smartklasse.ui.classes.import_dialog import ImportDialog
from smartklasse.ui.classes.models import ArchivedRole, ClassListModel, IdRole, PupilListModel
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.page import Page
from smartklasse.ui.style import scaled


class ClassPage(Page):
    """Add, rename, reorder, archive and delete classes and pupils; import class lists."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db = context.db
        self.class_model = ClassListModel(db)
        self.pupil_model = PupilListModel(db)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(24)
        # The two lists come first in the keyboard's Tab order, as they always have.
        self._build_lists()
        layout.addLayout(self._build_classes(), 1)
        layout.addLayout(self._build_pupils(), 2)
        self._build_shortcuts()

        context.class_changed.connect(lambda _id: self.reload())
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- building -----------------------------------------------------------------------------
    def _build_classes(self) -> QVBoxLayout:
        # The list of classes and what can be done to one.
        self.new_class_button = widgets.button(
            _("New class…"), self, "new_class", slot=self.new_class, height=widgets.DESK_HEIGHT
        )
        self.rename_class_button = widgets.button(
            _("Rename…"), self, "rename_class", slot=self.rename_class, height=widgets.DESK_HEIGHT
        )
        self.archive_class_button = widgets.button(
            _("Archive"),
            self,
            "archive_class",
            slot=self.toggle_class_archived,
            height=widgets.DESK_HEIGHT,
        )
        self.delete_class_button = widgets.button(
            _("Delete…"), self, "delete_class", slot=self.delete_class, height=widgets.DESK_HEIGHT
        )
        self.delete_class_button.setProperty("danger", True)
        self.show_archived_classes = QCheckBox(_("Show archived classes"), self)
        self.show_archived_classes.setObjectName("show_archived_classes")
        self.show_archived_classes.setAccessibleName(_("Show archived classes"))
        self.show_archived_classes.toggled.connect(self._on_show_archived_classes)
        left = QVBoxLayout()
        heading = QLabel(_("Classes"), self)
        heading.setProperty("heading", True)
        left.addWidget(heading)
        left.addWidget(self.class_view, 1)
        left.addWidget(self.show_archived_classes)
        grid = QGridLayout()
        grid.addWidget(self.new_class_button, 0, 0)
        grid.addWidget(self.rename_class_button, 0, 1)
        grid.addWidget(self.archive_class_button, 1, 0)
        grid.addWidget(self.delete_class_button, 1, 1)
        left.addLayout(grid)
        return left

    def _build_pupils(self) -> QVBoxLayout:
        # The active class's pupils: add, paste, import, and what can be done to one.
        self.pupils_heading = QLabel(self)
        self.pupils_heading.setProperty("heading", True)
        self.add_name_edit = QLineEdit(self)
        self.add_name_edit.setObjectName("add_pupil_name")
        self.add_name_edit.setAccessibleName(_("Name of a new pupil"))
        self.add_name_edit.setPlaceholderText(_("New pupil's name, then Enter"))
        self.add_name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.add_name_edit.setMinimumHeight(widgets.DESK_HEIGHT)
        self.add_name_edit.returnPressed.connect(self.add_pupil)
        self.add_button = widgets.button(
            _("Add"), self, "add_pupil", slot=self.add_pupil, height=widgets.DESK_HEIGHT
        )
        self.paste_button = widgets.button(
            _("Paste a list…"),
            self,
            "paste_pupils",
            slot=lambda: self.import_pupils(None),
            height=widgets.DESK_HEIGHT,
        )
        self.import_button = widgets.button(
            _("Import a file…"),
            self,
            "import_pupils",
            slot=self.choose_import_file,
            height=widgets.DESK_HEIGHT,
        )
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_name_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.paste_button)
        add_row.addWidget(self.import_button)
        body = QHBoxLayout()
        body.addWidget(self.pupil_view, 1)
        body.addLayout(self._build_pupil_buttons())
        right = QVBoxLayout()
        right.addWidget(self.pupils_heading)
        right.addLayout(add_row)
        right.addLayout(body, 1)
        return right

    def _build_lists(self) -> None:
        self.class_view = QListView(self)
        self.class_view.setObjectName("class_list")
        self.class_view.setAccessibleName(_("Classes"))
        self.class_view.setModel(self.class_model)
        self.class_view.setSpacing(scaled(4))
        self.class_view.selectionModel().currentChanged.connect(self._on_class_selected)
        self.pupil_view = QListView(self)
        self.pupil_view.setObjectName("pupil_list")
        self.pupil_view.setAccessibleName(_("Pupils"))
        self.pupil_view.setModel(self.pupil_model)
        self.pupil_view.setSpacing(scaled(3))
        self.pupil_view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.pupil_view.doubleClicked.connect(lambda _i: self.rename_pupil())
        self.pupil_view.selectionModel().selectionChanged.connect(lambda *_a: self._update())

    def _build_pupil_buttons(self) -> QVBoxLayout:
        self.rename_pupil_button = widgets.button(
            _("Rename…"),
            self,
            "rename_pupil",
            slot=self.rename_pupil,
            tip="F2",
            height=widgets.DESK_HEIGHT,
        )
        self.up_button = widgets.button(
            _("Move up"),
            self,
            "pupil_up",
            slot=lambda: self.move_pupil(-1),
            tip="Alt+Up",
            height=widgets.DESK_HEIGHT,
        )
        self.down_button = widgets.button(
            _("Move down"),
            self,
            "pupil_down",
            slot=lambda: self.move_pupil(1),
            tip="Alt+Down",
            height=widgets.DESK_HEIGHT,
        )
        self.archive_pupil_button = widgets.button(
            _("Archive"),
            self,
            "archive_pupil",
            slot=self.toggle_pupil_archived,
            height=widgets.DESK_HEIGHT,
        )
        self.delete_pupil_button = widgets.button(
            _("Delete…"), self, "delete_pupil", slot=self.delete_pupils, height=widgets.DESK_HEIGHT
        )
        self.delete_pupil_button.setProperty("danger", True)
        self.show_archived_pupils = QCheckBox(_("Show archived pupils"), self)
        self.show_archived_pupils.setObjectName("show_archived_pupils")
        self.show_archived_pupils.setAccessibleName(_("Show archived pupils"))
        self.show_archived_pupils.toggled.connect(self._on_show_archived_pupils)
        side = QVBoxLayout()
        for button in (
            self.rename_pupil_button,
            self.up_button,
            self.down_button,
            self.archive_pupil_button,
            self.delete_pupil_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.show_archived_pupils)
        return side

    def _build_shortcuts(self) -> None:
        # The keys work while the pupil list has the focus.
        for key, slot in (
            ("F2", self.rename_pupil),
            ("Alt+Up", lambda: self.move_pupil(-1)),
            ("Alt+Down", lambda: self.move_pupil(1)),
            ("Delete", self.delete_pupils),
        ):
            shortcut = QShortcut(QKeySequence(key), self.pupil_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # -- state --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read classes and pupils again and keep the active class selected."""
        self.class_model.reload()
        active = self.context.active_class_id
        row = self.class_model.row_of(active)
        if row >= 0:
            self.class_view.selectionModel().setCurrentIndex(
                self.class_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._reload_pupils()

    def _reload_pupils(self) -> None:
        selected = set(self.selected_pupil_ids())
        self.pupil_model.class_id = self.context.active_class_id
        self.pupil_model.reload()
        for row, pupil_id in enumerate(self.pupil_model.ids()):
            if pupil_id in selected:
                self.pupil_view.selectionModel().select(
                    self.pupil_model.index(row), QItemSelectionModel.SelectionFlag.Select
                )
        self._update()

    def _update(self) -> None:
        school_class = classes.get_class(self.context.db, self.context.active_class_id)
        has_class = school_class is not None
        count = len([i for i in self.pupil_model.ids()])
        if school_class is not None:
            self.pupils_heading.setText(
                ngettext("{cls}: {n} pupil", "{cls}: {n} pupils", count).format(
                    cls=school_class.name, n=count
                )
            )
        else:
            self.pupils_heading.setText(_("Create a class to add pupils."))
        self.archive_class_button.setText(
            _("Bring back") if school_class is not None and school_class.archived else _("Archive")
        )
        for widget in (
            self.rename_class_button,
            self.archive_class_button,
            self.delete_class_button,
            self.add_name_edit,
            self.add_button,
            self.paste_button,
            self.import_button,
        ):
            widget.setEnabled(has_class)
        selected = self.selected_pupil_ids()
        for widget in (self.rename_pupil_button, self.up_button, self.down_button):
            widget.setEnabled(len(selected) == 1)
        for widget in (self.archive_pupil_button, self.delete_pupil_button):
            widget.setEnabled(bool(selected))
        archived = [
            bool(self.pupil_model.data(i, ArchivedRole))
            for i in self.pupil_view.selectionModel().selectedIndexes()
        ]
        self.archive_pupil_button.setText(
            _("Bring back") if archived and all(archived) else _("Archive")
        )

    def selected_pupil_ids(self) -> list[str]:
        """Ids of the selected pupils, in list order."""
        rows = sorted(i.row() for i in self.pupil_view.selectionModel().selectedIndexes())
        ids = self.pupil_model.ids()
        return [ids[r] for r in rows if r < len(ids)]

    def _on_class_selected(self) -> None:
        index = self.class_view.currentIndex()
        class_id = self.class_model.data(index, IdRole) if index.isValid() else None
        if class_id and class_id != self.context.active_class_id:
            self.context.set_active_class(str(class_id))
        else:
            self._update()

    def _on_data_changed(self, topic: Topic) -> None:
        if topic in (Topic.CLASSES, Topic.PUPILS):
            self.reload()

    def _on_show_archived_classes(self, checked: bool) -> None:
        self.class_model.show_archived = checked
        self.reload()

    def _on_show_archived_pupils(self, checked: bool) -> None:
        self.pupil_model.show_archived = checked
        self._reload_pupils()

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        name = clean_name(name) if ok else ""
        if not name:
            return None
        if len(name) > MAX_NAME_LENGTH:
            QMessageBox.warning(
                self,
                title,
                _("The name is {length} characters long; at most {max} are allowed.").format(
                    length=len(name), max=MAX_NAME_LENGTH
                ),
            )
            return None
        return name

    # -- classes ------------------------------------------------------------------------------
    def new_class(self) -> None:
        """Create a class and make it the active one (undoable)."""
        name = self._ask_name(_("New class"), _("Name of the class (for example 7B):"))
        if name is None:
            return
        db, ctx = self.context.db, self.context
        class_id = new_id()
        previous = ctx.active_class_id

        def do() -> None:
            classes.create_class(db, name, class_id=class_id)
            ctx.set_active_class(class_id)

        def undo(_done: None) -> None:
            deletion.delete_class_for_good(db, class_id)
            ctx.set_active_class(previous)

        ctx.perform(
            _("New class"),
            do,
            undo,
            Topic.CLASSES,
            toast=_("The class {name} was created.").format(name=name),
        )

    def rename_class(self) -> None:
        """Give the active class a new name (undoable)."""
        school_class = classes.get_class(self.context.db, self.context.active_class_id)
        if school_class is None:
            return
        name = self._ask_name(_("Rename class"), _("New name:"), school_class.name)
        if name is None or name == school_class.name:
            return
        db = self.context.db
        self.context.perform(
            _("Rename class"),
            lambda: classes.rename_class(db, school_class.id, name),
            lambda _done: classes.rename_class(db, school_class.id, school_class.name),
            Topic.CLASSES,
        )

    def toggle_class_archived(self) -> None:
        """Archive the active class, or bring an archived one back (undoable)."""
        school_class = classes.get_class(self.context.db, self.context.active_class_id)
        if school_class is None:
            return
        db, archived = self.context.db, school_class.archived
        self.context.perform(
            _("Archive class"),
            lambda: classes.set_class_archived(db, school_class.id, not archived),
            lambda _done: classes.set_class_archived(db, school_class.id, archived),
            Topic.CLASSES,
            toast=(_("{name} was brought back.") if archived else _("{name} was archived.")).format(
                name=school_class.name
            ),
        )

    def delete_class(self) -> None:
        """Delete the active class for good, after the teacher types its name."""
        school_class = classes.get_class(self.context.db, self.context.active_class_id)
        if school_class is None:
            return
        typed, ok = QInputDialog.getText(
            self,
            _("Delete class"),
            _(
                "This deletes {name}, all its pupils, log entries and star walls for good. "
                "It cannot be undone. Archive the class instead to keep it.\n\n"
                "Type the name of the class to delete it:"
            ).format(name=school_class.name),
        )
        if not ok:
            return
        if clean_name(typed) != school_class.name:
            QMessageBox.information(
                self, _("Delete class"), _("The name did not match. Nothing was deleted.")
            )
            return
        db = self.context.db
        if not self.context.write(
            lambda: deletion.delete_class_for_good(db, school_class.id), self
        ):
            return
        self.context.undo_stack.clear()  # older actions may refer to the deleted class
        self.context.purge_backups()  # and from every backup, in the background
        remaining = classes.list_classes(self.context.db)
        self.context.set_active_class(remaining[0].id if remaining else "")
        self.context.notify(Topic.CLASSES)
        self.context.show_toast(_("{name} was deleted.").format(name=school_class.name))

    # -- pupils -------------------------------------------------------------------------------
    def add_pupil(self) -> None:
        """Add the typed name as a pupil (undoable)."""
        name = clean_name(self.add_name_edit.text())
        class_id = self.context.active_class_id
        if not name or not class_id:
            return
        self.add_name_edit.clear()
        self._add_names([name], _("{name} was added.").format(name=name))

    def _add_names(self, names: list[str], toast: str) -> None:
        db, class_id = self.context.db, self.context.active_class_id
        ids = [new_id() for _name in names]
        self.context.perform(
            _("Add pupils"),
            lambda: classes.add_pupils(db, class_id, names, ids=ids),
            lambda _done: deletion.delete_pupils_for_good(db, ids),
            Topic.PUPILS,
            toast=toast,
        )

    def choose_import_file(self) -> None:
        """Pick a .txt or .csv class list and import it after a preview."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _("Import a class list"),
            str(Path.home()),
            _("Class lists (*.txt *.csv);;All files (*)"),
        )
        if path:
            self.import_pupils(Path(path))

    def import_pupils(self, path: Path | None) -> None:
        """Show the import preview (pasted text when ``path`` is None) and add on confirm."""
        class_id = self.context.active_class_id
        if not class_id:
            return
        existing = [
            p.name for p in classes.list_pupils(self.context.db, class_id, include_archived=True)
        ]
        dialog = ImportDialog(existing, self, path)
        if dialog.exec() and dialog.names():
            names = dialog.names()
            self._add_names(
                names,
                ngettext("{n} pupil was added.", "{n} pupils were added.", len(names)).format(
                    n=len(names)
                ),
            )

    def rename_pupil(self) -> None:
        """Rename the selected pupil (undoable)."""
        selected = self.selected_pupil_ids()
        if len(selected) != 1:
            return
        pupil_id = selected[0]
        old = next(
            p.name
            for p in classes.list_pupils(
                self.context.db, self.context.active_class_id, include_archived=True
            )
            if p.id == pupil_id
        )
        name = self._ask_name(_("Rename pupil"), _("New name:"), old)
        if name is None or name == old:
            return
        db = self.context.db
        self.context.perform(
            _("Rename pupil"),
            lambda: classes.rename_pupil(db, pupil_id, name),
            lambda _done: classes.rename_pupil(db, pupil_id, old),
            Topic.PUPILS,
        )

    def move_pupil(self, step: int) -> None:
        """Move the selected pupil up or down the list (undoable)."""
        selected = self.selected_pupil_ids()
        if len(selected) != 1:
            return
        order = self.pupil_model.ids()
        row = order.index(selected[0])
        target = row + step
        if not 0 <= target < len(order):
            return
        new_order = list(order)
        new_order[row], new_order[target] = new_order[target], new_order[row]
        db, class_id = self.context.db, self.context.active_class_id
        self.context.perform(
            _("Move pupil"),
            lambda: classes.reorder_pupils(db, class_id, new_order),
            lambda _done: classes.reorder_pupils(db, class_id, order),
            Topic.PUPILS,
        )

    def toggle_pupil_archived(self) -> None:
        """Archive the selected pupils (kept in the log), or bring them back (undoable)."""
        indexes = self.pupil_view.selectionModel().selectedIndexes()
        if not indexes:
            return
        states = {
            str(self.pupil_model.data(i, IdRole)): bool(self.pupil_model.data(i, ArchivedRole))
            for i in indexes
        }
        archive = not all(states.values())
        db = self.context.db

        self.context.perform(
            _("Archive pupils"),
            lambda: classes.set_pupils_archived(db, dict.fromkeys(states, archive)),
            lambda _done: classes.set_pupils_archived(db, states),
            Topic.PUPILS,
            toast=ngettext(
                "{n} pupil was archived.", "{n} pupils were archived.", len(states)
            ).format(n=len(states))
            if archive
            else None,
        )

    def delete_pupils(self) -> None:
        """Delete the selected pupils for good after a confirmation; this cannot be undone."""
        selected = self.selected_pupil_ids()
        if not selected:
            return
        answer = QMessageBox.question(
            self,
            _("Delete pupils"),
            ngettext(
                "Delete {n} pupil for good, with the log entries only they took part in and "
                "their reflections? This cannot be undone. Archive instead to keep the log.",
                "Delete {n} pupils for good, with the log entries only they took part in and "
                "their reflections? This cannot be undone. Archive instead to keep the log.",
                len(selected),
            ).format(n=len(selected)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.db
        if not self.context.write(lambda: deletion.delete_pupils_for_good(db, selected), self):
            return
        self.context.undo_stack.clear()  # older actions may refer to the deleted pupils
        self.context.purge_backups()  # and from every backup, in the background
        self.context.notify(Topic.PUPILS)
        self.context.notify(Topic.LOG)  # entries they alone took part in went with them
        self.context.show_toast(
            ngettext(
                "{n} pupil was deleted for good.",
                "{n} pupils were deleted for good.",
                len(selected),
            ).format(n=len(selected))
        )
