"""Wizard page 6: what training achieved, where the model is, and what to do next.

The before/after evaluation is said in plain words (``describe_result``: "the right answer
comes first for 41% → 78% of questions") with a clear verdict, and shown as numbers in a
small table. The page says where the model was saved (with Open folder), saves the loss plot
as a PNG beside the model, and offers to open the Playground with the trained model and its
base model side by side. A run stopped early is said plainly, with how far it got.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.plotting.loss import LOSS_PLOT_FILENAME, metric_label
from desktop_app.gui.widgets.styles import scrolling_column
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import plain_error

#: A change smaller than this in the primary metric counts as "no real change".
MIN_IMPROVEMENT = 0.005


def summary_value(summary: Any, key: str, default: Any = None) -> Any:
    """Read ``key`` from a TrainingSummary or its dict (training_summary.json)."""
    if isinstance(summary, Mapping):
        return summary.get(key, default)
    return getattr(summary, key, default)


def _finite(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def short_metric_name(metric: str) -> str:
    """Drop the evaluator's prefix ("sts-dev_spearman_cosine" -> "spearman cosine")."""
    for prefix in ("eval_", "sts-dev_", "sts_", "ir_", "pairs_", "triplets_", "binary_"):
        if metric.startswith(prefix):
            metric = metric[len(prefix) :]
    return metric.replace("_", " ")


def verdict(before: float | None, after: float | None, stopped_early: bool) -> tuple[str, str]:
    """Return (verdict, advice) in plain words for the primary metric's change."""
    if after is None:
        return (
            "Training finished; there were no evaluation rows to measure it on.",
            "Keep a share of your rows for evaluation next time to see how much it learned.",
        )
    if before is None:
        return ("Training finished.", "")
    change = after - before
    if change > MIN_IMPROVEMENT:
        return ("Your model got better.", "Try it in the Playground with your own sentences.")
    tip = (
        "try training longer (it was stopped early)"
        if stopped_early
        else "try more epochs, a smaller learning rate, more (and more varied) rows, or "
        "another loss"
    )
    if change < -MIN_IMPROVEMENT:
        return ("Your model got worse on the evaluation rows.", f"To improve it, {tip}.")
    return ("Your model did not improve.", f"To improve it, {tip}.")


class ResultPage(WizardPage):
    """Shows the run's result and offers the next steps.

    Signals:
        open_playground_requested(str, str): (base model ref, trained model folder); the main
            window opens the Playground comparing the two.
    """

    title = "Result"
    subtitle = "How much your model learned, and where it is."

    open_playground_requested = Signal(str, str)
    train_again_requested = Signal()  # issue 11: change the settings and train again

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._shown_summary: Any = None
        self._plot_task = None
        self.plot_path: Path | None = None
        self._build()
        state.result_ready.connect(self._on_result_ready)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll, layout = scrolling_column()

        self.verdict_label = QLabel("No training has finished yet.")
        self.verdict_label.setObjectName("resultVerdict")
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.verdict_label.setWordWrap(True)
        layout.addWidget(self.verdict_label)
        self.sentence_label = QLabel()
        self.sentence_label.setObjectName("resultSentence")
        self.sentence_label.setWordWrap(True)
        layout.addWidget(self.sentence_label)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        layout.addWidget(self.advice_label)
        self.stopped_label = QLabel()
        self.stopped_label.setObjectName("resultStoppedEarly")
        self.stopped_label.setWordWrap(True)
        self.stopped_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border-radius: 4px; padding: 6px; }"
        )
        self.stopped_label.hide()
        layout.addWidget(self.stopped_label)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("resultTable")
        self.table.setHorizontalHeaderLabels(["Measure", "Before", "After", "Change"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("resultSavedIn")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.saved_label)
        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton("Open &folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.playground_button = QPushButton(
            "Try it in the &Playground (compare with the base model)"
        )
        self.playground_button.setObjectName("openPlaygroundButton")
        self.playground_button.clicked.connect(self._on_playground_clicked)
        self.export_button = QPushButton("E&xport for other programs…")
        self.export_button.setObjectName("exportModelButton")
        self.export_button.clicked.connect(self.open_export_dialog)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.playground_button)
        buttons.addWidget(self.export_button)
        # -- issue 11 hook (wizard helper): train again, and this project's earlier runs --
        from desktop_app.gui.wizard.runs_list import RunsList

        self.train_again_button = QPushButton("Train &again (change settings)…")
        self.train_again_button.setObjectName("trainAgainButton")
        self.train_again_button.setToolTip(
            "Change the settings and train again; the new model gets a folder of its own and "
            "this result stays in the list below."
        )
        self.train_again_button.clicked.connect(self.train_again_requested)
        buttons.addWidget(self.train_again_button)
        self.runs_list = RunsList(self.state)
        # -- end of issue 11 hook --
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.runs_list)

        self.plot_label = QLabel()
        self.plot_label.setObjectName("resultLossPlot")
        self.plot_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.plot_label)
        layout.addStretch(1)
        outer.addWidget(scroll)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.open_folder_button.setEnabled(on)
        self.playground_button.setEnabled(on)
        self.export_button.setEnabled(on)

    # -- showing a result ---------------------------------------------------------------
    def on_enter(self) -> None:
        """Show the latest result (if it is not shown yet)."""
        if self.state.result is not None and self.state.result is not self._shown_summary:
            self.show_result(self.state.result)
        self.runs_list.refresh()  # issue 11 hook: runs may have been added on disk

    @Slot(object)
    def _on_result_ready(self, summary: object) -> None:
        self.show_result(summary)

    def output_dir(self) -> str:
        """The trained model's folder ("" before a result)."""
        return str(summary_value(self._shown_summary, "output_dir", "") or "")

    def base_model_ref(self) -> str:
        """The model training started from, as the user picked it."""
        config = summary_value(self._shown_summary, "config", {}) or {}
        ref = config.get("model") if isinstance(config, Mapping) else None
        return str(
            ref or self.state.config.model or summary_value(self._shown_summary, "base_model", "")
        )

    def show_result(self, summary: Any) -> None:
        """Fill the page from a TrainingSummary (or the dict of training_summary.json)."""
        from desktop_app.core.evaluation import describe_result

        self._shown_summary = summary
        primary = summary_value(summary, "primary_metric") or ""
        before_all = summary_value(summary, "metrics_before", {}) or {}
        after_all = summary_value(summary, "metrics_after", {}) or {}
        before = _finite(before_all.get(primary)) if primary else None
        after = _finite(after_all.get(primary)) if primary else None
        stopped = bool(summary_value(summary, "stopped_early", False))

        headline, advice = verdict(before, after, stopped)
        self.verdict_label.setText(headline)
        colour = (
            "#2e7d32"
            if headline.startswith("Your model got better")
            else ("#b00020" if "worse" in headline or "did not" in headline else "palette(text)")
        )
        self.verdict_label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        if primary and after is not None:
            sentence = describe_result(primary, before, after)
            self.sentence_label.setText(sentence[0].upper() + sentence[1:] + ".")
        else:
            self.sentence_label.setText("")
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))

        steps = summary_value(summary, "steps")
        total = summary_value(summary, "total_steps")
        if stopped:
            how_far = f" after {steps:,} of {total:,} steps" if steps and total else ""
            self.stopped_label.setText(
                f"Training was stopped early{how_far}; the model keeps what it learned so far."
            )
        self.stopped_label.setVisible(stopped)
        self._fill_table(primary, before_all, after_all)

        folder = self.output_dir()
        self.saved_label.setText(f"The model was saved in:<br><b>{folder}</b>" if folder else "")
        self._set_enabled(bool(folder))
        self.plot_label.clear()
        if folder:
            self._save_plot(summary, Path(folder))

    def table_rows(self) -> list[tuple[str, float | None, float | None, float | None]]:
        """The rows of the numbers table: (metric, before, after, change)."""
        rows = []
        for r in range(self.table.rowCount()):
            values = [self.table.item(r, c).data(Qt.ItemDataRole.UserRole) for c in (1, 2, 3)]
            rows.append((self.table.item(r, 0).text(), *values))
        return rows

    def _fill_table(
        self, primary: str, before: Mapping[str, Any], after: Mapping[str, Any]
    ) -> None:
        keys = [k for k in after if k != primary and _finite(after.get(k)) is not None]
        keys = ([primary] if primary in after or primary in before else []) + sorted(keys)
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            b, a = _finite(before.get(key)), _finite(after.get(key))
            change = a - b if a is not None and b is not None else None
            name = short_metric_name(key)
            if key == primary:
                name = f"{metric_label(key)} ({name}), the main measure"
            cells = [
                (name, None),
                ("–" if b is None else f"{b:.4f}", b),
                ("–" if a is None else f"{a:.4f}", a),
                ("–" if change is None else f"{change:+.4f}", change),
            ]
            for column, (text, value) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setToolTip(key)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if key == primary:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(keys))
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(min(height + 2, 320))

    # -- the loss plot PNG --------------------------------------------------------------
    def _save_plot(self, summary: Any, folder: Path) -> None:
        """Save loss_plot.png beside the model off the GUI thread, then show it."""
        from desktop_app.gui.workers.background import BackgroundTask

        def save(_report, _cancel) -> str:
            from desktop_app.core.plotting.loss import save_loss_plot

            return str(save_loss_plot(summary, folder / LOSS_PLOT_FILENAME))

        if self._plot_task is not None and self._plot_task.is_running():
            self._plot_task.shutdown(10_000)
        self._plot_task = BackgroundTask(save, parent=self)
        self._plot_task.succeeded.connect(self._on_plot_saved)
        self._plot_task.failed.connect(self._on_plot_failed)
        self._plot_task.start()

    @Slot(object)
    def _on_plot_saved(self, path: object) -> None:
        self.plot_path = Path(str(path))
        pixmap = QPixmap(str(path))
        if not pixmap.isNull():
            self.plot_label.setPixmap(
                pixmap.scaledToWidth(
                    min(760, pixmap.width()), Qt.TransformationMode.SmoothTransformation
                )
            )
            self.plot_label.setToolTip(f"Saved as {path}")

    @Slot(object)
    def _on_plot_failed(self, exc: object) -> None:
        self.plot_label.setText(f"The loss plot could not be saved. {plain_error(exc)}")

    def shutdown(self) -> None:
        """Wait for the plot to be written (the window is closing)."""
        if self._plot_task is not None and self._plot_task.is_running():
            self._plot_task.shutdown(10_000)
        for dialog in self.findChildren(QWidget, "exportDialog"):
            dialog.shutdown()  # an export still running stops without writing

    # -- actions ------------------------------------------------------------------------
    @Slot()
    def open_folder(self) -> bool:
        """Open the model's folder in the file manager."""
        folder = self.output_dir()
        return bool(folder) and QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    @Slot()
    def open_export_dialog(self) -> QWidget | None:
        """Open the export dialog for the trained model (desktop_app/gui/export_dialog.py)."""
        if not self.output_dir():
            return None
        from desktop_app.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.output_dir(), self)
        dialog.open()
        return dialog

    @Slot()
    def _on_playground_clicked(self) -> None:
        if self.output_dir():
            self.open_playground_requested.emit(self.base_model_ref(), self.output_dir())
