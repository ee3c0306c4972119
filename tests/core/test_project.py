"""Project files round-trip the wizard's configuration and survive moved or missing files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.core.errors import DataError
from desktop_app.core.project import (
    PROJECT_FORMAT,
    PROJECT_SUFFIX,
    load_project,
    save_project,
    with_project_suffix,
)
from desktop_app.core.training.config import TrainingConfig


def _config(folder: Path) -> TrainingConfig:
    data = folder / "data" / "pairs.csv"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("question,answer\nකොහොමද?,හොඳින්\n", "utf-8")
    return TrainingConfig(
        data_file=str(data),
        text_columns=["question", "answer"],
        positive_label="0",
        eval_fraction=0.2,
        model="sentence-transformers/all-MiniLM-L6-v2",
        loss="MultipleNegativesRankingLoss",
        epochs=3.0,
        batch_size=8,
        output_dir=str(folder / "out" / "model"),
    )


def test_round_trip_keeps_every_setting(tmp_path):
    config = _config(tmp_path)
    written = save_project(config, tmp_path / "my project", metadata={"page": "model"})
    assert written.name == "my project" + PROJECT_SUFFIX
    payload = json.loads(written.read_text("utf-8"))
    assert payload["format"] == PROJECT_FORMAT
    assert payload["saved_at"]
    assert payload["relative_paths"]["data_file"] == "data/pairs.csv"

    project = load_project(written)
    assert project.config == config
    assert project.missing_files == []
    assert project.metadata == {"page": "model"}
    assert project.saved_at == payload["saved_at"]


def test_moved_project_folder_resolves_relative_paths(tmp_path):
    original = tmp_path / "original"
    original.mkdir()
    written = save_project(_config(original), original / f"p{PROJECT_SUFFIX}")
    moved = tmp_path / "moved"
    shutil.move(str(original), moved)

    project = load_project(moved / written.name)
    assert Path(project.config.data_file) == (moved / "data" / "pairs.csv").resolve()
    assert project.missing_files == []


def test_missing_data_file_is_reported_and_the_rest_loads(tmp_path):
    config = _config(tmp_path)
    written = save_project(config, tmp_path / f"p{PROJECT_SUFFIX}")
    Path(config.data_file).unlink()

    project = load_project(written)
    assert project.missing_files == [config.data_file]
    assert project.config.text_columns == ["question", "answer"]
    assert project.config.epochs == 3.0


def test_not_a_project_is_a_plain_error(tmp_path):
    other = tmp_path / "notes.etproj"
    other.write_text('{"hello": 1}', "utf-8")
    with pytest.raises(DataError, match="not a project file"):
        load_project(other)
    garbage = tmp_path / "garbage.etproj"
    garbage.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DataError, match="not a project file"):
        load_project(garbage)
    with pytest.raises(DataError, match="does not exist"):
        load_project(tmp_path / "absent.etproj")


def test_suffix_is_added_once():
    assert with_project_suffix("a/b").name == "b.etproj"
    assert with_project_suffix("a/b.ETPROJ").name == "b.ETPROJ"
    assert with_project_suffix("a/b.json").name == "b.json.etproj"


# -- hostile project files ------------------------------------------------------------------


def _project_payload(config: dict, **extra: object) -> dict:
    return {
        "format": PROJECT_FORMAT,
        "format_version": 1,
        "config": config,
        "relative_paths": {},
        "metadata": {},
        **extra,
    }


def _write(path: Path, payload: dict) -> Path:
    path.write_text(json.dumps(payload), "utf-8")
    return path


def test_a_project_never_switches_on_permissions(tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "thesis.docx").write_text("years of work", "utf-8")
    config = {
        "output_dir": "../../Documents",
        "model": str(tmp_path),
        "overwrite": True,
        "resume": True,
        "trust_remote_code": True,
    }
    file = _write(tmp_path / f"shared{PROJECT_SUFFIX}", _project_payload(config))
    project = load_project(file)
    assert project.config.overwrite is False
    assert project.config.resume is False
    assert project.config.trust_remote_code is False
    assert len(project.notes) == 3
    assert any("program code" in note for note in project.notes)


def test_saved_projects_never_hold_permissions(tmp_path):
    config = _config(tmp_path)
    config.overwrite = config.resume = config.trust_remote_code = True
    written = save_project(config, tmp_path / "p")
    stored = json.loads(written.read_text("utf-8"))["config"]
    assert "overwrite" not in stored
    assert "trust_remote_code" not in stored
    assert "resume" not in stored
    project = load_project(written)
    assert project.notes == []
    assert project.config.trust_remote_code is False


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"relative_paths": ["data/pairs.csv"]}, "relative_paths"),
        ({"relative_paths": {"data_file": 5}}, "data_file"),
        ({"relative_paths": {"data_file": "a\x00b"}}, "data_file"),
        ({"relative_paths": {"evil": "x"}}, "evil"),
        ({"metadata": "page=model"}, "metadata"),
        ({"format_version": "1"}, "format version"),
        ({"saved_at": 5}, "saved_at"),
        ({"config": {"data_file": "a\x00.csv"}}, "data_file"),
        ({"config": {"epochs": "3"}}, "epochs"),
        ({"config": {"text_columns": "question"}}, "text_columns"),
        ({"config": {"model": ["a/b"]}}, "model"),
        ({"config": {"batch_size": 0}}, "batch size"),
        ({"config": {"learning_rate": 1e400}}, "learning rate"),
    ],
)
def test_wrong_types_are_refused_on_open_naming_the_setting(tmp_path, change, named):
    payload = _project_payload({"data_file": "pairs.csv"})
    payload.update(change)
    file = _write(tmp_path / f"p{PROJECT_SUFFIX}", payload)
    with pytest.raises(DataError) as caught:
        load_project(file)
    assert named in caught.value.message
    assert caught.value.hint


def test_special_and_huge_files_are_not_read(tmp_path):
    import os

    huge = tmp_path / f"huge{PROJECT_SUFFIX}"
    huge.write_text('{"format": "embedtune-project", "pad": "' + "x" * 2_000_000 + '"}', "utf-8")
    with pytest.raises(DataError, match="too large"):
        load_project(huge)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / f"fifo{PROJECT_SUFFIX}"
        os.mkfifo(fifo)
        with pytest.raises(DataError, match="not a project file"):
            load_project(fifo)  # would block forever if it were opened
    if Path("/dev/zero").exists():
        zero = tmp_path / f"zero{PROJECT_SUFFIX}"
        zero.symlink_to("/dev/zero")
        with pytest.raises(DataError, match="not an ordinary file"):
            load_project(zero)  # would eat memory if it were read
    nested = _write(tmp_path / f"deep{PROJECT_SUFFIX}", {})
    nested.write_text("[" * 50_000 + "]" * 50_000, "utf-8")
    with pytest.raises(DataError, match="not a project file"):
        load_project(nested)
