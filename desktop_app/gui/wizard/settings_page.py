"""Wizard page 4: how long and how hard to train, where to save, and how long it will take.

Defaults come from the data size and the device (``suggest_defaults`` + ``pick_device``), so
a user who changes nothing gets a sensible run. Each setting has a one-line explanation;
the rarely needed ones sit in a collapsible Advanced section. The output folder gets a
readable default name and an existing, non-empty folder is never replaced without asking.
Before starting, an estimate of the training time is shown and called an estimate.

Every number is checked by the core's :func:`setting_problems` (the same check the command
line and every run use); its message shows next to the input and blocks Next while it
stands. A model that comes with its own program code is only used after the user allows it
in a dialog that names the model and its source; that permission, like replacing a folder,
belongs to this session and never comes from (or goes into) a project file.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import paths
from desktop_app.core.runs import folder_is_free, fresh_output_dir, next_free_output_dir
from desktop_app.core.training.config import SettingProblem, setting_problems
from desktop_app.core.training.plan import AUTOMATIC_DESCRIPTION, plan_training
from desktop_app.gui.dialogs import RemoteCodeDialog
from desktop_app.gui.widgets.styles import scrolling_column
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState

#: Seconds of one CPU training step of 16 examples of 64 tokens with a ~90 MB model
#: (all-MiniLM-L6-v2 on this project's two shared cores); other sizes scale from it.
_ASSUMED_CPU_STEP_S = 1.1
#: A GPU is assumed this many times faster than the CPU.
_GPU_SPEEDUP = 15.0
_REFERENCE_MB = 90.0
_SPEED_FILE = "training_speed.json"
_LEARNING_RATES = ("1e-5", "2e-5", "3e-5", "5e-5", "1e-4")
_PRECISIONS = (
    ("auto", "Automatic (fastest the device supports)"),
    ("fp32", "Full precision (fp32)"),
    ("fp16", "Half precision (fp16, GPUs)"),
    ("bf16", "bfloat16 (newer GPUs)"),
)


# -- speed: measured after each run, assumed before the first -------------------------
def _speed_path() -> Path:
    return paths.app_data_dir() / _SPEED_FILE


def record_speed(
    model: str, device: str, seconds_per_step: float, batch_size: int, max_seq_length: int
) -> None:
    """Remember how fast training ran with ``model`` on ``device``, for later estimates."""
    if seconds_per_step <= 0 or batch_size <= 0 or max_seq_length <= 0:
        return
    path = _speed_path()
    try:
        data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        data = {}
    data[f"{device}|{model}"] = seconds_per_step / (batch_size * max_seq_length)
    path.write_text(json.dumps(data, indent=1), "utf-8")


def measured_unit(model: str, device: str) -> float | None:
    """Return the measured seconds per (example × token) for ``model``, if a run measured it."""
    try:
        data = json.loads(_speed_path().read_text("utf-8"))
        value = float(data[f"{device}|{model}"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return value if value > 0 else None


def model_size_mb(ref: str, local_path: str | None) -> float:
    """Return the model's size in MB: the catalogue's figure or the weights on disk."""
    from desktop_app.core.catalog.models import find_model

    spec = find_model(ref)
    if spec is not None and spec.size_mb:
        return float(spec.size_mb)
    folder = Path(local_path or ref)
    if folder.is_dir():
        weights = [*folder.glob("*.safetensors"), *folder.glob("*.bin")]
        total = sum(p.stat().st_size for p in weights)
        if total:
            return total / 1e6
    return _REFERENCE_MB


def estimate_training(
    *,
    train_rows: int,
    epochs: float,
    batch_size: int,
    max_steps: int | None,
    max_seq_length: int,
    device: str,
    size_mb: float,
    measured: float | None = None,
) -> tuple[int, float, bool]:
    """Return (steps, seconds, measured?) for a run.

    Seconds per step scale with batch size × max length and the model's size; a speed
    measured on an earlier run with the same model replaces the assumption.
    """
    steps = max(1, math.ceil(max(1, train_rows) / max(1, batch_size)) * epochs)
    steps = math.ceil(steps)
    if max_steps:
        steps = min(steps, max_steps) if train_rows else max_steps
    if measured is not None:
        unit = measured
    else:
        unit = _ASSUMED_CPU_STEP_S / (16 * 64) * (size_mb / _REFERENCE_MB)
        if device != "cpu":
            unit /= _GPU_SPEEDUP
    seconds = steps * unit * batch_size * max_seq_length
    return int(steps), seconds, measured is not None


def format_duration(seconds: float) -> str:
    """Return a rounded, readable duration ("about 40 seconds", "about 2 hours 10 minutes")."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"about {max(5, round(seconds / 5) * 5)} seconds"
    minutes = seconds / 60
    if minutes < 90:
        m = round(minutes)
        return f"about {m} minute{'s' if m != 1 else ''}"
    hours, rest = divmod(round(minutes), 60)
    return f"about {hours} hour{'s' if hours != 1 else ''} {rest} minutes"


def format_rate(value: float) -> str:
    """Return a learning rate the way people write it ("2e-5", "0.001" stays readable)."""
    text = f"{value:g}"
    if "e-0" in text:
        text = text.replace("e-0", "e-")
    return text


def _slug(text: str) -> str:
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-._")
    return text[:40] or "model"


def default_output_dir(data_file: str, model: str, today: date | None = None) -> Path:
    """Return a new, readable folder name: ``<data name>-<model short>-<date>`` (made unique)."""
    data_name = _slug(Path(data_file).stem) if data_file else "data"
    model_short = _slug(model.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1])
    stamp = (today or date.today()).isoformat()
    base = paths.trained_models_dir() / f"{data_name}-{model_short}-{stamp}"
    candidate, n = base, 2
    while candidate.exists():
        candidate = base.with_name(f"{base.name}-{n}")
        n += 1
    return candidate


_ERROR_STYLE = "QLabel { color: #b3261e; }"


def _folder_has_files(path: Path) -> bool:
    return path.is_dir() and any(path.iterdir())


def _explained(editor: QWidget, text: str) -> QWidget:
    """Put a one-line grey explanation under an editor."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(1)
    layout.addWidget(editor)
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
    layout.addWidget(hint)
    return box


class SettingsPage(WizardPage):
    """Training settings, output folder and time estimate; writes them into ``config``."""

    title = "Training settings"
    subtitle = (
        "These defaults were chosen for your data and this computer. You can start right away "
        "or adjust them."
    )

    def __init__(
        self, state: WizardState, parent: QWidget | None = None, *, device: str | None = None
    ) -> None:
        """Build the page.

        Args:
            state: The wizard state.
            parent: Qt parent.
            device: The training device; None = detect it in the background (importing torch
                off the GUI thread), assuming the CPU until then.
        """
        super().__init__(state, parent)
        self.device = device or "cpu"
        self._device_known = device is not None
        self._device_task = None
        self._loading = False
        self._user_set: set[str] = set()
        self._defaults_key: tuple | None = None
        self._auto_output: str | None = None
        self._auto_key: tuple[str, str] | None = None
        self._confirmed_overwrite: str | None = None
        self._trusted_model: str | None = None  # the model folder whose code the user allowed
        self._error_labels: dict[str, QLabel] = {}
        self._build()
        state.project_loaded.connect(self._on_project_loaded)
        state.data_changed.connect(self._on_inputs_changed)
        state.model_changed.connect(self._on_inputs_changed)

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll, layout = scrolling_column()
        self.defaults_label = QLabel()
        self.defaults_label.setWordWrap(True)
        self.defaults_label.setToolTip(AUTOMATIC_DESCRIPTION)
        layout.addWidget(self.defaults_label)
        # Honest results (issue 9): "Find the best settings for me" within a time the user sets.
        search_row = QHBoxLayout()
        self.search_box = QCheckBox("Find the &best settings for me, within")
        self.search_box.setObjectName("searchBox")
        self.search_box.setToolTip(
            "Trains several times with different settings, measures each on the same rows "
            "kept apart, and keeps the best model."
        )
        self.search_minutes = QSpinBox()
        self.search_minutes.setObjectName("searchMinutes")
        self.search_minutes.setRange(5, 24 * 60)
        self.search_minutes.setValue(30)
        self.search_minutes.setSuffix(" minutes")
        self.search_minutes.setEnabled(False)
        self.search_box.toggled.connect(self.search_minutes.setEnabled)
        self.search_box.toggled.connect(lambda _on: self._on_edited("search_minutes"))
        self.search_minutes.valueChanged.connect(lambda _v: self._on_edited("search_minutes"))
        search_row.addWidget(self.search_box)
        search_row.addWidget(self.search_minutes)
        search_row.addStretch(1)
        layout.addLayout(search_row)

        form = QFormLayout()
        self.epochs = QDoubleSpinBox()
        self.epochs.setRange(0.1, 100.0)
        self.epochs.setDecimals(1)
        self.epochs.setSingleStep(0.5)
        form.addRow(
            "&Epochs:",
            _explained(self.epochs, "How many times the model reads all your examples."),
        )
        self.batch_size = QSpinBox()
        self.batch_size.setRange(2, 1024)
        form.addRow(
            "&Batch size:",
            _explained(
                self.batch_size,
                "Examples learned from together; bigger is often better but needs more memory.",
            ),
        )
        self.learning_rate = QComboBox()
        self.learning_rate.setEditable(True)
        self.learning_rate.addItems(_LEARNING_RATES)
        form.addRow(
            "&Learning rate:",
            _explained(
                self.learning_rate,
                "How big each correction is; smaller is safer, larger learns faster.",
            ),
        )
        self.max_seq_length = QSpinBox()
        self.max_seq_length.setRange(8, 8192)
        self.max_seq_length.setSingleStep(16)
        self.max_seq_length.setSuffix(" tokens")
        form.addRow(
            "&Max length:",
            _explained(
                self.max_seq_length,
                "Longer texts are cut here; shorter is faster, too short loses meaning.",
            ),
        )
        layout.addLayout(form)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText("Advanced")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._on_advanced_toggled)
        layout.addWidget(self.advanced_toggle)
        self.advanced = QWidget()
        adv = QFormLayout(self.advanced)
        self.warmup = QDoubleSpinBox()
        self.warmup.setRange(0.0, 0.5)
        self.warmup.setSingleStep(0.05)
        self.warmup.setDecimals(2)
        adv.addRow("&Warm-up:", _explained(self.warmup, "Share of steps that start gently."))
        self.weight_decay = QDoubleSpinBox()
        self.weight_decay.setRange(0.0, 0.5)
        self.weight_decay.setSingleStep(0.01)
        self.weight_decay.setDecimals(3)
        adv.addRow(
            "Weight &decay:",
            _explained(self.weight_decay, "Keeps the model from memorising; 0.01 is usual."),
        )
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_147_483_647)
        adv.addRow("&Seed:", _explained(self.seed, "The same seed gives the same run again."))
        self.precision = QComboBox()
        for key, label in _PRECISIONS:
            self.precision.addItem(label, key)
        adv.addRow(
            "&Precision:",
            _explained(self.precision, "Number format; automatic is right almost always."),
        )
        self.eval_steps = QSpinBox()
        self.eval_steps.setRange(0, 1_000_000)
        self.eval_steps.setSpecialValueText("automatic")
        adv.addRow(
            "E&valuate every:",
            _explained(self.eval_steps, "Steps between quality checks during training."),
        )
        self.save_steps = QSpinBox()
        self.save_steps.setRange(0, 1_000_000)
        self.save_steps.setSpecialValueText("automatic")
        adv.addRow(
            "&Checkpoint every:",
            _explained(self.save_steps, "Steps between checkpoints, to resume a stopped run."),
        )
        self.max_steps = QSpinBox()
        self.max_steps.setRange(0, 10_000_000)
        self.max_steps.setSpecialValueText("no limit")
        adv.addRow(
            "Stop &after:",
            _explained(self.max_steps, "Steps at most, whatever the epochs (for a quick try)."),
        )
        self.advanced.setVisible(False)
        layout.addWidget(self.advanced)

        out_row = QHBoxLayout()
        self.output_edit = QLineEdit()
        self.output_edit.setAccessibleName("Output folder")
        self.browse_button = QPushButton("C&hoose…")
        out_row.addWidget(self.output_edit, 1)
        out_row.addWidget(self.browse_button)
        # -- issue 11 hook (wizard helper): one click to the next free folder name --
        self.free_name_button = QPushButton()
        self.free_name_button.setObjectName("useFreeFolderButton")
        self.free_name_button.setToolTip("Save the new model in a new folder beside this one.")
        self.free_name_button.clicked.connect(self.use_next_free_output_dir)
        self.free_name_button.hide()
        out_row.addWidget(self.free_name_button)
        self.completeness_changed.connect(self._sync_free_name_button)
        # -- end of issue 11 hook --
        out_box = QWidget()
        out_box.setLayout(out_row)
        out_row.setContentsMargins(0, 0, 0, 0)
        out_form = QFormLayout()
        out_form.addRow(
            "Save the model &in:",
            _explained(out_box, "A new folder for the trained model, its card and its plots."),
        )
        layout.addLayout(out_form)
        self.output_edit.editingFinished.connect(self._on_output_edited)
        self.browse_button.clicked.connect(self._on_browse)

        self.remote_code_box = QWidget()
        code_row = QHBoxLayout(self.remote_code_box)
        code_row.setContentsMargins(0, 0, 0, 0)
        self.remote_code_label = QLabel()
        self.remote_code_label.setWordWrap(True)
        self.remote_code_button = QPushButton("Allow its code…")
        self.remote_code_button.clicked.connect(self.allow_remote_code)
        code_row.addWidget(self.remote_code_label, 1)
        code_row.addWidget(self.remote_code_button)
        self.remote_code_box.setVisible(False)
        layout.addWidget(self.remote_code_box)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("settingsProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(_ERROR_STYLE)
        self.problems_label.setVisible(False)
        layout.addWidget(self.problems_label)

        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-radius: 4px; padding: 8px; }"
        )
        layout.addWidget(self.estimate_label)
        self.package_button = QPushButton("Run on another &machine…")
        self.package_button.setObjectName("packageRunButton")
        self.package_button.setToolTip(
            "Pack these settings and your data to train on a bigger computer."
        )
        self.package_button.clicked.connect(self.open_package_run_dialog)
        layout.addWidget(self.package_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        outer.addWidget(scroll)

        for name, widget in self._editors().items():
            error = QLabel()
            error.setObjectName(f"{name}Error")
            error.setWordWrap(True)
            error.setStyleSheet(_ERROR_STYLE)
            error.setVisible(False)
            widget.parentWidget().layout().addWidget(error)
            self._error_labels[name] = error
            signal = (
                widget.currentTextChanged if isinstance(widget, QComboBox) else widget.valueChanged
            )
            signal.connect(lambda *_a, n=name: self._on_edited(n))

    def _editors(self) -> dict[str, QWidget]:
        return {
            "epochs": self.epochs,
            "batch_size": self.batch_size,
            "learning_rate": self.learning_rate,
            "max_seq_length": self.max_seq_length,
            "warmup_ratio": self.warmup,
            "weight_decay": self.weight_decay,
            "seed": self.seed,
            "precision": self.precision,
            "eval_steps": self.eval_steps,
            "save_steps": self.save_steps,
            "max_steps": self.max_steps,
        }

    # -- numbers from the state ---------------------------------------------------------
    def data_rows(self) -> int:
        """Rows of the training table (0 before data are chosen)."""
        table = self.state.table
        return len(table.frame) if table is not None else 0

    def train_rows(self) -> int:
        """Rows left for training once the evaluation share is held out."""
        rows = self.data_rows()
        config = self.state.config
        if config.eval_file or not config.eval_fraction:
            return rows
        from desktop_app.core.training.plan import held_out_split  # the run's own rule

        return held_out_split(rows, config.eval_fraction).train_rows

    def _model_max_length(self) -> int:
        return int(self.state.model_max_seq_length or 512)

    def _suggested_max_length(self) -> int:
        """The model's max length, shortened to what the data need (rounded up to 32)."""
        limit = self._model_max_length()
        stats = getattr(self.state.report, "token_stats", None) or {}
        longest = None
        for key in ("p99", "p95", "max"):
            if isinstance(stats.get(key), int | float):
                longest = float(stats[key])
                break
        if longest is None:
            return min(limit, 256)
        return int(min(limit, max(32, math.ceil((longest + 2) / 32) * 32)))

    # -- state -> view ----------------------------------------------------------------
    def on_enter(self) -> None:
        """Fill the editors from the config, applying defaults where the user set nothing."""
        if not self._device_known and self._device_task is None:
            self._detect_device()
        self._apply_defaults_if_needed()
        self._load_from_config()
        self._ensure_output_dir()
        self._sync_remote_code()
        self._show_problems()
        self._update_estimate()
        self.completeness_changed.emit()

    def on_leave(self) -> None:
        """Commit the editors into the config."""
        self._write_config()

    def _apply_defaults_if_needed(self) -> None:
        key = (self.train_rows(), self.device, self._device_known, self._model_max_length())
        if key == self._defaults_key:
            return
        self._defaults_key = key
        rows = self.train_rows()
        config = self.state.config
        plan = (
            plan_training(
                rows,
                shape=self.state.shape or "scored-pairs",
                device=self.device,
                held_out_rows=max(0, self.data_rows() - rows),
            )
            if rows
            else None
        )  # the same plan ``main.py train`` uses (core/training/plan.py)
        values = {
            "epochs": plan.epochs if plan else None,
            "batch_size": plan.batch_size if plan else None,
            "learning_rate": plan.learning_rate if plan else None,
            "warmup_ratio": plan.warmup_ratio if plan else None,
            "max_seq_length": self._suggested_max_length(),
        }
        for name, value in values.items():
            if value is not None and name not in self._user_set:
                setattr(config, name, value)
        where = (
            "a graphics card (GPU)"
            if self.device == "cuda"
            else ("Apple's GPU" if self.device == "mps" else "this computer's processor (CPU)")
        )
        checking = "" if self._device_known else " (checking for a graphics card…)"
        self.defaults_label.setText(
            f"Suggested for <b>{rows:,}</b> training rows on {where}{checking}."
            if rows
            else "Choose your data first; the suggestions depend on how many rows it has."
        )

    def _load_from_config(self) -> None:
        config = self.state.config
        self._loading = True
        try:
            self.epochs.setValue(float(config.epochs))
            self.search_box.setChecked(bool(config.search_minutes))
            if config.search_minutes:
                self.search_minutes.setValue(round(config.search_minutes))
            self.batch_size.setValue(int(config.batch_size))
            self.learning_rate.setCurrentText(format_rate(config.learning_rate))
            self.max_seq_length.setMaximum(max(8, self._model_max_length()))
            self.max_seq_length.setValue(int(config.max_seq_length or self._suggested_max_length()))
            self.warmup.setValue(float(config.warmup_ratio))
            self.weight_decay.setValue(float(config.weight_decay))
            self.seed.setValue(int(config.seed))
            self.precision.setCurrentIndex(max(0, self.precision.findData(config.precision)))
            self.eval_steps.setValue(int(config.eval_steps or 0))
            self.save_steps.setValue(int(config.save_steps or 0))
            self.max_steps.setValue(int(config.max_steps or 0))
            self.output_edit.setText(config.output_dir)
        finally:
            self._loading = False
        self._write_config()

    def _ensure_output_dir(self) -> None:
        """Give a readable default folder unless the user chose one."""
        config = self.state.config
        # issue 11 hook: after a finished run its folder holds a model; the next run gets
        # the next free name (name-2, name-3...) instead of a dead end
        ours = config.output_dir and config.output_dir in (self._auto_output, *self.state.runs)
        if ours and not config.overwrite and not folder_is_free(Path(config.output_dir)):
            self._auto_output = str(fresh_output_dir(config.output_dir))
            self._auto_key = (config.data_file, config.model)
            config.output_dir = self._auto_output
            self.output_edit.setText(self._auto_output)
            self.state.settings_changed.emit()
            return
        if config.output_dir and config.output_dir != self._auto_output:
            return  # the user's (or a project's) choice
        key = (config.data_file, config.model)
        if config.output_dir and key == self._auto_key:
            return
        self._auto_key = key
        self._auto_output = str(default_output_dir(config.data_file, config.model))
        config.overwrite = False
        config.output_dir = self._auto_output
        self.output_edit.setText(self._auto_output)

    # -- view -> state ----------------------------------------------------------------
    def learning_rate_value(self) -> float | None:
        """The learning rate typed or chosen, or None when it is not a positive number."""
        try:
            value = float(self.learning_rate.currentText().strip().replace(",", "."))
        except ValueError:
            return None
        return value if 0 < value < 1 else None

    def _write_config(self) -> None:
        if self._loading:
            return
        config = self.state.config
        config.epochs = float(self.epochs.value())
        config.batch_size = int(self.batch_size.value())
        rate = self.learning_rate_value()
        if rate is not None:
            config.learning_rate = rate
        config.max_seq_length = int(self.max_seq_length.value())
        config.warmup_ratio = float(self.warmup.value())
        config.weight_decay = float(self.weight_decay.value())
        config.seed = int(self.seed.value())
        config.precision = self.precision.currentData()
        config.eval_steps = int(self.eval_steps.value()) or None
        config.save_steps = int(self.save_steps.value()) or None
        config.max_steps = int(self.max_steps.value()) or None
        config.search_minutes = (
            float(self.search_minutes.value()) if self.search_box.isChecked() else None
        )
        self.state.settings_changed.emit()

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._user_set.add(name)
        self._write_config()
        self._show_problems()
        self._update_estimate()
        self.completeness_changed.emit()

    @Slot(bool)
    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.advanced_toggle.setArrowType(arrow)

    # -- output folder ------------------------------------------------------------------
    def confirm_overwrite(self, folder: str) -> bool:
        """Ask whether the files in ``folder`` may be replaced (a blocking question)."""
        answer = QMessageBox.question(
            self,
            "Replace this folder?",
            f"The folder\n{folder}\nalready holds files. Training would replace them with the "
            "new model.\n\nReplace its contents?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_output_dir(self, folder: str) -> bool:
        """Use ``folder`` for the model; asks first when it holds files. Returns whether taken."""
        folder = folder.strip()
        config = self.state.config
        if not folder:
            self.output_edit.setText(config.output_dir)
            return False
        overwrite = False
        if _folder_has_files(Path(folder)):
            if folder != self._confirmed_overwrite and not self.confirm_overwrite(folder):
                self.output_edit.setText(config.output_dir)
                self.completeness_changed.emit()
                return False
            self._confirmed_overwrite = folder
            overwrite = True
        config.output_dir = folder
        config.overwrite = overwrite
        self.output_edit.setText(folder)
        self.state.settings_changed.emit()
        self.completeness_changed.emit()
        return True

    # issue 11 hook: offer the next free name when the folder typed already holds files
    def free_output_dir(self) -> str | None:
        """The next free folder name when the one typed holds files (and may not be replaced)."""
        typed = self.output_edit.text().strip()
        if not typed or folder_is_free(Path(typed)):
            return None
        if typed == self.state.config.output_dir and self.state.config.overwrite:
            return None
        return str(next_free_output_dir(typed))

    @Slot()
    def _sync_free_name_button(self) -> None:
        free = self.free_output_dir()
        if free:
            self.free_name_button.setText(f"Use “{Path(free).name}”")
        self.free_name_button.setVisible(free is not None)

    @Slot()
    def use_next_free_output_dir(self) -> bool:
        """Take the next free folder name (one click instead of a dead end)."""
        free = self.free_output_dir()
        return bool(free) and self.set_output_dir(free)

    @Slot()
    def _on_output_edited(self) -> None:
        if self.output_edit.text().strip() != self.state.config.output_dir:
            self.set_output_dir(self.output_edit.text())

    @Slot()
    def _on_browse(self) -> None:
        start = self.state.config.output_dir or str(paths.trained_models_dir())
        folder = QFileDialog.getExistingDirectory(self, "Folder for the trained model", start)
        if folder:
            self.set_output_dir(folder)

    # -- estimate -----------------------------------------------------------------------
    def estimate(self) -> tuple[int, float, bool]:
        """Return (steps, seconds, measured?) for the current settings."""
        config = self.state.config
        measured = measured_unit(config.model, self.device)
        return estimate_training(
            train_rows=self.train_rows(),
            epochs=float(config.epochs),
            batch_size=int(config.batch_size),
            max_steps=config.max_steps,
            max_seq_length=int(config.max_seq_length or self._suggested_max_length()),
            device=self.device,
            size_mb=model_size_mb(config.model, self.state.model_path),
            measured=measured,
        )

    def _update_estimate(self) -> None:
        if not self.train_rows():
            self.estimate_label.setText("The estimated training time appears once data are chosen.")
            return
        steps, seconds, measured = self.estimate()
        basis = (
            "based on the speed measured on your last run with this model"
            if measured
            else "assumed for a model of this size on this device; your first run measures it"
        )
        self.estimate_label.setText(
            f"<b>Estimated training time: {format_duration(seconds)}</b> for {steps:,} steps "
            f"(an estimate, {basis}). Loading the model and checking quality before and after "
            "add a little."
        )

    # -- device detection ---------------------------------------------------------------
    def _detect_device(self) -> None:
        from desktop_app.gui.workers.background import BackgroundTask

        def detect(_report, _cancel) -> str:
            from desktop_app.core.training.device import pick_device

            return pick_device()

        self._device_task = BackgroundTask(detect, parent=self)
        self._device_task.succeeded.connect(self._on_device_detected)
        self._device_task.failed.connect(self._on_device_failed)
        self._device_task.start()

    @Slot(object)
    def _on_device_detected(self, device: object) -> None:
        self.device = str(device)
        self._device_known = True
        if self.isVisible():
            self.on_enter()

    @Slot(object)
    def _on_device_failed(self, _exc: object) -> None:
        self._device_known = True  # keep assuming the CPU

    def is_device_known(self) -> bool:
        """Whether the background check for a graphics card has finished."""
        return self._device_known

    def shutdown(self) -> None:
        """Wait for the background device check (before the window closes)."""
        if self._device_task is not None and self._device_task.is_running():
            self._device_task.shutdown(5000)
        for dialog in self.findChildren(QWidget, "packageRunDialog"):
            dialog.shutdown()

    @Slot()
    def open_package_run_dialog(self) -> QWidget:
        """Open "Run on another machine" for the current settings (gui/package_run_dialog.py)."""
        from desktop_app.gui.package_run_dialog import PackageRunDialog

        self._ensure_output_dir()
        dialog = PackageRunDialog(self.state.config, self)
        dialog.open()
        return dialog

    @Slot()
    def _on_project_loaded(self) -> None:
        # a project's settings are the user's: keep them instead of suggesting defaults
        self._user_set = set(self._editors())
        self._auto_output = None
        # permissions belong to this session's acts, never to a file (nor to the last one)
        self._confirmed_overwrite = None
        self._trusted_model = None
        self.state.config.overwrite = False
        self.state.config.resume = False
        self.state.config.trust_remote_code = False
        self._sync_remote_code()
        if self.isVisible():
            self.on_enter()

    @Slot()
    def _on_inputs_changed(self) -> None:
        self._sync_remote_code()
        if self.isVisible():
            self.on_enter()

    # -- the model's own code ---------------------------------------------------------------
    def model_needs_remote_code(self) -> bool:
        """Whether the chosen model comes with program code of its own (reads small files)."""
        from desktop_app.core.catalog.models import needs_remote_code

        folder = self.state.model_path
        return bool(folder) and needs_remote_code(Path(folder))

    def model_source(self) -> str:
        """Where the chosen model comes from, in words (for the confirmation)."""
        ref = self.state.config.model
        if Path(ref).expanduser().is_dir():
            return f"the folder {Path(ref).expanduser().resolve()}"
        where = f", downloaded to {self.state.model_path}" if self.state.model_path else ""
        return f"the Hugging Face Hub ({ref}){where}"

    def _model_name(self) -> str:
        ref = self.state.config.model.rstrip("/\\")
        return Path(ref).name if Path(ref).expanduser().is_dir() else ref

    def confirm_remote_code(self, model_name: str, source: str) -> bool:
        """Ask whether the model's code may run (a blocking dialog; tests replace it)."""
        dialog = RemoteCodeDialog(model_name, source, self)
        return dialog.exec() == RemoteCodeDialog.DialogCode.Accepted

    @Slot()
    def allow_remote_code(self) -> bool:
        """Ask the user, naming the model and its source; only a yes lets its code run."""
        if not self.model_needs_remote_code():
            return False
        if self.confirm_remote_code(self._model_name(), self.model_source()):
            self._trusted_model = self.state.model_path
        self._sync_remote_code()
        self.completeness_changed.emit()
        return self.state.config.trust_remote_code

    def _sync_remote_code(self) -> None:
        """Allow the model's code only for the very folder the user confirmed, this session."""
        needs = self.model_needs_remote_code()
        allowed = needs and self._trusted_model is not None
        allowed = allowed and self._trusted_model == self.state.model_path
        self.state.config.trust_remote_code = bool(allowed)
        self.remote_code_box.setVisible(needs)
        self.remote_code_button.setVisible(needs and not allowed)
        if allowed:
            self.remote_code_label.setText(
                "You allowed this model's own program code to run (for this session only)."
            )
        elif needs:
            self.remote_code_label.setText(
                "<b>This model comes with its own program code.</b> It runs only if you "
                "allow it; do that only for a model from a source you trust."
            )

    # -- validation -----------------------------------------------------------------------
    def _typed_learning_rate(self) -> float | None:
        try:
            return float(self.learning_rate.currentText().strip().replace(",", "."))
        except ValueError:
            return None

    def problems(self) -> list[SettingProblem]:
        """The settings out of range, as the core checks them (the learning rate as typed)."""
        typed = self._typed_learning_rate()
        if typed is None:
            return [
                SettingProblem(
                    "learning_rate",
                    "The learning rate must be a small number such as 2e-5.",
                    "Values from 1e-5 to 1e-4 are usual.",
                ),
                *[p for p in setting_problems(self.state.config) if p.setting != "learning_rate"],
            ]
        return setting_problems(replace(self.state.config, learning_rate=typed))

    def _show_problems(self) -> list[SettingProblem]:
        """Show each problem next to its input (others above the estimate)."""
        found = self.problems()
        by_setting = {p.setting: p for p in reversed(found)}
        for name, label in self._error_labels.items():
            problem = by_setting.pop(name, None)
            label.setText(f"{problem.message} {problem.hint}".strip() if problem else "")
            label.setVisible(problem is not None)
        rest = list(by_setting.values())
        self.problems_label.setText(" ".join(f"{p.message} {p.hint}".strip() for p in rest))
        self.problems_label.setVisible(bool(rest))
        if any(p.setting in ("warmup_ratio", "weight_decay", "seed", "max_steps") for p in found):
            self.advanced_toggle.setChecked(True)
        return found

    def blocking_reason(self) -> str | None:
        """Why training cannot start with these settings, in plain words."""
        found = self.problems()
        if found:
            return found[0].message
        if self.model_needs_remote_code() and not self.state.config.trust_remote_code:
            return (
                "This model comes with its own program code: allow it (only for a source "
                "you trust), or go back and pick another model."
            )
        folder = self.state.config.output_dir.strip()
        if not folder:
            return "Choose a folder to save the model in."
        if _folder_has_files(Path(folder)) and not self.state.config.overwrite:
            return (
                f"The folder {folder} already holds files: use the new folder name offered "
                "beside it, or choose another folder."
            )
        return None
