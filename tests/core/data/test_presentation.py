"""What the Data page says, decided in the core (issue 11): tested without a window."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.data import presentation as facts
from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.reading import read_table
from desktop_app.core.errors import DataError
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.plan import held_out_split


def _sinhala_with_an_empty_cell(tmp_path: Path) -> Path:
    """Real Sinhala sentences with row 3's question left empty."""
    rows = [(f"ප්‍රශ්නය {i}", f"පිළිතුර {i}") for i in range(32)]
    rows[2] = ("", rows[2][1])
    path = tmp_path / "with_problem.csv"
    pd.DataFrame(rows, columns=["question", "answer"]).to_csv(path, index=False)
    return path


@pytest.mark.shared_data
def test_load_reads_detects_and_checks_korsts(shared_data):
    result = facts.load(facts.ReadRequest(str(shared_data / "korsts" / "sts-dev.tsv")))
    assert result.roles_error is None
    assert result.roles.shape == "scored-pairs"
    assert list(result.roles.texts) == ["sentence1", "sentence2"]
    assert result.report is not None
    assert facts.format_name(result.table.format) == "Tab-separated text"
    assert facts.rows_summary(result.table).startswith(
        f"{len(result.table.frame):,} rows, 7 columns"
    )
    description, learns = facts.shape_help(result.roles)
    assert description == "Sentence pairs with a similarity score 0–5, scaled to 0–1"
    assert "similarity its score says" in learns


@pytest.mark.shared_data
def test_the_users_columns_win_and_a_stale_choice_falls_back(shared_data):
    table = read_table(shared_data / "korsts" / "sts-dev.tsv")
    roles, error = facts.derive_roles(table, ("sentence1", "sentence2"), None)
    assert error is None
    assert roles.shape == "pairs"
    # Columns from another file are not in this one: detected afresh.
    roles, error = facts.derive_roles(table, ("вопрос", "ответ"), None)
    assert error is None
    assert roles.shape == "scored-pairs"
    # A positive label that no longer fits is dropped, the columns are kept.
    roles, error = facts.derive_roles(table, ("sentence1", "sentence2"), "score", "yes")
    assert error is None
    assert roles.label == "score"


@pytest.mark.shared_data
def test_choose_roles_says_why_columns_do_not_fit(shared_data):
    table = read_table(shared_data / "korsts" / "sts-dev.tsv")
    roles, error = facts.choose_roles(table, ["sentence1"], None)
    assert roles is None
    assert error is not None
    assert error.message


@pytest.mark.shared_data
def test_zero_one_labels_of_korean_question_pair_ask_which_means_similar(shared_data):
    table = read_table(shared_data / "korean_question_pair" / "train.txt")
    roles = detect_columns(table)
    assert roles.shape == "labelled-pairs"
    choices = facts.label_choices(table, roles)
    assert [c.value for c in choices] == ["0", "1"]
    for choice in choices:
        assert len(choice.examples) == 2
        assert all(line.startswith("• ") and "  ↔  " in line for line in choice.examples)
        assert choice.caption == f"“{choice.value}” means similar"
        assert choice.examples_text.count("•") == 2
    chosen, error = facts.choose_roles(table, roles.texts, roles.label, "0")
    assert error is None
    assert chosen.positive_label == "0"
    assert "(0)" in facts.shape_help(chosen)[0]


@pytest.mark.shared_data
def test_no_label_question_for_scores(shared_data):
    table = read_table(shared_data / "stsb_multi_mt" / "stsb-ru-dev.csv")
    assert facts.label_choices(table, detect_columns(table)) == []
    assert facts.label_choices(None, None) == []
    assert facts.shape_help(None) == ("Not known yet", "Pick the text columns below.")


def test_problems_are_listed_by_row_and_their_rows_left_out(tmp_path):
    result = facts.load(facts.ReadRequest(str(_sinhala_with_an_empty_cell(tmp_path))))
    lines = facts.problem_lines(result.report)
    assert lines
    assert lines[0].row == 3
    assert lines[0].text.startswith("Row 3, question: ")
    summary = facts.problems_summary(result.report)
    assert "1 rows will be left out of training" in summary
    assert summary.endswith("Click one to see its row.")
    assert facts.table_positions(result.table, [3, 10_000]) == [2, -1]
    assert facts.row_marks(result.table, result.report)[2] == "error"
    assert facts.usable_rows(result.table, result.report) == 31
    assert facts.usable_rows(None, None) == 0


def test_a_long_problem_list_says_only_the_first_are_listed(tmp_path):
    result = facts.load(facts.ReadRequest(str(_sinhala_with_an_empty_cell(tmp_path))))
    assert len(facts.problem_lines(result.report, limit=0)) == 0
    assert "The first 0 are listed" in facts.problems_summary(result.report, limit=0)


@pytest.mark.shared_data
def test_held_out_promise_uses_the_runners_split(shared_data):
    table = read_table(shared_data / "korean_question_pair" / "train.txt")
    roles = detect_columns(table)
    rows = len(table.frame)
    split = held_out_split(rows, 0.10)
    text = facts.held_out_promise(rows, 0.10, table, roles)
    assert text.startswith(
        f"{split.train_rows:,} rows to train, {split.held_out_rows:,} to check the result."
    )
    assert "not measured" in facts.held_out_promise(rows, 0.0, table, roles)
    separate = facts.held_out_promise(rows, 0.10, eval_file="/x/held_out.csv", eval_rows=42)
    assert (
        separate
        == f"All {rows:,} rows are used to train; 42 rows of held_out.csv check the result."
    )
    assert "its rows" in facts.held_out_promise(rows, 0.10, eval_file="/x/held_out.csv")


@pytest.mark.shared_data
def test_evaluation_file_needs_the_training_columns(shared_data):
    dev = shared_data / "korsts" / "sts-dev.tsv"
    table = facts.read_eval_file(dev, ["sentence1", "sentence2"], "score")
    assert len(table.frame) > 0
    with pytest.raises(DataError, match="no column called 'вопрос'"):
        facts.read_eval_file(dev, ["вопрос", "sentence2"], None)


@pytest.mark.shared_data
def test_reading_choices_go_to_the_config_and_reset_columns_when_names_change(shared_data):
    path = shared_data / "stsb_multi_mt" / "stsb-ru-dev.csv"
    config = TrainingConfig()
    assert facts.request_from_config(config) is None
    result = facts.load(facts.ReadRequest(str(path)))
    assert facts.remember_reading(config, result.table) is True
    assert facts.remember_reading(config, result.table) is False
    facts.remember_roles(config, result.roles)
    assert config.text_columns == list(result.roles.texts)

    request = facts.apply_reading_choices(config, {"delimiter": ";"})
    assert request.delimiter == ";"
    assert request.texts == tuple(result.roles.texts)  # same names: the columns are kept
    request = facts.apply_reading_choices(config, {"has_header": not config.has_header})
    assert request.texts == ()  # other names: detected afresh
    assert config.label_column is None


@pytest.mark.shared_data
def test_language_sample_takes_the_texts_of_the_first_rows(shared_data):
    table = read_table(shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv")
    roles = detect_columns(table)
    sample = facts.language_sample(table, roles)
    assert sample
    assert len(sample) <= facts.LANGUAGE_SAMPLE_ROWS * len(roles.texts)
    assert all(text for text in sample)
    assert facts.language_sample(None, roles) == []


def test_shorten_keeps_short_text_and_cuts_long_text():
    assert facts.shorten("안녕하세요") == "안녕하세요"
    cut = facts.shorten("д" * 100, limit=10)
    assert cut == "д" * 9 + "…"


@pytest.mark.shared_data
def test_blocking_reason_says_what_is_missing_in_order(shared_data, tmp_path):
    result = facts.load(facts.ReadRequest(str(shared_data / "korsts" / "sts-dev.tsv")))
    table, roles, report = result.table, result.roles, result.report
    assert facts.blocking_reason(table, roles, report, loading=True) == "Reading the file…"
    assert "Drop a spreadsheet" in facts.blocking_reason(None, None, None)
    assert facts.blocking_reason(table, None, None) == "Pick which columns hold the texts."
    assert facts.blocking_reason(table, roles, report, validating=True) == "Checking the rows…"
    assert facts.blocking_reason(table, roles, report) is None
    one = facts.load(facts.ReadRequest(str(_sinhala_with_an_empty_cell(tmp_path))))
    frame = one.table.frame.iloc[1:3]  # rows 2 and 3; row 3 has an empty question
    small = type(one.table)(**{**one.table.__dict__, "frame": frame})
    assert "No rows can be used" in facts.blocking_reason(small, one.roles, one.report)
    assert "not on this computer any more" in facts.missing_file_message("/gone/data.csv")
