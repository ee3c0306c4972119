"""What the wizard holds while the user works through it.

Every page reads and writes this one object; Back/Next never lose what was entered because
the pages are views over it. ``config`` is the :class:`TrainingConfig` that will be trained
(and that a project file stores); the rest is what was computed from it and is not saved
(the table read from disk, the detected roles, the validation report, the results).

What a change makes stale is declared in :mod:`desktop_app.core.wizard_steps`; this object
applies it (``stale``) and keeps every finished run of the session (``runs``): a finished
run is never invalidated by later edits, only replaced as "the result shown" by the next one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.runs import RunRecord
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.wizard_steps import invalidated_by


class WizardState(QObject):
    """The wizard's shared model.

    Signals:
        data_changed(): The training table, its roles or the eval file changed.
        model_changed(): The chosen base model changed.
        loss_changed(): The loss or Matryoshka option changed.
        settings_changed(): Training settings or the output folder changed.
        result_ready(object): Training ended; carries the core's TrainingSummary.
        project_loaded(): A project file replaced the whole config; pages re-read it.
        invalidated(object): A change made these things stale (a tuple of names from
            ``core.wizard_steps.INVALIDATES``).
        runs_changed(): A run finished or an earlier one was opened.
    """

    data_changed = Signal()
    model_changed = Signal()
    loss_changed = Signal()
    settings_changed = Signal()
    result_ready = Signal(object)
    project_loaded = Signal()
    invalidated = Signal(object)
    runs_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = TrainingConfig()
        self.table: Table | None = None
        self.roles: ColumnRoles | None = None
        self.report: Any = None  # core.data.validation.ValidationReport
        self.token_report: Any = None  # the same, checked with the chosen model's tokenizer
        self.token_report_key: tuple[str | None, int] | None = None  # (model folder, table id)
        self.eval_table: Table | None = None
        self.model_path: str | None = None  # resolved local folder of config.model
        self.model_max_seq_length: int | None = None
        self.model_dimensions: int | None = None
        self.result: Any = None  # the result shown: a TrainingSummary or a saved summary dict
        self.runs: list[str] = []  # output folders of the runs finished in this session
        self.stale: set[str] = set()  # what the last changes made stale (see wizard_steps)
        self.project_path: str | None = None
        self._seen_shape: str | None = None
        self._seen_model: str | None = None
        self.data_changed.connect(self._on_data_changed)
        self.model_changed.connect(self._on_model_changed)

    def _mark_stale(self, change: str) -> None:
        names = invalidated_by(change)
        if names:
            self.stale.update(names)
            self.invalidated.emit(names)

    @Slot()
    def _on_data_changed(self) -> None:
        """New data whose shape differs makes the roles and the loss choice stale."""
        shape = self.shape
        if shape is not None and self._seen_shape is not None and shape != self._seen_shape:
            self._mark_stale("data")
        if shape is not None:
            self._seen_shape = shape

    @Slot()
    def _on_model_changed(self) -> None:
        """Another base model makes the loss check (its vector sizes) stale."""
        model = self.model_path or self.config.model or None
        if model and self._seen_model and model != self._seen_model:
            self._mark_stale("model")
        if model:
            self._seen_model = model

    def clear_stale(self, *names: str) -> None:
        """The user has looked at these again (entering the step that owns them)."""
        self.stale.difference_update(names)

    def add_finished_run(self, summary: Any) -> None:
        """Record a finished run: it becomes the result shown, and stays listed for good."""
        folder = str(getattr(summary, "output_dir", "") or "")
        if isinstance(summary, dict):
            folder = str(summary.get("output_dir") or "")
        if folder and folder not in self.runs:
            self.runs.append(folder)
        self.result = summary
        self.runs_changed.emit()

    def open_run(self, record: RunRecord) -> None:
        """Show an earlier run's result (its saved summary) on the Result page."""
        summary = dict(record.summary)
        summary.setdefault("output_dir", record.output_dir)
        self.result = summary
        self.runs_changed.emit()
        self.result_ready.emit(summary)

    def reset(self) -> None:
        """Forget everything (File > New)."""
        self.config = TrainingConfig()
        self.table = None
        self.roles = None
        self.report = None
        self.token_report = None
        self.eval_table = None
        self.model_path = None
        self.model_max_seq_length = None
        self.model_dimensions = None
        self.result = None
        self.runs = []
        self.stale = set()
        self._seen_shape = self._seen_model = None
        self.project_path = None
        self.project_loaded.emit()

    def load_config(self, config: TrainingConfig, project_path: str | None = None) -> None:
        """Replace the config (opening a project); pages re-read and re-detect from it."""
        self.config = config
        self.table = None
        self.roles = None
        self.report = None
        self.token_report = None
        self.eval_table = None
        self.model_path = None
        self.result = None
        self.stale = set()
        self._seen_shape = self._seen_model = None
        self.project_path = project_path
        self.project_loaded.emit()

    @property
    def shape(self) -> str | None:
        """The data's shape, once columns are known."""
        return self.roles.shape if self.roles else None
