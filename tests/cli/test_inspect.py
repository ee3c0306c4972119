"""``python main.py inspect`` end to end, in a subprocess like a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
REQUIRED_KEYS = {
    "rows", "columns", "encoding", "delimiter", "sheet", "shape", "label_column",
    "recommended_loss", "compatible_losses", "problems", "warnings",
}  # fmt: skip


def _inspect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "inspect", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )


@pytest.mark.shared_data
def test_inspect_json_on_sinhala_csv(shared_data):
    result = _inspect(
        str(shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv"), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= REQUIRED_KEYS
    assert data["rows"] == 5000
    assert data["encoding"] == "utf-8-sig"
    assert data["delimiter"] == ","
    assert data["sheet"] is None
    assert data["shape"] == "scored-pairs"
    assert data["label_column"] == "manual_similarity"
    assert data["recommended_loss"] == "CoSENTLoss"
    assert "CoSENTLoss" in data["compatible_losses"]
    empty = [p for p in data["problems"] if p["column"] == "sentence2"]
    assert [p["row"] for p in empty] == [4294, 4297, 4299, 4300]
    assert all(set(p) == {"row", "column", "severity", "message"} for p in data["problems"])
    assert {"code", "message"} <= set(data["warnings"][0])


def test_inspect_text_report_with_columns(tmp_path):
    path = tmp_path / "faq.csv"
    path.write_text(
        "id;question;answer\n"
        + "".join(
            f"{i};Как оплатить заказ {i}?;Картой или наличными курьеру {i}.\n" for i in range(5)
        ),
        encoding="cp1251",
    )
    result = _inspect(str(path), "--columns", "question,answer")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "cp1251" in out
    assert "semicolon" in out
    assert "Questions with their answers" in out
    assert "MultipleNegativesRankingLoss" in out
    assert "Как оплатить заказ 0?" not in out  # a report, not a dump of the data
    assert "few" in out.lower()


def test_user_errors_exit_2_with_one_line(tmp_path):
    missing = _inspect(str(tmp_path / "nope.csv"))
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "does not exist" in missing.stderr
    path = tmp_path / "pairs.csv"
    path.write_text("q,a\nhello there,general kenobi\nfoo bar,baz qux\n", encoding="utf-8")
    wrong = _inspect(str(path), "--columns", "question,a")
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr
    assert "q, a" in wrong.stderr


def test_inspect_json_detects_korean_form_field_names_as_scored_pairs(tmp_path):
    # sentence-transformers' own column names and 2-4-character Korean texts (issue 11).
    fields = [
        ("이름", "성명", "0.9"),
        ("전화번호", "연락처", "0.8"),
        ("주소", "거주지", "0.85"),
        ("생년월일", "이름", "0.1"),
        ("성명", "주소", "0.05"),
        ("연락처", "생년월일", "0.2"),
        ("거주지", "주소", "0.75"),
    ]
    path = tmp_path / "fields.csv"
    rows = "".join(f"{a},{b},{s}\n" for a, b, s in fields)
    path.write_text("sentence_0,sentence_1,label\n" + rows, encoding="utf-8")
    result = _inspect(str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["rows"] == 7
    assert data["shape"] == "scored-pairs"
    assert data["text_columns"] == ["sentence_0", "sentence_1"]
    assert data["label_column"] == "label"
    assert data["score_scale"] == 1.0


def _hostile(kind: str, folder: Path) -> Path:
    from tests.core.data import hostile_files

    if kind == "xlsx-bomb":
        return hostile_files.xlsx(folder / "bomb.xlsx", strings_mib=1024)
    if kind == "xlsx-corner":
        return hostile_files.xlsx(
            folder / "corner.xlsx",
            extra_sheet_xml=b'<row r="1048576"><c r="XFD1048576" t="inlineStr">'
            b"<is><t>x</t></is></c></row>",
        )
    if kind == "nested-json":
        path = folder / "deep.json"
        path.write_text("[" * 100_000 + "]" * 100_000)
        return path
    if kind == "fifo":
        path = folder / "pipe.csv"
        os.mkfifo(path)
        return path
    path = folder / "zero.csv"
    path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("xlsx-bomb", "unpacks to 1,024 MB"),
        ("xlsx-corner", "16,384 columns"),
        ("nested-json", "nested more than"),
        pytest.param(
            "fifo",
            "is a pipe",
            marks=pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only"),
        ),
        pytest.param(
            "dev-zero",
            "is a device",
            marks=pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero"),
        ),
    ],
)
def test_hostile_files_get_one_plain_line_and_exit_2(tmp_path, kind, words):
    result = _inspect(str(_hostile(kind, tmp_path)))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert words in result.stderr
    assert result.stdout == ""


@pytest.mark.shared_data
@pytest.mark.parametrize(
    ("rows", "same_text", "held_out", "measurable", "words"),
    [
        (200, False, 20, True, "180 rows train, 20 are kept apart"),
        (200, True, 20, False, "the same text"),
        (20, False, 0, False, "every row is needed to learn"),
    ],
)
def test_inspect_says_what_measures_the_result(
    shared_data, tmp_path, rows, same_text, held_out, measurable, words
):
    """The same split and the same "cannot be measured" as the Data page, before training:
    real Korean question/answer pairs, the same with the question copied into the answer
    (issue 9's identical pairs), and a set too small to keep rows apart."""
    import pandas as pd

    frame = pd.read_csv(shared_data / "korean_chatbot_qa" / "ChatbotData.csv", dtype=str)
    frame = frame.drop_duplicates("Q").head(rows)[["Q", "A"]]
    if same_text:
        frame["A"] = frame["Q"]
    path = tmp_path / "qa.csv"
    frame.to_csv(path, index=False)
    data = json.loads(_inspect(str(path), "--json").stdout)["measurement"]
    assert data["held_out_rows"] == held_out
    assert data["measurable"] is measurable
    assert bool(data["reason"]) is not measurable
    report = _inspect(str(path)).stdout
    assert words in report
    assert ("cannot be measured" in report) is not measurable
    if same_text:
        assert "add the real answers" in report


def test_a_reader_that_goes_away_is_no_error(tmp_path):
    """``main.py inspect FILE | head -1``: when the reader closes the pipe, no traceback."""
    path = tmp_path / "qa.csv"
    path.write_text("q,a\n" + "".join(f"question {i},answer {i}\n" for i in range(40)), "utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        result = subprocess.run(
            [sys.executable, "main.py", "inspect", str(path)],
            cwd=REPO,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
