"""Wizard page 6: what training achieved, where the model is, and what to do next.

The page leads with the core's verdict (``desktop_app.core.verdict``: better, worse,
unchanged or cannot-tell, the same words as the CLI's last line and the model card) and one
sentence with one number ("On 120 pairs the model had not seen, its similarity now agrees
with your scores 0.59 (it was 0.35; 1.0 would be perfect…)"). Only "better" is green. Next
to it: the held-out pairs whose similarity changed most, with the user's own score. The
numbers table, every row named in words, and the settings a search tried sit behind
"Details". The page says where the model was saved (with Open folder), saves the loss plot
as a PNG beside the model, and offers the Playground with the trained model and its base
model side by side. A run stopped early is said plainly, with how far it got.
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
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.plotting.loss import LOSS_PLOT_FILENAME
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.flow_layout import FlowLayout
from desktop_app.gui.widgets.styles import scrolling_column
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import plain_error

#: The headline for each verdict; only "better" is shown as a success (green). The texts are
#: marked for context "ResultPage"; :func:`verdict_headline` translates them.
HEADLINES = {
    "better": (QT_TRANSLATE_NOOP("ResultPage", "Your model got better."), "#2e7d32"),
    "worse": (
        QT_TRANSLATE_NOOP("ResultPage", "Your model got worse on the rows it had not seen."),
        "#b00020",
    ),
    "unchanged": (QT_TRANSLATE_NOOP("ResultPage", "No real change."), "palette(text)"),
    "cannot-tell": (
        QT_TRANSLATE_NOOP("ResultPage", "The result cannot be measured."),
        "palette(text)",
    ),
}


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


def verdict_headline(summary: Any) -> tuple[str, str]:
    """(headline, colour) for a run's verdict; "still poor" is never a success."""
    verdict = summary_value(summary, "verdict")
    if verdict not in HEADLINES:  # a summary written before verdicts existed
        return translate("ResultPage", "Training finished."), "palette(text)"
    details = summary_value(summary, "verdict_details", {}) or {}
    if details.get("still_poor"):
        return translate("ResultPage", "Your model is still poor."), "#8a5a00"
    headline, colour = HEADLINES[verdict]
    return translate("ResultPage", headline), colour


class ResultPage(WizardPage):
    """Shows the run's result and offers the next steps.

    Signals:
        open_playground_requested(str, str): (base model ref, trained model folder); the main
            window opens the Playground comparing the two.
    """

    title = QT_TRANSLATE_NOOP("WizardPage", "Result")
    subtitle = QT_TRANSLATE_NOOP("WizardPage", "How much your model learned, and where it is.")

    open_playground_requested = Signal(str, str)
    train_again_requested = Signal()  # issue 11: change the settings and train again

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._shown_summary: Any = None
        from desktop_app.gui.workers.background import LatestTask

        # A newer result replaces the plot still being drawn for an older one.
        self._plot_task = LatestTask(self)
        self._plot_task.succeeded.connect(self._on_plot_saved)
        self._plot_task.failed.connect(self._on_plot_failed)
        self.plot_path: Path | None = None
        self._build()
        state.result_ready.connect(self._on_result_ready)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll, layout = scrolling_column()

        self.verdict_label = QLabel(translate("ResultPage", "No training has finished yet."))
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
        sentence_font = self.sentence_label.font()
        sentence_font.setPointSizeF(sentence_font.pointSizeF() * 1.15)
        self.sentence_label.setFont(sentence_font)
        layout.addWidget(self.sentence_label)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("resultReason")
        self.reason_label.setWordWrap(True)
        layout.addWidget(self.reason_label)
        self.advice_label = QLabel()
        self.advice_label.setObjectName("resultAdvice")
        self.advice_label.setWordWrap(True)
        layout.addWidget(self.advice_label)
        self.moment_label = QLabel()  # which moment of the run was kept, and why
        self.moment_label.setObjectName("resultKeptMoment")
        self.moment_label.setWordWrap(True)
        self.moment_label.hide()
        layout.addWidget(self.moment_label)
        self.stopped_label = QLabel()
        self.stopped_label.setObjectName("resultStoppedEarly")
        self.stopped_label.setWordWrap(True)
        self.stopped_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border-radius: 4px; padding: 6px; }"
        )
        self.stopped_label.hide()
        layout.addWidget(self.stopped_label)

        self.examples_title = QLabel(
            translate("ResultPage", "<b>The pairs that changed most</b> (rows it had not seen)")
        )
        layout.addWidget(self.examples_title)
        self.examples_table = QTableWidget(0, 5)
        self.examples_table.setObjectName("resultExamples")
        self.examples_table.setHorizontalHeaderLabels(
            [
                translate("ResultPage", "Text"),
                translate("ResultPage", "Other text"),
                translate("ResultPage", "Your score"),
                translate("ResultPage", "Similarity before"),
                translate("ResultPage", "After"),
            ]
        )
        self._setup_table(self.examples_table, stretch=(0, 1))
        layout.addWidget(self.examples_table)

        self.details_button = QToolButton()
        self.details_button.setObjectName("resultDetailsButton")
        self.details_button.setText(translate("ResultPage", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._on_details_toggled)
        layout.addWidget(self.details_button)
        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)

        self.search_table = QTableWidget(0, 4)
        self.search_table.setObjectName("resultSearchTable")
        self.search_table.setHorizontalHeaderLabels(
            [
                translate("ResultPage", "Settings tried"),
                translate("ResultPage", "Main measure"),
                translate("ResultPage", "Minutes"),
                translate("ResultPage", "Outcome"),
            ]
        )
        self._setup_table(self.search_table, stretch=(0,))

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("resultTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ResultPage", "Measure"),
                translate("ResultPage", "Before"),
                translate("ResultPage", "After"),
                translate("ResultPage", "Change"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        details_layout.addWidget(self.table)
        details_layout.addWidget(self.search_table)
        self.details.hide()

        self.saved_label = QLabel()
        self.saved_label.setObjectName("resultSavedIn")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.saved_label)
        buttons = FlowLayout()  # wraps where a language's words are longer than the window
        self.open_folder_button = QPushButton(translate("ResultPage", "Open &folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.playground_button = QPushButton(
            translate("ResultPage", "Try it in the &Playground (compare with the base model)")
        )
        self.playground_button.setObjectName("openPlaygroundButton")
        self.playground_button.clicked.connect(self._on_playground_clicked)
        self.export_button = QPushButton(translate("ResultPage", "E&xport for other programs…"))
        self.export_button.setObjectName("exportModelButton")
        self.export_button.clicked.connect(self.open_export_dialog)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.playground_button)
        buttons.addWidget(self.export_button)
        # -- issue 11 hook (wizard helper): train again, and this project's earlier runs --
        from desktop_app.gui.wizard.runs_list import RunsList

        self.train_again_button = QPushButton(
            translate("ResultPage", "Train &again (change settings)…")
        )
        self.train_again_button.setObjectName("trainAgainButton")
        self.train_again_button.setToolTip(
            translate(
                "ResultPage",
                "Change the settings and train again; the new model gets a folder of its own and "
                "this result stays in the list below.",
            )
        )
        self.train_again_button.clicked.connect(self.train_again_requested)
        buttons.addWidget(self.train_again_button)
        self.runs_list = RunsList(self.state)
        # -- end of issue 11 hook --
        layout.addLayout(buttons)
        layout.addWidget(self.runs_list)

        self.plot_label = QLabel()
        self.plot_label.setObjectName("resultLossPlot")
        self.plot_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.plot_label)
        layout.addStretch(1)
        outer.addWidget(scroll)
        self._set_enabled(False)

    @staticmethod
    def _setup_table(table: QTableWidget, stretch: tuple[int, ...]) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    @staticmethod
    def _fit_height(table: QTableWidget, limit: int = 320) -> None:
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(min(height + 2, limit))

    @Slot(bool)
    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

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

        headline, colour = verdict_headline(summary)
        self.verdict_label.setText(headline)
        self.verdict_label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        sentence = summary_value(summary, "headline") or ""
        if not sentence and primary and after is not None:
            sentence = describe_result(primary, before, after)
            sentence = sentence[0].upper() + sentence[1:] + "."
        self.sentence_label.setText(sentence)
        self.sentence_label.setVisible(bool(sentence))
        reason = summary_value(summary, "verdict_reason") or ""
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        advice = summary_value(summary, "verdict_advice") or ""
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))
        moment = summary_value(summary, "kept_note") or ""
        self.moment_label.setText(moment)
        self.moment_label.setVisible(bool(moment))
        self._fill_examples(summary_value(summary, "examples", []) or [])
        self._fill_search(summary_value(summary, "search", []) or [])

        steps = summary_value(summary, "steps")
        total = summary_value(summary, "total_steps")
        if stopped:
            if steps and total:
                text = translate(
                    "ResultPage",
                    "Training was stopped early after {steps:,} of {total:,} steps; "
                    "the model keeps what it learned so far.",
                ).format(steps=steps, total=total)
            else:
                text = translate(
                    "ResultPage",
                    "Training was stopped early; the model keeps what it learned so far.",
                )
            self.stopped_label.setText(text)
        self.stopped_label.setVisible(stopped)
        self._fill_table(primary, before_all, after_all)

        folder = self.output_dir()
        self.saved_label.setText(
            translate("ResultPage", "The model was saved in:<br><b>{folder}</b>").format(
                folder=folder
            )
            if folder
            else ""
        )
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

    def _fill_examples(self, examples: list[Mapping[str, Any]]) -> None:
        self.examples_table.setRowCount(len(examples))
        for row, example in enumerate(examples):
            target = _finite(example.get("target"))
            cells = [
                str(example.get("first", "")),
                str(example.get("second", "")),
                "–" if target is None else f"{target:g}",
                f"{float(example.get('before', 0.0)):.2f}",
                f"{float(example.get('after', 0.0)):.2f}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.examples_table.setItem(row, column, item)
        has_targets = any(_finite(e.get("target")) is not None for e in examples)
        self.examples_table.setColumnHidden(2, not has_targets)
        self.examples_title.setVisible(bool(examples))
        self.examples_table.setVisible(bool(examples))
        self._fit_height(self.examples_table, 260)

    def _fill_search(self, table: list[Mapping[str, Any]]) -> None:
        self.search_table.setRowCount(len(table))
        for row, trial in enumerate(table):
            value = _finite(trial.get("value"))
            passes = float(trial.get("epochs", 0) or 0)
            loss, rate = trial.get("loss", ""), float(trial.get("learning_rate", 0))
            if passes != 1:
                what = translate(
                    "ResultPage", "{loss}, learning rate {rate:g}, {passes:g} passes"
                ).format(loss=loss, rate=rate, passes=passes)
            else:
                what = translate(
                    "ResultPage", "{loss}, learning rate {rate:g}, {passes:g} pass"
                ).format(loss=loss, rate=rate, passes=passes)
            statuses = {
                "done": translate("ResultPage", "tried"),
                "stopped": translate("ResultPage", "stopped"),
                "failed": translate("ResultPage", "failed"),
                "skipped": translate("ResultPage", "not tried"),
            }
            status = str(trial.get("status") or "")
            outcome = (
                translate("ResultPage", "kept")
                if trial.get("kept")
                else (trial.get("note") or statuses.get(status, status))
            )
            cells = [
                what,
                "–" if value is None else f"{value:.3f}",
                f"{float(trial.get('seconds', 0) or 0) / 60:.1f}",
                str(outcome or ""),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if trial.get("kept"):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.search_table.setItem(row, column, item)
        self.search_table.setVisible(bool(table))
        self._fit_height(self.search_table)

    def _fill_table(
        self, primary: str, before: Mapping[str, Any], after: Mapping[str, Any]
    ) -> None:
        from desktop_app.core.evaluation import plain_metric_name

        keys = [k for k in after if k != primary and _finite(after.get(k)) is not None]
        keys = ([primary] if primary in after or primary in before else []) + sorted(keys)
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            b, a = _finite(before.get(key)), _finite(after.get(key))
            change = a - b if a is not None and b is not None else None
            name = plain_metric_name(key)
            name = name[0].upper() + name[1:]
            if key == primary:
                name = translate("ResultPage", "{name}: the main measure").format(name=name)
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
        self._fit_height(self.table)

    # -- the loss plot PNG --------------------------------------------------------------
    def _save_plot(self, summary: Any, folder: Path) -> None:
        """Save loss_plot.png beside the model off the GUI thread, then show it."""

        def save(_report, _cancel) -> str:
            from desktop_app.core.plotting.loss import save_loss_plot

            return str(save_loss_plot(summary, folder / LOSS_PLOT_FILENAME))

        self._plot_task.start(save)

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
            self.plot_label.setToolTip(translate("ResultPage", "Saved as {path}").format(path=path))

    @Slot(object)
    def _on_plot_failed(self, exc: object) -> None:
        self.plot_label.setText(
            translate("ResultPage", "The loss plot could not be saved. {error}").format(
                error=plain_error(exc)
            )
        )

    def shutdown(self) -> None:
        """Wait for the plot to be written (the window is closing)."""
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
