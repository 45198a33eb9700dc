"""The main window: navigation, the pages, the active class, menus and shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartklasse import APP_NAME
from smartklasse.i18n import _
from smartklasse.paths import resource
from smartklasse.storage import classes
from smartklasse.ui.context import ActionCommand, AppContext, Topic
from smartklasse.ui.page import Page
from smartklasse.ui.page_scroll import PageScroll
from smartklasse.ui.pages import PAGES, page_entry
from smartklasse.ui.projection import lift_text, lift_texts
from smartklasse.ui.style import control_size, current_factor, projected_text_px, scaled
from smartklasse.ui.toast import Toast
from smartklasse.ui.window_fit import remember_window


class MainWindow(QMainWindow):
    """The app's one window. It wires pages, menus and shortcuts together."""

    #: The teacher asked for the settings dialog.
    settings_requested = Signal()
    #: The teacher asked for the About box.
    about_requested = Signal()
    #: The teacher asked to restore a backup (File menu).
    restore_requested = Signal()
    #: The teacher asked for the end-of-school-year flow (File menu).
    end_of_year_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("main_window")
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self._pages: dict[str, Page] = {}
        self._projected = False
        self._sized_for_text = (QSize(), QSize())
        self._current_key: str = self._first_page()

        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.topbar = self._build_topbar()
        outer.addWidget(self.topbar)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navbar = self._build_navbar()
        # At 200 % text on a laptop the five page buttons are taller than the screen: they scroll.
        self.nav_scroll = QScrollArea(central)
        self.nav_scroll.setObjectName("nav_scroll")
        self.nav_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.nav_scroll.setWidgetResizable(True)
        self.nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_scroll.setWidget(self.navbar)
        body.addWidget(self.nav_scroll)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("page_stack")
        # A page that needs more room than the screen has scrolls; it never grows the window
        # past the screen (the log page at 200 % text on a 1366×768 laptop).
        self.page_scroll = PageScroll(central)
        self.page_scroll.setObjectName("page_scroll")
        self.page_scroll.setWidget(self.stack)
        # The toast takes its room below the pages, beside the page buttons, which keep theirs.
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.setSpacing(0)
        pages.addWidget(self.page_scroll, 1)
        self.toast = Toast(central)
        pages.addWidget(self.toast)
        body.addLayout(pages, 1)
        outer.addLayout(body, 1)

        self.toast.undo_clicked.connect(self._undo_from_toast)
        context.toast_requested.connect(self.toast.show_message)
        context.storage_failed.connect(self.show_storage_failure)
        context.backup_purge_progress.connect(self._show_purge_progress)
        #: The message box of the last failed save (None before any); see show_storage_failure.
        self.failure_box: QMessageBox | None = None
        #: Told at start: saving would fail (read-only, disk full) / the lock file is damaged.
        self.start_fault_box: QMessageBox | None = None
        self.damaged_lock_box: QMessageBox | None = None
        # A teacher-only page opened with the PIN in pupil mode locks again after the moment.
        self._relock_timer = QTimer(self)
        self._relock_timer.setInterval(5000)
        self._relock_timer.timeout.connect(self.relock_if_due)
        self._relock_timer.start()
        context.class_changed.connect(lambda _id: self._fill_class_combo())
        context.data_changed.connect(self._on_data_changed)
        context.language_changed.connect(lambda _lang: self.retranslate())

        self._build_actions()
        self.retranslate()  # builds and shows the first page (rebuild_pages)
        self._fit_nav_scroll()

    def _first_page(self) -> str:
        # The page the teacher left, unless it needs the PIN and pupil mode is on.
        key = self.context.settings.last_page
        if key in {spec.key for spec in PAGES} and not (
            page_entry(key).teacher_only and self.context.pupil_mode
        ):
            return key
        return PAGES[0].key

    # -- building -----------------------------------------------------------------------------
    def _build_topbar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("topbar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 6, 16, 6)
        self.title_label = QLabel(APP_NAME, bar)
        self.title_label.setObjectName("app_title")
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        self.class_label = QLabel(bar)
        self.class_combo = QComboBox(bar)
        self.class_combo.setObjectName("class_combo")
        self.class_combo.setMinimumWidth(scaled(180))
        self.class_combo.setMinimumHeight(scaled(44))
        self.class_combo.activated.connect(self._on_class_chosen)
        self.class_label.setBuddy(self.class_combo)
        layout.addWidget(self.class_label)
        layout.addWidget(self.class_combo)
        self.print_button = QToolButton(bar)
        self.print_button.setObjectName("print_button")
        self.print_button.setMinimumSize(QSize(scaled(52), scaled(44)))
        self.print_button.clicked.connect(self.open_print)
        layout.addWidget(self.print_button)
        self.fullscreen_button = QToolButton(bar)
        self.fullscreen_button.setObjectName("fullscreen_button")
        self.fullscreen_button.setMinimumSize(QSize(scaled(52), scaled(44)))
        self.fullscreen_button.clicked.connect(self.toggle_full_screen)
        self.fullscreen_button.setIcon(QIcon(str(resource("icons", "fullscreen.svg"))))
        self.settings_button = QToolButton(bar)
        self.settings_button.setObjectName("settings_button")
        self.settings_button.setMinimumSize(QSize(scaled(52), scaled(44)))
        self.settings_button.clicked.connect(self.settings_requested)
        self.settings_button.setIcon(QIcon(str(resource("icons", "settings.svg"))))
        self.pupil_mode_button = QToolButton(bar)
        self.pupil_mode_button.setObjectName("pupil_mode_button")
        self.pupil_mode_button.setMinimumSize(QSize(48, 40))
        self.pupil_mode_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.pupil_mode_button)
        layout.addWidget(self.fullscreen_button)
        layout.addWidget(self.settings_button)
        # Tool buttons keep Qt's 16 px icon unless told: scale them with the text, so the
        # top bar's icons stay visible on a 4K board.
        for button in (self.fullscreen_button, self.settings_button, self.pupil_mode_button):
            button.setIconSize(QSize(scaled(24), scaled(24)))
        return bar

    def _build_navbar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("navbar")
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)  # all seven fit beside the pages on a 1366x768 screen
        self.nav_buttons: dict[str, QToolButton] = {}
        for spec in PAGES:
            button = QToolButton(bar)
            button.setObjectName(f"nav_{spec.key}")
            button.setProperty("nav", True)
            # A button (not a check box) for screen readers; the current page is marked by
            # the "current" property and said in the description.
            button.setIcon(QIcon(str(resource("icons", spec.icon))))
            button.setIconSize(QSize(scaled(40), scaled(40)))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.nav_buttons[spec.key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        return bar

    def _build_actions(self) -> None:
        ctx = self.context
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("action_undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(lambda: ctx.undo(self))
        ctx.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_action.setEnabled(ctx.undo_stack.canUndo())
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("action_redo")
        # The platform's redo keys plus Ctrl+Shift+Z and Ctrl+Y, each once: a key bound twice is
        # an "ambiguous shortcut" that Qt then ignores.
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if extra not in redo_keys:
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(lambda: ctx.redo(self))
        ctx.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.redo_action.setEnabled(ctx.undo_stack.canRedo())
        self.fullscreen_action = QAction(self)
        self.fullscreen_action.setObjectName("action_fullscreen")
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("action_settings")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested)
        self.about_action = QAction(self)
        self.about_action.setObjectName("action_about")
        self.about_action.triggered.connect(self.about_requested)
        # Printing (issue 6): the current page's own print, else the Print dialog.
        self.print_action = QAction(self)
        self.print_action.setObjectName("action_print")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.open_print)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("action_quit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self._build_safety_actions()
        self.page_actions: list[QAction] = []
        for index, spec in enumerate(PAGES):
            action = QAction(self)
            action.setObjectName(f"action_page_{spec.key}")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            self.page_actions.append(action)
        for action in (
            self.undo_action,
            self.redo_action,
            self.fullscreen_action,
            self.settings_action,
            self.print_action,
            self.quit_action,
            *self.page_actions,
        ):
            self.addAction(action)

    def _build_safety_actions(self) -> None:
        # Teacher lock, backups and the end of the school year.
        ctx = self.context
        self.pupil_mode_action = QAction(self)
        self.pupil_mode_action.setObjectName("action_pupil_mode")
        self.pupil_mode_action.setCheckable(True)
        self.pupil_mode_action.setIcon(QIcon(str(resource("icons", "lock.svg"))))
        self.pupil_mode_action.setChecked(ctx.pupil_mode)
        self.pupil_mode_action.triggered.connect(self._on_pupil_mode_triggered)
        self.pupil_mode_button.setDefaultAction(self.pupil_mode_action)
        ctx.pupil_mode_changed.connect(self._on_pupil_mode_changed)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("action_restore")
        self.restore_action.triggered.connect(self._gated(self.restore_requested.emit))
        self.end_of_year_action = QAction(self)
        self.end_of_year_action.setObjectName("action_end_of_year")
        self.end_of_year_action.triggered.connect(self._gated(self.end_of_year_requested.emit))

    def _gated(self, then: Callable[[], None]) -> Callable[[], None]:
        def run(*_args: object) -> None:
            if self.context.require_teacher(self):
                then()

        return run

    def _on_pupil_mode_triggered(self, checked: bool) -> None:
        if self.context.switch_pupil_mode(checked, self) and checked and not self.isFullScreen():
            self.showFullScreen()
        self.pupil_mode_action.setChecked(self.context.pupil_mode)

    def _on_pupil_mode_changed(self, on: bool) -> None:
        self.pupil_mode_action.setChecked(on)
        self.pupil_mode_button.setProperty("active", on)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = QMenu(_("&File"), bar)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.end_of_year_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = QMenu(_("&Edit"), bar)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = QMenu(_("&View"), bar)
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.fullscreen_action)
        view_menu.addAction(self.pupil_mode_action)
        help_menu = QMenu(_("&Help"), bar)
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, view_menu, help_menu):
            bar.addMenu(menu)
        self.file_menu = file_menu

    # -- behaviour ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Show every text in the current language, rebuilding the pages.

        Called when :attr:`AppContext.language_changed` fires.
        """
        self.setWindowTitle(APP_NAME)
        self.class_label.setText(_("Class:"))
        self.class_combo.setAccessibleName(_("Active class"))
        self.print_button.setText(_("Print…"))
        self.print_button.setToolTip(_("Print (Ctrl+P)"))
        self.print_button.setAccessibleName(_("Print"))
        self.fullscreen_button.setToolTip(_("Full screen (F11)"))
        self.fullscreen_button.setAccessibleName(_("Full screen"))
        self.settings_button.setToolTip(_("Settings (Ctrl+,)"))
        self.settings_button.setAccessibleName(_("Settings"))
        for index, spec in enumerate(PAGES):
            title = spec.translated_title()
            button = self.nav_buttons[spec.key]
            button.setText(title)
            button.setAccessibleName(title)
            button.setToolTip(f"{title} (Ctrl+{index + 1})")
            self.page_actions[index].setText(title)
        self.undo_action.setText(_("&Undo"))
        self.redo_action.setText(_("&Redo"))
        self.fullscreen_action.setText(_("&Full screen"))
        self.settings_action.setText(_("&Settings…"))
        self.about_action.setText(_("&About SMART klasse"))
        self.quit_action.setText(_("&Quit"))
        self.print_action.setText(_("&Print…"))
        self.pupil_mode_action.setText(_("Pupil mode"))
        self.pupil_mode_action.setToolTip(
            _("Pupil mode: changing, deleting and leaving need the teacher's PIN")
        )
        self.pupil_mode_button.setAccessibleName(_("Pupil mode"))
        self.restore_action.setText(_("Restore from &backup…"))
        self.end_of_year_action.setText(_("&End of school year…"))
        self._build_menus()
        self._fill_class_combo()
        self.rebuild_pages()

    def rebuild_pages(self) -> None:
        """Build the pages anew from stored data (after a language change or a restore)."""
        current = self._current_key
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        if self.stack.count() == 0 and current:
            self.show_page(current)

    def rescale(self) -> None:
        """Size the bars for the current text size and rebuild the pages (no restart needed)."""
        self.class_combo.setMinimumWidth(scaled(180))
        self.class_combo.setMinimumHeight(scaled(44))
        for button in (self.print_button, self.fullscreen_button, self.settings_button):
            button.setMinimumSize(QSize(scaled(52), scaled(44)))
        for button in self.nav_buttons.values():
            button.setIconSize(QSize(scaled(40), scaled(40)))
        # The size the teacher gave the window, not one a bigger text size forced on it.
        if self.size() != self._sized_for_text[1]:
            self._sized_for_text = (self.size(), self.size())
        wanted = self._sized_for_text[0]
        self.retranslate()
        self._fit_nav_scroll()
        if not (self.isMaximized() or self.isFullScreen()):
            layout = self.layout()
            if layout is not None:
                # The re-styled controls' new minimum sizes, through every layout, now.
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                layout.activate()  # the minimum size for the new text size, now
            free = self.screen().availableGeometry().size()
            self.resize(wanted.expandedTo(self.minimumSizeHint()).boundedTo(free))
            self._sized_for_text = (wanted, self.size())

    def _fit_nav_scroll(self) -> None:
        # As wide as the page buttons, with room for the scroll bar when they do not fit.
        # (The bar's own size hint is stale while it is hidden and not yet re-styled.)
        bar = control_size(current_factor())
        self.nav_scroll.setFixedWidth(self.navbar.sizeHint().width() + bar)
        # Never squeezed (their labels' last lines would be cut): short of room, they scroll.
        self.navbar.setMinimumHeight(self.navbar.sizeHint().height())

    def page(self, key: str) -> Page:
        """Return the page widget for ``key``, building it on first use."""
        if key not in self._pages:
            page = page_entry(key).create(self.context)
            self._pages[key] = page
            self.stack.addWidget(page)
            page.set_projection(self.height() if self._projected else 0)
        return self._pages[key]

    def current_key(self) -> str:
        """The key of the page shown now."""
        return self._current_key

    def show_page(self, key: str) -> None:
        """Show a page and mark it in the navigation."""
        if (
            page_entry(key).teacher_only
            and key != self._current_key
            and not self.context.require_teacher(self)
        ):
            return
        page = self.page(key)
        self._current_key = key
        self.context.settings.last_page = key
        self.toast.hide()  # a confirmation belongs to the page it was given on
        self.stack.setCurrentWidget(page)
        self.page_scroll.fit()
        self._mark_current(key)
        self.print_button.setVisible(page.can_print())
        page.on_shown()
        self._focus_into(page)

    def _focus_into(self, page: Page) -> None:
        # The keyboard (and a screen reader) goes to the page shown, not to the class box.
        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus):
            return
        candidate = page.nextInFocusChain()
        while candidate is not None and candidate is not page:
            if (
                page.isAncestorOf(candidate)
                and candidate.isVisibleTo(page)
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def _mark_current(self, key: str) -> None:
        for other, button in self.nav_buttons.items():
            current = other == key
            if button.property("current") is not current:
                button.setProperty("current", current)
                button.setAccessibleDescription(_("Current page") if current else "")
                button.style().unpolish(button)
                button.style().polish(button)
                # Re-styling gives the button the font it had first: lift it again.
                lift_text(
                    button, projected_text_px(self.height()) if self._projected else 0, self.font()
                )

    def is_current_in_navigation(self, key: str) -> bool:
        """True when the navigation marks page ``key`` as the one shown."""
        return self.nav_buttons[key].property("current") is True

    def open_print(self) -> None:
        """Print what the page shows if it can, otherwise open the Print dialog."""
        if not self.context.require_teacher(self):
            return
        page = self.page(self._current_key)
        if page.can_print():
            page.print_current()
            return
        from smartklasse.ui.printing.dialog import PrintDialog  # built on demand: loads reportlab

        PrintDialog(self.context, self).open()

    def project(self, on: bool) -> None:
        """Show the projected pages for the class (``on``: the window fills the screen).

        Called when the window goes full screen or back; the window's height is the screen's.
        """
        self._projected = on
        for page in self._pages.values():
            page.set_projection(self.height() if on else 0)
        # The window's own bars follow the same rule: the class sees them too.
        px = projected_text_px(self.height()) if on else 0
        lift_texts(self.topbar, px)
        lift_texts(self.navbar, px)
        lift_texts(self.toast, px)
        lift_text(self.menuBar(), px, self.font())
        self._fit_nav_scroll()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Going full screen (F11, pupil mode) projects the pages; leaving it stops that."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isFullScreen() != self._projected:
            self.project(self.isFullScreen())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """A projected window follows its screen's height."""
        super().resizeEvent(event)
        if self._projected:
            self.project(True)

    def toggle_full_screen(self) -> None:
        """Switch between full screen (for the projector) and a normal window."""
        if self.isFullScreen():
            if not self.context.require_teacher(self):
                return
            self.showNormal()
        else:
            self.showFullScreen()

    def _fill_class_combo(self) -> None:
        combo = self.class_combo
        combo.blockSignals(True)
        combo.clear()
        for school_class in classes.list_classes(self.context.db):
            combo.addItem(school_class.name, school_class.id)
        active = self.context.active_class_id
        index = combo.findData(active)
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(combo.count() > 0)
        combo.blockSignals(False)

    def _on_class_chosen(self, index: int) -> None:
        class_id = self.class_combo.itemData(index)
        if (
            class_id
            and class_id != self.context.active_class_id
            and (not self.context.require_teacher(self))
        ):
            self._fill_class_combo()
            return
        if class_id:
            self.context.set_active_class(str(class_id))

    def _on_data_changed(self, topic: Topic) -> None:
        if topic == Topic.CLASSES:
            self._fill_class_combo()

    def show_storage_failure(self, message: str) -> None:
        """Say that a save failed and what to do; the last confirmation no longer applies."""
        self.toast.hide()
        if self.failure_box is not None:
            self.failure_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, _("Not saved"), message, parent=self)
        box.setObjectName("storage_failure")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.failure_box = box
        box.open()

    def _show_purge_progress(self, done: int, total: int) -> None:
        if done < total:
            self.toast.show_message(
                _("Removing the deleted data from the backups: {done} of {total}…").format(
                    done=done, total=total
                )
            )

    def relock_if_due(self) -> None:
        """Leave a teacher-only page once the teacher's moment in pupil mode is over."""
        key = self._current_key
        if (
            self.context.pupil_mode
            and not self.context.teacher_present
            and page_entry(key).teacher_only
        ):
            first = next(spec.key for spec in PAGES if not spec.teacher_only)
            self.show_page(first)

    def _undo_from_toast(self, command: object) -> None:
        if isinstance(command, ActionCommand) and not self.context.undo_if_last(command):
            self.toast.show_message(_("That can no longer be undone from here."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Remember the settings when the window closes (in pupil mode, only with the PIN)."""
        if not self.context.require_teacher(self):
            event.ignore()
            return
        remember_window(self, self.context.settings)
        self.context.save_settings()
        super().closeEvent(event)
