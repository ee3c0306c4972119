"""The data page with real files: drop, detection, overrides, roles, problems, eval split."""

from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop_app.core.data.reading import read_table
from desktop_app.core.training.plan import held_out_split
from desktop_app.gui.widgets.table_model import DataFrameModel
from desktop_app.gui.wizard.data_page import DataPage

pytestmark = [
    pytest.mark.shared_data,
    # The offscreen platform warns about size hints of shown top-level widgets.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def page(qtbot, wizard_state, app_settings):
    widget = DataPage(wizard_state, settings=app_settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


def _drop_and_wait(qtbot, page, drop_file, path: Path) -> None:
    with qtbot.waitSignal(page.table_loaded, timeout=60_000):
        accepted = drop_file(page, path)
    assert accepted == (True, True)


def test_dropping_korsts_fills_table_and_detection(qtbot, page, drop_file, shared_data):
    path = shared_data / "korsts" / "sts-train.tsv"
    _drop_and_wait(qtbot, page, drop_file, path)
    expected = read_table(path)

    assert page.table_model.rowCount() == len(expected.frame) == 5749
    assert page.table_model.columnCount() == 7
    assert page.format_label.text() == "Tab-separated text"
    assert page.delimiter_combo.currentData() == "\t"
    assert page.encoding_combo.currentData() == "utf-8"
    assert page.header_check.isChecked()
    assert page.role_combos["text1"].currentText() == "sentence1"
    assert page.role_combos["text2"].currentText() == "sentence2"
    assert page.role_combos["label"].currentText() == "score"
    assert page.shape_label.text() == "Sentence pairs with a similarity score 0–5, scaled to 0–1"
    config = page.state.config
    assert Path(config.data_file) == path
    assert config.text_columns == ["sentence1", "sentence2"]
    assert config.label_column == "score"
    assert page.state.roles.shape == "scored-pairs"
    assert page.blocking_reason() is None
    assert "5,749 rows" in page.drop_zone.heading.text()
    # Korean text reaches the view unchanged.
    index = page.table_model.index(0, 5)
    assert page.table_model.data(index) == expected.frame.iloc[0, 5]


def test_changing_a_role_revalidates(qtbot, page, drop_file, shared_data):
    _drop_and_wait(
        qtbot, page, drop_file, shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv"
    )
    assert page.state.roles.shape == "scored-pairs"
    label_combo = page.role_combos["label"]
    with qtbot.waitSignal(page.validated, timeout=30_000):
        label_combo.setCurrentIndex(label_combo.findData(None))
        label_combo.activated.emit(label_combo.currentIndex())
    assert page.state.roles.shape == "pairs"
    assert page.state.config.label_column is None
    assert page.shape_label.text() == "Pairs of texts that belong together"
    assert page.state.report is not None


def test_clicking_a_problem_selects_its_row(qtbot, page, drop_file, tmp_path):
    rows = [("ප්‍රශ්නය", "පිළිතුර")] * 2 + [("", "හිස් නොවේ")] + [("කොහොමද", "හොඳින්")] * 30
    rows = [
        (f"{a} {i}", f"{b} {i}" if b else b) if a else (a, f"{b} {i}")
        for i, (a, b) in enumerate(rows)
    ]
    path = tmp_path / "with_problem.csv"
    pd.DataFrame(rows, columns=["question", "answer"]).to_csv(path, index=False)
    _drop_and_wait(qtbot, page, drop_file, path)

    assert page.problems_box.isVisibleTo(page)
    assert page.problems_list.count() >= 1
    item = page.problems_list.item(0)
    assert item.text().startswith("Row 3")
    page.problems_list.itemClicked.emit(item)
    selected = page.table_view.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [2]
    assert page.usable_rows() == len(rows) - 1


def test_delimiter_and_encoding_overrides_reread(qtbot, page, drop_file, tmp_path):
    path = tmp_path / "semicolon.csv"
    lines = ["вопрос;ответ"] + [
        f"Как сбросить пароль {i}?;Нажмите «Забыли пароль» {i}." for i in range(40)
    ]
    path.write_bytes("\n".join(lines).encode("cp1251"))
    _drop_and_wait(qtbot, page, drop_file, path)
    assert page.delimiter_combo.currentData() == ";"
    assert page.encoding_combo.currentData() == "cp1251"
    assert page.table_model.columnCount() == 2

    combo = page.delimiter_combo
    with qtbot.waitSignal(page.table_loaded, timeout=30_000):
        combo.setCurrentIndex(combo.findData(","))
        combo.activated.emit(combo.currentIndex())
    assert page.state.config.delimiter == ","
    assert page.table_model.columnCount() == 1  # the whole line is one column now
    assert page.roles_error_label.isVisibleTo(page)
    assert page.blocking_reason() == "Pick which columns hold the texts."

    with qtbot.waitSignal(page.table_loaded, timeout=30_000):
        combo.setCurrentIndex(combo.findData(";"))
        combo.activated.emit(combo.currentIndex())
    assert page.table_model.columnCount() == 2

    encoding = page.encoding_combo
    with qtbot.waitSignal(page.table_loaded, timeout=30_000):
        encoding.setCurrentIndex(encoding.findData("latin-1"))
        encoding.activated.emit(encoding.currentIndex())
    assert page.state.config.encoding == "latin-1"
    assert page.state.table.encoding == "latin-1"
    assert "вопрос" not in page.state.table.columns  # read as Latin-1: not Cyrillic any more
    with qtbot.waitSignal(page.table_loaded, timeout=30_000):
        encoding.setCurrentIndex(encoding.findData("cp1251"))
        encoding.activated.emit(encoding.currentIndex())
    assert page.state.table.columns == ["вопрос", "ответ"]
    assert page.state.roles.texts == ["вопрос", "ответ"]


def test_zero_one_label_question_for_korean_question_pair(qtbot, page, drop_file, shared_data):
    _drop_and_wait(qtbot, page, drop_file, shared_data / "korean_question_pair" / "train.txt")
    assert page.state.roles.shape == "labelled-pairs"
    assert page.label_question.isVisibleTo(page)
    assert page._label_values == ["0", "1"]
    # Two example rows of each value are shown.
    examples = [w for w in page._label_widgets if not w.objectName().startswith("positive_")]
    assert len(examples) == 2
    assert all(w.text().count("•") == 2 for w in examples)

    with qtbot.waitSignal(page.validated, timeout=30_000):
        page.findChild(type(page.label_buttons.button(0)), "positive_0").click()
    assert page.state.config.positive_label == "0"
    assert page.state.roles.positive_label == "0"
    assert "(0)" in page.shape_label.text()


def test_eval_share_shows_row_counts(qtbot, page, drop_file, shared_data):
    _drop_and_wait(qtbot, page, drop_file, shared_data / "korean_question_pair" / "train.txt")
    rows = page.usable_rows()
    page.eval_spin.setValue(10)
    train, check = DataPage.split_counts(rows, 0.10)
    assert train + check == rows
    assert check == held_out_split(rows, 0.10).held_out_rows  # the run's own rule
    assert (
        page.eval_counts_label.text() == f"{train:,} rows to train, {check:,} to check the result."
    )
    assert page.state.config.eval_fraction == pytest.approx(0.10)
    page.eval_spin.setValue(0)
    assert "not measured" in page.eval_counts_label.text()


def test_unreadable_file_gives_a_plain_message_and_page_stays_usable(
    qtbot, page, drop_file, tmp_path, shared_data
):
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"PK\x03\x04 not a spreadsheet")
    with qtbot.waitSignal(page.load_failed, timeout=30_000) as blocker:
        drop_file(page, bad)
    assert "notes.docx" in blocker.args[0]
    assert page.message_label.isVisibleTo(page)
    assert "Traceback" not in page.message_label.text()
    assert page.drop_zone.browse_button.isEnabled()
    assert page.blocking_reason() is not None
    _drop_and_wait(qtbot, page, drop_file, shared_data / "korsts" / "sts-dev.tsv")
    assert not page.message_label.isVisibleTo(page)
    assert page.blocking_reason() is None


def test_table_model_with_100000_rows_is_fast():
    n = 100_000
    frame = pd.DataFrame(
        {
            "a": [f"질문 {i}" for i in range(n)],
            "b": [f"ответ {i}" for i in range(n)],
            "c": ["1"] * n,
        },
        index=pd.RangeIndex(1, n + 1),
    )
    start = time.perf_counter()
    model = DataFrameModel(frame)
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5
    assert model.rowCount() == n
    assert model.columnCount() == 3
    assert model.data(model.index(n - 1, 1)) == f"ответ {n - 1}"
    assert model.headerData(n - 1, Qt.Orientation.Vertical) == str(n)
    start = time.perf_counter()
    for row in range(0, n, 97):
        model.data(model.index(row, 0))
    assert time.perf_counter() - start < 0.5


def test_workbook_shows_its_sheet_and_hides_text_options(qtbot, page, drop_file, shared_data):
    _drop_and_wait(
        qtbot, page, drop_file, shared_data / "sinhala_sts" / "Sinhala Short Sentence Dataset.xlsx"
    )
    assert page.format_label.text() == "Excel workbook"
    assert page.sheet_combo.currentText() == "Sheet1"
    assert page.sheet_combo.isVisibleTo(page)
    assert not page.encoding_combo.isVisibleTo(page)
    assert not page.delimiter_combo.isVisibleTo(page)
    assert page.state.config.sheet == "Sheet1"
    assert page.state.roles.texts == ["S1", "S2"]
    assert page.state.roles.label == "Manual Similarity"
