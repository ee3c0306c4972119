"""TrainingController with the REAL run_training: a tiny real BERT model, tiny data, a few steps.

Waits on controller signals only (never on worker signals), and checks that every signal a
page receives is delivered on the GUI thread.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot

from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.events import Evaluated, Finished, LossLogged, Progress
from desktop_app.gui.workers.training import LOADING_ENGINE_STAGE, TrainingController
from tests.helpers.tiny_model import build_tiny_model

WORDS = ["farmer", "rice", "field", "water", "apple", "garden", "tea", "boat", "child", "market"]


def _sentences() -> list[str]:
    return [f"the {a} and the {b}" for a in WORDS for b in WORDS if a != b]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real 1-layer BERT sentence-transformer with a WordPiece vocabulary of the test text."""
    return build_tiny_model(
        tmp_path_factory.mktemp("tiny"), [*_sentences(), *WORDS], vocab_size=120, max_seq_length=24
    )


def _scored_csv(path: Path, n: int = 40) -> Path:
    texts = _sentences()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sentence1", "sentence2", "score"])
        for i in range(n):
            a, b = texts[i % len(texts)], texts[(i * 7 + 3) % len(texts)]
            writer.writerow([a, a if i % 3 == 0 else b, str(i % 6)])
    return path


class _Recorder(QObject):
    """Lives on the GUI thread; records what the controller emits and on which thread."""

    def __init__(self, controller: TrainingController) -> None:
        super().__init__()
        self.events: list[object] = []
        self.stages: list[str] = []
        self.threads: set[int] = set()
        controller.event_received.connect(self.on_event)
        controller.stage_changed.connect(self.on_stage)

    @Slot(object)
    def on_event(self, event: object) -> None:
        self.threads.add(threading.get_ident())
        self.events.append(event)

    @Slot(str, str)
    def on_stage(self, stage: str, _message: str) -> None:
        self.stages.append(stage)


def _config(tiny_model: Path, tmp_path: Path, **overrides) -> TrainingConfig:
    config = TrainingConfig(
        data_file=str(_scored_csv(tmp_path / "scores.csv")),
        model=str(tiny_model),
        loss="CoSENTLoss",
        epochs=1,
        batch_size=4,
        max_seq_length=24,
        eval_fraction=0.2,
        output_dir=str(tmp_path / "trained"),
        logging_steps=1,
    )
    for key, value in overrides.items():
        setattr(config, key, value)
    return config


@pytest.mark.slow
def test_real_training_reports_through_controller_and_saves(qtbot, tiny_model, tmp_path):
    controller = TrainingController(threads=1)
    recorder = _Recorder(controller)
    config = _config(tiny_model, tmp_path, max_steps=4)
    with qtbot.waitSignal(controller.succeeded, timeout=120_000) as done:
        controller.start(config)
        assert controller.is_running()
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=10_000)
    summary = done.args[0]
    assert recorder.threads == {threading.main_thread().ident}  # all on the GUI thread
    assert recorder.stages[0] == LOADING_ENGINE_STAGE
    kinds = [type(e) for e in recorder.events]
    assert Progress in kinds
    assert LossLogged in kinds
    assert kinds[-1] is Finished
    phases = [e.phase for e in recorder.events if isinstance(e, Evaluated)]
    assert phases[0] == "before"
    assert phases[-1] == "after"
    progress = [e for e in recorder.events if isinstance(e, Progress)]
    assert progress[-1].step == 4
    assert progress[-1].total_steps == 4
    assert summary.stopped_early is False
    assert (summary.device, summary.precision, summary.cpu_threads) == ("cpu", "fp32", 1)
    saved = json.loads((tmp_path / "trained" / "training_summary.json").read_text("utf-8"))
    assert saved["metrics_after"] == summary.metrics_after
    logged = [e for e in recorder.events if isinstance(e, LossLogged)]
    assert len(saved["loss_history"]) == len(logged)


@pytest.mark.slow
def test_cancel_mid_run_keeps_a_loadable_model(qtbot, tiny_model, tmp_path):
    from sentence_transformers import SentenceTransformer

    controller = TrainingController(threads=1)
    recorder = _Recorder(controller)
    config = _config(tiny_model, tmp_path, epochs=200, eval_fraction=0.0)
    controller.start(config)
    qtbot.waitUntil(
        lambda: any(isinstance(e, Progress) and e.step >= 2 for e in recorder.events),
        timeout=120_000,
    )
    with qtbot.waitSignal(controller.succeeded, timeout=60_000) as done:
        controller.cancel()
        assert controller.is_cancelling()
    summary = done.args[0]
    total = next(e for e in recorder.events if isinstance(e, Progress)).total_steps
    assert summary.stopped_early is True
    assert 2 <= summary.steps < total
    out = tmp_path / "trained"
    saved = json.loads((out / "training_summary.json").read_text("utf-8"))
    assert saved["stopped_early"] is True
    model = SentenceTransformer(str(out), device="cpu", local_files_only=True)
    vectors = model.encode(["the farmer and the rice"])
    assert vectors.shape == (1, 32)
    assert controller.shutdown(5000)


def test_start_twice_is_refused_and_shutdown_when_idle_is_safe(qtbot, tmp_path):
    def slow(config, on_event, cancel):
        cancel.wait(10)
        return "stopped"

    controller = TrainingController(train=slow)
    assert controller.shutdown(100)
    with qtbot.waitSignal(controller.started, timeout=5000):
        controller.start(TrainingConfig(output_dir=str(tmp_path / "x")))
    with pytest.raises(RuntimeError):
        controller.start(TrainingConfig())
    with qtbot.waitSignal(controller.stopped, timeout=10_000):
        assert controller.shutdown(5000)
    assert not controller.is_running()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
@pytest.mark.parametrize("lower", [True, False])
def test_training_runs_at_a_lower_priority_than_the_gui(qtbot, tmp_path, lower):
    seen: dict[str, int] = {}

    def record_priority(config, on_event, cancel):
        seen["worker"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        return "done"

    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    controller = TrainingController(train=record_priority, lower_priority=lower)
    with qtbot.waitSignal(controller.stopped, timeout=10_000):
        controller.start(TrainingConfig(output_dir=str(tmp_path / "x")))
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui  # GUI untouched
    assert seen["worker"] == (min(19, gui + 5) if lower else gui)
