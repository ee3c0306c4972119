"""Where a run writes: never a user's folder, never two runs at once, refused before loading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.errors import OutputExistsError, TrainingError
from desktop_app.core.training import saving
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.runner import run_training


def _config(data: Path, model: Path, out: Path, **overrides) -> TrainingConfig:
    values = {
        "data_file": str(data),
        "text_columns": ["question", "answer"],
        "model": str(model),
        "output_dir": str(out),
        "batch_size": 8,
        "max_steps": 2,
        "eval_fraction": 0.0,
        "learning_rate": 1e-3,
        **overrides,
    }
    return TrainingConfig(**values)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_overwrite_into_the_data_files_own_folder_is_refused_before_reading(
    tiny_model_dir, data_file, tmp_path
):
    data = data_file("pairs")
    (tmp_path / "notes.txt").write_text("my notes", "utf-8")
    before = _snapshot(tmp_path)
    events = []
    config = _config(data, tiny_model_dir, tmp_path, overwrite=True)
    with pytest.raises(OutputExistsError, match="holds files this app did not write") as info:
        run_training(config, events.append)
    assert "data.csv" in info.value.message
    assert "notes.txt" in info.value.message
    assert events == []  # refused before the data or the model was loaded
    assert _snapshot(tmp_path) == before


def test_overwrite_refuses_an_app_model_folder_the_user_added_files_to(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "model"
    run_training(_config(data_file("pairs"), tiny_model_dir, out))
    (out / "my-evaluation.xlsx").write_bytes(b"the user's own work")
    with pytest.raises(OutputExistsError, match=r"my-evaluation\.xlsx"):
        run_training(_config(data_file("pairs"), tiny_model_dir, out, overwrite=True))
    assert (out / "my-evaluation.xlsx").read_bytes() == b"the user's own work"


def test_a_legacy_model_folder_without_marker_is_recognised_only_when_pure(tmp_path):
    legacy = tmp_path / "old"
    (legacy / "1_Pooling").mkdir(parents=True)
    for name in ("modules.json", "config.json", "model.safetensors", "training_summary.json"):
        (legacy / name).write_text("{}")
    assert saving.foreign_entries(legacy) == []
    (legacy / "thesis.docx").write_text("x")
    assert saving.foreign_entries(legacy) == ["thesis.docx"]
    # A marker that lists nothing (or is not ours) does not make a folder ours.
    other = tmp_path / "other"
    other.mkdir()
    (other / saving.MODEL_MARKER).write_text(json.dumps({"app": "Other", "files": ["a"]}))
    (other / "a").write_text("x")
    assert saving.foreign_entries(other) == [saving.MODEL_MARKER, "a"]


def test_a_user_folder_named_like_the_old_staging_folder_is_never_touched(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "model"
    user_partial = tmp_path / "model.partial"
    (user_partial / "checkpoints").mkdir(parents=True)
    (user_partial / "keep.txt").write_text("mine")
    before = _snapshot(user_partial)
    run_training(_config(data_file("pairs"), tiny_model_dir, out))
    assert _snapshot(user_partial) == before
    # Staging folders are hidden, unique, carry the app's marker, and are gone after success.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv", "model", "model.partial"]


def test_only_marked_staging_folders_are_removed(tmp_path):
    out = tmp_path / "model"
    ours = saving.new_run_dir(out)
    assert ours.name.startswith(".model.embedtune-run-")
    lookalike = tmp_path / f"{ours.name}x"
    lookalike.mkdir()
    (lookalike / "keep.txt").write_text("mine")
    assert saving.run_dirs(out) == [ours]
    assert saving.remove_run_dir(lookalike) is False
    assert saving.remove_run_dir(ours) is True
    assert not ours.exists()
    assert (lookalike / "keep.txt").read_text() == "mine"


def test_a_second_run_into_the_same_folder_is_refused_at_once(tiny_model_dir, data_file, tmp_path):
    out = tmp_path / "model"
    events = []
    with saving.OutputLock(out):  # another run holds the folder
        with pytest.raises(TrainingError, match="Another training is already saving to"):
            run_training(_config(data_file("pairs"), tiny_model_dir, out), events.append)
        assert events == []
    assert not saving.lock_path(out).exists()
    assert run_training(_config(data_file("pairs"), tiny_model_dir, out)).steps == 2


def test_a_lock_left_by_a_dead_process_is_taken_over(tiny_model_dir, data_file, tmp_path):
    out = tmp_path / "model"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(gone.stdout)
    import socket

    saving.lock_path(out).write_text(
        json.dumps({"app": "EmbedTune", "pid": dead_pid, "host": socket.gethostname()})
    )
    assert run_training(_config(data_file("pairs"), tiny_model_dir, out)).steps == 2
    assert not saving.lock_path(out).exists()
    # A lock whose process is alive (this one) is respected.
    saving.lock_path(out).write_text(
        json.dumps({"app": "EmbedTune", "pid": os.getpid(), "host": socket.gethostname()})
    )
    with pytest.raises(TrainingError, match="Another training"):
        saving.OutputLock(tmp_path / "model").acquire()


def test_an_unwritable_output_folder_is_refused_before_the_model_loads(
    tiny_model_dir, data_file, tmp_path, read_only_dir
):
    events = []
    config = _config(data_file("pairs"), tiny_model_dir, read_only_dir / "model")
    with pytest.raises(TrainingError, match=r"cannot be saved in .*read-only"):
        run_training(config, events.append)
    assert events == []


@pytest.fixture
def read_only_dir(tmp_path: Path):
    """A folder no one can write into: a read-only tmpfs as root, else chmod 555."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() == 0:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        )
        if mounted.returncode:
            pytest.skip("root cannot be denied writing without mounting, and mount failed")
        yield folder
        subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


@pytest.mark.slow
def test_cli_overwrite_into_the_data_folder_exits_2_and_keeps_everything(
    tiny_model_dir, data_file, tmp_path
):
    data = data_file("pairs")
    (tmp_path / "notes.txt").write_text("my notes", "utf-8")
    before = _snapshot(tmp_path)
    done = subprocess.run(
        [sys.executable, "main.py", "train", str(data), "--model", str(tiny_model_dir),
         "--out", str(tmp_path), "--overwrite", "--columns", "question,answer"],
        cwd=Path(__file__).resolve().parents[3],
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "holds files this app did not write" in done.stderr
    assert "Traceback" not in done.stderr
    assert _snapshot(tmp_path) == before


def test_resume_names_an_interrupted_run_of_an_earlier_version_truthfully(
    tiny_model_dir, data_file, tmp_path
):
    out = tmp_path / "model"
    (tmp_path / "model.partial" / "checkpoints" / "checkpoint-300").mkdir(parents=True)
    with pytest.raises(TrainingError, match="made by an earlier version of the app"):
        run_training(_config(data_file("pairs"), tiny_model_dir, out, resume=True))
    assert (tmp_path / "model.partial" / "checkpoints" / "checkpoint-300").is_dir()
    with pytest.raises(TrainingError, match="no interrupted run to continue"):
        run_training(_config(data_file("pairs"), tiny_model_dir, tmp_path / "b", resume=True))
