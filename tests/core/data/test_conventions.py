"""sentence-transformers' own column names win; CJK texts are texts; warnings name rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.inspection import inspect_file
from desktop_app.core.data.types import Table
from desktop_app.core.data.validation import validate
from desktop_app.core.errors import DataError

KOREAN_FIELDS = [
    ("이름", "성명", "0.9"),
    ("전화번호", "연락처", "0.8"),
    ("주소", "거주지", "0.85"),
    ("생년월일", "이름", "0.1"),
    ("성명", "주소", "0.05"),
    ("연락처", "생년월일", "0.2"),
    ("거주지", "주소", "0.75"),
]
TEXTS = ["a short text number %d", "another text %d", "a third one %d"]


def _table(columns: dict[str, list[str]]) -> Table:
    frame = pd.DataFrame(columns, dtype=object)
    frame.index = pd.Index(range(1, len(frame) + 1), dtype="int64")
    return Table(frame=frame, path=Path("t.csv"), format="csv")


def test_korean_field_names_under_sentence_0_1_are_scored_pairs(tmp_path):
    path = tmp_path / "fields.csv"
    rows = "".join(f"{a},{b},{s}\n" for a, b, s in KOREAN_FIELDS)
    path.write_text("sentence_0,sentence_1,label\n" + rows, encoding="utf-8")
    inspection = inspect_file(path)
    assert inspection.roles.texts == ["sentence_0", "sentence_1"]
    assert inspection.roles.label == "label"
    assert inspection.roles.shape == "scored-pairs"


def test_short_cjk_texts_are_texts_without_conventional_names(tmp_path):
    path = tmp_path / "fields.csv"
    rows = "".join(f"{a},{b},{s}\n" for a, b, s in KOREAN_FIELDS)
    path.write_text("항목,비슷한 항목,점수\n" + rows, encoding="utf-8")
    roles = inspect_file(path).roles
    assert roles.texts == ["항목", "비슷한 항목"]
    assert (roles.label, roles.shape) == ("점수", "scored-pairs")


def test_two_letter_latin_codes_are_still_not_texts():
    codes = {"a": ["ab", "cd", "ef", "gh"], "b": ["xy", "zz", "yy", "xx"]}
    with pytest.raises(DataError) as caught:
        detect_columns(_table(codes))
    assert "--" not in str(caught.value), "the core names no command-line flag"
    assert "Choose the text columns yourself" in caught.value.hint


@pytest.mark.parametrize(
    ("columns", "texts", "label", "shape"),
    [
        (["sentence_0", "sentence_1", "sentence_2"], ["sentence_0", "sentence_1", "sentence_2"],
         None, "triplets"),
        (["sentence2", "id", "sentence1", "score"], ["sentence1", "sentence2"], "score",
         "scored-pairs"),
        (["negative", "anchor", "positive"], ["anchor", "positive", "negative"], None,
         "triplets"),
        (["passage", "query"], ["query", "passage"], None, "pairs"),
        (["document", "query", "topic"], ["query", "document"], None, "pairs"),
        (["answer", "question", "label"], ["question", "answer"], "label", "labelled-pairs"),
        (["question", "answer", "negative"], ["question", "answer", "negative"], None,
         "triplets"),
        (["query", "passage", "hard_negative"], ["query", "passage", "hard_negative"], None,
         "triplets"),
    ],
)  # fmt: skip
def test_conventional_names_win_and_set_the_order(columns, texts, label, shape):
    data: dict[str, list[str]] = {}
    for j, name in enumerate(columns):
        if name in ("score", "label"):
            data[name] = ["0", "1"] * 3 if name == "label" else ["0.1", "0.5", "0.9"] * 2
        elif name == "id":
            data[name] = [str(i) for i in range(6)]
        elif name == "topic":
            data[name] = ["x", "y"] * 3
        else:
            # Deliberately unlike texts by content: two characters each.
            data[name] = [f"{chr(65 + j)}{i}" for i in range(6)]
    roles = detect_columns(_table(data))
    assert (roles.texts, roles.label, roles.shape) == (texts, label, shape)


def test_triplets_with_a_real_label_become_labelled_pairs():
    data = {
        "sentence_0": ["one text", "two texts", "three"] * 2,
        "sentence_1": ["uno texto", "dos", "tres"] * 2,
        "sentence_2": ["x y z", "y z w", "z w v"] * 2,
        "label": ["0", "1"] * 3,
    }
    roles = detect_columns(_table(data))
    assert (roles.texts, roles.label, roles.shape) == (
        ["sentence_0", "sentence_1"],
        "label",
        "labelled-pairs",
    )


def test_duplicate_rows_warning_names_the_rows():
    data = {
        "question": ["a b c", "d e f", "a b c", "g h i", "d e f", "a b c", "j k l"],
        "answer": ["one", "two", "one", "three", "two", "one", "four"],
    }
    table = _table(data)
    report = validate(table, detect_columns(table))
    warning = next(w for w in report.warnings if w.code == "duplicate-rows")
    assert warning.message.startswith("3 rows repeat an earlier row exactly")
    assert "row 3 repeats row 1, row 5 repeats row 2, row 6 repeats row 1" in warning.message
    assert warning.details["examples"] == [3, 5, 6]
    assert warning.details["pairs"] == [[3, 1], [5, 2], [6, 1]]


def test_conventional_label_name_over_values_that_cannot_be_labels_is_not_used():
    data = {
        "query": ["how to pay", "where is my bill", "change plan"] * 2,
        "passage": ["by card or cash", "under Payments", "in Settings"] * 2,
        "label": ["1200", "5311", "98000", "77", "4242", "120000"],  # ids, not scores
    }
    roles = detect_columns(_table(data))
    assert (roles.texts, roles.label, roles.shape) == (["query", "passage"], None, "pairs")
