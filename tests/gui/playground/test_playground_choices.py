"""Playground: search with the model the user chose (and say which), readable labels, values
that never run together, and auto-filled sentences that hold whole question/answer pairs."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics

from desktop_app.gui.widgets.heatmap import HeatmapWidget

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CORPUS = [
    "Как сменить пароль?",
    "Сменить пароль: Настройки, Безопасность.",
    "Как отменить подписку?",
    "Отмена подписки: раздел Платежи.",
    "The cat is sleeping on the sofa.",
]


@pytest.mark.slow
def test_search_in_compare_mode_uses_the_chosen_model_and_says_which(
    qtbot, page, offline_model_path, fine_tuned_model_path
):
    page.set_sentences(CORPUS[:2])
    page.compare_models(str(offline_model_path), str(fine_tuned_model_path))
    combo = page.search_model_combo
    assert combo.count() == 2
    assert page.search_ref() == str(fine_tuned_model_path)  # the trained model by default
    page.set_search_corpus(CORPUS, "support.csv")
    page.tabs.setCurrentIndex(1)
    shown: list = []
    page.searchShown.connect(shown.append)
    page.query_edit.setText("Как поменять пароль?")
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    assert shown[-1].request.model == str(fine_tuned_model_path)
    assert combo.currentText() in page.status_label.text()
    assert page.status_label.text().startswith("Searched with ")

    combo.setCurrentIndex(combo.findData(str(offline_model_path)))
    qtbot.waitUntil(lambda: shown[-1].request.model == str(offline_model_path), timeout=120_000)
    assert combo.currentText() in page.status_label.text()

    page.compare_check.setChecked(False)
    assert combo.count() == 1
    assert page.search_ref() == str(offline_model_path)


@pytest.mark.parametrize("diverging", [False, True])
@pytest.mark.parametrize("size", [(300, 260), (700, 560), (1100, 800)])
def test_values_fit_their_cells_and_columns_are_numbered(qtbot, diverging, size):
    widget = HeatmapWidget(diverging=diverging)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    rows = ["사업장 소재지가 어디인가요?", "ශ්‍රී ලංකාවේ අගනුවර කුමක්ද?", "A", "B", "C", "D"]
    matrix = np.full((6, 6), -0.88 if diverging else 0.88)
    widget.set_data(matrix, rows)
    cell = widget.grid_rect().width() / 6
    font = widget._value_font(cell)
    if font is not None:  # values are drawn: each one fits with room to spare
        advance = QFontMetrics(font).horizontalAdvance(widget.value_text(0, 0))
        assert advance <= 0.8 * cell
    assert [widget.column_label_text(j) for j in range(3)] == ["1", "2", "3"]
    assert widget.row_label_text(1).startswith("2. ශ්‍රී")
    grid = widget.grid_rect()
    # hovering a column number gives its full text
    tip = widget._label_tooltip(QPointF(grid.left() + 1.5 * cell, grid.top() - 3))
    assert tip == f"2. {rows[1]}"
    # the header is one horizontal line, not a tall band of rotated text
    assert grid.top() <= widget.fontMetrics().height() + 20


def test_auto_filled_sentences_hold_question_answer_pairs(qtbot, app_settings, tmp_path):
    from desktop_app.core.data.detection import detect_columns
    from desktop_app.core.data.reading import read_table
    from desktop_app.gui.main_window import MainWindow

    data = tmp_path / "faq.csv"
    data.write_text(
        "question,answer\n"
        + "\n".join(f'"{q}","{a}"' for q, a in zip(CORPUS[0:4:2], CORPUS[1:4:2], strict=True))
        + "\n",
        "utf-8",
    )
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    try:
        table = read_table(data)
        window.state.table, window.state.roles = table, detect_columns(table)
        window.state.data_changed.emit()
        playground = window.playground()
        assert playground.search.corpus[:4] == CORPUS[:4]  # q1, a1, q2, a2: whole pairs first
    finally:
        window.shutdown()
