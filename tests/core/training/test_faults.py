"""Faults during a real run: a kill mid-checkpoint, a full disk, running out of memory.

The faults are injected, the training is real (tiny BERT, real trainer, real files).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.errors import TrainingError
from desktop_app.core.training import saving
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.events import LossLogged, TrainingWarning
from desktop_app.core.training.runner import CHECKPOINT_INTERVAL_ENV, run_training

REPO = Path(__file__).resolve().parents[3]

#: Runs a real training in a child process whose second checkpoint write stops half-way
#: (weights written, optimizer state not yet) and tells the parent, which then kills it.
_CHILD = r"""
import json, sys, time
from transformers import Trainer
real = Trainer._save_optimizer_and_scheduler
calls = []
def save_then_hang(self, output_dir):
    calls.append(output_dir)
    if len(calls) == 2:
        print("WRITING " + output_dir, flush=True)
        time.sleep(120)
    return real(self, output_dir)
Trainer._save_optimizer_and_scheduler = save_then_hang
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.runner import run_training
run_training(TrainingConfig(**json.loads(sys.argv[1])))
print("FINISHED", flush=True)
"""


def _config(data: Path, model: Path, out: Path, **overrides) -> TrainingConfig:
    values = {
        "data_file": str(data),
        "text_columns": ["question", "answer"],
        "model": str(model),
        "output_dir": str(out),
        "batch_size": 8,
        "max_steps": 4,
        "eval_fraction": 0.0,
        "learning_rate": 1e-3,
        **overrides,
    }
    return TrainingConfig(**values)


@pytest.mark.slow
def test_sigkill_during_a_checkpoint_write_then_resume_to_the_end(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "model"
    config = _config(data_file("pairs", n=48), tiny_model_dir, out)
    env = {**os.environ, CHECKPOINT_INTERVAL_ENV: "0", "HF_HUB_OFFLINE": "1"}
    log = tmp_path / "child-stderr.txt"
    with log.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, json.dumps(config.to_dict())],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    try:
        line = child.stdout.readline()
        assert line.startswith("WRITING "), log.read_text()[-3000:]
        half = Path(line.split(" ", 1)[1].strip())
        assert (half / "model.safetensors").is_file()  # the write is under way
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert not out.exists()
    # The half-written checkpoint-2 is there, but only checkpoint-1 counts as complete.
    assert half.name == "checkpoint-2"
    assert half.is_dir()
    assert saving.last_checkpoint(out).name == "checkpoint-1"
    assert saving.lock_path(out).exists()  # left by the killed run, recognised as stale

    events = []
    summary = run_training(
        _config(data_file("pairs", n=48), tiny_model_dir, out, resume=True), events.append
    )
    assert summary.steps == 4
    assert [e.step for e in events if isinstance(e, LossLogged)] == [2, 3, 4]
    assert (out / "model.safetensors").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["child-stderr.txt", "data.csv", "model"]


def test_resume_from_a_tampered_checkpoint_is_one_plain_message(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "model"
    data = data_file("pairs", n=48)

    def stop_at_step_3(event):
        if isinstance(event, LossLogged) and event.step == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_training(_config(data, tiny_model_dir, out, save_steps=2), stop_at_step_3)
    checkpoint = saving.last_checkpoint(out)
    (checkpoint / "model.safetensors").write_bytes(b"\x00garbage, not safetensors")
    events = []
    with pytest.raises(TrainingError, match="cannot be used: its model weights are damaged"):
        run_training(_config(data, tiny_model_dir, out, resume=True), events.append)
    assert events == []  # said before the model was even loaded

    # A checkpoint whose state passes the first look but cannot be loaded by the trainer.
    with pytest.raises(KeyboardInterrupt):
        run_training(_config(data, tiny_model_dir, out, save_steps=2), stop_at_step_3)
    checkpoint = saving.last_checkpoint(out)
    (checkpoint / "optimizer.pt").write_bytes(b"not a torch file")
    with pytest.raises(TrainingError, match=r"cannot be read .*damaged or was changed"):
        run_training(_config(data, tiny_model_dir, out, resume=True))


def test_an_older_complete_checkpoint_is_used_when_the_newest_is_damaged(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "model"
    data = data_file("pairs", n=48)

    def stop_at(step):
        def on_event(event):
            if isinstance(event, LossLogged) and event.step == step:
                raise KeyboardInterrupt

        return on_event

    with pytest.raises(KeyboardInterrupt):  # an older interrupted run: checkpoint-2
        run_training(_config(data, tiny_model_dir, out, save_steps=2), stop_at(3))
    older = saving.last_checkpoint(out)
    # a newer run's folder with a damaged checkpoint-3
    newer = saving.new_run_dir(out)
    damaged = newer / "checkpoint-3"
    damaged.mkdir()
    (damaged / saving.CHECKPOINT_MARKER).write_text("{}")
    (damaged / "trainer_state.json").write_text("{trunc")
    assert saving.last_checkpoint(out) == damaged
    events = []
    summary = run_training(_config(data, tiny_model_dir, out, resume=True), events.append)
    assert older.name == "checkpoint-2"
    notes = _run_notes(events)
    assert [n.code for n in notes] == ["damaged-checkpoint-skipped"]
    assert "at step 2" in notes[0].message
    assert summary.steps == 4


def _run_notes(events: list) -> list[TrainingWarning]:
    """The run's warnings, without the notes about the (deliberately small) data."""
    codes = {
        "out-of-memory-recovered",
        "checkpoint-disk-full",
        "damaged-checkpoint-skipped",
        "batch-fitted-to-memory",
    }
    return [e for e in events if isinstance(e, TrainingWarning) and e.code in codes]


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_during_a_checkpoint_keeps_the_last_complete_one_and_goes_on(
    tiny_model_dir, data_file, tmp_path, monkeypatch
):
    from transformers import Trainer

    out = tmp_path / "model"
    real = Trainer._save_optimizer_and_scheduler
    calls = []

    def fill_disk_on_second(self, output_dir):
        calls.append(output_dir)
        if len(calls) == 2:
            Path(output_dir, "optimizer.pt").write_bytes(b"half")
            _enospc()
        return real(self, output_dir)

    monkeypatch.setattr(Trainer, "_save_optimizer_and_scheduler", fill_disk_on_second)
    monkeypatch.setenv(CHECKPOINT_INTERVAL_ENV, "0")
    events = []

    def stop_at_4(event):
        events.append(event)
        if isinstance(event, LossLogged) and event.step == 4:
            raise KeyboardInterrupt  # to look at the checkpoints left

    with pytest.raises(KeyboardInterrupt):
        run_training(_config(data_file("pairs", n=48), tiny_model_dir, out, max_steps=5), stop_at_4)
    notes = _run_notes(events)
    assert [n.code for n in notes] == ["checkpoint-disk-full"]
    assert "needs about" in notes[0].message
    assert "last complete one is kept" in notes[0].message
    assert len(calls) == 2  # no checkpoint was tried after the disk filled up
    (run_dir,) = saving.run_dirs(out)
    assert sorted(p.name for p in run_dir.iterdir()) == [saving.RUN_MARKER, "checkpoint-1"]


def test_disk_full_during_the_final_save_says_how_much_is_needed(
    tiny_model_dir, data_file, tmp_path, monkeypatch
):
    out = tmp_path / "model"
    monkeypatch.setattr(saving, "write_model_marker", _enospc)
    with pytest.raises(TrainingError, match=r"disk is full: saving the trained model needs about"):
        run_training(_config(data_file("pairs"), tiny_model_dir, out, max_steps=2))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv"]


@pytest.fixture
def small_disk(tmp_path: Path):
    """Factory: mount a tmpfs of the given size (skips where mounting is not permitted)."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        folder = tmp_path / f"disk-{size}"
        folder.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        )
        if done.returncode:
            pytest.skip("mounting a small tmpfs is not permitted here")
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_really_full_disk_final_save(tiny_model_dir, data_file, small_disk):
    disk = small_disk("48k")  # room for the lock and staging markers, not for the model
    out = disk / "model"
    with pytest.raises(TrainingError, match="disk is full: saving the trained model") as info:
        run_training(_config(data_file("pairs"), tiny_model_dir, out, max_steps=2))
    assert str(disk) in info.value.message
    assert "free now" in info.value.message
    assert list(disk.iterdir()) == []  # nothing that looks complete, nothing at all


def test_a_really_full_disk_during_checkpoints_keeps_the_last_complete_one(
    tiny_model_dir, data_file, small_disk, monkeypatch
):
    disk = small_disk("450k")  # one checkpoint (~270k) and the model fit; two checkpoints do not
    out = disk / "model"
    monkeypatch.setenv(CHECKPOINT_INTERVAL_ENV, "0")
    events = []
    summary = run_training(
        _config(data_file("pairs", n=48), tiny_model_dir, out, max_steps=4), events.append
    )
    notes = _run_notes(events)
    assert [n.code for n in notes] == ["checkpoint-disk-full"]
    assert summary.checkpoints_written >= 1
    assert (out / "model.safetensors").is_file()
    assert sorted(p.name for p in disk.iterdir()) == ["model"]


def _raise_oom_above(cls, limit: int, monkeypatch) -> list[int]:
    """Make ``cls.forward`` raise torch.OutOfMemoryError for batches above ``limit``."""
    import torch

    real = cls.forward
    seen: list[int] = []

    def forward(self, sentence_features, labels=None, *args, **kwargs):
        size = int(sentence_features[0]["input_ids"].shape[0])
        seen.append(size)
        if size > limit:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real(self, sentence_features, labels, *args, **kwargs)

    monkeypatch.setattr(cls, "forward", forward)
    return seen


def test_out_of_memory_switches_to_the_cached_loss_and_keeps_the_batch(
    tiny_model_dir, data_file, tmp_path, monkeypatch
):
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss

    seen = _raise_oom_above(MultipleNegativesRankingLoss, 4, monkeypatch)
    out = tmp_path / "model"
    events = []
    config = _config(
        data_file("pairs", n=48), tiny_model_dir, out, loss="MultipleNegativesRankingLoss"
    )
    summary = run_training(config, events.append)
    assert seen == [8]  # the first step failed, then the cached loss took over
    notes = _run_notes(events)
    assert [n.code for n in notes] == ["out-of-memory-recovered"]
    assert "CachedMultipleNegativesRankingLoss" in notes[0].message
    assert "same 8 examples per step, computed 4 at a time" in notes[0].message
    assert summary.loss == "CachedMultipleNegativesRankingLoss"
    assert summary.batch_size == summary.per_step_batch_size == 8
    assert summary.steps == 4
    saved = json.loads((out / "training_summary.json").read_text("utf-8"))
    assert saved["memory_adjustments"] == [notes[0].message.split("memory. ", 1)[1]]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv", "model"]


def test_out_of_memory_with_another_loss_halves_the_step_and_accumulates(
    tiny_model_dir, data_file, tmp_path, monkeypatch
):
    from sentence_transformers.sentence_transformer.losses import CoSENTLoss

    seen = _raise_oom_above(CoSENTLoss, 2, monkeypatch)
    config = _config(
        data_file("scored-pairs", n=48),
        tiny_model_dir,
        tmp_path / "model",
        text_columns=["sentence1", "sentence2"],
        label_column="score",
        loss="CoSENTLoss",
    )
    events = []
    summary = run_training(config, events.append)
    assert seen[:3] == [8, 4, 2]
    assert [e.code for e in _run_notes(events)] == [
        "out-of-memory-recovered",
        "out-of-memory-recovered",
    ]
    assert (summary.per_step_batch_size, summary.gradient_accumulation_steps) == (2, 4)
    assert summary.batch_size == 8
    assert summary.steps == 4


def test_out_of_memory_that_cannot_be_fixed_is_plain_and_leaves_nothing(
    tiny_model_dir, data_file, tmp_path, monkeypatch
):
    from sentence_transformers.sentence_transformer.losses import CoSENTLoss

    _raise_oom_above(CoSENTLoss, 0, monkeypatch)
    config = _config(
        data_file("scored-pairs"),
        tiny_model_dir,
        tmp_path / "model",
        text_columns=["sentence1", "sentence2"],
        label_column="score",
        loss="CoSENTLoss",
    )
    with pytest.raises(TrainingError, match="ran out of memory while training"):
        run_training(config)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv"]


def test_a_batch_is_fitted_to_the_reported_device_memory():
    from desktop_app.core.training.device import estimate_fitting_batch

    large = {"parameters": 560_000_000, "layers": 24, "hidden": 1024, "seq_len": 512}
    on_80gb = estimate_fitting_batch(
        **large, texts_per_example=2, free_bytes=80 * 10**9, half_precision=True
    )
    on_16gb = estimate_fitting_batch(
        **large, texts_per_example=2, free_bytes=16 * 10**9, half_precision=True
    )
    assert 64 <= on_80gb <= 256  # a batch of 64 pairs at length 512 fits an 80 GB H100
    assert 1 <= on_16gb < 16
    assert (
        estimate_fitting_batch(**large, texts_per_example=2, free_bytes=10**9, half_precision=True)
        == 1
    )


def test_a_device_reporting_little_free_memory_gets_a_fitted_batch_before_training(
    tiny_model_dir, data_file, tmp_path, monkeypatch
):
    from desktop_app.core.training import device as device_mod

    # As a CUDA device reports it through torch.cuda.mem_get_info: almost nothing free.
    monkeypatch.setattr(device_mod, "free_device_memory", lambda device: 1_000)
    events = []
    config = _config(
        data_file("pairs", n=48), tiny_model_dir, tmp_path / "model", max_steps=2,
        loss="MultipleNegativesRankingLoss",
    )  # fmt: skip
    summary = run_training(config, events.append)
    notes = _run_notes(events)
    assert [n.code for n in notes] == ["batch-fitted-to-memory"]
    assert "same 8 examples per step, computed 1 at a time" in notes[0].message
    assert summary.loss == "CachedMultipleNegativesRankingLoss"
    assert summary.batch_size == 8
    assert summary.steps == 2

    # Plenty of memory: nothing changes and nothing is said.
    monkeypatch.setattr(device_mod, "free_device_memory", lambda device: 80 * 10**9)
    events = []
    config.output_dir = str(tmp_path / "model2")
    summary = run_training(config, events.append)
    assert _run_notes(events) == []
    assert summary.loss == "MultipleNegativesRankingLoss"
