"""A similarity matrix drawn with QPainter: live, shaped text, tooltips and clickable cells.

Why a painted widget and not a matplotlib canvas: the matrix redraws on every (debounced)
edit, and a QPainter repaint of a 50x50 matrix takes a few milliseconds where a matplotlib
redraw with text in every cell takes hundreds; Qt shapes Sinhala, Korean and Cyrillic labels
natively (HarfBuzz, with font fallback per character) and elides them correctly
(``QFontMetrics.elidedText``); and hit-testing for hover and clicks is simple geometry.
matplotlib is still used for the exported PNG/SVG (``core.plotting.heatmap``), with the same
colour scale and colours as here.

Colour scale: fixed, 0..1 for similarity (viridis; values below 0 take the lowest colour
and still show their number), -1..1 for a difference map (red = more similar after, blue =
less), with a legend bar on the right.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.gui.i18n import translate

#: matplotlib's viridis at 0, 0.1, …, 1 (same colours as the exported heatmap).
VIRIDIS: tuple[tuple[int, int, int], ...] = (
    (68, 1, 84), (72, 36, 117), (65, 68, 135), (53, 95, 141), (42, 120, 142), (33, 145, 140),
    (34, 168, 132), (68, 191, 112), (122, 209, 81), (189, 223, 38), (253, 231, 37),
)  # fmt: skip
#: matplotlib's RdBu_r at 0, 0.1, …, 1.
RDBU_R: tuple[tuple[int, int, int], ...] = (
    (5, 48, 97), (32, 101, 171), (67, 147, 195), (144, 196, 221), (209, 229, 240),
    (247, 246, 246), (253, 219, 199), (243, 164, 129), (214, 96, 77), (177, 24, 43),
    (103, 0, 31),
)  # fmt: skip


def colour_for(value: float, vmin: float, vmax: float, stops: Sequence[tuple[int, int, int]]):
    """Return the QColor for ``value`` on a fixed scale, clipped to its ends."""
    if not np.isfinite(value):
        return QColor(200, 200, 200)
    t = min(max((value - vmin) / (vmax - vmin), 0.0), 1.0) * (len(stops) - 1)
    low = int(np.floor(t))
    high = min(low + 1, len(stops) - 1)
    frac = t - low
    r, g, b = (stops[low][k] + (stops[high][k] - stops[low][k]) * frac for k in range(3))
    return QColor(round(r), round(g), round(b))


def colours_for(
    matrix: np.ndarray, vmin: float, vmax: float, stops: Sequence[tuple[int, int, int]]
) -> np.ndarray:
    """Return an ``(rows, columns, 3)`` uint8 array of colours on a fixed scale (vectorised)."""
    table = np.asarray(stops, dtype=float)
    values = np.nan_to_num(np.asarray(matrix, dtype=float), nan=vmin)
    t = np.clip((values - vmin) / (vmax - vmin), 0.0, 1.0) * (len(stops) - 1)
    low = np.floor(t).astype(int)
    high = np.minimum(low + 1, len(stops) - 1)
    frac = (t - low)[..., None]
    return np.rint(table[low] + (table[high] - table[low]) * frac).astype(np.uint8)


def _text_colour(background: QColor) -> QColor:
    luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF()
    return QColor(Qt.GlobalColor.black) if luminance > 0.5 else QColor(Qt.GlobalColor.white)


class HeatmapWidget(QWidget):
    """Shows a matrix with sentence labels, values in cells, a legend, hover and click.

    Signals:
        cellClicked(int, int): Row and column of the cell the user clicked.
    """

    cellClicked = Signal(int, int)

    LABEL_CHARS = 28  # label width, in average characters, before eliding
    LEGEND_WIDTH = 64
    MARGIN = 6

    def __init__(self, parent: QWidget | None = None, *, diverging: bool = False) -> None:
        super().__init__(parent)
        self._matrix: np.ndarray | None = None
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._diverging = diverging
        self._selected: tuple[int, int] | None = None
        self._placeholder = translate(
            "Heatmap", "Type sentences to see how similar the model finds them."
        )
        self.paint_count = 0
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ---- data -----------------------------------------------------------------------------

    @property
    def diverging(self) -> bool:
        """Whether this is a difference map (-1..1) rather than a similarity map (0..1)."""
        return self._diverging

    def value_range(self) -> tuple[float, float]:
        """The fixed colour scale."""
        return (-1.0, 1.0) if self._diverging else (0.0, 1.0)

    def set_data(
        self, matrix: np.ndarray, rows: Sequence[str], columns: Sequence[str] | None = None
    ) -> None:
        """Show a matrix; ``columns`` None means the same labels as ``rows``."""
        matrix = np.asarray(matrix, dtype=float)
        columns = list(rows if columns is None else columns)
        if matrix.shape != (len(rows), len(columns)):
            raise ValueError(f"matrix shape {matrix.shape} does not match the labels")
        self._matrix = matrix
        self._rows = list(rows)
        self._columns = columns
        if self._selected and (
            self._selected[0] >= len(self._rows) or self._selected[1] >= len(self._columns)
        ):
            self._selected = None
        self.updateGeometry()
        self.update()

    def clear(self, placeholder: str | None = None) -> None:
        """Show no matrix, only a short explanation."""
        self._matrix = None
        self._rows, self._columns = [], []
        self._selected = None
        if placeholder is not None:
            self._placeholder = placeholder
        self.update()

    def matrix(self) -> np.ndarray | None:
        """The matrix shown (a copy), or None."""
        return None if self._matrix is None else self._matrix.copy()

    def row_labels(self) -> list[str]:
        """Full texts of the rows shown."""
        return list(self._rows)

    def column_labels(self) -> list[str]:
        """Full texts of the columns shown."""
        return list(self._columns)

    def selected_cell(self) -> tuple[int, int] | None:
        """The cell last clicked, if any."""
        return self._selected

    def select_cell(self, row: int, column: int) -> None:
        """Highlight a cell and emit :attr:`cellClicked` (as a click would)."""
        self._selected = (row, column)
        self.update()
        self.cellClicked.emit(row, column)

    # ---- geometry -------------------------------------------------------------------------

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return min(metrics.averageCharWidth() * self.LABEL_CHARS, max(80, int(self.width() * 0.35)))

    def _grid_rect(self) -> QRectF:
        """Where the cells go: right of the row labels, below the column labels."""
        label = self._label_width()
        top = self.fontMetrics().height() + 2 * self.MARGIN  # one line of column numbers
        left = label + self.MARGIN
        width = self.width() - left - self.LEGEND_WIDTH - self.MARGIN
        height = self.height() - top - self.MARGIN
        n_rows, n_cols = max(len(self._rows), 1), max(len(self._columns), 1)
        cell = max(4.0, min(width / max(n_cols, 1), height / max(n_rows, 1)))
        return QRectF(left, top, cell * n_cols, cell * n_rows)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """Return the (row, column) under a point, or None."""
        if self._matrix is None:
            return None
        grid = self._grid_rect()
        if not grid.contains(QPointF(x, y)):
            return None
        cell = grid.width() / len(self._columns)
        row = int((y - grid.top()) / cell)
        column = int((x - grid.left()) / cell)
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            return row, column
        return None

    def cell_center(self, row: int, column: int) -> QPointF:
        """Centre of a cell in widget coordinates (for tests and keyboard use)."""
        grid = self._grid_rect()
        cell = grid.width() / max(len(self._columns), 1)
        return QPointF(grid.left() + (column + 0.5) * cell, grid.top() + (row + 0.5) * cell)

    def sizeHint(self) -> QSize:
        n = max(len(self._rows), len(self._columns), 4)
        label = self.fontMetrics().averageCharWidth() * self.LABEL_CHARS
        side = min(n * 44, 900)
        top = self.fontMetrics().height() + 2 * self.MARGIN
        return QSize(label + side + self.LEGEND_WIDTH + 20, top + side)

    # ---- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        # Drawn with a constant number of QPainter calls whatever the matrix size: the cells
        # are one image, the values are drawn in two passes (dark and light text), the column
        # labels under one rotation. Fast, and it keeps clear of PySide6 6.12's reference
        # leak on None from void methods under Python 3.11 (each call costs None one
        # reference; thousands of calls per paint used to crash the interpreter).
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self._matrix is None or self._matrix.size == 0:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            painter.end()
            self.paint_count += 1
            return
        stops = RDBU_R if self._diverging else VIRIDIS
        vmin, vmax = self.value_range()
        grid = self._grid_rect()
        n_rows, n_cols = self._matrix.shape
        cell = grid.width() / n_cols

        rgb = colours_for(self._matrix, vmin, vmax, stops)
        self._image_buffer = np.ascontiguousarray(rgb)
        image = QImage(
            self._image_buffer.data, n_cols, n_rows, 3 * n_cols, QImage.Format.Format_RGB888
        )
        painter.drawImage(grid, image)

        value_font = self._value_font(cell)
        if value_font is not None:
            painter.setFont(value_font)
            luminance = rgb @ np.array([0.299, 0.587, 0.114]) / 255.0
            for dark in (True, False):
                painter.setPen(QColor(Qt.GlobalColor.black if dark else Qt.GlobalColor.white))
                for i, j in zip(*np.nonzero((luminance > 0.5) == dark), strict=True):
                    text = self.value_text(i, j)
                    rect = QRectF(grid.left() + j * cell, grid.top() + i * cell, cell, cell)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if self._selected is not None:
            i, j = self._selected
            painter.setPen(QPen(palette.highlight().color(), 3))
            painter.drawRect(
                QRectF(grid.left() + j * cell, grid.top() + i * cell, cell, cell).adjusted(
                    1.5, 1.5, -1.5, -1.5
                )
            )

        base_font = self.font()
        painter.setFont(base_font)
        painter.setPen(palette.text().color())
        metrics = QFontMetrics(base_font)
        label_room = int(grid.left()) - self.MARGIN * 2
        # Left-aligned and clipped: the width measured for Korean or Sinhala text (drawn in a
        # fallback font) can fall short of the drawn width, and right-aligned text then ran
        # out to the left and cut off the row's number ("8." read as "3.").
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        for i in range(len(self._rows)):
            rect = QRectF(self.MARGIN, grid.top() + i * cell, label_room, cell)
            elided = metrics.elidedText(
                self.row_label_text(i), Qt.TextElideMode.ElideRight, label_room
            )
            painter.save()
            painter.setClipRect(rect)
            painter.drawText(rect, left, elided)
            painter.restore()
        # Column labels: horizontal numbers, readable in any script; the full text of each
        # column is in its tooltip (rotated Sinhala or Korean text was hard to read).
        small = QFont(base_font)
        small.setPointSizeF(max(6.0, min(base_font.pointSizeF(), cell / 2.2)))
        painter.setFont(small)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        for j in range(len(self._columns)):
            painter.drawText(
                QRectF(grid.left() + j * cell, 0, cell, grid.top() - self.MARGIN / 2),
                centre,
                self.column_label_text(j),
            )
        self._paint_legend(painter, grid, stops, vmin, vmax)
        painter.end()
        self.paint_count += 1

    def _paint_legend(self, painter: QPainter, grid: QRectF, stops, vmin: float, vmax: float):
        """The colour bar with five labelled ticks, right of the cells."""
        bar = QRectF(grid.right() + 14, grid.top(), 14, max(grid.height(), 80))
        gradient = QLinearGradient(bar.bottomLeft(), bar.topLeft())
        gradient.setStops(
            [(k / (len(stops) - 1), QColor(r, g, b)) for k, (r, g, b) in enumerate(stops)]
        )
        painter.fillRect(bar, gradient)
        painter.setPen(self.palette().text().color())
        painter.drawRect(bar)
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        ticks = 5
        ys = [bar.bottom() - bar.height() * k / (ticks - 1) for k in range(ticks)]
        painter.drawLines([QLineF(bar.right(), y, bar.right() + 3, y) for y in ys])
        for k, y in enumerate(ys):
            value = vmin + (vmax - vmin) * k / (ticks - 1)
            text = f"{value:+.1f}" if self._diverging else f"{value:.2f}"
            painter.drawText(
                QRectF(bar.right() + 5, y - 8, self.LEGEND_WIDTH, 16),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )

    def _value_font(self, cell: float) -> QFont | None:
        """A font in which every value fits its cell with room to spare, or None when the
        cells are too small for readable numbers (neighbouring values never run together)."""
        if cell < 22:
            return None
        font = QFont(self.font())
        font.setPointSizeF(10.0)
        widest = "+0.00" if self._diverging else "0.00"
        width_at_10 = max(1, QFontMetrics(font).horizontalAdvance(widest))
        size = min(self.font().pointSizeF(), 10.0 * cell * 0.78 / width_at_10, cell / 2.6)
        if size < 6.0:
            return None
        font.setPointSizeF(size)
        return font

    def value_text(self, row: int, column: int) -> str:
        """The number drawn in a cell ("0.84", or "+0.05" in a difference map)."""
        value = float(self._matrix[row, column]) if self._matrix is not None else float("nan")
        return f"{value:+.2f}" if self._diverging else f"{value:.2f}"

    def column_label_text(self, column: int) -> str:
        """What a column's header shows: its number (the full text is its tooltip)."""
        return str(column + 1)

    def row_label_text(self, row: int) -> str:
        """What a row's label shows: its number and its text (elided when drawn)."""
        return f"{row + 1}. " + " ".join(self._rows[row].split())

    # ---- interaction ----------------------------------------------------------------------

    def tooltip_text(self, row: int, column: int) -> str:
        """The full texts of a cell's two sentences and its score."""
        value = float(self._matrix[row, column]) if self._matrix is not None else float("nan")
        what = (
            translate("Heatmap", "Change")
            if self._diverging
            else translate("Heatmap", "Similarity")
        )
        shown = f"{value:+.3f}" if self._diverging else f"{value:.3f}"
        return translate("Heatmap", "{row}\n↔\n{column}\n\n{what}: {value}").format(
            row=self._rows[row], column=self._columns[column], what=what, value=shown
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.cell_at(event.position().x(), event.position().y())
            text = self._label_tooltip(event.position()) if hit is None else self.tooltip_text(*hit)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _label_tooltip(self, pos: QPointF) -> str:
        """Full text of the row or column label under the pointer."""
        if self._matrix is None:
            return ""
        grid = self._grid_rect()
        cell = grid.width() / len(self._columns)
        if pos.x() < grid.left() and grid.top() <= pos.y() < grid.bottom():
            return self._rows[int((pos.y() - grid.top()) / cell)]
        if pos.y() < grid.top() and grid.left() <= pos.x() < grid.right():
            column = int((pos.x() - grid.left()) / cell)
            return f"{column + 1}. {self._columns[column]}"
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position().x(), event.position().y())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select_cell(*hit)
            event.accept()
            return
        super().mousePressEvent(event)

    def grid_rect(self) -> QRect:
        """The cells' area in widget coordinates."""
        return self._grid_rect().toAlignedRect()
