"""The bridge between the Hugging Face trainer and the app's training events."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Any

from transformers import TrainerCallback

from desktop_app.core.i18n import translate
from desktop_app.core.training.events import (
    Evaluated,
    LossLogged,
    Progress,
    TrainingEvent,
    TrainingWarning,
)


class EventCallback(TrainerCallback):
    """Turns the trainer's log and step hooks into events, and stops the run on request.

    Cancelling sets ``control.should_training_stop`` at the end of the current step, so the
    model keeps what it has learned and is saved as usual.

    Attributes:
        loss_history: Every loss logged, as dicts (step, epoch, loss, learning_rate).
        stopped_early: Whether the run was stopped through ``cancel``.
        steps_done: Optimizer steps completed by this trainer (not counting resumed ones).
    """

    def __init__(
        self,
        on_event: Callable[[TrainingEvent], None],
        cancel: threading.Event,
        *,
        batch_size: int,
        primary_metric: str | None = None,
    ) -> None:
        self._on_event = on_event
        self._cancel = cancel
        self._batch_size = batch_size
        self._primary_metric = primary_metric
        self._started: float | None = None
        self._start_step = 0
        self._nan_reported = False
        self.loss_history: list[dict[str, Any]] = []
        self.stopped_early = False
        self.steps_done = 0

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        self._started = time.perf_counter()
        self._start_step = int(state.global_step)

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if self._started is None:
            self._started = time.perf_counter()
        elapsed = time.perf_counter() - self._started
        done = int(state.global_step) - self._start_step
        self.steps_done = done
        total = int(state.max_steps)
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (total - state.global_step) / rate if rate > 0 else None
        self._on_event(
            Progress(
                step=int(state.global_step),
                total_steps=total,
                epoch=float(state.epoch or 0.0),
                elapsed_s=elapsed,
                eta_s=eta,
                samples_per_s=rate * self._batch_size,
            )
        )
        if self._cancel.is_set() and state.global_step < total:
            self.stopped_early = True
            control.should_training_stop = True

    def on_log(
        self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **kwargs: Any
    ) -> None:
        if not logs or "loss" not in logs:
            return
        loss = float(logs["loss"])
        lr = logs.get("learning_rate")
        entry = {
            "step": int(state.global_step),
            "epoch": float(logs.get("epoch", state.epoch or 0.0)),
            "loss": loss,
            "learning_rate": None if lr is None else float(lr),
        }
        self.loss_history.append(entry)
        self._on_event(LossLogged(**entry))
        if not math.isfinite(loss) and not self._nan_reported:
            self._nan_reported = True
            self._on_event(
                TrainingWarning(
                    code="nan-loss",
                    message=translate(
                        "callbacks",
                        "The training loss became NaN (not a number): the model stopped "
                        "learning anything useful.",
                    ),
                    hint=translate(
                        "callbacks",
                        "Lower the learning rate, or check the scores/labels for extreme "
                        "values; then train again.",
                    ),
                )
            )

    def on_evaluate(
        self,
        args: Any,
        state: Any,
        control: Any,
        metrics: dict[str, float] | None = None,
        **kwargs: Any,
    ) -> None:
        if not metrics or not self._primary_metric:
            return
        plain = {
            k.removeprefix("eval_"): float(v)
            for k, v in metrics.items()
            if isinstance(v, int | float) and not isinstance(v, bool)
        }
        if self._primary_metric not in plain:
            return
        self._on_event(
            Evaluated(
                phase="during",
                step=int(state.global_step),
                primary_metric=self._primary_metric,
                value=plain[self._primary_metric],
                metrics=plain,
            )
        )


class CheckpointSchedule(TrainerCallback):
    """Asks for a checkpoint by wall-clock time (or every N steps), never at the very end.

    The library's own ``save_strategy="steps"`` also writes a full checkpoint (weights and
    optimizer state) when training ends, inside the timed loop, although nothing resumes
    from it: 18% of a large GPU run. The runner turns the library's saving off and this
    callback sets ``control.should_save`` instead: every ``every_s`` seconds of training
    (none in a shorter run), or every ``every_steps`` steps when the user set that, and
    never on the last step or when the run is being stopped (the model is saved anyway).
    """

    def __init__(self, *, every_s: float | None, every_steps: int | None = None) -> None:
        self._every_s = every_s
        self._every_steps = every_steps
        self._last_save: float | None = None

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        self._last_save = time.monotonic()

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if state.global_step >= state.max_steps or control.should_training_stop:
            control.should_save = False
            return
        if self._every_steps:
            control.should_save = state.global_step % self._every_steps == 0
        elif self._every_s is not None and self._last_save is not None:
            control.should_save = time.monotonic() - self._last_save >= self._every_s

    def on_save(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        self._last_save = time.monotonic()


class LossLogThrottle(TrainerCallback):
    """Logs the loss at most every ``min_interval_s`` seconds (first and last step always).

    Logging reads the loss from the device (``.item()``), which on a GPU waits for all queued
    work: logged at every step (the automatic interval of a short run), the CPU can no longer
    prepare the next batch while the GPU computes. The skipped steps are not lost: the trainer
    averages the loss over every step since the previous log. Used only on GPUs; on the CPU
    reading the loss costs nothing.
    """

    def __init__(self, min_interval_s: float) -> None:
        self._min_interval_s = min_interval_s
        self._last_log: float | None = None

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if not control.should_log:
            return
        now = time.monotonic()
        last_step = state.global_step >= state.max_steps or control.should_training_stop
        recent = self._last_log is not None and now - self._last_log < self._min_interval_s
        if recent and not last_step:
            control.should_log = False
        else:
            self._last_log = now
