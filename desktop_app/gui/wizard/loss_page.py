"""Wizard page 3: how the model learns (the training loss), explained in plain words.

Every loss of the catalogue is a card with a radio button, its plain-language explanation and
when to pick it. The loss recommended for the data's shape is pre-selected and marked;
losses that cannot learn from the data are disabled with the reason shown, so the user sees
the whole picture without being able to pick something that would fail. Matryoshka is an
option on top of any loss, with the vector sizes the chosen model can produce.

For question/answer pairs trained with an in-batch-negative loss, a second option mines
"answers that look right but are wrong" (hard negatives) before training; "Show examples"
mines on a sample in the background so the user can spot answers wrongly taught as wrong
before any training starts.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog.losses import (
    LOSSES,
    SHAPE_WORDS,
    LossSpec,
    matryoshka_dims_for,
    matryoshka_explanation,
    recommended_loss,
)
from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.training.config import MAX_HARD_NEGATIVES
from desktop_app.core.training.hard_negatives import (
    HARD_NEGATIVES_ADVICE,
    HARD_NEGATIVES_EXPLANATION,
    PREVIEW_ROWS,
    MiningCancelled,
    loss_takes_hard_negatives,
    preview_hard_negatives,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.styles import scrolling_column
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import BackgroundTask

#: Vector size assumed for the Matryoshka choices until a model is chosen.
_FALLBACK_DIMENSIONS = 384


class LossCard(QFrame):
    """One loss: radio button with its title, badge, explanation, when to pick, reason."""

    def __init__(self, spec: LossSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"lossCard_{spec.name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.radio = QRadioButton(f"{spec.title}  —  {spec.name}")
        self.radio.setAccessibleName(spec.title)
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)
        top.addWidget(self.radio, 1)
        self.badge = QLabel(translate("LossPage", "Recommended for your data"))
        self.badge.setStyleSheet(
            "QLabel { background: #2e7d32; color: white; border-radius: 4px; padding: 2px 6px; }"
        )
        self.badge.hide()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
        self.summary = QLabel(spec.summary)
        self.summary.setWordWrap(True)
        self.when = QLabel(
            translate("LossPage", "<i>When to pick it:</i> {when}").format(when=spec.when_to_pick)
        )
        self.when.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("QLabel { color: #b00020; }")
        self.reason.hide()
        for label in (self.summary, self.when):
            label.setContentsMargins(24, 0, 0, 0)
        self.reason.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.when)
        layout.addWidget(self.reason)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """issue 11 hook: a click anywhere on the card picks its loss (when it fits)."""
        if event.button() == Qt.MouseButton.LeftButton and self.radio.isEnabled():
            self.radio.setChecked(True)
            event.accept()
            return
        super().mousePressEvent(event)

    def set_fit(self, shape: str | None, recommended: bool) -> None:
        """Enable or disable the card for data of ``shape`` and show the reason."""
        reason = self.spec.reason_not_accepted(shape) if shape else None
        fits = shape is not None and reason is None
        self.radio.setEnabled(fits)
        self.summary.setEnabled(fits)
        self.when.setEnabled(fits)
        self.badge.setVisible(recommended)
        self.reason.setVisible(reason is not None)
        self.reason.setText(
            translate("LossPage", "Not available: {reason}").format(reason=reason) if reason else ""
        )
        self.setToolTip(reason or "")


class HardNegativesBox(QFrame):
    """The "answers that look right but are wrong" option, its advice and its examples.

    Signals:
        preview_finished(bool): The examples were shown (True) or could not be (False).
    """

    preview_finished = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hardNegativesBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.check = QCheckBox(
            translate("LossPage", "Also learn from answers that look right but are wrong")
        )
        font = self.check.font()
        font.setBold(True)
        self.check.setFont(font)
        layout.addWidget(self.check)
        self.explanation = QLabel(
            translate("hard_negatives", HARD_NEGATIVES_EXPLANATION)
            + " "
            + translate("hard_negatives", HARD_NEGATIVES_ADVICE)
        )
        self.explanation.setWordWrap(True)
        self.explanation.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        self.count_caption = QLabel(translate("LossPage", "Wrong answers per question:"))
        row.addWidget(self.count_caption)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_HARD_NEGATIVES)
        self.count.setValue(1)
        self.count.setAccessibleName(translate("LossPage", "Wrong answers per question"))
        row.addWidget(self.count)
        self.show_button = QPushButton(translate("LossPage", "Show examples"))
        self.show_button.setToolTip(
            translate(
                "LossPage",
                "Look for wrong answers in up to {rows} of your rows now, without training.",
            ).format(rows=PREVIEW_ROWS)
        )
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setContentsMargins(24, 0, 0, 0)
        self.status.hide()
        layout.addWidget(self.status)
        self.examples = QLabel()
        self.examples.setObjectName("hardNegativeExamples")
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.RichText)
        self.examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.examples.setContentsMargins(24, 0, 0, 0)
        self.examples.hide()
        layout.addWidget(self.examples)

    def set_options_enabled(self, on: bool) -> None:
        """Enable the count and the examples button when the option is ticked."""
        for widget in (self.count_caption, self.count, self.show_button):
            widget.setEnabled(on)

    def show_status(self, text: str, error: bool = False) -> None:
        """Show a one-line status (progress, or what went wrong) under the option."""
        self.status.setStyleSheet("QLabel { color: #b00020; }" if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_examples(self, summary: Any) -> None:
        """Show what mining found on the sample: counts and a few examples with scores."""
        self.show_status(
            translate(
                "LossPage",
                "On a sample of your rows: {found} Look at the examples: is any "
                "answer taught as wrong in fact right?",
            ).format(found=summary.describe())
        )
        if not summary.examples:
            self.examples.setText(
                translate("LossPage", "<i>No wrong answer was safe enough to use.</i>")
            )
        else:
            items = []
            for example in summary.examples:
                question = html.escape(example.question)
                answer = html.escape(example.answer)
                wrong = html.escape(example.wrong_answer)
                items.append(
                    translate(
                        "LossPage",
                        "<li><b>Question:</b> {question}<br><b>Right answer:</b> {answer} "
                        "<span style='color:#555'>(similarity {answer_score:.2f})</span>"
                        "<br><b>Taught as wrong:</b> {wrong} "
                        "<span style='color:#555'>(similarity {wrong_score:.2f})</span></li>",
                    ).format(
                        question=question,
                        answer=answer,
                        answer_score=example.answer_score,
                        wrong=wrong,
                        wrong_score=example.wrong_score,
                    )
                )
            self.examples.setText("<ul>" + "".join(items) + "</ul>")
        self.examples.show()


class LossPage(WizardPage):
    """Pick the loss and the Matryoshka option; writes ``config.loss``/``matryoshka_dims``.

    Also the hard-negatives option for question/answer pairs (``config.hard_negatives``).
    """

    title = QT_TRANSLATE_NOOP("WizardPage", "How the model learns")
    subtitle = QT_TRANSLATE_NOOP(
        "WizardPage",
        "The loss is the lesson the model is given. The one that fits your data best is "
        "already selected; the others are explained so you can compare.",
    )

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._shape: str | None = None
        self._updating = False
        outer = QVBoxLayout(self)
        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        outer.addWidget(self.data_label)

        scroll, cards_layout = scrolling_column()
        cards_layout.setSpacing(6)
        self._cards_layout = cards_layout
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.cards: dict[str, LossCard] = {}
        for spec in LOSSES:
            card = LossCard(spec)
            self.cards[spec.name] = card
            self.group.addButton(card.radio)
            card.radio.toggled.connect(self._on_radio_toggled)
            cards_layout.addWidget(card)

        self.matryoshka_box = QFrame()
        self.matryoshka_box.setFrameShape(QFrame.Shape.StyledPanel)
        m_layout = QVBoxLayout(self.matryoshka_box)
        self.matryoshka_check = QCheckBox(
            translate("LossPage", "Also make shorter vectors work (Matryoshka)")
        )
        font = self.matryoshka_check.font()
        font.setBold(True)
        self.matryoshka_check.setFont(font)
        self.matryoshka_check.toggled.connect(self._on_matryoshka_toggled)
        m_layout.addWidget(self.matryoshka_check)
        explanation = QLabel(matryoshka_explanation())
        explanation.setWordWrap(True)
        explanation.setContentsMargins(24, 0, 0, 0)
        m_layout.addWidget(explanation)
        dims_row = QHBoxLayout()
        dims_row.setContentsMargins(24, 0, 0, 0)
        self.dims_caption = QLabel(translate("LossPage", "Vector sizes to train for:"))
        dims_row.addWidget(self.dims_caption)
        self._dims_row = dims_row
        self.dim_checks: dict[int, QCheckBox] = {}
        dims_row.addStretch(1)
        m_layout.addLayout(dims_row)
        cards_layout.addWidget(self.matryoshka_box)
        self.hard_negatives_box = HardNegativesBox()
        self.hard_negatives_box.check.toggled.connect(self._on_hard_negatives_toggled)
        self.hard_negatives_box.count.valueChanged.connect(self._on_hard_negatives_count)
        self.hard_negatives_box.show_button.clicked.connect(self.show_hard_negative_examples)
        self._preview: BackgroundTask | None = None
        cards_layout.addWidget(self.hard_negatives_box)
        cards_layout.addStretch(1)
        outer.addWidget(scroll, 1)
        state.project_loaded.connect(self._on_project_loaded)

    # -- state -> view ----------------------------------------------------------------
    def on_enter(self) -> None:
        """Re-read the data's shape and the model's vector size from the state."""
        self.refresh()

    def refresh(self) -> None:
        """Update cards, selection and Matryoshka sizes from the state."""
        self._updating = True
        try:
            shape = self.state.shape
            self._shape = shape
            best = recommended_loss(shape).name if shape else None
            if shape:
                self.data_label.setText(
                    translate(
                        "LossPage",
                        "Your data: <b>{shape}</b>. Losses that cannot "
                        "learn from this are greyed out, with the reason.",
                    ).format(shape=SHAPE_WORDS.get(shape, shape))
                )
            else:
                self.data_label.setText(
                    translate("LossPage", "Choose your data first: which losses fit depends on it.")
                )
            for name, card in self.cards.items():
                card.set_fit(shape, recommended=name == best)
            self._order_cards(best)
            chosen = self.state.config.loss
            if chosen not in self.cards or not self.cards[chosen].radio.isEnabled():
                chosen = best
            if chosen:
                self.cards[chosen].radio.setChecked(True)
            else:
                self._uncheck_all()
            self._rebuild_dims()
            self._refresh_hard_negatives()
        finally:
            self._updating = False
        self._write_config()

    def _order_cards(self, best: str | None) -> None:
        """Show the recommended loss first, then the others that fit, then the rest."""
        order = sorted(
            self.cards.values(),
            key=lambda card: (card.spec.name != best, not card.radio.isEnabled()),
        )
        for index, card in enumerate(order):
            self._cards_layout.removeWidget(card)
            self._cards_layout.insertWidget(index, card)

    def _uncheck_all(self) -> None:
        self.group.setExclusive(False)
        for card in self.cards.values():
            card.radio.setChecked(False)
        self.group.setExclusive(True)

    def _model_dimensions(self) -> int:
        return int(self.state.model_dimensions or _FALLBACK_DIMENSIONS)

    def _rebuild_dims(self) -> None:
        """Offer the Matryoshka sizes the chosen model can produce (all ≤ its dimension)."""
        wanted = set(self.state.config.matryoshka_dims)
        sizes = matryoshka_dims_for(self._model_dimensions())
        if list(self.dim_checks) != sizes:
            for box in self.dim_checks.values():
                self._dims_row.removeWidget(box)
                box.deleteLater()
            self.dim_checks = {}
            for index, size in enumerate(sizes):
                box = QCheckBox(str(size))
                box.setAccessibleName(translate("LossPage", "Vector size {size}").format(size=size))
                box.toggled.connect(self._on_dim_toggled)
                self._dims_row.insertWidget(1 + index, box)
                self.dim_checks[size] = box
        on = bool(wanted)
        self.matryoshka_check.setChecked(on)
        for size, box in self.dim_checks.items():
            box.setChecked(size in wanted if on else True)
            box.setEnabled(on)
        self.dims_caption.setEnabled(on)

    def _refresh_hard_negatives(self) -> None:
        """Offer the option only for pairs, and enable it only with a loss that uses it."""
        box = self.hard_negatives_box
        box.setVisible(self._shape == "pairs")
        fits = self._shape == "pairs" and loss_takes_hard_negatives(self.selected_loss())
        box.check.setEnabled(fits)
        box.check.setToolTip(
            ""
            if fits
            else translate(
                "LossPage", "Only Multiple Negatives Ranking losses learn from wrong answers."
            )
        )
        wanted = int(self.state.config.hard_negatives or 0)
        box.check.setChecked(fits and wanted > 0)
        if wanted > 0:
            box.count.setValue(min(wanted, MAX_HARD_NEGATIVES))
        box.set_options_enabled(box.check.isChecked())

    # -- view -> state ----------------------------------------------------------------
    def selected_hard_negatives(self) -> int:
        """Wrong answers per question to mine (0 = off or not possible)."""
        box = self.hard_negatives_box
        if not (box.check.isEnabled() and box.check.isChecked()) or self._shape != "pairs":
            return 0
        return int(box.count.value())

    def selected_loss(self) -> str | None:
        """The class name of the selected loss, or None."""
        for name, card in self.cards.items():
            if card.radio.isChecked():
                return name
        return None

    def selected_dims(self) -> list[int]:
        """The Matryoshka sizes ticked (empty when Matryoshka is off)."""
        if not self.matryoshka_check.isChecked():
            return []
        return sorted((s for s, box in self.dim_checks.items() if box.isChecked()), reverse=True)

    def _write_config(self) -> None:
        loss = self.selected_loss()
        dims = self.selected_dims()
        negatives = self.selected_hard_negatives()
        config = self.state.config
        changed = (config.loss, list(config.matryoshka_dims), config.hard_negatives) != (
            loss,
            dims,
            negatives,
        )
        if changed:
            config.loss = loss
            config.matryoshka_dims = dims
            config.hard_negatives = negatives
            self.state.loss_changed.emit()
        self.completeness_changed.emit()

    @Slot(bool)
    def _on_radio_toggled(self, checked: bool) -> None:
        if checked and not self._updating:
            self._updating = True
            try:
                self._refresh_hard_negatives_fit()
            finally:
                self._updating = False
            self._write_config()

    def _refresh_hard_negatives_fit(self) -> None:
        """After another loss was picked: keep the tick only if the new loss uses it."""
        box = self.hard_negatives_box
        fits = self._shape == "pairs" and loss_takes_hard_negatives(self.selected_loss())
        box.check.setEnabled(fits)
        if not fits:
            box.check.setChecked(False)
        box.set_options_enabled(fits and box.check.isChecked())

    @Slot(bool)
    def _on_hard_negatives_toggled(self, on: bool) -> None:
        self.hard_negatives_box.set_options_enabled(on)
        if not self._updating:
            self._write_config()

    @Slot(int)
    def _on_hard_negatives_count(self, _value: int) -> None:
        if not self._updating:
            self._write_config()

    @Slot()
    def show_hard_negative_examples(self) -> None:
        """Mine on a sample of the user's rows in the background and show a few examples."""
        state = self.state
        box = self.hard_negatives_box
        if state.table is None or state.roles is None:
            box.show_status(translate("LossPage", "Choose your data first."), error=True)
            return
        if self._preview is not None:
            self._preview.cancel()
        model_ref = state.model_path or state.config.model
        table, roles, count = state.table, state.roles, int(box.count.value())
        trust = bool(state.config.trust_remote_code)

        def operation(report: Any, cancel: Any) -> Any:
            return preview_hard_negatives(
                table,
                roles,
                model_ref,
                count,
                trust_remote_code=trust,
                on_progress=lambda done, total: report((done, total)),
                cancel=cancel,
            )

        task = BackgroundTask(operation, self)
        task.progress.connect(self._on_preview_progress)
        task.succeeded.connect(self._on_preview_done)
        task.failed.connect(self._on_preview_failed)
        self._preview = task
        box.show_button.setEnabled(False)
        box.examples.hide()
        box.show_status(translate("LossPage", "Loading the model and reading your examples…"))
        task.start()

    def _end_preview(self) -> None:
        task, self._preview = self._preview, None
        box = self.hard_negatives_box
        box.show_button.setEnabled(box.check.isChecked())
        if task is not None:
            task.deleteLater()

    @Slot(object)
    def _on_preview_progress(self, value: object) -> None:
        done, total = value  # type: ignore[misc]
        if total:
            self.hard_negatives_box.show_status(
                translate(
                    "LossPage", "Comparing questions and answers… {done:,} of {total:,} texts"
                ).format(done=done, total=total)
            )

    @Slot(object)
    def _on_preview_done(self, summary: object) -> None:
        self._end_preview()
        self.hard_negatives_box.show_examples(summary)
        self.hard_negatives_box.preview_finished.emit(True)

    @Slot(object)
    def _on_preview_failed(self, exc: object) -> None:
        self._end_preview()
        if isinstance(exc, MiningCancelled):
            self.hard_negatives_box.show_status("")
        elif isinstance(exc, UserFacingError):
            self.hard_negatives_box.show_status(f"{exc.message} {exc.hint}".strip(), error=True)
        else:
            self.hard_negatives_box.show_status(
                translate(
                    "LossPage", "The examples could not be found because of an unexpected problem."
                ),
                error=True,
            )
        self.hard_negatives_box.preview_finished.emit(False)

    def shutdown(self) -> None:
        """Stop a running "Show examples" (called when the window closes)."""
        if self._preview is not None:
            self._preview.shutdown()

    @Slot(bool)
    def _on_matryoshka_toggled(self, on: bool) -> None:
        for box in self.dim_checks.values():
            box.setEnabled(on)
        self.dims_caption.setEnabled(on)
        if not self._updating:
            self._write_config()

    @Slot(bool)
    def _on_dim_toggled(self, _checked: bool) -> None:
        if not self._updating:
            self._write_config()

    @Slot()
    def _on_project_loaded(self) -> None:
        if self.isVisible():
            self.refresh()

    def blocking_reason(self) -> str | None:
        """Why Next is not allowed yet, in plain words."""
        if self.state.shape is None:
            return translate("LossPage", "Choose your data first.")
        if self.selected_loss() is None:
            return translate("LossPage", "Pick how the model should learn.")
        if self.matryoshka_check.isChecked() and not self.selected_dims():
            return translate(
                "LossPage", "Tick at least one vector size for Matryoshka, or turn it off."
            )
        return None
