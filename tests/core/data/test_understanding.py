"""detect_columns, validate, build_dataset and inspect_file on real and test-written files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.data.dataset import build_dataset, split_dataset
from desktop_app.core.data.detection import describe_shape, detect_columns, roles_from_columns
from desktop_app.core.data.inspection import inspect_file
from desktop_app.core.data.reading import read_table
from desktop_app.core.data.validation import validate
from desktop_app.core.errors import DataError

REPO = Path(__file__).resolve().parents[3]


def _csv(path: Path, frame: pd.DataFrame) -> Path:
    frame.to_csv(path, index=False)
    return path


def test_core_data_imports_stay_light():
    code = (
        "import sys, desktop_app.core.data.reading, desktop_app.core.data.detection, "
        "desktop_app.core.data.validation, desktop_app.core.data.dataset, "
        "desktop_app.core.data.inspection, desktop_app.cli.common, desktop_app.cli.inspect_cmd\n"
        "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers', 'datasets', "
        "'PySide6') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_question_answer_pairs_with_a_constant_label(tmp_path):
    # Like seed card 000: question/answer pairs with a label column of 1.0 everywhere.
    frame = pd.DataFrame(
        {
            "question": [f"How do I water crop {i} in the dry season?" for i in range(30)],
            "answer": [f"Water crop {i} twice a week, early in the morning." for i in range(30)],
            "label": ["1.0"] * 30,
        }
    )
    table = read_table(_csv(tmp_path / "qa.csv", frame))
    roles = detect_columns(table)
    assert roles.shape == "pairs"
    assert roles.label is None
    assert roles.texts == ["question", "answer"]
    assert describe_shape(roles) == "Questions with their answers"
    report = validate(table, roles)
    assert "constant-label" in report.warning_codes()
    assert "few-rows" in report.warning_codes()
    ds = build_dataset(table, roles)
    assert ds.column_names == ["anchor", "positive"]
    assert len(ds) == 30


def test_identical_pairs_and_duplicates_are_warned(tmp_path):
    # Like the Russian FAQ seed card: the "answer" column repeats the question.
    texts = [f"Как оплатить заказ номер {i}?" for i in range(120)]
    frame = pd.DataFrame({"вопрос": texts + texts[:5], "ответ": texts + texts[:5]})
    table = read_table(_csv(tmp_path / "faq.csv", frame))
    roles = detect_columns(table)
    assert roles.texts == ["вопрос", "ответ"]
    assert describe_shape(roles) == "Questions with their answers"
    report = validate(table, roles)
    codes = report.warning_codes()
    assert "identical-pairs" in codes
    assert "duplicate-rows" in codes
    assert "few-rows" not in codes
    warning = next(w for w in report.warnings if w.code == "identical-pairs")
    assert warning.hint


def test_triplets_and_their_dataset(tmp_path):
    frame = pd.DataFrame(
        {
            "anchor": [f"query about topic {i}" for i in range(10)],
            "positive": [f"a passage that answers topic {i}" for i in range(10)],
            "negative": [f"a passage about something else {i}" for i in range(10)],
        }
    )
    table = read_table(_csv(tmp_path / "t.csv", frame))
    roles = detect_columns(table)
    assert roles.shape == "triplets"
    assert describe_shape(roles) == "Triplets: a text, a matching text and a non-matching one"
    ds = build_dataset(table, roles)
    assert ds.column_names == ["anchor", "positive", "negative"]
    assert ds[3]["negative"] == "a passage about something else 3"


def test_scores_with_decimal_commas_and_out_of_range(tmp_path):
    path = tmp_path / "scores.csv"
    rows = ["s1;s2;Оценка"] + [f"Текст номер {i};Другой текст {i};{i % 5},5" for i in range(20)]
    rows += ["Плохая строка;Ещё текст;много", "Слишком;Высоко;7,5"]
    path.write_text("\n".join(rows) + "\n", encoding="cp1251")
    table = read_table(path)
    roles = detect_columns(table)
    assert roles.shape == "scored-pairs"
    assert roles.score_scale == 10  # 7,5 pushes the top past 5: nothing is silently dropped
    roles = roles_from_columns(table, ["s1", "s2"], "Оценка")
    roles.score_scale = 5.0
    report = validate(table, roles)
    errors = {(p.row, p.column): p.message for p in report.problems if p.severity == "error"}
    assert "not a number" in errors[(21, "Оценка")]
    assert "outside 0–5" in errors[(22, "Оценка")]
    ds = build_dataset(table, roles)
    assert len(ds) == 20
    assert ds.column_names == ["sentence1", "sentence2", "score"]
    assert ds[0]["score"] == pytest.approx(0.5 / 5)
    assert ds[4]["score"] == pytest.approx(4.5 / 5)
    assert "score-scaled" in report.warning_codes()


def test_labelled_pairs_positive_label_is_settable(tmp_path):
    frame = pd.DataFrame(
        {
            "question1": [f"질문 {i} 어떻게 하나요" for i in range(40)],
            "question2": [f"다른 질문 {i} 입니다" for i in range(40)],
            "is_duplicate": ["0", "1"] * 20,
        }
    )
    table = read_table(_csv(tmp_path / "pairs.csv", frame))
    roles = detect_columns(table)
    assert roles.shape == "labelled-pairs"
    assert roles.positive_label == "1"
    assert describe_shape(roles) == "Sentence pairs labelled similar (1) or not (0)"
    assert build_dataset(table, roles)["label"][:4] == [0, 1, 0, 1]
    # In korean_question_pair, 0 means "the same question": the user says so.
    inverted = roles_from_columns(table, roles.texts, "is_duplicate", positive_label="0")
    assert build_dataset(table, inverted)["label"][:4] == [1, 0, 1, 0]
    with pytest.raises(DataError, match="'2' does not occur"):
        roles_from_columns(table, roles.texts, "is_duplicate", positive_label="2")


def test_unknown_columns_name_the_existing_ones(tmp_path):
    frame = pd.DataFrame({"q": ["a b c d", "e f g h"], "a": ["1 2 3 4", "x y z w"]})
    table = read_table(_csv(tmp_path / "x.csv", frame))
    with pytest.raises(DataError) as info:
        roles_from_columns(table, ["question", "a"])
    assert "'question'" in info.value.message
    assert "q, a" in info.value.hint


def test_split_dataset(tmp_path):
    frame = pd.DataFrame(
        {"s1": [f"text {i} here" for i in range(50)], "s2": [f"other {i}" for i in range(50)]}
    )
    table = read_table(_csv(tmp_path / "x.csv", frame))
    ds = build_dataset(table, roles_from_columns(table, ["s1", "s2"]))
    train, held = split_dataset(ds, 0.1, seed=1)
    assert held is not None
    assert (len(train), len(held)) == (45, 5)
    assert set(train["anchor"]).isdisjoint(held["anchor"])
    same, none = split_dataset(ds, 0, seed=1)
    assert none is None
    assert len(same) == 50
    tiny_train, tiny_eval = split_dataset(ds.select(range(2)), 0.01, seed=1)
    assert (len(tiny_train), len(tiny_eval)) == (1, 1)


@pytest.mark.shared_data
def test_korsts_is_scored_pairs_on_a_five_point_scale(shared_data):
    inspection = inspect_file(shared_data / "korsts" / "sts-train.tsv")
    roles = inspection.roles
    assert roles.texts == ["sentence1", "sentence2"]
    assert roles.label == "score"
    assert roles.shape == "scored-pairs"
    assert roles.score_scale == 5
    assert inspection.recommended_loss == "CoSENTLoss"
    assert "CosineSimilarityLoss" in inspection.compatible_losses
    ds = build_dataset(inspection.table, roles)
    assert len(ds) == 5749
    assert min(ds["score"]) >= 0.0
    assert max(ds["score"]) <= 1.0


@pytest.mark.shared_data
def test_stsb_ru_without_header_is_scored_pairs(shared_data):
    roles = detect_columns(read_table(shared_data / "stsb_multi_mt" / "stsb-ru-dev.csv"))
    assert (roles.texts, roles.label, roles.shape) == (
        ["column_1", "column_2"],
        "column_3",
        "scored-pairs",
    )
    assert roles.score_scale == 5


@pytest.mark.shared_data
def test_sinhala_empty_cells_are_reported_by_row(shared_data):
    inspection = inspect_file(shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv")
    roles = inspection.roles
    assert (roles.shape, roles.score_scale, roles.label) == (
        "scored-pairs",
        1.0,
        "manual_similarity",
    )
    empty = [p for p in inspection.report.problems if "empty" in p.message]
    assert len(empty) == 4
    assert {p.column for p in empty} == {"sentence2"}
    frame = inspection.table.frame
    for problem in empty:
        # The row number is the one the user sees: here it equals the file's own id column.
        assert frame.loc[problem.row, "id"] == str(problem.row)
        assert frame.loc[problem.row, "sentence2"] == ""
    assert "empty-cells" in inspection.report.warning_codes()
    assert len(build_dataset(inspection.table, roles)) == 4996
    xlsx = inspect_file(shared_data / "sinhala_sts" / "Sinhala Short Sentence Dataset.xlsx")
    assert (xlsx.roles.texts, xlsx.roles.shape) == (["S1", "S2"], "scored-pairs")


@pytest.mark.shared_data
def test_korean_question_pair_and_nli_and_chatbot(shared_data):
    pairs = detect_columns(read_table(shared_data / "korean_question_pair" / "kor_pair_train.csv"))
    assert (pairs.texts, pairs.label, pairs.shape) == (
        ["question1", "question2"],
        "is_duplicate",
        "labelled-pairs",
    )
    nli = detect_columns(read_table(shared_data / "kornli_xnli" / "xnli.dev.ko.tsv"))
    assert nli.shape == "classified-pairs"
    assert nli.classes == ["entailment", "neutral", "contradiction"]
    assert describe_shape(nli) == (
        "Sentence pairs with one of 3 classes (entailment, neutral, contradiction)"
    )
    # ChatbotData: Q, A and a topic 0/1/2. Taken as 3 classes over the Q/A pairs; a user who
    # wants plain question/answer pairs picks the columns without the label.
    table = read_table(shared_data / "korean_chatbot_qa" / "ChatbotData.csv")
    chatbot = detect_columns(table)
    assert (chatbot.texts, chatbot.shape, chatbot.classes) == (
        ["Q", "A"],
        "classified-pairs",
        ["0", "1", "2"],
    )
    ds = build_dataset(table, chatbot)
    assert set(ds["label"]) == {0, 1, 2}
    assert roles_from_columns(table, ["Q", "A"]).shape == "pairs"


@pytest.mark.shared_data
def test_unknown_tokens_for_sinhala_under_an_english_model(shared_data, offline_model_path):
    inspection = inspect_file(
        shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv",
        model=str(offline_model_path),
    )
    stats = inspection.report.token_stats
    assert stats is not None
    assert stats["max_seq_length"] == 256
    assert stats["unknown_token_share"] > 0.3
    assert set(stats["columns"]) == {"sentence1", "sentence2"}
    assert "unknown-tokens" in inspection.report.warning_codes()
    english = inspect_file(
        shared_data / "stsb_multi_mt" / "stsb-en-dev.csv", model=str(offline_model_path)
    )
    assert "unknown-tokens" not in english.report.warning_codes()
    assert english.report.token_stats["unknown_token_share"] < 0.01
