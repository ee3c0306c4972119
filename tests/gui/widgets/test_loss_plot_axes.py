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
