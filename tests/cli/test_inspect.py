"""``python main.py inspect`` end to end, in a subprocess like a user runs it."""

from __future__ import annotations

import json
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
