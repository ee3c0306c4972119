"""core/plotting/loss: loss histories in every shape the app writes, figures, the saved PNG."""

from __future__ import annotations

import json
import math
import subprocess
import sys

from matplotlib.figure import Figure

from desktop_app.core.plotting.loss import (
    LOSS_PLOT_FILENAME,
    loss_figure,
    loss_points,
    metric_label,
    save_loss_plot,
    summary_curves,
)


def test_loss_points_from_dicts_objects_and_pairs():
    class Event:
        def __init__(self, step, loss):
            self.step, self.loss = step, loss

    steps, losses = loss_points(
        [{"step": 1, "loss": 0.9}, Event(2, 0.8), (3, 0.7), {"step": 4}, (5, "x")]
    )
    assert steps == [1.0, 2.0, 3.0]
    assert losses == [0.9, 0.8, 0.7]
    _, with_nan = loss_points([{"step": 1, "loss": float("nan")}])
    assert math.isnan(with_nan[0])  # kept: the plot shows a gap, the page warns


def test_loss_figure_draws_loss_and_metric_without_pyplot():
    fig = loss_figure(
        [1, 2, 3],
        [0.9, 0.7, 0.6],
        eval_steps=[0, 3],
        eval_values=[0.4, 0.7],
        eval_label="Spearman correlation",
    )
    assert isinstance(fig, Figure)
    ax, twin = fig.axes
    assert list(ax.get_lines()[0].get_ydata()) == [0.9, 0.7, 0.6]
    assert list(twin.get_lines()[0].get_ydata()) == [0.4, 0.7]
    assert "Spearman" in twin.get_ylabel()


def test_save_loss_plot_from_summary_json(tmp_path):
    summary = {
        "primary_metric": "sts-dev_spearman_cosine",
        "loss_history": [{"step": s, "epoch": s / 10, "loss": 1 / s} for s in range(1, 11)],
    }
    path = tmp_path / "training_summary.json"
    path.write_text(json.dumps(summary), "utf-8")
    assert summary_curves(path)["losses"][-1] == 0.1
    out = save_loss_plot(path, tmp_path)
    assert out == tmp_path / LOSS_PLOT_FILENAME
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert out.stat().st_size > 5_000


def test_metric_labels_are_readable():
    assert metric_label("sts-dev_spearman_cosine") == "Spearman correlation"
    assert metric_label("eval_cosine_accuracy@1") == "right answer first"
    assert metric_label(None) == "evaluation score"


def test_plotting_needs_no_qt():
    code = (
        "import sys, desktop_app.core.plotting.loss as m;"
        "m.loss_figure([1], [1.0]);"
        "assert 'PySide6' not in sys.modules and 'matplotlib.pyplot' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
