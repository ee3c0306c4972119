"""``main.py evaluate``: the metric that fits the data, as JSON or plain text."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "EMBEDTUNE_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "main.py", "evaluate", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_evaluate_scored_pairs_as_json(tmp_path):
    rows = [
        ("A man is playing a guitar.", "A man plays the guitar.", "5"),
        ("A woman is slicing an onion.", "A woman cuts an onion.", "4.6"),
        ("A dog runs in the park.", "A cat sleeps on the sofa.", "0.4"),
        ("The sun is shining.", "It is a sunny day.", "4.2"),
        ("Kids play football.", "Children are playing soccer.", "4.4"),
        ("A plane takes off.", "A man is eating pasta.", "0"),
        ("He reads a book.", "She is swimming in a lake.", "0.2"),
        ("The market is busy.", "Many people are at the market.", "3.8"),
    ]
    data = tmp_path / "sts.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("sentence1", "sentence2", "score"), *rows])
    result = _run(
        ["--model", "sentence-transformers/all-MiniLM-L6-v2", str(data), "--json"], tmp_path
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["primary_metric"] == "sts_spearman_cosine"
    assert payload["shape"] == "scored-pairs"
    assert payload["rows"] == 8
    assert payload["value"] > 0.7  # the real model sees which pairs mean the same
    assert payload["metrics"]["sts_spearman_cosine"] == payload["value"]


def test_evaluate_a_missing_model_folder_exits_2(tmp_path):
    data = tmp_path / "p.csv"
    data.write_text("question,answer\nhi?,hello\nbye?,goodbye\n", "utf-8")
    result = _run(["--model", str(tmp_path / "no-such-model"), str(data)], tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("Error: There is no model at")
    assert len(result.stderr.strip().splitlines()) == 1
