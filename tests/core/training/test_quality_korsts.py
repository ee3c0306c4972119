"""Real training on real data: fine-tuning MiniLM on KorSTS raises Spearman on KorSTS test."""

from __future__ import annotations

import pytest

from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.runner import run_training
from tests.helpers.shared_data import korsts


@pytest.mark.slow
@pytest.mark.shared_data
def test_cosent_on_korsts_raises_spearman_over_the_base_model(shared_data, tmp_path):
    train = tmp_path / "korsts-train-1200.csv"
    test = tmp_path / "korsts-test.csv"
    korsts(shared_data, "train", rows=1200).to_csv(train, index=False)
    korsts(shared_data, "test").to_csv(test, index=False)
    config = TrainingConfig(
        data_file=str(train),
        eval_file=str(test),
        text_columns=["sentence1", "sentence2"],
        label_column="score",
        model="sentence-transformers/all-MiniLM-L6-v2",
        loss="CoSENTLoss",
        epochs=1,
        batch_size=16,
        learning_rate=5e-5,
        output_dir=str(tmp_path / "korsts-minilm"),
    )
    summary = run_training(config)
    before = summary.metrics_before["sts_spearman_cosine"]
    after = summary.metrics_after["sts_spearman_cosine"]
    print(f"KorSTS test Spearman {before:.3f} -> {after:.3f} in {summary.train_runtime_s:.0f} s")
    assert summary.eval_rows > 1300
    assert after > before + 0.1  # measured here: 0.42 -> 0.57 (lr 5e-5; 0.53 with 2e-5)
