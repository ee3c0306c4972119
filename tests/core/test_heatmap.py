"""The heatmap figure: fixed colour scale, a value in each cell, shortened labels."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.core.plotting.heatmap import heatmap_figure, shorten


def test_shorten_keeps_short_labels_and_adds_ellipsis():
    assert shorten("short") == "short"
    assert shorten("a  b\nc") == "a b c"
    long = "Как получить доступ к логам сервера в продакшене?"
    assert shorten(long, 20).endswith("…")
    assert len(shorten(long, 20)) == 20


def test_similarity_heatmap_has_fixed_scale_values_and_legend():
    matrix = np.array([[1.0, 0.42], [0.42, 1.0]])
    labels = ["මගේ කුඹුරේ පස ගොඩක් මැටි සහිතයි, මම කුමක් කළ යුතුද?", "사업장 소재지"]
    figure = heatmap_figure(matrix, labels, title="t")
    heat, colorbar = figure.axes
    image = heat.get_images()[0]
    assert image.get_clim() == (0.0, 1.0)  # fixed, not scaled to the data
    texts = [t.get_text() for t in heat.texts]
    assert texts.count("1.00") == 2
    assert texts.count("0.42") == 2
    ticks = [t.get_text() for t in heat.get_yticklabels()]
    assert ticks[0].endswith("…")
    assert ticks[1] == "사업장 소재지"
    assert colorbar.get_ylabel() == "cosine similarity"


def test_difference_heatmap_is_diverging_around_zero():
    figure = heatmap_figure(np.array([[0.2, -0.1]]), ["a"], ["b", "c"], diverging=True)
    image = figure.axes[0].get_images()[0]
    assert image.get_clim() == (-1.0, 1.0)
    assert image.get_cmap().name == "RdBu_r"
    assert [t.get_text() for t in figure.axes[0].texts] == ["+0.20", "-0.10"]


def test_shape_mismatch_is_refused():
    with pytest.raises(ValueError, match="does not match"):
        heatmap_figure(np.zeros((2, 2)), ["a"])
