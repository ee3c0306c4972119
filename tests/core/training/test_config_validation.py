"""Settings from files carry no permissions, are type-checked, and every number is bounded."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from desktop_app.core.errors import DataError, TrainingError
from desktop_app.core.training.config import (
    SESSION_ONLY_FIELDS,
    SettingError,
    TrainingConfig,
    check_settings,
    setting_problems,
)

# -- files never carry trust ------------------------------------------------------------------


def test_a_config_file_cannot_switch_on_any_permission(tmp_path: Path) -> None:
    file = tmp_path / "training_config.json"
    file.write_text(
        json.dumps({"model": "x/y", "trust_remote_code": True, "overwrite": True, "resume": True}),
        "utf-8",
    )
    config, notes = TrainingConfig.load_with_notes(file)
    assert config.trust_remote_code is False
    assert config.overwrite is False
    assert config.resume is False
    assert config.model == "x/y"
    assert len(notes) == 3
    assert any("program code" in note and "confirm" in note for note in notes)
    assert any("replace the output folder" in note for note in notes)
    assert TrainingConfig.load(file).trust_remote_code is False


def test_a_file_that_asks_for_nothing_gets_no_notes(tmp_path: Path) -> None:
    file = tmp_path / "c.json"
    TrainingConfig(model="a/b").save(file)
    assert TrainingConfig.load_with_notes(file) == (TrainingConfig(model="a/b"), [])


def test_saved_config_never_writes_permissions(tmp_path: Path) -> None:
    config = TrainingConfig(overwrite=True, resume=True, trust_remote_code=True, epochs=2.0)
    file = tmp_path / "training_config.json"
    config.save(file)
    stored = json.loads(file.read_text("utf-8"))
    assert not set(SESSION_ONLY_FIELDS) & set(stored)
    assert stored["epochs"] == 2.0
    reread = TrainingConfig.load(file)
    assert (reread.overwrite, reread.resume, reread.trust_remote_code) == (False, False, False)


def test_from_dict_ignores_permissions_too() -> None:
    config = TrainingConfig.from_dict({"trust_remote_code": True, "overwrite": True})
    assert config == TrainingConfig()


# -- wrong types are refused with the setting's name -----------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("epochs", "3"),
        ("batch_size", "16"),
        ("batch_size", 16.5),
        ("batch_size", True),
        ("learning_rate", [2e-5]),
        ("data_file", ["a.csv"]),
        ("data_file", "data\x00.csv"),
        ("output_dir", 5),
        ("text_columns", "question,answer"),
        ("text_columns", ["question", 3]),
        ("matryoshka_dims", ["64"]),
        ("has_header", "yes"),
        ("precision", "fp8"),
        ("max_seq_length", "128"),
        ("sheet", {"name": "x"}),
    ],
)
def test_wrong_types_are_refused_naming_the_setting(name: str, value: object) -> None:
    with pytest.raises(DataError) as caught:
        TrainingConfig.from_dict({name: value})
    assert f"'{name}'" in caught.value.message
    assert "Traceback" not in str(caught.value)


def test_whole_floats_and_int_floats_are_accepted() -> None:
    config = TrainingConfig.from_dict({"batch_size": 16.0, "epochs": 2, "learning_rate": 1})
    assert config.batch_size == 16
    assert isinstance(config.batch_size, int)
    assert config.epochs == 2.0
    assert isinstance(config.epochs, float)


def test_unknown_settings_and_non_objects_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not know: surprise"):
        TrainingConfig.from_dict({"surprise": 1})
    file = tmp_path / "c.json"
    file.write_text("[1, 2]", "utf-8")
    with pytest.raises(DataError, match="does not hold settings"):
        TrainingConfig.load(file)


def test_a_type_error_in_a_file_names_the_file(tmp_path: Path) -> None:
    file = tmp_path / "training_config.json"
    file.write_text(json.dumps({"batch_size": "sixteen"}), "utf-8")
    with pytest.raises(DataError) as caught:
        TrainingConfig.load(file)
    assert caught.value.message.startswith("training_config.json:")
    assert "'batch_size'" in caught.value.message


def test_deeply_nested_config_is_a_plain_error(tmp_path: Path) -> None:
    file = tmp_path / "deep.json"
    file.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    with pytest.raises(DataError, match=r"not valid JSON|too large"):
        TrainingConfig.load(file)


# -- every number in one place ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("learning_rate", math.nan),
        ("learning_rate", math.inf),
        ("learning_rate", -1e-5),
        ("learning_rate", 0.0),
        ("learning_rate", 5.0),
        ("batch_size", 0),
        ("batch_size", -4),
        ("batch_size", 1_000_000),
        ("epochs", -1.0),
        ("epochs", 0.0),
        ("epochs", math.nan),
        ("max_seq_length", 0),
        ("max_seq_length", 100_000),
        ("eval_fraction", -0.1),
        ("eval_fraction", 0.95),
        ("eval_fraction", math.nan),
        ("max_steps", -5),
        ("max_steps", 0),
        ("seed", -1),
        ("seed", 2**40),
        ("warmup_ratio", 1.5),
        ("warmup_ratio", -0.1),
        ("weight_decay", math.inf),
        ("matryoshka_dims", [64, 0]),
        ("matryoshka_dims", [-8]),
        ("matryoshka_dims", [64, 64]),
        ("eval_steps", 0),
        ("save_steps", -3),
        ("precision", "fp8"),
    ],
)
def test_out_of_range_numbers_are_named_with_a_hint(name: str, value: object) -> None:
    config = TrainingConfig(**{name: value})
    problems = setting_problems(config, check_model=False)
    assert [p.setting for p in problems] == [name]
    assert problems[0].message
    assert problems[0].hint
    with pytest.raises(SettingError) as caught:
        check_settings(config, check_model=False)
    assert caught.value.setting == name
    assert isinstance(caught.value, TrainingError)


def test_defaults_and_usual_values_pass() -> None:
    assert setting_problems(TrainingConfig()) == []
    usual = TrainingConfig(
        epochs=0.5,
        batch_size=1,
        learning_rate=1e-4,
        max_seq_length=512,
        eval_fraction=0.0,
        max_steps=10,
        seed=0,
        warmup_ratio=0.0,
        matryoshka_dims=[256, 128, 64],
    )
    assert setting_problems(usual, check_model=False) == []
    assert setting_problems(TrainingConfig(eval_fraction=0.9), check_model=False) == []


@pytest.mark.parametrize("threads", [-3, 0, 10_000])
def test_cpu_threads_are_bounded_by_this_computer(threads: int) -> None:
    problems = setting_problems(TrainingConfig(), cpu_threads=threads)
    assert [p.setting for p in problems] == ["cpu_threads"]
    assert "cores" in problems[0].message
    assert setting_problems(TrainingConfig(), cpu_threads=1) == []


def test_max_length_is_checked_against_the_models_own_limit(offline_model_path: Path) -> None:
    # all-MiniLM-L6-v2 is a BERT with 512 positions: 512 is fine, 513 is not.
    fine = TrainingConfig(model=str(offline_model_path), max_seq_length=512)
    assert setting_problems(fine) == []
    too_long = TrainingConfig(model=str(offline_model_path), max_seq_length=600)
    problems = setting_problems(too_long)
    assert [p.setting for p in problems] == ["max_seq_length"]
    assert "512" in problems[0].message


def test_validate_method_raises_the_first_problem() -> None:
    config = TrainingConfig(batch_size=0, epochs=-1)
    with pytest.raises(SettingError) as caught:
        config.validate()
    assert caught.value.setting == "epochs"  # form order: epochs come first
    assert [p.setting for p in config.problems()] == ["epochs", "batch_size"]


def test_special_files_are_never_read(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "mkfifo") or not Path("/dev/zero").exists():
        pytest.skip("needs FIFOs and /dev/zero")
    fifo = tmp_path / "training_config.json"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match="not an ordinary file"):
        TrainingConfig.load(fifo)  # would block forever if it were opened for reading
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(DataError, match="not an ordinary file"):
        TrainingConfig.load(link)  # would eat memory if it were read
    huge = tmp_path / "huge.json"
    huge.write_text('{"model": "' + "x" * 1_100_000 + '"}', "utf-8")
    with pytest.raises(DataError, match="at most 1 MB"):
        TrainingConfig.load(huge)
    with pytest.raises(DataError, match="is a folder"):
        TrainingConfig.load(tmp_path)
