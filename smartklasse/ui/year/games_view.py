"""The game library: choose a game, play it full screen, add your own, share games as files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.games import TEXT_FIELDS, Game, Space
from smartklasse.i18n import N_, _, current_language
from smartklasse.storage import games, year_files
from smartklasse.storage.ids import new_id
from smartklasse.storage.year_files import YearFileError
from smartklasse.ui import widgets
from smartklasse.ui.context import AppContext, Topic
from smartklasse.ui.style import TOUCH_TARGET
from smartklasse.ui.widgets import DESK_HEIGHT
from smartklasse.ui.year.game_player import SPACE_NAMES, GamePlayer
from smartklasse.ui.year.messages import file_error_message

FIELD_LABELS = {
    "title": N_("Title:"),
    "goal": N_("Goal:"),
    "before": N_("Before the game:"),
    "during": N_("How it goes:"),
    "after": N_("After the game:"),
    "individual": N_("Alone (I):"),
    "pair": N_("In pairs (R):"),
    "plenary": N_("All together (P):"),
}


class GameEditor(QDialog):
    """A form for the teacher's own game, in the current language."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("game_editor")
        self.setWindowTitle(_("New game"))
        self.setMinimumWidth(720)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"game_editor_{name}")
            edit.setAccessibleName(_(FIELD_LABELS[name]).rstrip(":"))
            edit.setMaxLength(year_files.MAX_TEXT_LENGTH)
            form.addRow(_(FIELD_LABELS[name]), edit)
            self.edits[name] = edit
        self.edits["after"].setText(_("Which strengths were in use?"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("game_editor_minutes")
        self.minutes.setRange(1, games.MAX_MINUTES)
        self.minutes.setValue(10)
        form.addRow(_("Minutes:"), self.minutes)
        self.space = QComboBox(self)
        self.space.setObjectName("game_editor_space")
        for space in Space:
            self.space.addItem(_(SPACE_NAMES[space]), space)
        form.addRow(_("Space:"), self.space)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("game_editor_message")
        self.message_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(
            widgets.button(
                _("Cancel"), self, "game_editor_cancel", slot=self.reject, height=DESK_HEIGHT
            )
        )
        bottom.addWidget(
            widgets.button(_("Save"), self, "game_editor_save", slot=self.save, height=DESK_HEIGHT)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bottom)

    def draft(self) -> games.GameDraft:
        """The form as a draft."""
        texts = {name: edit.text() for name, edit in self.edits.items()}
        space = self.space.currentData()
        return games.GameDraft(self.minutes.value(), space, {current_language(): texts})

    def save(self) -> None:
        """Add the game to the library (undoable) and close; a message if it is not valid."""
        try:
            draft = games.validate_draft(self.draft())
        except YearFileError as error:
            self.message_label.setText(file_error_message(error))
            return
        db, game_id = self.context.db, new_id()
        self.context.perform(
            _("New game"),
            lambda: games.create_game(db, draft, game_id),
            lambda _done: games.put_back(db, game_id, None),
            Topic.GAMES,
            toast=_("The game is in the library."),
        )
        self.accept()


class GamesView(QWidget):
    """The library on the left, the chosen game's goal and steps on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("games_view")
        self.games: list[Game] = []
        self.player: GamePlayer | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("games_list")
        self.list.setAccessibleName(_("Games and exercises"))
        self.list.setFont(widgets.bigger(self.font(), 1.3, bold=False))
        self.list.currentRowChanged.connect(lambda _row: self._show_details())
        self.details = QLabel(self)
        self.details.setObjectName("games_details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setFont(widgets.bigger(self.font(), 1.2, bold=False))
        self.message = QLabel(self)
        self.message.setObjectName("games_message")
        self.message.setWordWrap(True)
        self.play_button = widgets.button(
            _("Play the game"), self, "games_play", slot=self.play_current
        )
        self.play_button.setFont(widgets.bigger(self.font(), 1.3))
        tools = QHBoxLayout()
        for text, name, slot in (
            (_("New game…"), "games_new", self._new_game),
            (_("Import…"), "games_import", self._choose_import),
            (_("Export…"), "games_export", self._choose_export),
            (_("Remove"), "games_remove", self.remove_current),
            (_("Reset to default"), "games_reset", self.reset),
        ):
            tools.addWidget(widgets.button(text, self, name, slot=slot, height=DESK_HEIGHT))
        tools.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(tools)
        self.list.setMinimumHeight(TOUCH_TARGET * 4)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, topic: Topic) -> None:
        if topic is Topic.GAMES:
            self.reload()

    def reload(self) -> None:
        """Read the library again, keeping the chosen game."""
        shown = self.current()
        chosen = shown.id if shown else ""
        lang = current_language()
        self.games = games.list_games(self.context.db)
        self.list.blockSignals(True)
        self.list.clear()
        for game in self.games:
            QListWidgetItem(game.text(lang).title, self.list)
        self.list.blockSignals(False)
        row = next((i for i, g in enumerate(self.games) if g.id == chosen), 0)
        self.list.setCurrentRow(row if self.games else -1)
        self._show_details()

    def current(self) -> Game | None:
        """The game chosen in the list."""
        row = self.list.currentRow()
        return self.games[row] if 0 <= row < len(self.games) else None

    def choose(self, game_id: str) -> None:
        """Choose the game with ``game_id`` in the list."""
        row = next((i for i, g in enumerate(self.games) if g.id == game_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row)

    def _show_details(self) -> None:
        game = self.current()
        self.play_button.setEnabled(game is not None)
        if game is None:
            self.details.setText("")
            return
        text = game.text(current_language())
        lines = [
            f"<h2>{_escape(text.title)}</h2>",
            f"<p><b>{_('Goal')}:</b> {_escape(text.goal)}</p>",
        ]
        if text.during:
            lines.append(f"<p><b>{_('How it goes')}:</b> {_escape(text.during)}</p>")
        if game.credit:
            lines.append(f"<p><i>{_escape(_('From {source}').format(source=game.credit))}</i></p>")
        self.details.setText("".join(lines))

    def play_current(self) -> GamePlayer | None:
        """Show the chosen game full screen."""
        game = self.current()
        if game is None:
            return None
        self.player = GamePlayer(self.context, game, self.window())
        self.player.showFullScreen()
        return self.player

    def _new_game(self) -> None:
        if self.context.require_teacher(self):
            GameEditor(self.context, self).exec()

    def remove_current(self) -> None:
        """Remove the chosen game from the library (undoable; its plays stay in the log)."""
        game = self.current()
        if game is None or not self.context.require_teacher(self):
            return
        db = self.context.db
        self.context.perform(
            _("Remove game"),
            lambda: games.delete_game(db, game.id),
            lambda before: games.put_back(db, game.id, before),
            Topic.GAMES,
            toast=_("The game was removed."),
        )

    def reset(self) -> None:
        """Give the shipped games their texts back (undoable; the teacher's own games stay)."""
        if not self.context.require_teacher(self):
            return
        db = self.context.db
        self.context.perform(
            _("Reset games"),
            lambda: games.reset_games(db),
            lambda before: games.restore_games(db, before),
            Topic.GAMES,
            toast=_("The games are back to the default."),
        )

    def export_to(self, path: Path) -> bool:
        """Write the chosen game to a game file; False (with a message) on failure."""
        game = self.current()
        if game is None:
            return False
        try:
            path.write_bytes(games.export_game(game))
        except OSError as error:
            self.message.setText(_("Could not save the file: {error}").format(error=error))
            return False
        self.message.setText(_("Exported to {path}.").format(path=path))
        return True

    def import_from(self, path: Path) -> str | None:
        """Add the game in a file to the library; None (with a message) if it is unusable."""
        try:
            with path.open("rb") as fh:
                data = fh.read(year_files.MAX_FILE_BYTES + 1)
            draft = games.parse_game_file(data)
        except OSError as error:
            self.message.setText(_("Could not read the file: {error}").format(error=error))
            return None
        except YearFileError as error:
            self.message.setText(
                _("Nothing was imported. {reason}").format(reason=file_error_message(error))
            )
            return None
        db, game_id = self.context.db, new_id()
        self.context.perform(
            _("Import game"),
            lambda: games.create_game(db, draft, game_id),
            lambda _done: games.put_back(db, game_id, None),
            Topic.GAMES,
            toast=_("The game was imported."),
        )
        self.message.setText(_("The game was imported."))
        return game_id

    def _choose_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export game"), "", _("Game files (*.smartgame.json)")
        )
        if name:
            self.export_to(Path(name))

    def _choose_import(self) -> None:
        if not self.context.require_teacher(self):
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Import game"), "", _("Game files (*.json)")
        )
        if name:
            self.import_from(Path(name))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
