"""What the wizard holds while the user works through it.

Every page reads and writes this one object; Back/Next never lose what was entered because
the pages are views over it. ``config`` is the :class:`TrainingConfig` that will be trained
(and that a project file stores); the rest is what was computed from it and is not saved
(the table read from disk, the detected roles, the validation report, the result).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.training.config import TrainingConfig


class WizardState(QObject):
    """The wizard's shared model.

    Signals:
        data_changed(): The training table, its roles or the eval file changed.
        model_changed(): The chosen base model changed.
        loss_changed(): The loss or Matryoshka option changed.
        settings_changed(): Training settings or the output folder changed.
        result_ready(object): Training ended; carries the core's TrainingSummary.
        project_loaded(): A project file replaced the whole config; pages re-read it.
    """

    data_changed = Signal()
    model_changed = Signal()
    loss_changed = Signal()
    settings_changed = Signal()
    result_ready = Signal(object)
    project_loaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = TrainingConfig()
        self.table: Table | None = None
        self.roles: ColumnRoles | None = None
        self.report: Any = None  # core.data.validation.ValidationReport
        self.eval_table: Table | None = None
        self.model_path: str | None = None  # resolved local folder of config.model
        self.model_max_seq_length: int | None = None
        self.model_dimensions: int | None = None
        self.result: Any = None  # core.training TrainingSummary
        self.project_path: str | None = None

    def reset(self) -> None:
        """Forget everything (File > New)."""
        self.config = TrainingConfig()
        self.table = None
        self.roles = None
        self.report = None
        self.eval_table = None
        self.model_path = None
        self.model_max_seq_length = None
        self.model_dimensions = None
        self.result = None
        self.project_path = None
        self.project_loaded.emit()

    def load_config(self, config: TrainingConfig, project_path: str | None = None) -> None:
        """Replace the config (opening a project); pages re-read and re-detect from it."""
        self.config = config
        self.table = None
        self.roles = None
        self.report = None
        self.eval_table = None
        self.model_path = None
        self.result = None
        self.project_path = project_path
        self.project_loaded.emit()

    @property
    def shape(self) -> str | None:
        """The data's shape, once columns are known."""
        return self.roles.shape if self.roles else None
