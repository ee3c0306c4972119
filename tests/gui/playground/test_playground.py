"""The Playground with the real offline MiniLM: matrices, compare mode, search, export, errors."""

from __future__ import annotations

import json

import numpy as np
import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.playground import example_sentences, parse_lines
from desktop_app.gui.playground.model_sources import trained_model_choices

SENTENCES = [
    "වී වගාවට පොහොර යොදන්නේ කවදාද?",
    "ශ්‍රී ලංකාවේ වී අස්වැන්න වැඩි කරගන්නේ කෙසේද?",
    "Как сменить пароль?",
    "Как отменить подписку?",
    "사업장 소재지",
    "=1+2",
]


def _reference(model, rows, columns=None):
    left = model.encode(rows)
    right = left if columns is None else model.encode(columns)
    return model.similarity(left, right).numpy()


def _wait_for_matrix(qtbot, page, predicate, timeout=60_000):
    qtbot.waitUntil(lambda: page.current_result() is not None and predicate(page), timeout=timeout)
    return page.current_result()


def test_matrix_shown_equals_model_similarity(qtbot, page, offline_model_path, minilm):
    page.select_model(str(offline_model_path))
    page.set_sentences(SENTENCES)
    _wait_for_matrix(qtbot, page, lambda p: p.heatmap.row_labels() == SENTENCES)
    shown = page.heatmap.matrix()
    assert shown.shape == (6, 6)
    assert np.allclose(shown, _reference(minilm, SENTENCES), atol=1e-5)
    assert page.heatmap.value_range() == (0.0, 1.0)  # fixed scale
    assert not page.heatmap_b.isVisible()

    # click a cell: both sentences and the score appear below
    centre = page.heatmap.cell_center(2, 3).toPoint()
    qtbot.mouseClick(page.heatmap, Qt.MouseButton.LeftButton, pos=centre)
    assert page.heatmap.selected_cell() == (2, 3)
    assert SENTENCES[2] in page.detail_label.text()
    assert SENTENCES[3] in page.detail_label.text()
    assert f"{shown[2, 3]:.3f}" in page.detail_label.text()
    # the tooltip of a cell carries the full texts
    assert SENTENCES[1] in page.heatmap.tooltip_text(1, 0)

    # edit: the matrix follows the text (debounced), stale results never stay on screen
    for partial in ("Как", "Как смен", "Как сменить пароль"):
        page.sentences_edit.setPlainText("\n".join([*SENTENCES[:2], partial]))
    final = [*SENTENCES[:2], "Как сменить пароль"]
    _wait_for_matrix(qtbot, page, lambda p: p.heatmap.row_labels() == final)
    assert np.allclose(page.heatmap.matrix(), _reference(minilm, final), atol=1e-5)


def test_compare_against_gives_questions_down_answers_across(
    qtbot, page, offline_model_path, minilm
):
    questions, answers = (
        SENTENCES[2:4],
        [*SENTENCES[:2], "Подписку можно отменить в разделе Платежи."],
    )
    page.select_model(str(offline_model_path))
    page.set_sentences(questions, answers)
    _wait_for_matrix(qtbot, page, lambda p: p.heatmap.column_labels() == answers)
    assert page.heatmap.row_labels() == questions
    assert np.allclose(page.heatmap.matrix(), _reference(minilm, questions, answers), atol=1e-5)


def test_compare_mode_shows_both_models_and_the_difference(
    qtbot, page, offline_model_path, fine_tuned_model_path, minilm
):
    from sentence_transformers import SentenceTransformer

    page.set_sentences(SENTENCES[2:5])
    page.compare_models(str(offline_model_path), str(fine_tuned_model_path))
    result = _wait_for_matrix(qtbot, page, lambda p: p.current_result().matrix_b is not None)
    assert page.compare_check.isChecked()
    rows = SENTENCES[2:5]
    tuned = SentenceTransformer(str(fine_tuned_model_path), device="cpu", local_files_only=True)
    before, after = _reference(minilm, rows), _reference(tuned, rows)
    assert np.allclose(page.heatmap.matrix(), before, atol=1e-5)
    assert np.allclose(page.heatmap_b.matrix(), after, atol=1e-5)
    assert np.allclose(page.heatmap_diff.matrix(), after - before, atol=1e-5)
    assert not np.allclose(after, before, atol=1e-3)  # the fine-tuned model really differs
    assert page.heatmap_diff.value_range() == (-1.0, 1.0)
    # the most-changed list starts with the pair whose score moved most
    delta = np.abs(after - before)
    np.fill_diagonal(delta, -1)
    i, j = np.unravel_index(np.argmax(delta), delta.shape)
    first = page.changes_list.item(0).text()
    assert rows[i] in first
    assert rows[j] in first
    assert page.changes_list.count() == 3  # three unordered pairs among three sentences
    assert len(result.changes) == 3


def test_search_finds_the_planted_row_in_the_data_set(qtbot, page, offline_model_path):
    corpus = [
        *example_sentences("russian.txt"),
        *example_sentences("korean.txt"),
        "When should I fertilise my rice field?",
        "The cat is sleeping on the sofa.",
    ]
    planted = "To change your password, open Settings and press 'Change password'."
    corpus.insert(5, planted)
    page.select_model(str(offline_model_path))
    page.set_search_corpus(corpus, "support.csv")
    assert "support.csv" in page.corpus_label.text()
    page.tabs.setCurrentIndex(1)
    page.query_edit.setText("How can I change my password?")
    qtbot.waitUntil(lambda: bool(page.search_results()), timeout=60_000)
    index, score, text = page.search_results()[0]
    assert 0.3 < score <= 1.0
    assert (index, text) == (5, planted)
    scores = [hit[1] for hit in page.search_results()]
    assert scores == sorted(scores, reverse=True)

    # a pasted list instead of the data set
    page.use_pasted_check.setChecked(True)
    page.corpus_edit.setPlainText("The weather is nice.\nReset your password in Settings.\nA cat.")
    qtbot.waitUntil(
        lambda: page.search_results() and page.search_results()[0][2].startswith("Reset"),
        timeout=60_000,
    )


def test_exports_read_back_equal(qtbot, page, offline_model_path, tmp_path):
    page.select_model(str(offline_model_path))
    page.set_sentences(SENTENCES)
    _wait_for_matrix(qtbot, page, lambda p: p.heatmap.row_labels() == SENTENCES)
    shown = page.heatmap.matrix()
    assert all(button.isEnabled() for button in page.export_buttons.values())

    frame = pd.read_csv(page.export_to(tmp_path / "m.csv"), index_col=0, encoding="utf-8-sig")
    assert np.allclose(frame.to_numpy(), shown, atol=1e-12)
    assert frame.index[-1] == "'=1+2"  # neutralised: a spreadsheet shows it as text
    sheet = openpyxl.load_workbook(page.export_to(tmp_path / "m.xlsx")).active
    assert sheet.cell(row=7, column=1).value == "=1+2"
    assert sheet.cell(row=7, column=1).data_type == "s"
    values = [[sheet.cell(row=i, column=j).value for j in range(2, 8)] for i in range(2, 8)]
    assert np.allclose(np.array(values, dtype=float), shown, atol=1e-12)
    assert page.export_to(tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")
    assert "<svg" in page.export_to(tmp_path / "m.svg").read_text()[:1000]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform and a dialog
def test_a_folder_without_a_model_shows_a_plain_message(qtbot, page, tmp_path):
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    page.select_model(str(empty))
    qtbot.waitUntil(lambda: page._error_box is not None, timeout=30_000)
    box = page._error_box
    assert isinstance(box, QMessageBox)
    assert "model" in box.text().lower()
    assert box.informativeText()  # a hint what to do
    box.close()
    assert "Could not load" in page.status_label.text()


def test_examples_fill_the_box(qtbot, page):
    page.example_buttons["korean.txt"].click()
    assert parse_lines(page.sentences_edit.toPlainText()) == example_sentences("korean.txt")
    assert "사업장 소재지" in page.sentences_edit.toPlainText()


def test_parse_lines_takes_spreadsheet_columns():
    assert parse_lines('  a \n\n"b, ""quoted"""\r\nc\n') == ["a", 'b, "quoted"', "c"]


def test_trained_models_are_listed_with_date_and_data(tmp_path):
    from desktop_app.core.paths import trained_models_dir

    folder = trained_models_dir() / "my-sinhala-model"
    folder.mkdir()
    (folder / "training_summary.json").write_text(
        json.dumps({"config": {"data_file": "/data/sinhala_qa.xlsx", "model": "base/x"}})
    )
    choices = trained_model_choices()
    assert [c.ref for c in choices] == [str(folder)]
    assert "sinhala_qa.xlsx" in choices[0].label
    assert "trained" in choices[0].label
    assert "base/x" in choices[0].tooltip


def test_painting_a_large_matrix_stays_cheap_and_keeps_none_alive(qtbot):
    """A 50x50 paint takes a handful of QPainter calls, not thousands.

    PySide6 6.12.0 under Python 3.11 drops a reference to None on every void method call;
    a painter call per cell used to crash the interpreter ("deallocating None") after a few
    repaints. The widget now paints cells as one image and text in two passes.
    """
    import sys

    from desktop_app.gui.widgets.heatmap import VIRIDIS, HeatmapWidget, colours_for

    widget = HeatmapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    rows = [f"sentence {i}" for i in range(50)]
    matrix = np.random.default_rng(0).random((50, 50))
    widget.set_data(matrix, rows)
    image = widget.grab().toImage()
    before = sys.getrefcount(None)
    for _ in range(50):
        widget.repaint()
    assert before - sys.getrefcount(None) < 50 * 5
    # the painted cell colour is the colour of the fixed scale
    centre = widget.cell_center(3, 7).toPoint()
    expected = colours_for(matrix[3:4, 7:8], 0.0, 1.0, VIRIDIS)[0, 0]
    pixel = image.pixelColor(centre)
    assert abs(pixel.red() - int(expected[0])) <= 2
    assert abs(pixel.green() - int(expected[1])) <= 2
    assert abs(pixel.blue() - int(expected[2])) <= 2
