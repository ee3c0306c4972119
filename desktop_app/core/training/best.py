"""Keep the best model a run saw, not the last one.

:class:`KeepBestCallback` measures the held-out rows every few steps during training (the
same evaluator as before and after training), and whenever the main measure improves it
copies the model's weights into memory (on the CPU). At the end, :meth:`restore_best` puts
the best weights back. Why not the trainer's ``load_best_model_at_end``: it needs a saved
checkpoint (weights *and* optimizer state) at every evaluation, which costs disk and time on
every run; a copy in memory of a small model takes milliseconds. The starting model counts as
a candidate too: if no step beats it, the saved model is the one the run started from, and
the summary says so.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from transformers import TrainerCallback

from desktop_app.core.training.events import Evaluated, TrainingEvent


def _copy_state(model: Any) -> dict[str, Any]:
    return {key: value.detach().to("cpu", copy=True) for key, value in model.state_dict().items()}


class KeepBestCallback(TrainerCallback):
    """Measures every ``eval_steps`` steps and keeps the best weights in memory.

    Attributes:
        best_value: The best value of the main measure seen (None before any).
        best_step: The step it was seen at (0 = the starting model).
        history: Every measurement: dicts with step, epoch, value.
        eval_seconds: Time spent measuring during training.
    """

    def __init__(
        self,
        model: Any,
        evaluate: Callable[[Any, float, int], tuple[float | None, dict[str, float]]],
        *,
        eval_steps: int,
        primary_metric: str,
        on_event: Callable[[TrainingEvent], None] | None = None,
        start_value: float | None = None,
        keep_start: bool = True,
    ) -> None:
        """Create the callback.

        Args:
            model: The model being trained (its weights are copied on improvement).
            evaluate: ``evaluate(model, epoch, step)`` -> (main value, all metrics).
            eval_steps: Measure every this many steps.
            primary_metric: The main measure's key (for the events).
            on_event: Receives an ``Evaluated("during", …)`` event per measurement.
            start_value: The main measure of the starting model (measured before training).
            keep_start: Also keep the starting weights, in case no step beats them.
        """
        self._model = model
        self._evaluate = evaluate
        self._eval_steps = max(1, int(eval_steps))
        self._primary = primary_metric
        self._emit = on_event or (lambda _event: None)
        self._best_state: dict[str, Any] | None = None
        self.best_value: float | None = None
        self.best_step = 0
        self.best_metrics: dict[str, float] = {}
        self.history: list[dict[str, Any]] = []
        self.eval_seconds = 0.0
        self._last_step = -1
        if start_value is not None and math.isfinite(start_value):
            self.best_value = float(start_value)
            if keep_start:
                self._best_state = _copy_state(model)

    def _measure(self, state: Any) -> None:
        step = int(state.global_step)
        if step == self._last_step:
            return
        self._last_step = step
        started = time.perf_counter()
        value, metrics = self._evaluate(self._model, float(state.epoch or 0.0), step)
        self.history.append({"step": step, "epoch": float(state.epoch or 0.0), "value": value})
        self._emit(Evaluated("during", step, self._primary, value, dict(metrics)))
        if (
            value is not None
            and math.isfinite(value)
            and (self.best_value is None or value > self.best_value)
        ):
            self.best_value = float(value)
            self.best_step = step
            self.best_metrics = dict(metrics)
            self._best_state = _copy_state(self._model)
        self.eval_seconds += time.perf_counter() - started

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if state.global_step % self._eval_steps == 0 and not control.should_training_stop:
            self._measure(state)

    def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        # The last steps since the previous measurement count too.
        self._measure(state)

    def restore_best(self) -> bool:
        """Put the best weights back into the model; return whether they differ from the last.

        The last weights stay when they are the best (or when nothing was measured).
        """
        if self._best_state is None or self.best_step == self._last_step:
            return False
        self._model.load_state_dict(self._best_state)
        return True

    def release(self) -> None:
        """Drop the copy of the weights (memory)."""
        self._best_state = None
