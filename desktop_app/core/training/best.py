"""Keep an earlier moment of a run only when it was clearly better than the end.

:class:`KeepBestCallback` measures the held-out rows every few steps during training (what
the model makes of each row, the verdict's own measure), and whenever the main measure is
the highest seen it copies the model's weights into memory (on the CPU). At the end,
:meth:`restore_best` puts those weights back only when that moment beats the end of training
by more than chance explains on the held-out rows (the verdict's paired bootstrap,
:func:`desktop_app.core.verdict.clearly_better`); otherwise the last model stays.

Why not simply the highest figure: a dozen measurements on a few hundred held-out rows differ
by chance, and the highest of them is mostly the luckiest. Keeping it cost 0.027 Spearman on
unseen Sinhala test rows against keeping the end (docs/benchmarks/recipes.md, round 6): the
"best" moment was step 224 of 900, level with the end on the held-out rows. A moment clearly
better than the end still wins, which is what guards a run that overfits or diverges.

Why not the trainer's ``load_best_model_at_end``: it needs a saved checkpoint (weights *and*
optimizer state) at every evaluation, which costs disk and time on every run; a copy in
memory of a small model takes milliseconds.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from transformers import TrainerCallback

from desktop_app.core.i18n import translate
from desktop_app.core.training.events import Evaluated, TrainingEvent
from desktop_app.core.verdict import clearly_better

# What one measurement gives: the main value (None when undefined), every metric, and what
# the model made of each held-out row (a RowMeasures).
Measurement = tuple[float | None, dict[str, float], Any]


def _figures(first: float, second: float) -> tuple[str, str]:
    """Two measures as text, with a third decimal when two would show them equal."""
    for digits in (2, 3, 4):
        shown = f"{first:.{digits}f}", f"{second:.{digits}f}"
        if shown[0] != shown[1]:
            break
    return shown


def _copy_state(model: Any) -> dict[str, Any]:
    return {key: value.detach().to("cpu", copy=True) for key, value in model.state_dict().items()}


class KeepBestCallback(TrainerCallback):
    """Measures every ``eval_steps`` steps; keeps an earlier moment only if clearly better.

    Attributes:
        best_value: The highest value of the main measure seen (None before any).
        best_step: The step it was seen at.
        kept_step: After :meth:`restore_best`: the step whose model was kept (the last step
            unless an earlier one was clearly better).
        kept_value: The main measure of the kept model on the held-out rows.
        kept_rows: What the kept model made of each held-out row (None when not known).
        earlier_kept: Whether an earlier moment replaced the end of training.
        history: Every measurement: dicts with step, epoch, value.
        eval_seconds: Time spent measuring during training.
    """

    def __init__(
        self,
        model: Any,
        evaluate: Callable[[Any, float, int], Measurement],
        *,
        eval_steps: int,
        primary_metric: str,
        on_event: Callable[[TrainingEvent], None] | None = None,
    ) -> None:
        """Create the callback.

        Args:
            model: The model being trained (its weights are copied at a new highest value).
            evaluate: ``evaluate(model, epoch, step)`` -> (main value, all metrics, per-row
                measures).
            eval_steps: Measure every this many steps.
            primary_metric: The main measure's key (for the events).
            on_event: Receives an ``Evaluated("during", …)`` event per measurement.
        """
        self._model = model
        self._evaluate = evaluate
        self._eval_steps = max(1, int(eval_steps))
        self._primary = primary_metric
        self._emit = on_event or (lambda _event: None)
        self._best_state: dict[str, Any] | None = None
        self._best_rows: Any = None
        self._last_rows: Any = None
        self._last_value: float | None = None
        self.best_value: float | None = None
        self.best_step = 0
        self.kept_step: int | None = None
        self.kept_value: float | None = None
        self.kept_rows: Any = None
        self.earlier_kept = False
        self.history: list[dict[str, Any]] = []
        self.eval_seconds = 0.0
        self._last_step = -1

    def _measure(self, state: Any) -> None:
        step = int(state.global_step)
        if step == self._last_step:
            return
        self._last_step = step
        started = time.perf_counter()
        value, metrics, rows = self._evaluate(self._model, float(state.epoch or 0.0), step)
        self.history.append({"step": step, "epoch": float(state.epoch or 0.0), "value": value})
        self._emit(Evaluated("during", step, self._primary, value, dict(metrics)))
        self._last_rows, self._last_value = rows, value
        if (
            value is not None
            and math.isfinite(value)
            and (self.best_value is None or value > self.best_value)
        ):
            self.best_value = float(value)
            self.best_step = step
            self._best_rows = rows
            self._best_state = _copy_state(self._model)
        self.eval_seconds += time.perf_counter() - started

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if state.global_step % self._eval_steps == 0 and not control.should_training_stop:
            self._measure(state)

    def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        # The last steps since the previous measurement count too.
        self._measure(state)

    def restore_best(self) -> bool:
        """Put an earlier moment's weights back when it was clearly better than the end.

        Returns whether the model's weights were changed. The last weights stay when they
        are the highest, when nothing was measured, and when the earlier moment's lead over
        them is within what chance explains on the held-out rows.
        """
        self.kept_step = self._last_step if self._last_step >= 0 else None
        self.kept_value, self.kept_rows = self._last_value, self._last_rows
        if self._best_state is None or self.best_step == self._last_step:
            return False
        last_failed = self._last_value is None or not math.isfinite(self._last_value)
        if not last_failed and not clearly_better(self._best_rows, self._last_rows):
            return False
        self._model.load_state_dict(self._best_state)
        self.kept_step, self.kept_value, self.kept_rows = (
            self.best_step,
            self.best_value,
            self._best_rows,
        )
        self.earlier_kept = True
        return True

    def note(self, total_steps: int) -> str:
        """Which moment was kept and why, in one plain sentence ("" when there is nothing to say).

        Call after :meth:`restore_best`. Nothing is said when the end was kept and measured
        as high as any moment.
        """
        if self.kept_step is None or self.best_step == self._last_step:
            return ""
        end = self._last_value if self._last_value is not None else math.nan
        if self.earlier_kept:
            if not math.isfinite(end):
                return translate(
                    "best",
                    "The model from step {step:,} of {steps:,} was kept: the end of training "
                    "could not be measured.",
                ).format(step=self.kept_step, steps=total_steps)
            kept_text, end_text = _figures(self.kept_value, end)
            return translate(
                "best",
                "The model from step {step:,} of {steps:,} was kept, not the end of training: "
                "on the held-out rows it was clearly better ({kept} against {end} at the end).",
            ).format(step=self.kept_step, steps=total_steps, kept=kept_text, end=end_text)
        if self.best_value is None or not math.isfinite(end) or self.best_value <= end:
            return ""  # the end measured as high as any moment: nothing to explain
        high_text, end_text = _figures(self.best_value, end)
        return translate(
            "best",
            "The model from the end of training was kept. Step {step:,} measured a little "
            "higher on the held-out rows ({high} against {end}), but by less than chance "
            "explains.",
        ).format(step=self.best_step, high=high_text, end=end_text)

    def release(self) -> None:
        """Drop the copy of the weights (memory)."""
        self._best_state = None
