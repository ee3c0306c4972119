"""The live loss plot: a clean empty frame before the first point, whole-number step ticks."""

from __future__ import annotations

import pytest

from desktop_app.gui.widgets.loss_plot import LossPlot

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _plot(qtbot) -> LossPlot:
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 400)
    plot.show()
    return plot


def test_empty_plot_has_no_made_up_scale(qtbot):
    plot = _plot(qtbot)
    plot.flush()
    ax = plot._ax
    assert ax.get_ylim() == (0.0, 1.0)  # not -0.04..0.04 around nothing
    assert not ax.yaxis.get_tick_params()["labelleft"]
    plot.set_total_steps(3)
    plot.flush()
    plot.canvas().draw()
    ticks = [t for t in ax.get_xticks() if 0 <= t <= 3]
    assert ticks
    assert all(float(t).is_integer() for t in ticks)  # no 0.5, 1.5 steps


def test_points_bring_the_loss_scale(qtbot):
    plot = _plot(qtbot)
    plot.set_total_steps(4)
    for step, loss in enumerate([2.0, 1.5, 1.2, 1.0], start=1):
        plot.add_loss(step, loss)
    plot.flush()
    plot.canvas().draw()
    low, high = plot._ax.get_ylim()
    assert low <= 1.0
    assert high >= 2.0
    assert plot._ax.yaxis.get_tick_params()["labelleft"]
    assert plot._ax.get_xlim() == (0.0, 4.0)
    assert all(float(t).is_integer() for t in plot._ax.get_xticks())


def _blue_pixels(plot: LossPlot) -> int:
    """Count pixels of the loss line's colour (#1f77b4) in what the canvas rendered."""
    import numpy as np

    buffer = np.asarray(plot.canvas().buffer_rgba())
    r, g, b = buffer[..., 0].astype(int), buffer[..., 1].astype(int), buffer[..., 2].astype(int)
    return int(((abs(r - 0x1F) < 12) & (abs(g - 0x77) < 12) & (abs(b - 0xB4) < 12)).sum())


def test_redraws_inside_the_frame_only_blit_the_line(qtbot):
    """Points that fit the current scale are drawn by blitting (cheap), and really drawn."""
    plot = _plot(qtbot)
    plot.set_total_steps(100)
    for step, loss in enumerate([2.0, 1.9, 1.8], start=1):
        plot.add_loss(step, loss)
    plot.flush()
    plot.canvas().draw()  # the full draw that the idle request would make
    drawn = _blue_pixels(plot)
    assert drawn > 0
    ylim = plot._ax.get_ylim()
    blits = plot.blit_count
    for step in range(4, 30):
        plot.add_loss(step, 1.85 - step * 0.001)  # inside the scale
        plot.flush()
    assert plot.blit_count == blits + 26
    assert plot._ax.get_ylim() == ylim
    assert _blue_pixels(plot) > drawn  # the longer line is on the canvas


def test_a_point_outside_the_scale_rescales_with_a_full_draw(qtbot):
    plot = _plot(qtbot)
    plot.set_total_steps(100)
    for step, loss in enumerate([2.0, 1.9], start=1):
        plot.add_loss(step, loss)
    plot.flush()
    plot.canvas().draw()
    blits = plot.blit_count
    plot.add_loss(3, 5.0)  # a spike above the scale
    plot.flush()
    assert plot.blit_count == blits
    assert plot._ax.get_ylim()[1] >= 5.0
    # a loss that fell to a small part of the scale gets a tighter one
    for step in range(4, 40):
        plot.add_loss(step, 0.50 + step * 0.0001)
    plot.flush()
    plot.canvas().draw()
    low, high = plot._ax.get_ylim()
    assert low <= 0.5
    assert high >= 5.0
    plot.clear()
    plot.set_total_steps(10)
    plot.add_loss(1, 0.3)
    plot.add_loss(2, 0.29)
    plot.flush()
    low, high = plot._ax.get_ylim()
    assert low <= 0.29
    assert 0.3 <= high < 1.0


def test_nan_loss_leaves_a_gap_not_a_broken_scale(qtbot):
    plot = _plot(qtbot)
    plot.set_total_steps(10)
    plot.add_loss(1, 1.0)
    plot.add_loss(2, float("nan"))
    plot.add_loss(3, 0.9)
    plot.flush()
    low, high = plot._ax.get_ylim()
    assert low <= 0.9
    assert high >= 1.0
    assert low == low
    assert high == high


def test_a_long_metric_label_goes_on_two_lines_to_fit_a_short_plot(qtbot):
    plot = _plot(qtbot)
    plot.set_total_steps(10)
    plot.add_loss(1, 1.0)
    plot.add_evaluation(0, 0.3, "Spearman correlation")
    plot.flush()
    assert plot._twin.get_ylabel() == "Spearman correlation\n(higher is better)"
    plot.add_evaluation(5, 0.4, "MRR@10")
    plot.flush()
    assert plot._twin.get_ylabel() == "MRR@10 (higher is better)"


def test_both_axis_labels_stay_inside_the_figure(qtbot):
    """The evaluation before training can come before the first loss: when the loss tick
    labels then appear, the margins make room, and no label is cut off at the edge."""
    plot = _plot(qtbot)
    plot.resize(1180, 390)
    plot.set_total_steps(6)
    plot.flush()
    plot.add_evaluation(0, 0.12, "Spearman correlation")
    plot.flush()
    for step, loss in ((1, 12.4), (2, 9.2)):
        plot.add_loss(step, loss)
        plot.flush()
    canvas = plot.canvas()
    canvas.draw()
    renderer = canvas.get_renderer()
    width, height = canvas.figure.bbox.width, canvas.figure.bbox.height
    for label in (plot._ax.yaxis.label, plot._twin.yaxis.label):
        box = label.get_window_extent(renderer)
        assert box.x0 >= 0
        assert box.x1 <= width
        assert box.y0 >= 0
        assert box.y1 <= height
