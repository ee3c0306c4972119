"""run_training end to end on a tiny real BERT: every loss, cancel, resume, safe saving."""

from __future__ import annotations

import json
import math
import threading
from pathlib import Path

import pytest

from desktop_app.core.errors import OutputExistsError, TrainingError
from desktop_app.core.plotting.loss import summary_curves
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.events import Evaluated, Finished, LossLogged, Progress
from desktop_app.core.training.runner import run_training

COLUMNS = {
    "pairs": (["question", "answer"], None),
    "triplets": (["anchor", "positive", "negative"], None),
    "scored-pairs": (["sentence1", "sentence2"], "score"),
    "labelled-pairs": (["sentence1", "sentence2"], "label"),
    "classified-pairs": (["premise", "hypothesis"], "label"),
}

SUMMARY_KEYS = {
    "metrics_before",
    "metrics_after",
    "primary_metric",
    "loss_history",
    "train_runtime_s",
    "stopped_early",
    "config",
}


def _config(data: Path, model: Path, out: Path, shape: str, **overrides) -> TrainingConfig:
    texts, label = COLUMNS[shape]
    values = {
        "data_file": str(data),
        "text_columns": texts,
        "label_column": label,
        "model": str(model),
        "output_dir": str(out),
        "batch_size": 8,
        "max_steps": 2,
        "max_seq_length": 32,
        "eval_fraction": 0.0,
        "learning_rate": 1e-3,
        **overrides,
    }
    return TrainingConfig(**values)


@pytest.mark.parametrize(
    ("loss", "shape"),
    [
        ("MultipleNegativesRankingLoss", "pairs"),
        ("CachedMultipleNegativesRankingLoss", "triplets"),
        ("CoSENTLoss", "scored-pairs"),
        ("AnglELoss", "scored-pairs"),
        ("CosineSimilarityLoss", "labelled-pairs"),
        ("ContrastiveLoss", "labelled-pairs"),
        ("OnlineContrastiveLoss", "labelled-pairs"),
        ("SoftmaxLoss", "classified-pairs"),
        ("TripletLoss", "triplets"),
    ],
)
def test_every_loss_trains_end_to_end_on_data_of_its_shape(
    loss, shape, tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "trained"
    events = []
    summary = run_training(
        _config(data_file(shape), tiny_model_dir, out, shape, loss=loss), events.append
    )
    assert summary.shape == shape
    assert summary.loss == loss
    assert summary.steps == 2
    assert not summary.stopped_early
    assert [e.step for e in events if isinstance(e, LossLogged)] == [1, 2]
    assert all(math.isfinite(e.loss) for e in events if isinstance(e, LossLogged))
    assert (out / "model.safetensors").is_file()
    assert f"loss:{loss}" in (out / "README.md").read_text("utf-8")
    assert isinstance(events[-1], Finished)


def test_softmax_loss_gets_one_output_per_class(tiny_model_dir, data_file, tmp_path):
    from sentence_transformers import SentenceTransformer

    from desktop_app.core.catalog.losses import find_loss
    from desktop_app.core.data.types import ColumnRoles

    model = SentenceTransformer(str(tiny_model_dir), device="cpu")
    roles = ColumnRoles(
        ["premise", "hypothesis"], "label", "classified-pairs", classes=["a", "b", "c"]
    )
    loss = find_loss("softmax").build(model, roles)
    assert loss.classifier.out_features == 3
    assert loss.classifier.in_features == 3 * model.get_embedding_dimension()


def test_matryoshka_wraps_the_chosen_loss(tiny_model_dir, data_file, tmp_path):
    out = tmp_path / "m"
    config = _config(
        data_file("scored-pairs"), tiny_model_dir, out, "scored-pairs", matryoshka_dims=[32, 16, 8]
    )
    summary = run_training(config)
    assert summary.loss == "MatryoshkaLoss(CoSENTLoss)"
    card = (out / "README.md").read_text("utf-8")
    assert "loss:MatryoshkaLoss" in card
    assert "CoSENTLoss" in card


def test_matryoshka_refuses_sizes_larger_than_the_model(tiny_model_dir, data_file, tmp_path):
    from desktop_app.core.errors import DataError

    config = _config(
        data_file("pairs"), tiny_model_dir, tmp_path / "m", "pairs", matryoshka_dims=[64, 16]
    )
    with pytest.raises(DataError, match="between 1 and the model's vector size 32"):
        run_training(config)
    assert not (tmp_path / "m").exists()


def test_recommended_loss_and_evaluation_before_and_after(tiny_model_dir, data_file, tmp_path):
    out = tmp_path / "out"
    events = []
    config = _config(
        data_file("pairs", n=40), tiny_model_dir, out, "pairs", loss=None, eval_fraction=0.25
    )
    summary = run_training(config, events.append)
    assert summary.loss == "MultipleNegativesRankingLoss"
    phases = [e.phase for e in events if isinstance(e, Evaluated)]
    assert phases == ["before", "during", "after"]  # measured during: an earlier moment may be kept
    assert summary.verdict in ("better", "worse", "unchanged", "cannot-tell")
    assert summary.best_step == 2
    # the held-out measurements are kept, and the saved loss plot draws them
    assert [point["step"] for point in summary.eval_history] == [2]
    assert summary_curves(summary)["eval_steps"] == [2.0]
    assert summary_curves(out / "training_summary.json")["eval_values"] == [
        summary.eval_history[0]["value"]
    ]
    assert summary.primary_metric == "qa_cosine_accuracy@1"
    assert 0.0 <= summary.metrics_after["qa_cosine_accuracy@1"] <= 1.0
    assert "qa_cosine_mrr@10" in summary.metrics_before
    saved = json.loads((out / "training_summary.json").read_text("utf-8"))
    assert set(saved) >= SUMMARY_KEYS
    assert saved["eval_rows"] == 10
    assert saved["config"]["model"] == str(tiny_model_dir)
    assert TrainingConfig.load(out / "training_config.json").text_columns == ["question", "answer"]
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].step == progress[-1].total_steps == 2


def test_a_loss_that_does_not_fit_is_refused_with_the_reason(tiny_model_dir, data_file, tmp_path):
    config = _config(data_file("pairs"), tiny_model_dir, tmp_path / "o", "pairs", loss="cosent")
    with pytest.raises(TrainingError, match="needs a similarity score for each pair"):
        run_training(config)
    assert not (tmp_path / "o").exists()


def test_cancel_stops_after_the_current_step_and_keeps_the_model(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "cancelled"
    cancel = threading.Event()

    def on_event(event):
        if isinstance(event, Progress) and event.step == 1:
            cancel.set()

    config = _config(
        data_file("pairs", n=48), tiny_model_dir, out, "pairs", max_steps=None, epochs=2
    )
    summary = run_training(config, on_event, cancel)
    assert summary.stopped_early
    assert summary.steps == 1 < summary.total_steps == 12
    saved = json.loads((out / "training_summary.json").read_text("utf-8"))
    assert saved["stopped_early"] is True
    assert (out / "model.safetensors").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancelled", "data.csv"]


def test_existing_output_is_refused_before_training_unless_overwrite(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "exists"
    run_training(_config(data_file("pairs"), tiny_model_dir, out, "pairs"))
    assert (out / ".embedtune-model.json").is_file()
    events = []
    config = _config(data_file("pairs"), tiny_model_dir, out, "pairs")
    with pytest.raises(OutputExistsError, match="already exists"):
        run_training(config, events.append)
    assert events == []  # nothing was even read

    summary = run_training(
        _config(data_file("pairs"), tiny_model_dir, out, "pairs", overwrite=True, seed=7)
    )
    assert summary.steps == 2
    assert json.loads((out / "training_summary.json").read_text())["config"]["seed"] == 7
    assert (out / "model.safetensors").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".exists")] == []


def test_overwrite_never_replaces_a_folder_the_app_did_not_write(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "exists"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    events = []
    config = _config(data_file("pairs"), tiny_model_dir, out, "pairs", overwrite=True)
    with pytest.raises(OutputExistsError, match=r"did not write \(keep.txt\)"):
        run_training(config, events.append)
    assert events == []
    assert (out / "keep.txt").read_text() == "mine"


def test_an_interrupted_run_resumes_from_its_last_checkpoint(tiny_model_dir, data_file, tmp_path):
    from desktop_app.core.training import saving

    out = tmp_path / "resumable"
    data = data_file("pairs", n=48)

    def crash_at_step_3(event):
        if isinstance(event, Progress) and event.step == 3:
            raise KeyboardInterrupt  # the process being killed mid-run

    config = _config(data, tiny_model_dir, out, "pairs", max_steps=4, save_steps=2)
    with pytest.raises(KeyboardInterrupt):
        run_training(config, crash_at_step_3)
    assert not out.exists()
    assert saving.last_checkpoint(out).name == "checkpoint-2"
    assert not saving.lock_path(out).exists()

    events = []
    resumed = _config(data, tiny_model_dir, out, "pairs", max_steps=4, save_steps=2, resume=True)
    summary = run_training(resumed, events.append)
    assert summary.steps == 4
    assert [e.step for e in events if isinstance(e, LossLogged)] == [3, 4]
    assert (out / "model.safetensors").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv", "resumable"]


def test_resume_without_an_interrupted_run_is_a_plain_error(tiny_model_dir, data_file, tmp_path):
    config = _config(data_file("pairs"), tiny_model_dir, tmp_path / "x", "pairs", resume=True)
    with pytest.raises(TrainingError, match="no interrupted run"):
        run_training(config)


def test_real_minilm_card_names_base_model_loss_and_evaluation(data_file, tmp_path):
    out = tmp_path / "minilm"
    config = _config(
        data_file("scored-pairs", n=40),
        "sentence-transformers/all-MiniLM-L6-v2",
        out,
        "scored-pairs",
        eval_fraction=0.25,
        learning_rate=2e-5,
    )
    summary = run_training(config)
    card = (out / "README.md").read_text("utf-8")
    assert "base_model: sentence-transformers/all-MiniLM-L6-v2" in card
    assert "loss:CoSENTLoss" in card
    assert "spearman_cosine" in card.lower()
    assert summary.base_model == "sentence-transformers/all-MiniLM-L6-v2"
    assert summary.metrics_before["sts_spearman_cosine"] > 0.2  # the real model already knows
