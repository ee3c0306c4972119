"""The similarity matrix as a matplotlib heatmap (for export and the command line).

The colour scale is fixed so two heatmaps can be compared by eye: similarity is drawn on
0..1 (cosine similarity of sentence embeddings is almost never negative for these models;
values below 0 are clipped to the lowest colour and still printed in the cell), and the
difference map (``diverging=True``) on -1..1 with a red-white-blue map centred on 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Fixed colour scale of a similarity map.
SIMILARITY_RANGE: tuple[float, float] = (0.0, 1.0)
#: Fixed colour scale of a difference map (after minus before).
DIFFERENCE_RANGE: tuple[float, float] = (-1.0, 1.0)
SIMILARITY_CMAP = "viridis"
DIFFERENCE_CMAP = "RdBu_r"


def shorten(text: str, limit: int = 32) -> str:
    """Shorten a label to ``limit`` characters with an ellipsis, on one line."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 1)].rstrip() + "…"


def heatmap_figure(
    matrix: np.ndarray,
    row_labels: Sequence[str],
    column_labels: Sequence[str] | None = None,
    *,
    title: str = "",
    vmin: float | None = None,
    vmax: float | None = None,
    cmap: str | None = None,
    annotate: bool = True,
    diverging: bool = False,
    label_limit: int = 32,
    colorbar_label: str | None = None,
) -> Figure:
    """Draw a matrix as a heatmap with labelled rows and columns and a colour bar.

    Args:
        matrix: Scores, shape ``(len(row_labels), len(column_labels))``.
        row_labels: Sentences down the side (shortened with an ellipsis).
        column_labels: Sentences across the top; None means the same as ``row_labels``.
        title: Figure title.
        vmin: Lower end of the colour scale; default 0 (similarity) or -1 (difference).
        vmax: Upper end; default 1.
        cmap: Colour map name; default viridis (similarity) or RdBu_r (difference).
        annotate: Print the value in each cell (skipped above 40x40, where it is unreadable).
        diverging: Draw a difference map centred on 0.
        label_limit: Characters kept of each label.
        colorbar_label: Legend caption; defaults to "cosine similarity" or "change".

    Returns:
        A matplotlib Figure (no pyplot; call ``savefig`` or put it on a canvas).
    """
    from matplotlib.figure import Figure

    from desktop_app.core.fonts import register_with_matplotlib

    register_with_matplotlib()
    matrix = np.asarray(matrix, dtype=float)
    column_labels = list(row_labels if column_labels is None else column_labels)
    row_labels = list(row_labels)
    if matrix.shape != (len(row_labels), len(column_labels)):
        raise ValueError(
            f"matrix shape {matrix.shape} does not match labels "
            f"({len(row_labels)}, {len(column_labels)})"
        )
    low, high = DIFFERENCE_RANGE if diverging else SIMILARITY_RANGE
    vmin = low if vmin is None else vmin
    vmax = high if vmax is None else vmax
    cmap = cmap or (DIFFERENCE_CMAP if diverging else SIMILARITY_CMAP)

    n_rows, n_cols = matrix.shape
    cell = 0.55 if max(n_rows, n_cols) <= 20 else 0.32
    width = min(4.0 + cell * n_cols + label_limit * 0.06, 40.0)
    height = min(2.5 + cell * n_rows + label_limit * 0.05, 40.0)
    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    image = axes.imshow(matrix, cmap=cmap, vmin=vmin, vmax=vmax, aspect="auto")
    axes.set_xticks(range(n_cols), [shorten(t, label_limit) for t in column_labels])
    axes.set_yticks(range(n_rows), [shorten(t, label_limit) for t in row_labels])
    axes.tick_params(axis="x", labelrotation=45, labelsize=8)
    axes.tick_params(axis="y", labelsize=8)
    for label in axes.get_xticklabels():
        label.set_horizontalalignment("right")
        label.set_rotation_mode("anchor")
    if annotate and max(n_rows, n_cols) <= 40:
        colormap = image.get_cmap()
        for i in range(n_rows):
            for j in range(n_cols):
                value = matrix[i, j]
                red, green, blue, _ = colormap(image.norm(value))
                luminance = 0.299 * red + 0.587 * green + 0.114 * blue
                axes.text(
                    j,
                    i,
                    f"{value:+.2f}" if diverging else f"{value:.2f}",
                    ha="center",
                    va="center",
                    fontsize=7 if max(n_rows, n_cols) > 12 else 9,
                    color="black" if luminance > 0.5 else "white",
                )
    if title:
        axes.set_title(title)
    bar = figure.colorbar(image, ax=axes, shrink=0.8)
    default_label = (
        translate("plotting", "change (after − before)")
        if diverging
        else translate("plotting", "cosine similarity")
    )
    bar.set_label(colorbar_label or default_label)
    return figure
