"""The one place for automatic settings: held-out rule, passes by size and time, same for all."""

from __future__ import annotations

import pytest

from desktop_app.core.training.config import TrainingConfig, suggest_defaults
from desktop_app.core.training.plan import (
    AUTOMATIC_DESCRIPTION,
    apply_plan,
    held_out_split,
    plan_training,
)


@pytest.mark.parametrize(
    ("rows", "fraction", "train", "held"),
    [
        (7, 0.1, 7, 0),  # tiny: every row trains, no independent measure
        (10, 0.1, 10, 0),
        (29, 0.5, 29, 0),
        (30, 0.1, 20, 10),  # at least 10 held out
        (260, 0.1, 234, 26),
        (5_000, 0.2, 4_000, 1_000),
        (50_000, 0.1, 49_000, 1_000),  # measuring stays quick
        (500, 0.0, 500, 0),
    ],
)
def test_held_out_rule(rows, fraction, train, held):
    split = held_out_split(rows, fraction)
    assert (split.train_rows, split.held_out_rows) == (train, held)
    assert split.train_rows + split.held_out_rows == rows


def test_the_promise_says_what_the_run_does():
    assert held_out_split(10, 0.1).describe().startswith("All 10 rows train.")
    assert "no independent measure" in held_out_split(10, 0.1).describe()
    assert held_out_split(260, 0.1).describe() == (
        "234 rows train, 26 are kept apart to measure the result."
    )
    assert held_out_split(100, 0.1, has_eval_file=True).fraction == 0.0


def test_smaller_sets_get_more_passes_within_the_time_budget():
    small, medium, large = (plan_training(n, held_out_rows=20) for n in (80, 2_000, 50_000))
    assert small.epochs > medium.epochs > large.epochs >= 1
    assert small.learning_rate == 5e-5
    assert small.eval_steps is not None
    # a short budget cuts passes, never below one
    rushed = plan_training(2_000, time_budget_s=60)
    assert rushed.epochs == 1
    assert any("would not fit" in r for r in rushed.reasons)
    # a large model learns with a smaller rate
    assert plan_training(2_000, model_params=560_000_000).learning_rate == 2e-5
    # no held-out rows: nothing to measure during training
    assert plan_training(20).eval_steps is None


def test_gui_and_cli_start_from_the_same_defaults():
    plan = plan_training(1_200, device="cpu")
    legacy = suggest_defaults(1_200, "cpu")  # what older callers (the Settings page) read
    assert (legacy["epochs"], legacy["batch_size"], legacy["learning_rate"]) == (
        plan.epochs,
        plan.batch_size,
        plan.learning_rate,
    )
    config = apply_plan(TrainingConfig(epochs=1, learning_rate=2e-5), plan, keep={"epochs"})
    assert config.epochs == 1  # the user's choice stays
    assert config.learning_rate == plan.learning_rate


def test_train_help_says_what_automatic_chooses(capsys):
    from desktop_app.cli.main import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Automatic settings: batch 16" in text
    assert "--search" in text
    assert "--time-budget" in text
    assert AUTOMATIC_DESCRIPTION.split(",")[0] in text
