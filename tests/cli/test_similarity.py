"""``main.py similarity`` with the real offline model, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np

from desktop_app.cli.similarity_cmd import _display_width, format_table
from tests.conftest import REPO_ROOT

SENTENCES = ["මගේ කුඹුරේ පස ගොඩක් මැටි සහිතයි.", "Как сменить пароль?", "사업장 소재지"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "main.py"), "similarity", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )


def test_json_matrix_equals_model_similarity(offline_model_path, minilm):
    result = _run("--model", str(offline_model_path), "--json", *SENTENCES)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["sentences"] == SENTENCES
    embeddings = minilm.encode(SENTENCES)
    expected = minilm.similarity(embeddings, embeddings).numpy()
    assert np.allclose(np.array(payload["matrix"]), expected, atol=1e-5)


def test_against_gives_an_asymmetric_matrix_and_a_table(offline_model_path):
    result = _run("--model", str(offline_model_path), SENTENCES[0], "--against", *SENTENCES[1:])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "[1]" in lines[0]
    assert "[2]" in lines[0]
    assert "[3]" not in lines[0]
    assert lines[1].startswith("මගේ")
    assert f"[2] {SENTENCES[2]}" in result.stdout


def test_missing_model_is_one_plain_line_with_status_2(tmp_path):
    result = _run("--model", str(tmp_path / "no-such-model"), "a", "b")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "no model" in result.stderr.lower()


def test_table_is_aligned_for_wide_characters():
    table = format_table(np.eye(2), ["사업장", "abc"], ["사업장", "abc"], label_width=10)
    first, second = table.splitlines()[1:3]
    assert _display_width(first) == _display_width(second)  # Hangul takes two columns
    assert len(first) < len(second)
