"""The output folder is written atomically: a failure never leaves a half model."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import OutputExistsError, TrainingError
from desktop_app.core.training.saving import check_output_dir, save_atomically


def _half_write(folder):
    (folder / "model.safetensors").write_bytes(b"half a model")
    raise OSError(28, "No space left on device")


def test_a_failed_save_leaves_no_folder_behind(tmp_path):
    out = tmp_path / "model"
    with pytest.raises(
        TrainingError, match=r"disk is full: saving the trained model needs about 2\.5 GB"
    ):
        save_atomically(out, _half_write, overwrite=False, needed_bytes=2_500_000_000)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_overwrite_keeps_the_old_model(tmp_path):
    out = tmp_path / "model"
    out.mkdir()
    (out / "model.safetensors").write_bytes(b"the old, whole model")
    with pytest.raises(TrainingError, match="disk is full"):
        save_atomically(out, _half_write, overwrite=True)
    assert (out / "model.safetensors").read_bytes() == b"the old, whole model"
    assert [p.name for p in tmp_path.iterdir()] == ["model"]


def test_a_successful_save_replaces_only_when_allowed(tmp_path):
    out = tmp_path / "model"
    save_atomically(out, lambda f: (f / "a.txt").write_text("1"), overwrite=False)
    assert (out / "a.txt").read_text() == "1"
    with pytest.raises(OutputExistsError):
        check_output_dir(out, overwrite=False)
    save_atomically(out, lambda f: (f / "b.txt").write_text("2"), overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == [".embedtune-model.json", "b.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["model"]
