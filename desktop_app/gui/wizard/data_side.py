"""The Data page's right-hand panel: its boxes, top to bottom, in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop_app.gui.settings import AppSettings
from desktop_app.gui.wizard.data_checks import ProblemsBox, WarningsBox
from desktop_app.gui.wizard.data_columns import LabelQuestion, RolesBox, ShapeBox
from desktop_app.gui.wizard.data_eval import EvalBox
from desktop_app.gui.wizard.data_reading import ReadingBox
from desktop_app.gui.wizard.state import WizardState


class DataSidePanel(QScrollArea):
    """Shape, roles, the label question, reading, evaluation, notes and problems."""

    def __init__(
        self,
        state: WizardState,
        settings: AppSettings,
        file_filter: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shape_box = ShapeBox()
        self.roles_box = RolesBox()
        self.label_question = LabelQuestion()
        self.reading_box = ReadingBox()
        self.eval_box = EvalBox(state, settings, file_filter)  # also a drop target
        self.warnings_box = WarningsBox(state)
        self.problems_box = ProblemsBox()
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(4, 0, 12, 0)
        layout.setSpacing(14)
        for box in (
            self.shape_box,
            self.roles_box,
            self.label_question,
            self.reading_box,
            self.eval_box,
            self.warnings_box,
            self.problems_box,
        ):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(side)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(360)
