"""The small immutable events a training run reports while it works.

The runner calls ``on_event(event)`` with these from the thread it runs in; the GUI worker
turns them into Qt signals, the CLI prints them (or their :meth:`to_dict` as JSON lines).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any


def json_safe(value: Any) -> Any:
    """Return ``value`` with NaN/infinite floats replaced by None (strict JSON has neither)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


@dataclass(frozen=True)
class _Event:
    """Base class: every event serialises to a JSON-ready dict with a ``type`` key."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict including ``"type"`` (the class name)."""
        return json_safe({"type": type(self).__name__, **asdict(self)})


@dataclass(frozen=True)
class StageChanged(_Event):
    """The run moved to another stage.

    Attributes:
        stage: One of "loading-data", "loading-model", "mining" (hard negatives, when asked
            for), "evaluating-before", "training", "evaluating-after", "saving", "done".
        message: What is happening, in plain words.
    """

    stage: str
    message: str


@dataclass(frozen=True)
class Progress(_Event):
    """Training advanced by a step.

    Attributes:
        step: Steps done so far.
        total_steps: Steps the run will take.
        epoch: Epochs done so far (fractional).
        elapsed_s: Seconds since training started.
        eta_s: Estimated seconds left (None until it can be estimated).
        samples_per_s: Training examples processed per second so far.
    """

    step: int
    total_steps: int
    epoch: float
    elapsed_s: float
    eta_s: float | None
    samples_per_s: float


@dataclass(frozen=True)
class MiningProgress(_Event):
    """Mining wrong answers that look right (before training) advanced by a chunk of texts.

    Attributes:
        texts_done: Questions and answers embedded so far.
        texts_total: Questions and answers to embed.
    """

    texts_done: int
    texts_total: int


@dataclass(frozen=True)
class HardNegativesMined(_Event):
    """Wrong answers that look right were found, before training starts.

    Attributes:
        description: One plain sentence on what was mined (and what was left out).
        summary: ``MiningSummary.to_dict()``, with a few examples for the user to check.
    """

    description: str
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LossLogged(_Event):
    """The training loss averaged over the last logging interval."""

    step: int
    epoch: float
    loss: float
    learning_rate: float | None


@dataclass(frozen=True)
class Evaluated(_Event):
    """The model was measured on the evaluation rows.

    Attributes:
        phase: "before", "during" or "after" training.
        step: Training step at which it was measured.
        primary_metric: The metric that summarises quality for this kind of data.
        value: Its value.
        metrics: All metrics measured (plain names, floats).
    """

    phase: str
    step: int
    primary_metric: str
    value: float | None
    metrics: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class TrainingWarning(_Event):
    """Something the user should know that does not stop the run (e.g. the loss became NaN)."""

    code: str
    message: str
    hint: str = ""


@dataclass(frozen=True)
class Finished(_Event):
    """The run ended and the model was saved.

    Attributes:
        output_dir: The folder the trained model was saved in.
        stopped_early: Whether the user stopped it before the planned end.
        summary: The contents of training_summary.json.
    """

    output_dir: str
    stopped_early: bool
    summary: dict[str, Any] = field(default_factory=dict)


TrainingEvent = (
    StageChanged
    | Progress
    | MiningProgress
    | HardNegativesMined
    | LossLogged
    | Evaluated
    | TrainingWarning
    | Finished
)
