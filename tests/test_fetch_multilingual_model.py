"""installer/fetch_multilingual_model.py: the check that stops a build shipping the wrong model."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.helpers.tiny_model import build_tiny_model

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fetch():
    spec = importlib.util.spec_from_file_location(
        "fetch_multilingual_model", REPO / "installer" / "fetch_multilingual_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_the_checked_pairs_exist_in_the_apps_examples(fetch):
    for check in fetch.PARAPHRASE_CHECKS:
        lines = fetch.example_lines(check.file_name)
        numbers = [n for pair in check.pairs for n in pair] + list(check.unrelated)
        assert max(numbers) <= len(lines), check.file_name
        assert len(set(numbers)) == len(numbers), check.file_name  # no line used twice
    assert {c.language for c in fetch.PARAPHRASE_CHECKS} == {"si", "ru", "ko", "en"}


@pytest.mark.slow
def test_the_english_model_fails_sinhala_russian_korean_and_passes_english(
    fetch, offline_model_path, capsys
):
    status = fetch.main(
        [
            "--model-dir",
            str(offline_model_path),
            "--model-id",
            "sentence-transformers/all-MiniLM-L6-v2",
        ]
    )
    out = capsys.readouterr().out
    assert status == 1
    assert "FAIL sinhala.txt: This model does not know Sinhala" in out
    assert "FAIL korean.txt: This model splits Korean into single letters" in out
    assert "FAIL russian.txt: This model splits Russian into single letters" in out
    assert "ok   english.txt: This model knows English well." in out
    # The English pairs, the positive control, all rank their partner first.
    english = [line for line in out.splitlines() if "english.txt line" in line]
    assert len(english) == 3
    assert all(line.startswith("ok") for line in english)
    assert "FAILED: do not ship this model" in out


def test_a_tiny_model_that_knows_the_scripts_passes_coverage(fetch, tmp_path, capsys):
    import torch

    torch.manual_seed(0)
    corpus = [
        line for name in ("sinhala", "russian", "korean") for line in
        fetch.example_lines(f"{name}.txt")
    ] * 20  # fmt: skip
    folder = build_tiny_model(tmp_path, corpus, vocab_size=600)
    status = fetch.main(["--model-dir", str(folder), "--model-id", "tiny"])
    out = capsys.readouterr().out
    for name, language in (("sinhala", "Sinhala"), ("russian", "Russian"), ("korean", "Korean")):
        assert f"ok   {name}.txt: This model knows {language} well." in out
    # It never saw English, and a random-weight model need not rank paraphrases: the
    # verdict follows the lines, never the other way round.
    assert "FAIL english.txt: " in out
    assert status == 1
    assert ("FAIL" in out) == (status == 1)


def test_missing_folder_and_no_network_stop_the_build(fetch, tmp_path, monkeypatch, capsys):
    assert fetch.main(["--model-dir", str(tmp_path / "nothing")]) == 2
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert fetch.main(["--dest", str(tmp_path)]) == 2
    assert "cannot download" in capsys.readouterr().err
