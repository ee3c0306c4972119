"""Wizard page 5: train, and watch it happen.

Training runs on a QThread behind :class:`TrainingController`; this page only reacts to the
controller's signals (all delivered on the GUI thread). It shows what the run is doing in
plain words, a progress bar with step/epoch/elapsed/time left/speed, a live loss plot that
redraws a few times a second, alerts when the loss becomes NaN or stops falling, and a
collapsible, bounded log. Cancel asks first and keeps the model trained so far. Errors never
end the app: a user error shows its message and hint on the page and in a dialog; a bug shows
a dialog with details.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.plotting.loss import metric_label
from desktop_app.core.training.watch import (
    LossWatch,
    alert_log_line,
    batch_warning,
    finished_log_line,
    finished_status,
    format_clock,
    loss_log_line,
    plan_text,
    progress_texts,
    start_problem,
    train_rows,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.loss_plot import LossPlot
from desktop_app.gui.widgets.warning_strip import (
    MODEL_WARNING_CODES,
    WarningItem,
    WarningStrip,
    warning_items,
)
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.wizard.train_alerts import message_label, stats_grid
from desktop_app.gui.workers.training import TrainFunction, TrainingController

#: Lines kept in the log view (older lines are dropped).
LOG_MAX_LINES = 2_000


class TrainPage(WizardPage):
    """Start, watch and stop training.

    Signals:
        training_finished(object): The run ended and the model was saved (the summary).
        status_message(str): A short line for the window's status bar.
    """

    title = QT_TRANSLATE_NOOP("WizardPage", "Train")
    subtitle = QT_TRANSLATE_NOOP(
        "WizardPage", "Start training and watch the model learn. You can stop at any time."
    )

    training_finished = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        state: WizardState,
        parent: QWidget | None = None,
        *,
        train: TrainFunction | None = None,
        threads: int | None = None,
    ) -> None:
        """Build the page.

        Args:
            state: The wizard state.
            parent: Qt parent.
            train: A training function replacing the core's ``run_training`` (page tests).
            threads: CPU threads for torch (None = every core).
        """
        super().__init__(state, parent)
        self.controller = TrainingController(self, train=train, threads=threads)
        self._started_at: float | None = None
        self._total_steps = 0
        self._last_progress = None
        self._finished_event = None
        self.last_error: BaseException | None = None
        self.watch = LossWatch()  # the loss alerts of this run (core rules)
        self._build()
        c = self.controller
        c.stage_changed.connect(self._on_stage)
        c.progress.connect(self._on_progress)
        c.loss_logged.connect(self._on_loss)
        c.evaluated.connect(self._on_evaluated)
        c.warning.connect(self._on_warning)
        c.finished_event.connect(self._on_finished_event)
        c.succeeded.connect(self._on_succeeded)
        c.failed.connect(self._on_failed)
        c.stopped.connect(self._on_stopped)

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        layout.addWidget(self.plan_label)
        self.warning_strip = WarningStrip(
            title=translate("TrainPage", "Worth knowing before you train:")
        )
        layout.addWidget(self.warning_strip)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(translate("TrainPage", "&Start training"))
        self.start_button.setObjectName("startTrainingButton")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(translate("TrainPage", "S&top"))
        self.cancel_button.setObjectName("cancelTrainingButton")
        self.cancel_button.setToolTip(
            translate("TrainPage", "Stop after the current step; the model so far is kept.")
        )
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.request_cancel)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        self.status_label = QLabel(translate("TrainPage", "Ready to start."))
        self.status_label.setObjectName("trainingStatus")
        buttons.addWidget(self.status_label, 1)
        layout.addLayout(buttons)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        layout.addWidget(self.progress_bar)

        grid, self.stat_labels = stats_grid(
            (
                ("step", translate("TrainPage", "Step")),
                ("epoch", translate("TrainPage", "Epoch")),
                ("elapsed", translate("TrainPage", "Elapsed")),
                ("eta", translate("TrainPage", "Time left")),
                ("speed", translate("TrainPage", "Speed")),
            )
        )
        layout.addLayout(grid)
        self.alert_label = message_label("trainingAlert", "warning")
        layout.addWidget(self.alert_label)
        self.error_label = message_label("trainingError", "error")
        layout.addWidget(self.error_label)

        self.plot = LossPlot()
        layout.addWidget(self.plot, 1)

        self.log_toggle = QToolButton()
        self.log_toggle.setText(translate("TrainPage", "Details (log)"))
        self.log_toggle.setCheckable(True)
        self.log_toggle.setAutoRaise(True)
        self.log_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.log_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.log_toggle.toggled.connect(self._on_log_toggled)
        layout.addWidget(self.log_toggle)
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(LOG_MAX_LINES)
        self.log_view.setAccessibleName(translate("TrainPage", "Training log"))
        self.log_view.setMaximumHeight(160)
        self.log_view.hide()
        layout.addWidget(self.log_view)

    # -- wizard hooks -----------------------------------------------------------------
    def on_enter(self) -> None:
        """Describe the run that Start would begin."""
        self.plot.prepare()  # import matplotlib in the background before the plot is needed
        config = self.state.config
        if not self.is_training():
            self.plan_label.setText(plan_text(config))
            self.show_warnings()
        self.completeness_changed.emit()

    def train_rows(self) -> int:
        """About how many rows training learns from (rows without errors, less the share
        held out for evaluation); 0 before data are chosen."""
        state = self.state
        if state.table is None:
            return 0
        problems = getattr(state.report, "problems", None) or []
        return train_rows(
            len(state.table.frame),
            (p.row for p in problems if p.severity == "error"),
            float(state.config.eval_fraction or 0),
            bool(state.config.eval_file),
        )

    def active_warnings(self) -> list[WarningItem]:
        """Every warning that still holds for this run: the data's, the chosen model's
        vocabulary check (unknown words, languages it does not cover), the batch size."""
        state = self.state
        token_report = state.token_report
        if state.token_report_key != (state.model_path, id(state.table)):
            token_report = None  # checked with another model or other data
        items = warning_items(state.report)
        seen = {item.code for item in items}
        items += [
            item
            for item in warning_items(token_report, codes=MODEL_WARNING_CODES)
            if item.code not in seen
        ]
        batch = batch_warning(self.train_rows(), int(state.config.batch_size))
        if batch is not None:
            items.append(WarningItem(*batch))
        return items

    def show_warnings(self) -> None:
        """List every active warning above the Start button (not one at a time)."""
        self.warning_strip.set_items(self.active_warnings())

    def blocking_reason(self) -> str | None:
        """Next (to the result) is allowed once a run has finished."""
        if self.is_training():
            return translate("TrainPage", "Training is running.")
        if self.state.result is None:
            return translate("TrainPage", "Start training first.")
        return None

    # -- commands ---------------------------------------------------------------------
    def is_training(self) -> bool:
        """Whether a run is going on."""
        return self.controller.is_running()

    @Slot()
    def start(self) -> None:
        """Start training with the wizard's config."""
        if self.is_training():
            return
        config = self.state.config
        problem = start_problem(config)
        if problem is not None:
            self._show_plain_error(*problem)
            return
        self.last_error = None
        self._finished_event = None
        self._last_progress = None
        self.watch = LossWatch()
        self._started_at = time.monotonic()
        self._total_steps = 0
        self.plot.clear()
        self.log_view.clear()
        self.alert_label.hide()
        self.error_label.hide()
        self.progress_bar.setRange(0, 0)  # busy until the first step
        for label in self.stat_labels.values():
            label.setText("–")
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("TrainPage", "S&top"))
        self._set_status(translate("TrainPage", "Loading the training engine…"))
        self._take_fresh_output_dir()
        self._log(
            translate("TrainPage", "Starting: {model} on {data}").format(
                model=config.model, data=config.data_file
            )
        )
        self.controller.start(config)
        self.completeness_changed.emit()

    def ask_cancel(self) -> bool:
        """Ask whether to stop (a blocking question; tests replace the answer)."""
        answer = QMessageBox.question(
            self,
            translate("TrainPage", "Stop training?"),
            translate(
                "TrainPage",
                "Stop training now?\n\nThe model keeps what it learned so far and is saved in "
                "its folder; you can try it in the Playground.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def request_cancel(self) -> bool:
        """Ask, then stop after the current step; return whether stopping was asked."""
        if not self.is_training() or not self.ask_cancel():
            return False
        self.cancel()
        return True

    def cancel(self) -> None:
        """Stop after the current step without asking (the model so far is saved)."""
        if not self.is_training():
            return
        self.controller.cancel()
        self.cancel_button.setEnabled(False)
        self._set_status(
            translate("TrainPage", "Stopping after the current step and saving the model…")
        )
        self._log(translate("TrainPage", "Stop requested."))

    def cancel_and_wait(self, timeout_s: float = 120.0) -> bool:
        """Stop without asking and wait for the thread; return whether it ended in time.

        Used when the window closes: the engine saves the model so far before it returns.
        """
        if not self.is_training():
            return True
        self.cancel()
        return self.controller.shutdown(int(timeout_s * 1000))

    def request_cancel_and_wait(self) -> bool:
        """Alias of :meth:`cancel_and_wait` with the default timeout (the wizard calls it)."""
        return self.cancel_and_wait()

    def shutdown(self) -> None:
        """Stop the training thread if it still runs (the window is closing)."""
        self.cancel_and_wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never let the page go while its thread runs (a running QThread must not die)."""
        self.cancel_and_wait()
        super().closeEvent(event)

    # -- controller signals -------------------------------------------------------------
    @Slot(str, str)
    def _on_stage(self, stage: str, message: str) -> None:
        if not self.controller.is_cancelling():
            self._set_status(message)
        self._log(message)

    @Slot(object)
    def _on_progress(self, event: object) -> None:
        self._last_progress = event
        total = max(1, int(event.total_steps))
        self._total_steps = total
        if self.progress_bar.maximum() != total:
            self.progress_bar.setRange(0, total)
            self.plot.set_total_steps(total)
        self.progress_bar.setValue(min(int(event.step), total))
        texts = progress_texts(
            event.step, total, event.epoch, event.elapsed_s, event.eta_s, event.samples_per_s
        )
        for key, text in texts.items():
            self.stat_labels[key].setText(text)
        if not self.controller.is_cancelling():
            self._set_status(translate("TrainPage", "Training…"))

    @Slot(object)
    def _on_loss(self, event: object) -> None:
        loss = float(event.loss)
        self.plot.add_loss(event.step, loss)
        self._log(loss_log_line(event.step, loss, event.learning_rate))
        alert = self.watch.add_loss(loss)
        if alert is not None:
            self._show_alert(alert)
            self._log(alert_log_line(alert))

    @Slot(object)
    def _on_evaluated(self, event: object) -> None:
        label = metric_label(event.primary_metric)
        self.plot.add_evaluation(event.step, event.value, label)
        self._log(
            translate(
                "TrainPage", "Evaluation ({phase}, step {step}): {label} = {value:.4f}"
            ).format(phase=event.phase, step=event.step, label=label, value=event.value)
        )

    @Slot(object)
    def _on_warning(self, event: object) -> None:
        code = str(getattr(event, "code", "") or "")
        text = self.watch.add_warning(code, event.message, getattr(event, "hint", "") or "")
        # a warning already listed above the Start button is not shown a second time
        if not code or code not in self.warning_strip.codes():
            self._show_alert(text)
        self._log(translate("TrainPage", "Note: {text}").format(text=text))

    @Slot(object)
    def _on_finished_event(self, event: object) -> None:
        self._finished_event = event
        self._log(finished_log_line(event.stopped_early, event.output_dir))

    @Slot(object)
    def _on_succeeded(self, summary: object) -> None:
        self.plot.flush()
        stopped = bool(getattr(summary, "stopped_early", False))
        self._set_status(finished_status(stopped))
        self.progress_bar.setRange(0, max(1, self._total_steps))
        if not stopped:
            self.progress_bar.setValue(self.progress_bar.maximum())
        self._record_speed(summary)
        self.state.add_finished_run(summary)
        self.training_finished.emit(summary)
        self.state.result_ready.emit(summary)

    @Slot(object, str)
    def _on_failed(self, exc: object, details: str) -> None:
        self.last_error = exc if isinstance(exc, BaseException) else None
        self.progress_bar.setRange(0, max(1, self._total_steps))
        if isinstance(exc, UserFacingError):
            self._set_status(translate("TrainPage", "Training could not finish."))
            self._show_plain_error(exc.message, exc.hint)
            self._log(translate("TrainPage", "Error: {error}").format(error=exc))
            from desktop_app.gui.dialogs import show_user_error

            show_user_error(self, exc, translate("TrainPage", "Training could not finish"))
        else:
            self._set_status(
                translate("TrainPage", "Training stopped because of an unexpected error.")
            )
            self._show_plain_error(
                translate("TrainPage", "Something unexpected went wrong during training."),
                translate(
                    "TrainPage", "Your settings are kept; you can change them and start again."
                ),
            )
            self._log(details or repr(exc))
            from desktop_app.gui.dialogs import ErrorDetailsDialog

            dialog = ErrorDetailsDialog(f"{type(exc).__name__}: {exc}", details or repr(exc), self)
            dialog.open()

    @Slot()
    def _on_stopped(self) -> None:
        self.start_button.setEnabled(True)
        self.start_button.setText(translate("TrainPage", "&Start again"))
        self.cancel_button.setEnabled(False)
        self.completeness_changed.emit()

    # -- helpers ----------------------------------------------------------------------
    def _take_fresh_output_dir(self) -> None:
        """Never train into a folder that already holds a model: take the next free name.

        Replacing a folder needs the user's explicit act on the Settings page
        (``config.overwrite``); without it, training again after a finished run goes to
        ``<name>-2`` and the earlier model stays where it is.
        """
        from desktop_app.core.runs import fresh_output_dir

        config = self.state.config
        if config.overwrite or not config.output_dir:
            return
        fresh = str(fresh_output_dir(config.output_dir))
        if fresh != config.output_dir:
            self._log(
                translate(
                    "TrainPage", "{folder} already holds a model; saving in {fresh} instead."
                ).format(folder=config.output_dir, fresh=fresh)
            )
            config.output_dir = fresh
            self.state.settings_changed.emit()
            self.on_enter()

    def _record_speed(self, summary: object) -> None:
        """Remember seconds per step so the Settings page's next estimate is measured."""
        progress = self._last_progress
        config = self.state.config
        if progress is None or not progress.step or not progress.elapsed_s:
            return
        from desktop_app.core.training.plan import record_speed

        device = str(getattr(summary, "device", "cpu") or "cpu")
        length = int(config.max_seq_length or self.state.model_max_seq_length or 256)
        with contextlib.suppress(OSError):  # an estimate is not worth an error
            record_speed(
                config.model, device, progress.elapsed_s / progress.step, config.batch_size, length
            )

    @property
    def alerts(self) -> list[str]:
        """Every alert of this run, all shown."""
        return self.watch.alerts

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_message.emit(text)

    def _show_alert(self, text: str) -> None:
        """Add an alert to those shown (earlier alerts of the run stay visible)."""
        self.watch.add_alert(text)
        self.alert_label.setText(self.watch.alert_text())
        self.alert_label.show()

    def _show_plain_error(self, message: str, hint: str = "") -> None:
        self.error_label.setText(f"<b>{message}</b>" + (f"<br>{hint}" if hint else ""))
        self.error_label.show()

    def _log(self, line: str) -> None:
        elapsed = time.monotonic() - self._started_at if self._started_at else 0.0
        self.log_view.appendPlainText(f"[{format_clock(elapsed)}] {line}")

    @Slot(bool)
    def _on_log_toggled(self, shown: bool) -> None:
        self.log_view.setVisible(shown)
        self.log_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
