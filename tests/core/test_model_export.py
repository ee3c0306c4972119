"""Exporting a model to ONNX, ONNX int8 and OpenVINO: agreement, speed, folder rules."""

from __future__ import annotations

import csv
import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core import model_export
from desktop_app.core.errors import ModelError, OutputExistsError
from desktop_app.core.model_export import (
    AGREEMENT_THRESHOLD,
    EXPORT_MARKER,
    REPORT_FILE,
    ExportCancelled,
    ExportedEncoder,
    ExportError,
    MissingAddOnError,
    export_model,
    held_out_texts,
)
from tests.helpers.tiny_model import build_tiny_model

PAIRS = [
    (f"how do I fix problem {i} with the {w}", f"to fix problem {i} restart the {w}")
    for i, w in enumerate(["printer", "router", "laptop", "phone", "screen", "mouse"] * 4)
]
FAST = {"timing_texts": 8, "timing_repeats": 1}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny")
    return build_tiny_model(root, [text for pair in PAIRS for text in pair])


def _encode_original(folder: Path, texts: list[str]) -> np.ndarray:
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(folder), device="cpu", local_files_only=True).encode(texts)


@pytest.mark.parametrize("fmt", ["onnx", "onnx-int8", "openvino"])
def test_each_format_agrees_with_the_original_and_reports_speed(tiny_model, tmp_path, fmt):
    texts = [text for pair in PAIRS[:10] for text in pair]
    out = tmp_path / fmt
    report = export_model(tiny_model, fmt, out, texts=texts, **FAST)

    assert report.texts_source == "given texts"
    assert report.texts_checked == len(texts)
    assert report.agreement_mean >= AGREEMENT_THRESHOLD
    assert report.agrees
    assert report.speedup > 0
    assert report.exported_seconds > 0
    assert report.original_seconds > 0
    assert report.size_bytes > 0
    written = json.loads((out / REPORT_FILE).read_text("utf-8"))
    assert written["format"] == fmt
    assert written["agreement_min"] == report.agreement_min
    assert (out / EXPORT_MARKER).is_file()
    readme = (out / "README.md").read_text("utf-8")
    assert "sentence_embedding" in readme
    assert f'backend="{"openvino" if fmt == "openvino" else "onnx"}"' in readme
    assert not (out / "model.safetensors").exists()  # the graph replaces the weights
    # The folder works on its own, the way the README says: tokenizer + runtime.
    from transformers import AutoTokenizer

    backend = "openvino" if fmt == "openvino" else "onnx"
    encoder = ExportedEncoder(out, backend, AutoTokenizer.from_pretrained(str(out)), 32, 1)
    vectors = encoder.encode(texts[:4])
    original = _encode_original(tiny_model, texts[:4])
    cosines = (vectors * original).sum(1) / (
        np.linalg.norm(vectors, axis=1) * np.linalg.norm(original, axis=1)
    )
    assert cosines.min() >= (0.999 if fmt != "onnx-int8" else 0.95)


@pytest.mark.slow
def test_real_minilm_onnx_agrees_on_real_korean_sentences(offline_model_path, tmp_path):
    sentences = [
        "한 남자가 기타를 치고 있다.",
        "서울은 대한민국의 수도이다.",
        "A man is playing a guitar.",
        "Как вернуть товар, если он не подошёл?",
    ]
    report = export_model(offline_model_path, "onnx", tmp_path / "onnx", texts=sentences, **FAST)
    assert report.agreement_min >= 0.999
    assert report.embedding_dimension == 384
    assert report.speedup > 0


def test_a_trained_model_is_checked_on_its_held_out_rows(tiny_model, tmp_path):
    from desktop_app.core.training.config import TrainingConfig

    # 48 rows: from 30 rows on, training keeps a held-out share (fewer train on every row)
    rows = PAIRS + [(f"{q} again", f"{a} again") for q, a in PAIRS]
    data = tmp_path / "pairs.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("question", "answer"), *rows])
    trained = tmp_path / "trained"
    shutil.copytree(tiny_model, trained)
    config = TrainingConfig(data_file=str(data), eval_fraction=0.25, seed=7)
    config.save(trained / "training_config.json")

    texts = held_out_texts(trained)
    all_texts = {text for pair in rows for text in pair}
    assert texts
    assert set(texts) <= all_texts
    assert len(texts) < len(all_texts)  # only the held-out share, not the training rows

    report = export_model(trained, "onnx", tmp_path / "out", **FAST)
    assert report.texts_source == "held-out rows"
    assert report.texts_checked == len(texts)


def test_only_an_earlier_export_is_replaced_and_only_when_asked(tiny_model, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my own file", "utf-8")
    with pytest.raises(OutputExistsError, match="not written by an export"):
        export_model(tiny_model, "onnx", mine, overwrite=True, **FAST)
    assert (mine / "notes.txt").read_text("utf-8") == "my own file"

    out = tmp_path / "export"
    export_model(tiny_model, "onnx", out, **FAST)
    with pytest.raises(OutputExistsError, match="already holds an export"):
        export_model(tiny_model, "onnx-int8", out, **FAST)
    report = export_model(tiny_model, "onnx-int8", out, overwrite=True, **FAST)
    assert report.format == "onnx-int8"
    assert json.loads((out / REPORT_FILE).read_text("utf-8"))["format"] == "onnx-int8"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_the_model_folder_itself_is_refused(tiny_model):
    with pytest.raises(ExportError, match="model's own folder"):
        export_model(tiny_model, "onnx", tiny_model / "onnx-export", **FAST)


def test_a_missing_model_or_format_is_a_plain_error(tmp_path, tiny_model):
    with pytest.raises(ModelError, match="no model folder"):
        export_model(tmp_path / "nothing", "onnx", tmp_path / "out", **FAST)
    with pytest.raises(ExportError, match="onnx, onnx-int8, openvino"):
        export_model(tiny_model, "tflite", tmp_path / "out", **FAST)


def test_a_missing_add_on_says_what_to_install(tiny_model, tmp_path, monkeypatch):
    real_find_spec = model_export.importlib.util.find_spec
    monkeypatch.setattr(
        model_export.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "openvino" else real_find_spec(name, *a),
    )
    with pytest.raises(MissingAddOnError) as caught:
        export_model(tiny_model, "openvino", tmp_path / "out", **FAST)
    assert caught.value.packages == ["openvino"]
    assert "embedtune[export]" in caught.value.hint
    assert not (tmp_path / "out").exists()


def test_cancelling_writes_nothing(tiny_model, tmp_path):
    cancel = threading.Event()
    stages = []

    def on_progress(progress):
        stages.append(progress.stage)
        if progress.stage == "checking":
            cancel.set()

    with pytest.raises(ExportCancelled):
        export_model(tiny_model, "onnx", tmp_path / "out", on_progress=on_progress, cancel=cancel)
    assert stages == ["loading", "exporting", "checking"]
    assert list(tmp_path.iterdir()) == []


def test_the_check_fails_for_an_export_that_does_not_match(tiny_model, tmp_path):
    """The agreement check can fail: another model's export is compared with this one."""
    from sentence_transformers import SentenceTransformer

    out = tmp_path / "export"
    export_model(tiny_model, "onnx", out, **FAST)
    other_root = tmp_path / "other"
    other_root.mkdir()
    other = build_tiny_model(other_root, [text for pair in PAIRS for text in pair])
    other_model = SentenceTransformer(str(other), device="cpu", local_files_only=True)
    exported = ExportedEncoder(out, "onnx", other_model.tokenizer, 32, 1)
    texts = [text for pair in PAIRS[:8] for text in pair]
    agreement = model_export._agreement(other_model, exported, texts)
    assert agreement.mean() < AGREEMENT_THRESHOLD

    report = model_export._build_report(
        model_export.find_format("onnx"), other, out, out, "onnx/model.onnx", agreement,
        "given texts", {"original": 1.0, "exported": 0.5, "count": 8.0, "repeats": 1.0}, 1, 32,
    )  # fmt: skip
    assert not report.agrees
    assert report.texts_below_threshold > 0
    assert "differ from the original" in report.notes[0]
