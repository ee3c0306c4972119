"""The training-loss curve as a matplotlib Figure, for the live plot, the result page and disk.

The figure is built with ``matplotlib.figure.Figure`` directly (never pyplot), so it can be
drawn in a worker thread, in the command line or embedded in a Qt canvas. The same
:func:`draw_loss` fills the axes for the live plot and for the PNG saved next to a trained
model, so what the user watched is what they keep.
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Colours of the two curves (matplotlib's default blue and orange, readable when printed).
LOSS_COLOUR = "#1f77b4"
METRIC_COLOUR = "#ff7f0e"

#: The file name of the saved plot inside a trained model's folder.
LOSS_PLOT_FILENAME = "loss_plot.png"


def _value(item: Any, key: str, index: int) -> Any:
    """Read ``key`` from a dict, an object attribute or a ``(step, value)`` sequence."""
    if isinstance(item, Mapping):
        return item.get(key)
    if hasattr(item, key):
        return getattr(item, key)
    if isinstance(item, Sequence) and not isinstance(item, str) and len(item) > index:
        return item[index]
    return None


def loss_points(history: Iterable[Any]) -> tuple[list[float], list[float]]:
    """Return (steps, losses) from a loss history in any of the shapes the app writes.

    Accepts dicts (``{"step": 10, "loss": 0.5}``), objects with ``step`` and ``loss``
    attributes (``LossLogged`` events) or ``(step, loss)`` pairs. Points without a number
    are skipped; NaN losses are kept (the plot shows a gap, the caller may warn).
    """
    steps: list[float] = []
    losses: list[float] = []
    for item in history or ():
        step, loss = _value(item, "step", 0), _value(item, "loss", 1)
        if step is None or loss is None:
            continue
        try:
            point = (float(step), float(loss))
        except (TypeError, ValueError):
            continue
        steps.append(point[0])
        losses.append(point[1])
    return steps, losses


def metric_label(primary_metric: str | None) -> str:
    """Return a short readable axis label for an evaluation metric name.

    Metric names come from sentence-transformers evaluators ("sts-dev_spearman_cosine",
    "eval_cosine_accuracy@1", "triplets_cosine_accuracy", "pairs_cosine_ap").
    """
    if not primary_metric:
        return translate("plotting", "evaluation score")
    name = primary_metric.lower()
    for needle, label in (
        ("spearman", QT_TRANSLATE_NOOP("plotting", "Spearman correlation")),
        ("pearson", QT_TRANSLATE_NOOP("plotting", "Pearson correlation")),
        ("accuracy@1", QT_TRANSLATE_NOOP("plotting", "right answer first")),
        ("mrr@", "MRR@10"),
        ("ndcg@", "NDCG@10"),
        ("_ap", QT_TRANSLATE_NOOP("plotting", "average precision")),
        ("f1", "F1"),
        ("accuracy", QT_TRANSLATE_NOOP("plotting", "accuracy")),
    ):
        if needle in name:
            return translate("plotting", label)
    return primary_metric.replace("_", " ")


def draw_loss(
    ax: Axes,
    steps: Sequence[float],
    losses: Sequence[float],
    *,
    eval_steps: Sequence[float] = (),
    eval_values: Sequence[float] = (),
    eval_label: str | None = None,
    total_steps: int | None = None,
) -> Axes | None:
    """Draw the loss curve (and the evaluation metric on a second axis) into ``ax``.

    Args:
        ax: The axes to draw into; it is cleared first.
        steps: Training steps at which the loss was logged.
        losses: The logged losses.
        eval_steps: Steps at which the model was evaluated.
        eval_values: The primary metric at those steps.
        eval_label: Readable name of the metric (the right-hand axis label).
        total_steps: Fix the x range to the whole run, so the curve grows to the right.

    Returns:
        The twin axes of the metric, or None when there is no evaluation.
    """
    ax.clear()
    ax.plot(
        steps,
        losses,
        color=LOSS_COLOUR,
        linewidth=1.6,
        label=translate("plotting", "training loss"),
    )
    ax.set_xlabel(translate("plotting", "training step"))
    ax.set_ylabel(translate("plotting", "training loss (lower is better)"), color=LOSS_COLOUR)
    ax.grid(True, alpha=0.3)
    if total_steps:
        ax.set_xlim(0, max(1, total_steps))
    if not steps:
        ax.text(
            0.5,
            0.5,
            translate("plotting", "The loss curve appears here once training starts."),
            ha="center",
            va="center",
            transform=ax.transAxes,
            color="#777777",
        )
    twin = None
    if eval_steps:
        twin = ax.twinx()
        twin.plot(
            eval_steps,
            eval_values,
            color=METRIC_COLOUR,
            marker="o",
            linewidth=1.2,
            label=eval_label or translate("plotting", "evaluation"),
        )
        twin.set_ylabel(
            translate("plotting", "{metric} (higher is better)").format(
                metric=eval_label or translate("plotting", "evaluation")
            ),
            color=METRIC_COLOUR,
        )
    return twin


def loss_figure(
    steps: Sequence[float],
    losses: Sequence[float],
    *,
    eval_steps: Sequence[float] = (),
    eval_values: Sequence[float] = (),
    eval_label: str | None = None,
    title: str | None = QT_TRANSLATE_NOOP("plotting", "Training loss"),
    figsize: tuple[float, float] = (7.0, 4.0),
    dpi: int = 100,
) -> Figure:
    """Return a new Figure with the loss curve and, when given, the evaluation metric.

    Built without pyplot, so it is safe in any thread and needs no GUI.
    """
    from matplotlib.figure import Figure

    from desktop_app.core.fonts import register_with_matplotlib

    register_with_matplotlib()
    fig = Figure(figsize=figsize, dpi=dpi, layout="tight")
    ax = fig.add_subplot(1, 1, 1)
    draw_loss(
        ax,
        steps,
        losses,
        eval_steps=eval_steps,
        eval_values=eval_values,
        eval_label=eval_label,
    )
    if title:
        ax.set_title(translate("plotting", title))
    return fig


def _summary_get(summary: Any, key: str, default: Any = None) -> Any:
    if isinstance(summary, Mapping):
        return summary.get(key, default)
    return getattr(summary, key, default)


def summary_curves(summary: Any) -> dict[str, Any]:
    """Extract the curves to plot from a TrainingSummary, its dict, or a summary JSON path.

    Returns:
        ``steps``, ``losses``, ``eval_steps``, ``eval_values``, ``eval_label``.
    """
    if isinstance(summary, str | Path):
        summary = json.loads(Path(summary).read_text("utf-8"))
    steps, losses = loss_points(_summary_get(summary, "loss_history", []) or [])
    eval_steps: list[float] = []
    eval_values: list[float] = []
    for item in _summary_get(summary, "eval_history", []) or []:
        step = _value(item, "step", 0)
        value = _value(item, "value", 1)
        if step is None or value is None:
            continue
        try:
            if math.isfinite(float(value)):
                eval_steps.append(float(step))
                eval_values.append(float(value))
        except (TypeError, ValueError):
            continue
    return {
        "steps": steps,
        "losses": losses,
        "eval_steps": eval_steps,
        "eval_values": eval_values,
        "eval_label": metric_label(_summary_get(summary, "primary_metric")),
    }


def save_loss_plot(summary: Any, path: str | Path, *, dpi: int = 120) -> Path:
    """Save the loss curve of a finished run as a PNG and return its path.

    Args:
        summary: The run's TrainingSummary (or its dict, or the path of its
            ``training_summary.json``).
        path: The PNG to write, or a folder (then ``loss_plot.png`` inside it).
        dpi: Resolution of the PNG.
    """
    target = Path(path)
    if target.is_dir():
        target = target / LOSS_PLOT_FILENAME
    curves = summary_curves(summary)
    fig = loss_figure(
        curves["steps"],
        curves["losses"],
        eval_steps=curves["eval_steps"],
        eval_values=curves["eval_values"],
        eval_label=curves["eval_label"],
        dpi=dpi,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and moved into place, so that a reader (the Result page, a
    # second save of the same plot) never sees half a PNG.
    partial = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        fig.savefig(partial, format="png")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
