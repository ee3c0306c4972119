"""The repeated-rows warning says which rows repeat which (not only how many)."""

from __future__ import annotations

from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.reading import read_table
from desktop_app.core.data.validation import validate


def test_repeated_rows_are_named(tmp_path):
    path = tmp_path / "faq.csv"
    rows = ["how are you,fine thanks", "what is it,a thing", "how are you,fine thanks"]
    rows += ["who is there,me", "what is it,a thing", "how are you,fine thanks"]
    path.write_text("question,answer\n" + "\n".join(rows) + "\n", "utf-8")
    table = read_table(path)
    report = validate(table, detect_columns(table))
    warning = next(w for w in report.warnings if w.code == "duplicate-rows")
    assert warning.message == (
        "3 rows repeat an earlier row exactly "
        "(row 3 repeats row 1; row 5 repeats row 2; row 6 repeats row 1)."
    )
    assert warning.details["examples"] == [3, 5, 6]


def test_many_repeats_are_counted_after_the_first_five(tmp_path):
    path = tmp_path / "same.csv"
    path.write_text("question,answer\n" + "a question,an answer\n" * 9, "utf-8")
    table = read_table(path)
    report = validate(table, detect_columns(table))
    warning = next(w for w in report.warnings if w.code == "duplicate-rows")
    assert warning.message.startswith("8 rows repeat an earlier row exactly (row 2 repeats row 1;")
    assert warning.message.endswith("; and 3 more).")
