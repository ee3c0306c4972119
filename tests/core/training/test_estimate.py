"""The training-time estimate, the measured-speed record and the readable numbers (core, no Qt)."""

from __future__ import annotations

import json

import pytest

from desktop_app.core import paths
from desktop_app.core.catalog.models import CATALOG
from desktop_app.core.training import runner
from desktop_app.core.training.plan import (
    REFERENCE_MB,
    SPEED_FILE,
    device_words,
    estimate_text,
    estimate_training,
    format_duration,
    format_rate,
    measured_unit,
    model_size_mb,
    parse_rate,
    planned_steps,
    record_speed,
    speed_path,
    steps_for,
    suggested_max_length,
    usable_rate,
)

MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def _estimate(**changes):
    args = dict(
        train_rows=1600,
        epochs=1,
        batch_size=16,
        max_steps=None,
        max_seq_length=64,
        device="cpu",
        size_mb=90,
    )
    args.update(changes)
    return estimate_training(**args)


def test_planned_steps_is_the_runs_own_rule():
    assert runner.planned_steps is planned_steps  # the runner counts with the same function
    assert planned_steps(1600, 16, 1, None) == 100
    assert planned_steps(1601, 16, 1, None) == 101
    assert planned_steps(1600, 16, 2.5, None) == 250
    assert planned_steps(0, 16, 3, None) == 3  # never zero steps
    assert planned_steps(1600, 16, 1, 10) == 10
    # the trainer runs max_steps even past the epochs: the count must say so too
    assert planned_steps(16, 16, 1, 40) == 40
    assert planned_steps(1600, 16, 1, 0) == steps_for(1600, 16, 1)


def test_estimate_scales_with_work_and_device():
    base = _estimate()
    assert base[0] == 100
    assert base[2] is False
    longer = _estimate(epochs=2)
    assert longer[0] == 200
    assert longer[1] == pytest.approx(2 * base[1])
    assert _estimate(max_seq_length=128)[1] == pytest.approx(2 * base[1])
    assert _estimate(size_mb=180)[1] == pytest.approx(2 * base[1])
    assert _estimate(device="cuda")[1] < base[1] / 10
    assert _estimate(max_steps=7)[0] == 7


def test_a_measured_speed_replaces_the_assumption():
    steps, seconds, measured = _estimate(measured=0.001)
    assert measured is True
    assert seconds == pytest.approx(steps * 0.001 * 16 * 64)


def test_speed_is_recorded_in_the_app_data_folder_and_read_back():
    assert speed_path() == paths.app_data_dir() / SPEED_FILE
    assert measured_unit(MODEL, "cpu") is None
    record_speed(MODEL, "cpu", 2.0, 16, 64)
    assert measured_unit(MODEL, "cpu") == pytest.approx(2.0 / (16 * 64))
    assert measured_unit(MODEL, "cuda") is None  # per device
    record_speed(MODEL, "cuda", 0.5, 32, 128)
    assert measured_unit(MODEL, "cpu") == pytest.approx(2.0 / (16 * 64))  # kept
    data = json.loads(speed_path().read_text("utf-8"))
    assert set(data) == {f"cpu|{MODEL}", f"cuda|{MODEL}"}


def test_nonsense_speeds_are_not_recorded_and_a_broken_file_is_survived():
    record_speed(MODEL, "cpu", 0.0, 16, 64)
    record_speed(MODEL, "cpu", 1.0, 0, 64)
    assert not speed_path().exists()
    speed_path().write_text("{not json", "utf-8")
    assert measured_unit(MODEL, "cpu") is None
    record_speed(MODEL, "cpu", 1.0, 16, 64)  # starts afresh instead of failing
    assert measured_unit(MODEL, "cpu") == pytest.approx(1.0 / (16 * 64))
    speed_path().write_text(json.dumps({f"cpu|{MODEL}": -1}), "utf-8")
    assert measured_unit(MODEL, "cpu") is None


def test_model_size_from_catalogue_weights_or_reference(tmp_path):
    spec = next(s for s in CATALOG if s.size_mb)
    assert model_size_mb(spec.hub_id, None) == float(spec.size_mb)
    (tmp_path / "model.safetensors").write_bytes(b"\0" * 3_000_000)
    assert model_size_mb(str(tmp_path), None) == pytest.approx(3.0)
    assert model_size_mb("someone/unknown", str(tmp_path)) == pytest.approx(3.0)
    assert model_size_mb("someone/unknown", None) == REFERENCE_MB


def test_estimate_text_says_it_is_an_estimate_and_on_what_basis():
    assumed = estimate_text(1234, 130, False)
    assert "Estimated training time: about 2 minutes" in assumed
    assert "1,234 steps" in assumed
    assert "an estimate" in assumed
    assert "assumed" in assumed
    assert "based on the speed measured" in estimate_text(10, 30, True)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (-3, "about 5 seconds"),
        (12, "about 10 seconds"),
        (59, "about 60 seconds"),
        (60, "about 1 minute"),
        (130, "about 2 minutes"),
        (89 * 60, "about 89 minutes"),
        (2 * 3600 + 10 * 60, "about 2 hours 10 minutes"),
        (3600 * 1.5, "about 1 hour 30 minutes"),
    ],
)
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


def test_rates_are_written_and_read_the_way_people_write_them():
    assert format_rate(2e-5) == "2e-5"
    assert format_rate(5e-5) == "5e-5"
    assert format_rate(1e-4) == "0.0001"  # %g keeps four places before switching
    assert format_rate(0.001) == "0.001"
    assert parse_rate(" 2e-5 ") == pytest.approx(2e-5)
    assert parse_rate("0,001") == pytest.approx(0.001)
    assert parse_rate("fast please") is None
    assert usable_rate("5e-5") == pytest.approx(5e-5)
    for bad in ("0", "-1e-5", "5", "nan", "inf", "x"):
        assert usable_rate(bad) is None


def test_suggested_max_length_fits_the_data_within_the_model():
    assert suggested_max_length(512, None) == 256
    assert suggested_max_length(128, {}) == 128
    assert suggested_max_length(512, {"p99": 40, "max": 500}) == 64  # (40 + 2) up to 32s
    assert suggested_max_length(512, {"p95": 3}) == 32
    assert suggested_max_length(256, {"max": 1000}) == 256


def test_device_words():
    assert "GPU" in device_words("cuda")
    assert device_words("mps") == "Apple's GPU"
    assert "CPU" in device_words("cpu")


def test_suggested_settings_are_the_plan_of_main_py_train():
    from desktop_app.core.training.plan import plan_training, suggested_settings, suggestion_text

    values = suggested_settings(135, data_rows=150, shape="pairs", device="cpu", max_seq_length=96)
    plan = plan_training(135, shape="pairs", device="cpu", held_out_rows=15)
    assert values == {
        "epochs": plan.epochs,
        "batch_size": plan.batch_size,
        "learning_rate": plan.learning_rate,
        "warmup_ratio": plan.warmup_ratio,
        "max_seq_length": 96,
    }
    empty = suggested_settings(0, data_rows=0, shape=None, device="cpu", max_seq_length=256)
    assert empty["epochs"] is None
    assert empty["max_seq_length"] == 256
    assert "Choose your data first" in suggestion_text(0, "cpu", True)
    assert suggestion_text(4500, "cuda", True) == (
        "Suggested for <b>4,500</b> training rows on a graphics card (GPU)."
    )
    assert "checking for a graphics card" in suggestion_text(10, "cpu", False)


def test_typed_setting_problems_check_the_rate_as_typed():
    from desktop_app.core.training.config import (
        RATE_NOT_A_NUMBER,
        TrainingConfig,
        typed_setting_problems,
    )

    config = TrainingConfig(data_file="x.csv", model="org/m", learning_rate=2e-5)
    assert typed_setting_problems(config, 2e-5) == []
    assert typed_setting_problems(config, None)[0] == RATE_NOT_A_NUMBER
    settings = [p.setting for p in typed_setting_problems(config, 5.0)]
    assert settings == ["learning_rate"]
    assert config.learning_rate == 2e-5  # the config itself is left alone
