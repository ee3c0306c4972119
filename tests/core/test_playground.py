"""The Playground's rules without Qt: sentences, texts, export choice and file, search setup,
and the coverage advice on the app's own example sentences with the real MiniLM tokenizer."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from desktop_app.core.coverage import measure_coverage
from desktop_app.core.playground import (
    COMPARE_SEED_SENTENCES,
    MAX_SENTENCES,
    cell_detail,
    change_line,
    compare_seed,
    corpus_text,
    coverage_advice,
    download_text,
    example_sentences,
    export_matrix,
    export_path,
    export_target,
    loading_text,
    matrix_status,
    nothing_to_compare,
    parse_lines,
    request_is_current,
    search_choices,
    search_needs_reading_note,
    search_status,
    searchable_texts,
    write_matrix,
)
from desktop_app.core.similarity import most_changed_pairs


def test_sentences_from_boxes_examples_and_data():
    assert parse_lines('  a \n\n"b, ""quoted"""\r\nc\n') == ["a", 'b, "quoted"', "c"]
    assert len(parse_lines("\n".join(map(str, range(300))))) == MAX_SENTENCES
    english = example_sentences("english.txt")
    assert english
    assert all(line == line.strip() and line for line in english)
    assert searchable_texts([" a ", "", "b", "a", None, "  "]) == ["a", "b"]
    assert searchable_texts(map(str, range(50)), limit=10) == [str(i) for i in range(10)]
    corpus = [f"row {i}" for i in range(20)]
    assert compare_seed(corpus + corpus) == corpus[:COMPARE_SEED_SENTENCES]
    assert compare_seed([]) == english


def test_status_texts():
    assert loading_text("/models/minilm-ru") == (
        "Loading minilm-ru… (the first model takes a few seconds)"
    )
    assert download_text("intfloat/e5", 5_000_000, 470_000_000) == (
        "Downloading intfloat/e5: 5 of 470 MB…"
    )
    assert download_text("intfloat/e5", 0, 0) is None
    assert matrix_status(["a", "b"], None, 0.0123) == "2×2 matrix in 12 ms."
    assert matrix_status(["a"], ["x", "y", "z"], 0.001) == "1×3 matrix in 1 ms."
    cut = matrix_status(["s"] * MAX_SENTENCES, None, 0.5)
    assert cut.endswith(f"Only the first {MAX_SENTENCES} lines of a list are shown.")
    assert search_status("MiniLM", 0.0456) == "Searched with MiniLM in 46 ms."
    assert search_needs_reading_note(501, busy=False) == "Reading 501 texts for search (once)…"
    assert search_needs_reading_note(501, busy=True) is None
    assert search_needs_reading_note(500, busy=False) is None


def test_changed_pairs_and_cell_detail():
    rows = ["cats <purr>", "dogs & bark", "fish swim"]
    before = np.array([[1.0, 0.2, 0.1], [0.2, 1.0, 0.3], [0.1, 0.3, 1.0]], dtype=np.float32)
    after = np.array([[1.0, 0.8, 0.1], [0.8, 1.0, 0.2], [0.1, 0.2, 1.0]], dtype=np.float32)
    changes = most_changed_pairs(before, after, rows, None, top=2)
    line = change_line(changes[0])
    assert line.startswith("0.20 → 0.80 (+0.60):")
    assert "cats <purr>  ↔  dogs & bark" in line
    detail = cell_detail(rows, None, before, after, after - before, 0, 1)
    assert "<b>cats &lt;purr&gt;</b>" in detail
    assert "<b>dogs &amp; bark</b>" in detail
    assert "Similarity: 0.200 → 0.800 with the second model (+0.600)" in detail
    single = cell_detail(rows, ["x", "y", "z"], before, None, None, 2, 0)
    assert single.endswith("Similarity: 0.100")
    assert "<b>x</b>" in single


def test_which_matrix_is_worth_showing():
    assert nothing_to_compare([], None)
    assert nothing_to_compare(["a"], [])  # the second list is on but empty
    assert not nothing_to_compare(["a"], None)
    models = ("base", None)
    assert request_is_current(("a", "b"), None, models, ["a", "b"], None, models)
    assert not request_is_current(("a",), None, models, ["a", "b"], None, models)
    assert not request_is_current(("a",), ("x",), models, ["a"], None, models)
    assert not request_is_current(("a",), ("x",), models, ["a"], ["y"], models)
    assert request_is_current(("a",), ("x",), models, ["a"], ["x"], models)
    assert not request_is_current(("a",), None, models, ["a"], None, ("base", "trained"))


def test_export_choice_and_files(tmp_path):
    assert export_target(2, has_second=True) == "difference"
    assert export_target(1, has_second=True) == "second"
    assert export_target(0, has_second=True) == "first"
    assert export_target(2, has_second=False) == "first"
    a, b = np.eye(2), np.full((2, 2), 0.5)
    assert export_matrix(1, a, b, b - a, "Base", "Trained")[1:] == ("Trained", False)
    matrix, title, diverging = export_matrix(2, a, b, b - a, "Base", "Trained")
    assert np.array_equal(matrix, b - a)
    assert title == "Difference (second − first)"
    assert diverging
    assert export_matrix(2, a, None, None, "Base", "")[1:] == ("Base", False)
    assert export_path("/tmp/m", "csv") == "/tmp/m.csv"
    assert export_path("/tmp/m.CSV", "csv") == "/tmp/m.CSV"
    matrix = np.array([[1.0, 0.5], [0.5, 1.0]])
    written = write_matrix(tmp_path / "m.csv", matrix, ("a", "b"), None)
    with open(written, encoding="utf-8-sig") as f:
        table = list(csv.reader(f))
    assert table[0][1:] == ["a", "b"]
    assert [row[0] for row in table[1:]] == ["a", "b"]
    png = write_matrix(tmp_path / "m.png", matrix, ["a", "b"], None, title="Model")
    assert png.read_bytes()[:4] == b"\x89PNG"
    svg = write_matrix(tmp_path / "m.svg", matrix, ["a", "b"], ["c", "d"], kind="svg")
    assert b"<svg" in svg.read_bytes()[:2000]


def test_search_choices_prefer_the_trained_model():
    choices, wanted = search_choices(("Base", "base-ref"), ("Trained", "/runs/trained"), "")
    assert choices == [("Base", "base-ref"), ("Trained", "/runs/trained")]
    assert wanted == "/runs/trained"
    _, wanted = search_choices(("Base", "base-ref"), ("Trained", "/runs/trained"), "base-ref")
    assert wanted == "base-ref"  # the user chose the first model
    choices, wanted = search_choices(("", "/models/minilm"), None, "")
    assert choices == [("minilm", "/models/minilm")]
    assert search_choices(("", ""), None, "") == ([], "")
    assert corpus_text(1234, "farm.csv", use_pasted=False) == (
        "Searching 1,234 texts from farm.csv."
    )
    assert corpus_text(1234, "farm.csv", use_pasted=True).startswith("Searching the pasted")
    assert corpus_text(0, "", use_pasted=False).startswith("Searching the pasted")


@pytest.fixture(scope="module")
def minilm_tokenizer(offline_model_path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(offline_model_path), local_files_only=True)


def test_coverage_advice_names_the_language_and_a_model_that_knows_it(
    minilm_tokenizer, offline_model_path
):
    english = measure_coverage(minilm_tokenizer, example_sentences("english.txt"))
    assert coverage_advice(english, str(offline_model_path)) is None
    assert coverage_advice(None, str(offline_model_path)) is None
    sinhala = measure_coverage(minilm_tokenizer, example_sentences("sinhala.txt"))
    advice = coverage_advice(sinhala, str(offline_model_path))
    assert "This model does not know Sinhala" in advice.text
    assert "scores for these sentences mean little" in advice.text
    assert "Try Multilingual E5 small: it knows Sinhala and is a 471 MB download" in advice.text
    assert advice.button_text == "Use Multilingual E5 small"
    assert advice.recommended_ref
