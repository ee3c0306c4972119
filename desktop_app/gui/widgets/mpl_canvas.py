"""A matplotlib canvas for Qt that knows the app's fonts and redraws without blocking.

Importing matplotlib's Qt backend costs a few hundred milliseconds, so this module is
imported only when a plot is first shown (the window must appear fast). The canvas draws a
``matplotlib.figure.Figure`` made without pyplot and is redrawn with ``draw_idle()`` only:
callers batch their updates and ask for a redraw at most a few times a second.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.fonts import register_with_matplotlib


class MplCanvas(FigureCanvasQTAgg):
    """A Qt widget showing one matplotlib Figure.

    The bundled fonts (Sinhala, Korean, Cyrillic) are registered with matplotlib before the
    figure is made, so labels in those scripts are shaped correctly.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        figsize: tuple[float, float] = (6.0, 3.5),
        dpi: int = 100,
    ) -> None:
        register_with_matplotlib()
        self.figure = Figure(figsize=figsize, dpi=dpi, layout="tight")
        super().__init__(self.figure)
        if parent is not None:
            self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
