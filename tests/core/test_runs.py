"""Fresh output-folder names and the list of earlier runs (core, no Qt)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop_app.core.runs import (
    SUMMARY_FILENAME,
    describe_run,
    find_runs,
    fresh_output_dir,
    next_free_output_dir,
)


def _run(folder: Path, data_file: str, **extra: object) -> Path:
    folder.mkdir(parents=True)
    summary = {
        "output_dir": str(folder),
        "primary_metric": "sts-dev_spearman_cosine",
        "metrics_before": {"sts-dev_spearman_cosine": 0.42},
        "metrics_after": {"sts-dev_spearman_cosine": 0.61},
        "stopped_early": False,
        "config": {"data_file": data_file},
        **extra,
    }
    (folder / SUMMARY_FILENAME).write_text(json.dumps(summary), "utf-8")
    return folder


def test_next_free_name_counts_on(tmp_path):
    base = tmp_path / "korsts-minilm-2026-11-24"
    assert fresh_output_dir(base) == base  # missing: taken as it is
    base.mkdir()
    assert fresh_output_dir(base) == base  # empty folder: still free
    (base / "model.safetensors").write_text("x")
    assert fresh_output_dir(base) == tmp_path / "korsts-minilm-2026-11-24-2"
    (tmp_path / "korsts-minilm-2026-11-24-2").mkdir()
    (tmp_path / "korsts-minilm-2026-11-24-2" / "a").write_text("x")
    (tmp_path / "korsts-minilm-2026-11-24-3.partial").mkdir()
    assert next_free_output_dir(base) == tmp_path / "korsts-minilm-2026-11-24-4"
    # a numbered name counts on instead of growing "-2-2"
    assert next_free_output_dir(tmp_path / "korsts-minilm-2026-11-24-2") == (
        tmp_path / "korsts-minilm-2026-11-24-4"
    )


def test_a_file_with_the_name_is_not_free(tmp_path):
    (tmp_path / "out").write_text("my notes")
    assert fresh_output_dir(tmp_path / "out") == tmp_path / "out-2"


def test_describe_prefers_the_recorded_verdict():
    verdict, sentence = describe_run(
        {"verdict": "unchanged", "verdict_reason": "The change is within the noise."}
    )
    assert (verdict, sentence) == ("unchanged", "The change is within the noise.")
    verdict, sentence = describe_run(
        {
            "primary_metric": "sts-dev_spearman_cosine",
            "metrics_before": {"sts-dev_spearman_cosine": 0.42},
            "metrics_after": {"sts-dev_spearman_cosine": 0.61},
        }
    )
    assert verdict == ""
    assert "0.42 → 0.61" in sentence
    assert "no held-out rows" in describe_run({"primary_metric": "x", "metrics_after": {}})[1]


def test_find_runs_keeps_this_projects_runs_newest_first(tmp_path):
    data = tmp_path / "pairs.csv"
    data.write_text("a,b\n")
    trained = tmp_path / "trained"
    first = _run(trained / "pairs-1", str(data))
    _run(trained / "pairs-2", str(data), verdict="better", verdict_reason="Better.")
    _run(trained / "other", str(tmp_path / "other.csv"))
    (trained / "not-a-run").mkdir()
    os.utime(first / SUMMARY_FILENAME, (1_000_000, 1_000_000))
    elsewhere = _run(tmp_path / "elsewhere", str(data))

    runs = find_runs([elsewhere], search_in=trained, data_file=str(data))
    folders = [Path(r.output_dir).name for r in runs]
    assert set(folders) == {"pairs-1", "pairs-2", "elsewhere"}
    assert folders[-1] == "pairs-1"  # the oldest last
    by_name = {Path(r.output_dir).name: r for r in runs}
    assert by_name["pairs-2"].verdict == "better"
    assert by_name["pairs-2"].sentence == "Better."
    assert "0.42 → 0.61" in by_name["pairs-1"].sentence
    assert find_runs(search_in=tmp_path / "missing", data_file=str(data)) == []


# -- the default output folder and its checks (moved from the Settings page) ------------------


def test_default_output_dir_is_readable_dated_and_unique():
    from datetime import date

    from desktop_app.core import paths
    from desktop_app.core.runs import default_output_dir

    day = date(2026, 12, 3)
    first = default_output_dir(
        "/data/farm questions.csv", "sentence-transformers/all-MiniLM-L6-v2", day
    )
    assert first == paths.trained_models_dir() / "farm-questions-all-MiniLM-L6-v2-2026-12-03"
    assert not first.exists()  # only named, never made
    first.mkdir(parents=True)
    second = default_output_dir(
        "/data/farm questions.csv", "sentence-transformers/all-MiniLM-L6-v2", day
    )
    assert second.name == "farm-questions-all-MiniLM-L6-v2-2026-12-03-2"
    assert default_output_dir("", "C:\\models\\my-model\\", day).name == "data-my-model-2026-12-03"


def test_slug_keeps_letters_of_any_script_and_is_short():
    from desktop_app.core.runs import slug

    assert slug("사업장 소재지.v2") == "사업장-소재지.v2"
    assert slug("../..//") == "model"
    assert len(slug("x" * 100)) == 40


def test_folder_has_files_and_output_dir_problem(tmp_path):
    from desktop_app.core.runs import folder_has_files, output_dir_problem

    empty = tmp_path / "empty"
    empty.mkdir()
    full = tmp_path / "full"
    full.mkdir()
    (full / "model.safetensors").write_bytes(b"x")
    assert not folder_has_files(tmp_path / "missing")
    assert not folder_has_files(empty)
    assert folder_has_files(full)
    assert output_dir_problem("  ", False) == "Choose a folder to save the model in."
    assert output_dir_problem(str(empty), False) is None
    assert output_dir_problem(str(tmp_path / "missing"), False) is None
    assert "already holds files" in output_dir_problem(str(full), False)
    assert output_dir_problem(str(full), True) is None  # the user said yes


def test_offered_free_dir_only_when_the_typed_folder_is_taken(tmp_path):
    from desktop_app.core.runs import offered_free_dir

    full = tmp_path / "run"
    full.mkdir()
    (full / "model.safetensors").write_bytes(b"x")
    assert offered_free_dir("", str(full), False) is None
    assert offered_free_dir(str(tmp_path / "new"), "", False) is None
    assert offered_free_dir(f" {full} ", "", False) == tmp_path / "run-2"
    assert offered_free_dir(str(full), str(full), True) is None  # the user allowed replacing


def test_output_dir_namer_names_keeps_the_users_choice_and_moves_past_filled_runs(tmp_path):
    from desktop_app.core.runs import OutputDirNamer
    from desktop_app.core.training.config import TrainingConfig

    config = TrainingConfig(data_file=str(tmp_path / "faq.csv"), model="org/small-model")
    namer = OutputDirNamer()
    assert namer.settle(config) == "default"
    first = config.output_dir
    assert Path(first).name.startswith("faq-small-model-")
    assert namer.settle(config) is None  # still right
    config.model = "org/other"
    assert namer.settle(config) == "default"  # follows the model while it is ours
    assert "other" in Path(config.output_dir).name
    # a run of this session filled it: the next run gets the next free name
    Path(config.output_dir).mkdir(parents=True)
    (Path(config.output_dir) / "model.safetensors").write_bytes(b"x")
    filled = config.output_dir
    assert namer.settle(config, runs=[filled]) == "next-free"
    assert config.output_dir == filled + "-2"
    # the user's own folder is never renamed, even when it holds files
    config.output_dir = str(tmp_path)
    assert namer.settle(config, runs=[filled]) is None
    assert config.output_dir == str(tmp_path)
    config.output_dir, config.overwrite = "", True
    assert namer.settle(config) == "default"
    assert config.overwrite is False
