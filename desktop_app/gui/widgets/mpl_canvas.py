"""A matplotlib canvas for Qt that knows the app's fonts and redraws without blocking.

Importing matplotlib's Qt backend costs a few hundred milliseconds, so this module is
imported only when a plot is first shown (the window must appear fast). The canvas draws a
``matplotlib.figure.Figure`` made without pyplot and is redrawn with ``draw_idle()`` only:
callers batch their updates and ask for a redraw at most a few times a second.
"""

from __future__ import annotations

import contextlib
import time
import warnings

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.fonts import register_with_matplotlib


class MplCanvas(FigureCanvasQTAgg):
    """A Qt widget showing one matplotlib Figure.

    The bundled fonts (Sinhala, Korean, Cyrillic) are registered with matplotlib before the
    figure is made, so labels in those scripts are shaped correctly.

    The margins are fitted to the labels (``tight_layout``) when the widget is resized or
    :meth:`fit_layout` is called, not at every draw: a tight layout measures all text again
    and doubles the cost of a redraw, which runs on the GUI thread. :attr:`last_draw_s` is
    how long the last draw took, so callers can space their redraws.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        figsize: tuple[float, float] = (6.0, 3.5),
        dpi: int = 100,
    ) -> None:
        register_with_matplotlib()
        self.figure = Figure(figsize=figsize, dpi=dpi)
        self.last_draw_s = 0.0
        super().__init__(self.figure)
        if parent is not None:
            self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def fit_layout(self) -> None:
        """Fit the margins to the current labels (once; not at every draw)."""
        # a widget too small to lay out keeps its previous margins
        with warnings.catch_warnings(), contextlib.suppress(ValueError):
            warnings.simplefilter("ignore")  # "tight_layout not applied" for tiny sizes
            self.figure.tight_layout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the margins to the new size."""
        super().resizeEvent(event)
        self.fit_layout()

    def draw(self) -> None:
        """Render the figure, remembering how long it took."""
        started = time.perf_counter()
        super().draw()
        self.last_draw_s = time.perf_counter() - started
