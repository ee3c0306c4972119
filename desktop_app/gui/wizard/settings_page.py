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

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import paths
from desktop_app.core.catalog.models import model_display_name, model_source_text
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.runs import (
    OutputDirNamer,
    folder_has_files,
    offered_free_dir,
    output_dir_problem,
)
from desktop_app.core.training.config import SettingProblem, typed_setting_problems
from desktop_app.core.training.plan import (
    automatic_description,
    estimate_text,
    estimate_training,
    held_out_split,
    measured_unit,
    model_size_mb,
    suggested_max_length,
    suggested_settings,
    suggestion_text,
    usable_rate,
)
from desktop_app.gui.dialogs import RemoteCodeDialog
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.styles import scrolling_column
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.settings_fields import (
    ERROR_STYLE,
    OutputFolderRow,
    RemoteCodeBox,
    SearchRow,
    SettingFields,
    explained,
)
from desktop_app.gui.wizard.state import WizardState


class SettingsPage(WizardPage):
    """Training settings, output folder and time estimate; writes them into ``config``."""

    title = QT_TRANSLATE_NOOP("WizardPage", "Training settings")
    subtitle = QT_TRANSLATE_NOOP(
        "WizardPage",
        "These defaults were chosen for your data and this computer. You can start right away "
        "or adjust them.",
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
        self._namer = OutputDirNamer()  # the default output folder (core/runs.py)
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
        self.defaults_label.setToolTip(automatic_description())
        layout.addWidget(self.defaults_label)
        # Honest results (issue 9): "Find the best settings for me" within a time the user sets.
        self.search_row = SearchRow()
        self.search_row.edited.connect(lambda: self._on_edited("search_minutes"))
        self.search_box = self.search_row.search_box
        self.search_minutes = self.search_row.search_minutes
        layout.addWidget(self.search_row)

        self.fields = SettingFields()
        self.fields.edited.connect(self._on_edited)
        for name in (
            "epochs", "batch_size", "learning_rate", "max_seq_length", "advanced_toggle",
            "advanced", "warmup", "weight_decay", "seed", "precision", "eval_steps",
            "save_steps", "max_steps",
        ):  # fmt: skip
            setattr(self, name, getattr(self.fields, name))
        self._error_labels = self.fields.error_labels
        layout.addWidget(self.fields)

        self.output_row = OutputFolderRow()
        self.output_edit = self.output_row.output_edit
        self.browse_button = self.output_row.browse_button
        self.free_name_button = self.output_row.free_name_button
        self.free_name_button.clicked.connect(self.use_next_free_output_dir)
        self.completeness_changed.connect(self._sync_free_name_button)
        out_form = QFormLayout()
        out_form.addRow(
            translate("SettingsPage", "Save the model &in:"),
            explained(
                self.output_row,
                translate(
                    "SettingsPage", "A new folder for the trained model, its card and its plots."
                ),
            ),
        )
        layout.addLayout(out_form)
        self.output_edit.editingFinished.connect(self._on_output_edited)
        self.browse_button.clicked.connect(self._on_browse)

        self.remote_code_box = RemoteCodeBox()
        self.remote_code_label = self.remote_code_box.label
        self.remote_code_button = self.remote_code_box.button
        self.remote_code_button.clicked.connect(self.allow_remote_code)
        layout.addWidget(self.remote_code_box)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("settingsProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.setVisible(False)
        layout.addWidget(self.problems_label)

        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-radius: 4px; padding: 8px; }"
        )
        layout.addWidget(self.estimate_label)
        self.package_button = QPushButton(translate("SettingsPage", "Run on another &machine…"))
        self.package_button.setObjectName("packageRunButton")
        self.package_button.setToolTip(
            translate(
                "SettingsPage", "Pack these settings and your data to train on a bigger computer."
            )
        )
        self.package_button.clicked.connect(self.open_package_run_dialog)
        layout.addWidget(self.package_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        outer.addWidget(scroll)

    def _editors(self) -> dict[str, QWidget]:
        return self.fields.editors()

    # -- numbers from the state ---------------------------------------------------------
    def data_rows(self) -> int:
        """Rows of the training table (0 before data are chosen)."""
        table = self.state.table
        return len(table.frame) if table is not None else 0

    def train_rows(self) -> int:
        """Rows left for training once the evaluation share is held out."""
        config = self.state.config  # the run's own rule
        split = held_out_split(
            self.data_rows(), config.eval_fraction, has_eval_file=bool(config.eval_file)
        )
        return split.train_rows

    def _model_max_length(self) -> int:
        return int(self.state.model_max_seq_length or 512)

    def _suggested_max_length(self) -> int:
        """The model's max length, shortened to what the data need (the core's rule)."""
        stats = getattr(self.state.report, "token_stats", None)
        return suggested_max_length(self._model_max_length(), stats)

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
        values = suggested_settings(
            rows,
            data_rows=self.data_rows(),
            shape=self.state.shape,
            device=self.device,
            max_seq_length=self._suggested_max_length(),
        )  # the same plan ``main.py train`` uses (core/training/plan.py)
        for name, value in values.items():
            if value is not None and name not in self._user_set:
                setattr(self.state.config, name, value)
        self.defaults_label.setText(suggestion_text(rows, self.device, self._device_known))

    def _load_from_config(self) -> None:
        config = self.state.config
        self._loading = True
        try:
            self.search_row.show_minutes(config.search_minutes)
            self.fields.show_config(config, self._model_max_length(), self._suggested_max_length())
            self.output_edit.setText(config.output_dir)
        finally:
            self._loading = False
        self._write_config()

    def _ensure_output_dir(self) -> None:
        """Give a readable default folder unless the user chose one."""
        changed = self._namer.settle(self.state.config, self.state.runs)
        if changed:
            self.output_edit.setText(self.state.config.output_dir)
        if changed == "next-free":
            self.state.settings_changed.emit()

    # -- view -> state ----------------------------------------------------------------
    def learning_rate_value(self) -> float | None:
        """The learning rate typed or chosen, or None when it is not a positive number."""
        return usable_rate(self.learning_rate.currentText())

    def _write_config(self) -> None:
        if self._loading:
            return
        config = self.state.config
        self.fields.write_into(config, self.learning_rate_value())
        config.search_minutes = self.search_row.minutes()
        self.state.settings_changed.emit()

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._user_set.add(name)
        self._write_config()
        self._show_problems()
        self._update_estimate()
        self.completeness_changed.emit()

    # -- output folder ------------------------------------------------------------------
    def confirm_overwrite(self, folder: str) -> bool:
        """Ask whether the files in ``folder`` may be replaced (a blocking question)."""
        answer = QMessageBox.question(
            self,
            translate("SettingsPage", "Replace this folder?"),
            translate(
                "SettingsPage",
                "The folder\n{folder}\nalready holds files. Training would replace them with the "
                "new model.\n\nReplace its contents?",
            ).format(folder=folder),
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
        if folder_has_files(Path(folder)):
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
        config = self.state.config
        free = offered_free_dir(self.output_edit.text(), config.output_dir, config.overwrite)
        return str(free) if free else None

    @Slot()
    def _sync_free_name_button(self) -> None:
        free = self.free_output_dir()
        self.output_row.show_free_name(Path(free).name if free else None)

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
        folder = QFileDialog.getExistingDirectory(
            self, translate("SettingsPage", "Folder for the trained model"), start
        )
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
            self.estimate_label.setText(
                translate(
                    "SettingsPage", "The estimated training time appears once data are chosen."
                )
            )
            return
        self.estimate_label.setText(estimate_text(*self.estimate()))

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
        self._namer.auto_output = None
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
        return model_source_text(self.state.config.model, self.state.model_path)

    def _model_name(self) -> str:
        return model_display_name(self.state.config.model)

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
        self.remote_code_box.show_state(needs, bool(allowed))

    # -- validation -----------------------------------------------------------------------
    def problems(self) -> list[SettingProblem]:
        """The settings out of range, as the core checks them (the learning rate as typed)."""
        return typed_setting_problems(self.state.config, self.fields.typed_learning_rate())

    def _show_problems(self) -> list[SettingProblem]:
        """Show each problem next to its input (others above the estimate)."""
        found = self.problems()
        rest = self.fields.show_problems(found)
        self.problems_label.setText(" ".join(f"{p.message} {p.hint}".strip() for p in rest))
        self.problems_label.setVisible(bool(rest))
        return found

    def blocking_reason(self) -> str | None:
        """Why training cannot start with these settings, in plain words."""
        found = self.problems()
        if found:
            return found[0].message
        if self.model_needs_remote_code() and not self.state.config.trust_remote_code:
            return translate(
                "SettingsPage",
                "This model comes with its own program code: allow it (only for a source "
                "you trust), or go back and pick another model.",
            )
        return output_dir_problem(self.state.config.output_dir, self.state.config.overwrite)
