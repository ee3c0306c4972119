"""Hard negatives: mined on real rows with the real MiniLM, trained end to end, cancelled, CLI."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import datasets
import pytest

from desktop_app.core.training import hard_negatives as mining
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.events import HardNegativesMined, MiningProgress, TrainingWarning
from desktop_app.core.training.runner import run_training
from tests.core.training.conftest import rows_for, write_csv


def _rubq_english_pairs(shared_data: Path, count: int) -> list[tuple[str, str]]:
    """(English question, English name of the answer) from RuBQ 2.0 dev, first ``count``."""
    rows = []
    for item in json.loads((shared_data / "rubq_ru" / "RuBQ_2.0_dev.json").read_text("utf-8")):
        answers = item.get("answers") or []
        names = (answers[0].get("wd_names") or {}).get("en") if answers else None
        if item.get("question_eng") and names:
            rows.append((item["question_eng"], names[0]))
    return list(dict.fromkeys(rows))[:count]


def _pairs_dataset(rows: list[tuple[str, str]]) -> datasets.Dataset:
    return datasets.Dataset.from_dict(
        {"anchor": [q for q, _ in rows], "positive": [a for _, a in rows]}
    )


@pytest.mark.slow
@pytest.mark.shared_data
def test_mined_negatives_are_never_a_right_answer_and_keep_the_margin(shared_data, minilm):
    rows = _rubq_english_pairs(shared_data, 50)
    right_answers: dict[str, set[str]] = {}
    for question, answer in rows:
        right_answers.setdefault(question, set()).add(answer)
    progress: list[tuple[int, int]] = []
    result = mining.mine_hard_negatives(
        _pairs_dataset(rows), minilm, 2, on_progress=lambda d, t: progress.append((d, t))
    )
    mined = result.dataset
    summary = result.summary
    assert list(mined.column_names) == ["anchor", "positive", "negative_1", "negative_2"]
    assert summary.pairs == len(rows)
    assert summary.pairs_with_negatives == len(mined) > len(rows) // 2
    assert summary.pairs_skipped == len(rows) - len(mined)
    assert progress[-1][0] == progress[-1][1] > 0
    assert 1 <= len(summary.examples) <= mining.DEFAULT_EXAMPLES

    questions = list(mined["anchor"])
    answers = list(mined["positive"])
    negatives = [list(mined["negative_1"]), list(mined["negative_2"])]
    q_emb = minilm.encode(questions, normalize_embeddings=True)
    a_emb = minilm.encode(answers, normalize_embeddings=True)
    margin = mining.DEFAULT_RELATIVE_MARGIN
    for column in negatives:
        n_emb = minilm.encode(column, normalize_embeddings=True)
        for i, negative in enumerate(column):
            assert negative not in right_answers[questions[i]]
            right = float(q_emb[i] @ a_emb[i])
            wrong = float(q_emb[i] @ n_emb[i])
            assert wrong <= right - abs(right) * margin + 1e-4
            assert wrong <= mining.DEFAULT_MAX_SCORE + 1e-4
    for example in summary.examples:
        assert example.wrong_answer not in right_answers[example.question]
        assert example.wrong_score < example.answer_score


def test_cancel_stops_mining_between_chunks(tiny_model_dir):
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(tiny_model_dir), device="cpu", local_files_only=True)
    _, rows = rows_for("pairs", 300)
    rows = [(f"{q} ({i})", f"{a} ({i})") for i, (q, a) in enumerate(rows)]
    cancel = threading.Event()
    seen: list[int] = []

    def on_progress(done: int, total: int) -> None:
        seen.append(done)
        if done > 0:
            cancel.set()

    with pytest.raises(mining.MiningCancelled):
        mining.mine_hard_negatives(
            _pairs_dataset(rows), model, 1, on_progress=on_progress, cancel=cancel
        )
    assert seen == [0, mining.CHUNK_TEXTS]  # stopped after the first chunk of 600 texts


def test_too_few_answers_is_a_plain_error(tiny_model_dir):
    from sentence_transformers import SentenceTransformer

    from desktop_app.core.errors import TrainingError

    model = SentenceTransformer(str(tiny_model_dir), device="cpu", local_files_only=True)
    with pytest.raises(TrainingError, match="different answers"):
        mining.mine_hard_negatives(_pairs_dataset([("a", "b"), ("c", "d")]), model, 1)


def test_run_with_hard_negatives_trains_the_n_tuple_and_records_it(tiny_model_dir, tmp_path):
    header, rows = rows_for("pairs", 48)
    rows = [[q, f"{a} ({i})"] for i, (q, a) in enumerate(rows)]
    data = write_csv(tmp_path / "pairs.csv", header, rows)
    events: list = []
    config = TrainingConfig(
        data_file=str(data),
        model=str(tiny_model_dir),
        output_dir=str(tmp_path / "out"),
        hard_negatives=2,
        eval_fraction=0.25,
        batch_size=8,
        max_steps=2,
    )
    summary = run_training(config, events.append)
    mined = summary.hard_negatives
    assert mined is not None
    assert mined["pairs"] == 36  # the training split only; the 12 held-out rows are not mined
    assert summary.train_rows == mined["pairs_with_negatives"] > 0
    assert summary.eval_rows == 12
    assert summary.steps == 2
    assert any(isinstance(e, MiningProgress) for e in events)
    told = [e for e in events if isinstance(e, HardNegativesMined)]
    assert len(told) == 1
    assert told[0].summary["examples"]
    card = (tmp_path / "out" / "README.md").read_text("utf-8")
    assert "negative_2" in card
    assert "2 mined hard negatives per pair" in card
    saved = json.loads((tmp_path / "out" / "training_summary.json").read_text("utf-8"))
    assert saved["hard_negatives"]["num_negatives"] == 2
    assert saved["config"]["hard_negatives"] == 2


def test_hard_negatives_are_not_mined_for_other_shapes(tiny_model_dir, tmp_path, data_file):
    events: list = []
    config = TrainingConfig(
        data_file=str(data_file("scored-pairs")),
        model=str(tiny_model_dir),
        output_dir=str(tmp_path / "out"),
        hard_negatives=1,
        eval_fraction=0,
        batch_size=8,
        max_steps=1,
    )
    summary = run_training(config, events.append)
    assert summary.hard_negatives is None
    notes = [e for e in events if isinstance(e, TrainingWarning)]
    assert any(n.code == "hard-negatives-not-used" for n in notes)


@pytest.mark.parametrize("value", [-1, 11, 1.5, True])
def test_hard_negatives_setting_is_bounded(value):
    problems = TrainingConfig(hard_negatives=value).problems()
    assert [p.setting for p in problems] == ["hard_negatives"]


def test_cli_flag_mines_and_prints_examples(tiny_model_dir, tmp_path, capsys):
    from desktop_app.cli.main import main as cli_main

    header, rows = rows_for("pairs", 40)
    rows = [[q, f"{a} ({i})"] for i, (q, a) in enumerate(rows)]
    data = write_csv(tmp_path / "pairs.csv", header, rows)
    out = tmp_path / "model"
    status = cli_main(
        [
            "train",
            str(data),
            "--model",
            str(tiny_model_dir),
            "--out",
            str(out),
            "--hard-negatives",
            "1",
            "--max-steps",
            "1",
            "--batch-size",
            "8",
            "--threads",
            "1",
        ]
    )
    printed = capsys.readouterr().out
    assert status == 0
    assert "question/answer pairs got 1 wrong answer" in printed
    assert printed.count("taught wrong:") == mining.DEFAULT_EXAMPLES
    assert mining.HARD_NEGATIVES_ADVICE in printed  # what was measured is said, not hidden
    saved = json.loads((out / "training_summary.json").read_text("utf-8"))
    assert saved["hard_negatives"]["num_negatives"] == 1
