"""The live training-loss plot: events are buffered, the canvas redraws a few times a second.

Training logs a loss every few steps and can evaluate now and then. Redrawing a matplotlib
canvas for each of those would steal the GUI thread from the user, so points are only
appended to lists here and a ~200 ms timer redraws with ``draw_idle()`` when something new
arrived. The matplotlib canvas itself is created the first time the plot is shown, so that
building the wizard does not import matplotlib's Qt backend on the start-up path.
"""

from __future__ import annotations

import math
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.gui.i18n import translate

if TYPE_CHECKING:
    from desktop_app.gui.widgets.mpl_canvas import MplCanvas

#: Milliseconds between redraws while points arrive.
REDRAW_INTERVAL_MS = 200
#: Never spend more than about 1/this of the GUI thread on redrawing.
_DRAW_BUDGET_FACTOR = 5
_MAX_INTERVAL_MS = 2_000


def _import_plotting() -> None:
    """Import matplotlib's Qt canvas and register the fonts (takes ~0.5-1 s)."""
    from desktop_app.core.fonts import register_with_matplotlib
    from desktop_app.gui.widgets import mpl_canvas  # noqa: F401

    register_with_matplotlib()


class LossPlot(QWidget):
    """A live plot of the training loss and, as it comes, the evaluation metric.

    Call :meth:`add_loss` and :meth:`add_evaluation` as often as events arrive; the widget
    redraws at most every :data:`REDRAW_INTERVAL_MS` milliseconds.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss_steps: list[float] = []
        self.losses: list[float] = []
        self.eval_steps: list[float] = []
        self.eval_values: list[float] = []
        self.eval_label = translate("LossPlot", "evaluation score")
        self.total_steps: int | None = None
        self.redraw_count = 0
        #: How many of the redraws only blitted the lines over the kept frame.
        self.blit_count = 0
        self._dirty = False
        self._background = None
        self._drawn_frame: tuple | None = None
        self._loss_scaled = False
        self._eval_scaled = False
        self._canvas: MplCanvas | None = None
        self._ax = None
        self._twin = None
        self._loss_line = None
        self._eval_line = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(
            translate("LossPlot", "The loss curve appears here once training starts.")
        )
        self._placeholder.setMinimumHeight(180)
        self._layout.addWidget(self._placeholder)
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_INTERVAL_MS)
        self._timer.timeout.connect(self._redraw)
        self._prepared = threading.Event()
        self._preparing = False

    def prepare(self) -> None:
        """Import matplotlib in a background thread, so showing the plot does not freeze.

        A plain daemon thread that only imports modules (no Qt object crosses threads); the
        redraw timer creates the canvas once the imports are done.
        """
        if self._preparing or self._canvas is not None:
            return
        self._preparing = True

        def run() -> None:
            try:
                _import_plotting()
            finally:
                self._prepared.set()

        threading.Thread(target=run, name="import-matplotlib", daemon=True).start()

    # -- data -------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget every point (a new run starts)."""
        self.loss_steps.clear()
        self.losses.clear()
        self.eval_steps.clear()
        self.eval_values.clear()
        self.total_steps = None
        self._loss_scaled = False
        self._eval_scaled = False
        self._mark_dirty()

    def set_total_steps(self, total: int | None) -> None:
        """Fix the x axis to the whole run so the curve grows from left to right."""
        if total != self.total_steps:
            self.total_steps = total
            self._mark_dirty()

    def add_loss(self, step: float, loss: float) -> None:
        """Buffer one training-loss point."""
        self.loss_steps.append(float(step))
        self.losses.append(float(loss))
        self._mark_dirty()

    def add_evaluation(self, step: float, value: float, label: str | None = None) -> None:
        """Buffer one evaluation result (the primary metric at ``step``)."""
        if value is None or not math.isfinite(float(value)):
            return
        if label:
            self.eval_label = label
        self.eval_steps.append(float(step))
        self.eval_values.append(float(value))
        self._mark_dirty()

    def is_redraw_pending(self) -> bool:
        """Whether points arrived that are not drawn yet."""
        return self._dirty

    def _mark_dirty(self) -> None:
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    # -- drawing ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Create the canvas when the plot becomes visible (once matplotlib is imported)."""
        super().showEvent(event)
        if self._canvas is None and self._preparing and not self._prepared.is_set():
            self._mark_dirty()  # the timer creates the canvas when the import is done
            return
        self._ensure_canvas()
        self._mark_dirty()

    def canvas(self) -> MplCanvas:
        """Return the matplotlib canvas, creating it on first use."""
        return self._ensure_canvas()

    def _ensure_canvas(self) -> MplCanvas:
        if self._canvas is None:
            from desktop_app.core.plotting.loss import draw_loss
            from desktop_app.gui.widgets.mpl_canvas import MplCanvas

            self._canvas = MplCanvas(self)
            self._ax = self._canvas.figure.add_subplot(1, 1, 1)
            draw_loss(self._ax, [], [])
            (self._loss_line,) = self._ax.get_lines()
            # the lines are drawn over a kept frame (blitting), not in every full draw
            self._loss_line.set_animated(True)
            self._canvas.mpl_connect("draw_event", self._on_draw)
            from matplotlib.ticker import MaxNLocator

            # steps are whole numbers: never ticks at 0.5 or 2.5
            self._ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            self._scale_axes()
            self._canvas.fit_layout()
            self._layout.removeWidget(self._placeholder)
            self._placeholder.deleteLater()
            self._layout.addWidget(self._canvas)
        return self._canvas

    @Slot()
    def _redraw(self) -> None:
        """Copy the buffered points into the lines and ask for one idle redraw."""
        if not self._dirty:
            self._timer.stop()
            return
        if self._canvas is None and not self.isVisible():
            return  # drawn when shown
        if self._canvas is None and self._preparing and not self._prepared.is_set():
            return  # matplotlib is still being imported in the background
        self.flush()
        # space redraws so that drawing never takes more than ~1/5 of the GUI thread
        spent_ms = self._canvas.last_draw_s * 1000 if self._canvas is not None else 0.0
        interval = int(
            min(_MAX_INTERVAL_MS, max(REDRAW_INTERVAL_MS, spent_ms * _DRAW_BUDGET_FACTOR))
        )
        self._timer.setInterval(interval)

    def _scale_axes(self) -> None:
        """Fit the axes to the points; before the first point, a clean empty frame (steps 0
        to the total, no loss scale) instead of matplotlib's -0.04..0.04 around nothing.

        The loss scale is only changed when a point falls outside it or the points have
        shrunk to a small part of it, so that most redraws keep the frame and only blit the
        lines (see :meth:`flush`).
        """
        ax = self._ax
        if self.loss_steps:
            ax.tick_params(axis="y", labelleft=True)
            limits = _fitted_limits(ax.get_ylim() if self._loss_scaled else None, self.losses)
            if limits is not None:
                ax.set_ylim(*limits)
            self._loss_scaled = True
            if not self.total_steps:
                ax.set_xlim(0, _room_for(max(self.loss_steps), ax.get_xlim()[1]))
        else:
            self._loss_scaled = False
            ax.set_ylim(0, 1)
            ax.tick_params(axis="y", labelleft=False)
            ax.set_xlim(0, max(1, self.total_steps or 1))
        if self.total_steps:
            ax.set_xlim(0, max(1, self.total_steps))
        if self._twin is not None and self.eval_values:
            current = self._twin.get_ylim() if self._eval_scaled else None
            limits = _fitted_limits(current, self.eval_values)
            if limits is not None:
                self._twin.set_ylim(*limits)
            self._eval_scaled = True

    def _frame(self) -> tuple:
        """What a full redraw would change: limits, labels, the second axis, the size."""
        twin = None if self._twin is None else (self._twin.get_ylim(), self._twin.get_ylabel())
        return (
            self._ax.get_xlim(),
            self._ax.get_ylim(),
            bool(self.loss_steps),
            twin,
            self._canvas.get_width_height(),
        )

    def _on_draw(self, _event: object) -> None:
        """After every full draw (which leaves the animated lines out): keep the empty
        frame for blitting and draw the lines over it."""
        canvas = self._canvas
        self._background = canvas.copy_from_bbox(canvas.figure.bbox)
        self._drawn_frame = self._frame()
        self._draw_lines()

    def _draw_lines(self) -> None:
        self._ax.draw_artist(self._loss_line)
        if self._twin is not None and self._eval_line is not None:
            self._twin.draw_artist(self._eval_line)

    def flush(self) -> None:
        """Draw what is buffered now (also used by tests and before saving).

        When the frame (axes limits, labels, size) is the one last drawn, only the lines are
        drawn again over the saved background and blitted: a few milliseconds instead of a
        full figure redraw (tens of milliseconds of the GUI thread, with every tick label
        measured and rendered again).
        """
        canvas = self._ensure_canvas()
        ax = self._ax
        self._dirty = False
        self._loss_line.set_data(self.loss_steps, self.losses)
        for text in list(ax.texts):
            if self.loss_steps:
                text.remove()
        if self.eval_steps:
            from desktop_app.core.plotting.loss import METRIC_COLOUR

            new_axis = self._twin is None
            if new_axis:
                self._twin = ax.twinx()
                (self._eval_line,) = self._twin.plot(
                    [], [], color=METRIC_COLOUR, marker="o", linewidth=1.2, animated=True
                )
            self._eval_line.set_data(self.eval_steps, self.eval_values)
            self._twin.set_ylabel(_axis_label(self.eval_label), color=METRIC_COLOUR)
            if new_axis:
                canvas.fit_layout()  # make room for the right-hand axis label
        first_points = bool(self.loss_steps) and not self._loss_scaled
        self._scale_axes()
        if first_points:
            canvas.fit_layout()  # the loss tick labels appear now: make room for them
        self.redraw_count += 1
        if self._background is not None and self._frame() == self._drawn_frame:
            started = time.perf_counter()
            canvas.restore_region(self._background)
            self._draw_lines()
            canvas.blit(canvas.figure.bbox)
            canvas.last_draw_s = time.perf_counter() - started
            self.blit_count += 1
            return
        self._drawn_frame = None
        canvas.draw_idle()


def _axis_label(metric: str) -> str:
    """The metric axis label; a long one on two lines, so that it fits a short plot (a
    vertical label longer than the plot is cut off at the top)."""
    label = translate("LossPlot", "{metric} (higher is better)").format(metric=metric)
    if len(label) <= 28:
        return label
    return translate("LossPlot", "{metric}\n(higher is better)").format(metric=metric)


def _fitted_limits(
    current: tuple[float, float] | None, values: list[float]
) -> tuple[float, float] | None:
    """New axis limits for ``values``, or None when ``current`` still fits them well.

    Limits change when a value falls outside them, or when the values span less than a
    third of them (a falling loss would otherwise end as a flat line at the bottom).
    Non-finite values (a NaN loss) are left out; the plot shows a gap.
    """
    finite = [v for v in values if math.isfinite(v)]
    if not finite:
        return None
    low, high = min(finite), max(finite)
    if current is not None:
        lo, hi = current
        if lo <= low and high <= hi and (high - low) >= (hi - lo) / 3:
            return None
    span = high - low
    pad = span * 0.12 if span > 0 else max(abs(high) * 0.1, 0.05)
    return low - pad, high + pad


def _room_for(last_step: float, current_max: float) -> float:
    """An x limit past ``last_step`` with room to grow (used when the total is unknown)."""
    if last_step <= current_max and current_max > 1:
        return current_max
    return max(1.0, last_step * 1.5)
