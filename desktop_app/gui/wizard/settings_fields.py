"""The Settings page's widgets: the setting editors, the output folder row, the code box.

They only show values and report edits; every rule (defaults, checks, names, estimates)
comes from the core, through :class:`~desktop_app.gui.wizard.settings_page.SettingsPage`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.training.config import SettingProblem, TrainingConfig
from desktop_app.core.training.plan import format_rate, parse_rate
from desktop_app.gui.i18n import translate

LEARNING_RATES = ("1e-5", "2e-5", "3e-5", "5e-5", "1e-4")
#: The precisions offered: (key, what the user sees; marked for context "SettingsPage").
PRECISIONS = (
    ("auto", QT_TRANSLATE_NOOP("SettingsPage", "Automatic (fastest the device supports)")),
    ("fp32", QT_TRANSLATE_NOOP("SettingsPage", "Full precision (fp32)")),
    ("fp16", QT_TRANSLATE_NOOP("SettingsPage", "Half precision (fp16, GPUs)")),
    ("bf16", QT_TRANSLATE_NOOP("SettingsPage", "bfloat16 (newer GPUs)")),
)
ERROR_STYLE = "QLabel { color: #b3261e; }"
#: Settings that live in the Advanced section (a problem with one opens it).
ADVANCED_SETTINGS = ("warmup_ratio", "weight_decay", "seed", "max_steps")


def explained(editor: QWidget, text: str) -> QWidget:
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


def error_label(object_name: str) -> QLabel:
    """A hidden red label for a problem's message."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def _spin(low: int, high: int, special: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    if special:
        spin.setSpecialValueText(special)
    return spin


def _double(low: float, high: float, step: float, decimals: int) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    return spin


class SearchRow(QWidget):
    """ "Find the best settings for me, within N minutes" (issue 9).

    Signals:
        edited(): The box or the minutes changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search_box = QCheckBox(
            translate("SettingsPage", "Find the &best settings for me, within")
        )
        self.search_box.setObjectName("searchBox")
        self.search_box.setToolTip(
            translate(
                "SettingsPage",
                "Trains first with the automatic settings, then with other settings while they "
                "fit in the time you give, each measured on the same rows kept apart. Other "
                "settings replace the automatic ones only when they are better by more than "
                "chance explains.",
            )
        )
        self.search_minutes = _spin(5, 24 * 60)
        self.search_minutes.setObjectName("searchMinutes")
        self.search_minutes.setValue(30)
        self.search_minutes.setSuffix(translate("SettingsPage", " minutes"))
        self.search_minutes.setEnabled(False)
        self.search_box.toggled.connect(self.search_minutes.setEnabled)
        self.search_box.toggled.connect(lambda _on: self.edited.emit())
        self.search_minutes.valueChanged.connect(lambda _v: self.edited.emit())
        row.addWidget(self.search_box)
        row.addWidget(self.search_minutes)
        row.addStretch(1)

    def minutes(self) -> float | None:
        """The time the search may take, or None when the box is off."""
        return float(self.search_minutes.value()) if self.search_box.isChecked() else None

    def show_minutes(self, minutes: float | None) -> None:
        """Show a config's search time (None = off)."""
        self.search_box.setChecked(bool(minutes))
        if minutes:
            self.search_minutes.setValue(round(minutes))


class SettingFields(QWidget):
    """The editors of the training settings, the rarely needed ones under "Advanced".

    Signals:
        edited(str): A setting was changed by the user (its TrainingConfig field name).
    """

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.epochs = _double(0.1, 100.0, 0.5, 1)
        form.addRow(
            translate("SettingsPage", "&Epochs:"),
            explained(
                self.epochs,
                translate("SettingsPage", "How many times the model reads all your examples."),
            ),
        )
        self.batch_size = _spin(2, 1024)
        form.addRow(
            translate("SettingsPage", "&Batch size:"),
            explained(
                self.batch_size,
                translate(
                    "SettingsPage",
                    "Examples learned from together; bigger is often better but needs more memory.",
                ),
            ),
        )
        self.learning_rate = QComboBox()
        self.learning_rate.setEditable(True)
        self.learning_rate.addItems(LEARNING_RATES)
        form.addRow(
            translate("SettingsPage", "&Learning rate:"),
            explained(
                self.learning_rate,
                translate(
                    "SettingsPage",
                    "How big each correction is; smaller is safer, larger learns faster.",
                ),
            ),
        )
        self.max_seq_length = _spin(8, 8192)
        self.max_seq_length.setSingleStep(16)
        self.max_seq_length.setSuffix(translate("SettingsPage", " tokens"))
        form.addRow(
            translate("SettingsPage", "&Max length:"),
            explained(
                self.max_seq_length,
                translate(
                    "SettingsPage",
                    "Longer texts are cut here; shorter is faster, too short loses meaning.",
                ),
            ),
        )
        layout.addLayout(form)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(translate("SettingsPage", "Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._on_advanced_toggled)
        layout.addWidget(self.advanced_toggle)
        self.advanced = QWidget()
        adv = QFormLayout(self.advanced)
        self.warmup = _double(0.0, 0.5, 0.05, 2)
        adv.addRow(
            translate("SettingsPage", "&Warm-up:"),
            explained(self.warmup, translate("SettingsPage", "Share of steps that start gently.")),
        )
        self.weight_decay = _double(0.0, 0.5, 0.01, 3)
        adv.addRow(
            translate("SettingsPage", "Weight &decay:"),
            explained(
                self.weight_decay,
                translate("SettingsPage", "Keeps the model from memorising; 0.01 is usual."),
            ),
        )
        self.seed = _spin(0, 2_147_483_647)
        adv.addRow(
            translate("SettingsPage", "&Seed:"),
            explained(
                self.seed, translate("SettingsPage", "The same seed gives the same run again.")
            ),
        )
        self.precision = QComboBox()
        for key, label in PRECISIONS:
            self.precision.addItem(translate("SettingsPage", label), key)
        adv.addRow(
            translate("SettingsPage", "&Precision:"),
            explained(
                self.precision,
                translate("SettingsPage", "Number format; automatic is right almost always."),
            ),
        )
        self.eval_steps = _spin(0, 1_000_000, translate("SettingsPage", "automatic"))
        adv.addRow(
            translate("SettingsPage", "E&valuate every:"),
            explained(
                self.eval_steps,
                translate("SettingsPage", "Steps between quality checks during training."),
            ),
        )
        self.save_steps = _spin(0, 1_000_000, translate("SettingsPage", "automatic"))
        adv.addRow(
            translate("SettingsPage", "&Checkpoint every:"),
            explained(
                self.save_steps,
                translate("SettingsPage", "Steps between checkpoints, to resume a stopped run."),
            ),
        )
        self.max_steps = _spin(0, 10_000_000, translate("SettingsPage", "no limit"))
        adv.addRow(
            translate("SettingsPage", "Stop &after:"),
            explained(
                self.max_steps,
                translate("SettingsPage", "Steps at most, whatever the epochs (for a quick try)."),
            ),
        )
        self.advanced.setVisible(False)
        layout.addWidget(self.advanced)

        for name, widget in self.editors().items():
            label = error_label(f"{name}Error")
            widget.parentWidget().layout().addWidget(label)
            self.error_labels[name] = label
            signal = (
                widget.currentTextChanged if isinstance(widget, QComboBox) else widget.valueChanged
            )
            signal.connect(lambda *_a, n=name: self.edited.emit(n))

    def editors(self) -> dict[str, QWidget]:
        """Each editor by the TrainingConfig field it edits."""
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

    def typed_learning_rate(self) -> float | None:
        """The learning rate as typed (any number), or None when it is no number."""
        return parse_rate(self.learning_rate.currentText())

    def show_config(self, config: TrainingConfig, model_max_length: int, max_length: int) -> None:
        """Show ``config``'s values (``max_length`` when the config leaves it open)."""
        self.epochs.setValue(float(config.epochs))
        self.batch_size.setValue(int(config.batch_size))
        self.learning_rate.setCurrentText(format_rate(config.learning_rate))
        self.max_seq_length.setMaximum(max(8, model_max_length))
        self.max_seq_length.setValue(int(config.max_seq_length or max_length))
        self.warmup.setValue(float(config.warmup_ratio))
        self.weight_decay.setValue(float(config.weight_decay))
        self.seed.setValue(int(config.seed))
        self.precision.setCurrentIndex(max(0, self.precision.findData(config.precision)))
        self.eval_steps.setValue(int(config.eval_steps or 0))
        self.save_steps.setValue(int(config.save_steps or 0))
        self.max_steps.setValue(int(config.max_steps or 0))

    def write_into(self, config: TrainingConfig, learning_rate: float | None) -> None:
        """Put the shown values into ``config`` (the learning rate only when usable)."""
        config.epochs = float(self.epochs.value())
        config.batch_size = int(self.batch_size.value())
        if learning_rate is not None:
            config.learning_rate = learning_rate
        config.max_seq_length = int(self.max_seq_length.value())
        config.warmup_ratio = float(self.warmup.value())
        config.weight_decay = float(self.weight_decay.value())
        config.seed = int(self.seed.value())
        config.precision = self.precision.currentData()
        config.eval_steps = int(self.eval_steps.value()) or None
        config.save_steps = int(self.save_steps.value()) or None
        config.max_steps = int(self.max_steps.value()) or None

    def show_problems(self, found: list[SettingProblem]) -> list[SettingProblem]:
        """Show each problem next to its editor; return those that have none."""
        by_setting = {p.setting: p for p in reversed(found)}
        for name, label in self.error_labels.items():
            problem = by_setting.pop(name, None)
            label.setText(f"{problem.message} {problem.hint}".strip() if problem else "")
            label.setVisible(problem is not None)
        if any(p.setting in ADVANCED_SETTINGS for p in found):
            self.advanced_toggle.setChecked(True)
        return list(by_setting.values())

    @Slot(bool)
    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.advanced_toggle.setArrowType(arrow)


class OutputFolderRow(QWidget):
    """The output folder: a line to type it, Choose…, and "Use <next free name>"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.output_edit = QLineEdit()
        self.output_edit.setAccessibleName(translate("SettingsPage", "Output folder"))
        self.browse_button = QPushButton(translate("SettingsPage", "C&hoose…"))
        row.addWidget(self.output_edit, 1)
        row.addWidget(self.browse_button)
        # issue 11 hook (wizard helper): one click to the next free folder name
        self.free_name_button = QPushButton()
        self.free_name_button.setObjectName("useFreeFolderButton")
        self.free_name_button.setToolTip(
            translate("SettingsPage", "Save the new model in a new folder beside this one.")
        )
        self.free_name_button.hide()
        row.addWidget(self.free_name_button)

    def show_free_name(self, name: str | None) -> None:
        """Offer ``name`` (a folder's last part) on the button, or hide it (None)."""
        if name:
            self.free_name_button.setText(
                translate("SettingsPage", "Use “{name}”").format(name=name)
            )
        self.free_name_button.setVisible(name is not None)


class RemoteCodeBox(QWidget):
    """Says that the model brings its own program code, with "Allow its code…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(translate("SettingsPage", "Allow its code…"))
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setVisible(False)

    def show_state(self, needs: bool, allowed: bool) -> None:
        """Show whether the model needs its code run and whether the user allowed it."""
        self.setVisible(needs)
        self.button.setVisible(needs and not allowed)
        if allowed:
            self.label.setText(
                translate(
                    "SettingsPage",
                    "You allowed this model's own program code to run (for this session only).",
                )
            )
        elif needs:
            self.label.setText(
                translate(
                    "SettingsPage",
                    "<b>This model comes with its own program code.</b> It runs only if you "
                    "allow it; do that only for a model from a source you trust.",
                )
            )
