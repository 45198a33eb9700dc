"""One pupil's strength profile, for the teacher preparing a development conversation.

Opened on purpose from the Logg page (never the projected default), with a
clear way back to the class view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from smartklasse.domain.recognition import StrengthCard
from smartklasse.domain.strengths import Strength
from smartklasse.i18n import _, current_language, format_date, ngettext
from smartklasse.storage.log_queries import PupilProfile
from smartklasse.ui import widgets
from smartklasse.ui.log.charts import BarChart, strength_bars, task_bars
from smartklasse.ui.log.model import Labels, reflection_text


class PupilProfileView(QWidget):
    """Shows a :class:`PupilProfile`; emits what the teacher asks for, changes nothing."""

    back_requested = Signal()
    export_requested = Signal(str)
    print_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pupil_profile_view")
        self.pupil_id = ""
        self.back_button = widgets.button(
            _("← Back to the class"), self, "profile_back", slot=self.back_requested.emit
        )
        self.back_button.setAccessibleName(_("Back to the class"))
        self.back_button.setProperty("primary", True)
        self.heading = QLabel(self)
        self.heading.setObjectName("profile_heading")
        self.heading.setProperty("heading", True)
        self.heading.setWordWrap(True)
        self.heading.setFont(
            widgets.bigger(self.heading.font(), 1.4, bold=self.heading.font().bold())
        )
        self.print_button = widgets.button(
            _("Print profile"),
            self,
            "profile_print",
            slot=lambda: self.print_requested.emit(self.pupil_id),
        )
        self.set_print_available(False)
        self.export_button = widgets.button(
            _("Export this pupil's data…"),
            self,
            "profile_export",
            slot=lambda: self.export_requested.emit(self.pupil_id),
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("profile_summary")
        self.summary.setWordWrap(True)
        self.cards_label = QLabel(self)
        self.cards_label.setObjectName("profile_cards")
        self.cards_label.setWordWrap(True)
        self.strength_chart = BarChart(_("Strengths used"), horizontal=True, parent=self)
        self.strength_chart.setObjectName("profile_strength_chart")
        self.task_chart = BarChart(_("Completed tasks"), horizontal=True, parent=self)
        self.task_chart.setObjectName("profile_task_chart")
        self.reflections_model = QStringListModel(self)
        self.reflections = QListView(self)
        self.reflections.setObjectName("profile_reflections")
        self.reflections.setAccessibleName(_("Reflection answers"))
        self.reflections.setModel(self.reflections_model)
        self.reflections.setWordWrap(True)
        self.reflections.setUniformItemSizes(False)
        self.reflections.setSpacing(4)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        charts = QHBoxLayout()
        charts.addWidget(self.strength_chart, 1)
        charts.addWidget(self.task_chart, 1)
        reflections_label = QLabel(_("Reflection answers"), self)
        reflections_label.setProperty("heading", True)
        reflections_label.setBuddy(self.reflections)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.cards_label)
        layout.addLayout(charts, 3)
        layout.addWidget(reflections_label)
        layout.addWidget(self.reflections, 2)

    def set_print_available(self, available: bool) -> None:
        """Enable "Print profile" once a printed profile document exists."""
        self.print_button.setEnabled(available)
        self.print_button.setToolTip(
            "" if available else _("Printing the profile comes with the printing feature.")
        )

    def set_profile(
        self,
        profile: PupilProfile,
        strengths: Sequence[Strength],
        labels: Labels,
        period_text: str,
    ) -> None:
        """Show a pupil's profile for the period described by ``period_text``."""
        lang = current_language()
        self.pupil_id = profile.pupil_id
        self.heading.setText(_("Strength profile: {name}").format(name=profile.name))
        self.summary.setText(
            ngettext(
                "{n} completed task ({period}).",
                "{n} completed tasks ({period}).",
                profile.entry_count,
            ).format(n=profile.entry_count, period=period_text)
        )
        self.strength_chart.set_bars(strength_bars(profile.strength_counts, strengths, lang))
        self.task_chart.set_bars(task_bars(profile.tasks, labels.tasks, labels.wheels))
        lines = []
        for row in profile.reflections:
            date = format_date(dt.date.fromisoformat(row.entry_date), "medium")
            lines.append(f"{date} · {labels.task(row)}\n{reflection_text(row)}")
        if not lines:
            lines = [_("No reflection answers in this period.")]
        self.reflections_model.setStringList(lines)

    def set_cards(self, cards: Sequence[StrengthCard], strengths: Sequence[Strength]) -> None:
        """Show the strength cards the pupil has been given (hidden when there are none)."""
        lang = current_language()
        names = {s.id: s.name(lang) for s in strengths}
        given = [
            f"{names.get(c.strength_id, c.strength_id)} ({format_date(c.given_on, 'medium')})"
            + (f": {c.reason}" if c.reason else "")
            for c in cards
        ]
        self.cards_label.setText(_("Strength cards given: {cards}").format(cards="; ".join(given)))
        self.cards_label.setVisible(bool(given))
