"""Which moment of a run is kept: the end, unless an earlier one was clearly better.

The callback is driven step by step with the real offline MiniLM and what it (or a model that
lost its knowledge) makes of real Korean rows (KorSTS, ../shared/data), so the rule is tested
on the same measures a run compares: a lead of a few hundredths on 30 held-out rows is
chance, a lost model is not.
"""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
import torch
from datasets import Dataset
from transformers import TrainerControl, TrainerState

from desktop_app.core.evaluation import evaluate_model, measure_rows
from desktop_app.core.training.best import KeepBestCallback, _figures
from desktop_app.core.verdict import main_measure
from tests.helpers.shared_data import korsts

pytestmark = pytest.mark.shared_data


def _korsts(shared_data, rows: int, seed: int) -> Dataset:
    frame = korsts(shared_data, "test", rows, seed, unit=True)
    return Dataset.from_dict({column: frame[column].tolist() for column in frame.columns})


def _value(rows) -> float:  # type: ignore[no-untyped-def]
    return float(main_measure(rows.shape, rows.outcome, rows.targets))


class _Run:
    """Plays a run: at each step the model's weights move, then the callback may measure."""

    def __init__(self, model, measures: dict[int, object], eval_steps: int) -> None:  # type: ignore[no-untyped-def]
        self.model = model
        self.measures = measures
        self.weights_at: dict[int, torch.Tensor] = {}
        self.events: list = []
        self.callback = KeepBestCallback(
            model,
            self._measure,
            eval_steps=eval_steps,
            primary_metric="sts_spearman_cosine",
            on_event=self.events.append,
        )

    def _measure(self, _model, _epoch: float, step: int):  # type: ignore[no-untyped-def]
        rows = self.measures[step]
        value = _value(rows) if rows is not None else math.nan
        finite = math.isfinite(value)
        return (value if finite else None), {}, rows

    def _a_weight(self) -> torch.Tensor:
        return next(iter(self.model.parameters()))

    def play(self, steps: int) -> None:
        state, control = TrainerState(), TrainerControl()
        for step in range(1, steps + 1):
            with torch.no_grad():  # "training" moves the weights a little at every step
                self._a_weight().add_(0.001 * step)
            self.weights_at[step] = self._a_weight().detach().clone()
            state.global_step, state.epoch = step, step / steps
            self.callback.on_step_end(None, state, control)
        self.callback.on_train_end(None, state, control)

    def weights_now(self) -> torch.Tensor:
        return self._a_weight().detach()


@pytest.fixture(scope="module")
def korean_measures(shared_data, _session_minilm, tmp_path_factory):
    """Real per-row measures on KorSTS: two ways to read 30 rows that differ by a hair, and on
    150 rows the real model against a tiny model that knows no Korean."""
    from sentence_transformers import SentenceTransformer

    from tests.helpers.tiny_model import build_tiny_model

    model = _session_minilm
    small = _korsts(shared_data, 30, seed=3)
    full = measure_rows(model, small, "scored-pairs")
    model.max_seq_length = 64
    try:
        cut = measure_rows(model, small, "scored-pairs")
    finally:
        model.max_seq_length = 128
    high, low = (full, cut) if _value(full) > _value(cut) else (cut, full)
    assert 0 < _value(high) - _value(low) < 0.05  # a hair: chance on 30 rows

    larger = _korsts(shared_data, 150, seed=0)
    english = ["the farmer waters the rice field every morning before the sun rises"] * 4
    tiny = SentenceTransformer(
        str(build_tiny_model(tmp_path_factory.mktemp("tiny"), english)), device="cpu"
    )
    return {
        "hair_high": high,
        "hair_low": low,
        "real": measure_rows(model, larger, "scored-pairs"),
        "lost": measure_rows(tiny, larger, "scored-pairs"),
    }


def test_a_moment_higher_by_a_hair_is_not_kept_over_the_end(minilm, korean_measures):
    """The highest figure was at step 2, a few hundredths above the end: chance on 30 rows,
    so the last model stays, and the note says why the plot's peak was not kept."""
    measures = {2: korean_measures["hair_high"], 4: korean_measures["hair_low"]}
    run = _Run(minilm, measures, eval_steps=2)
    run.play(4)

    assert run.callback.best_step == 2  # the highest figure...
    assert run.callback.restore_best() is False  # ...is not kept
    assert run.callback.kept_step == 4
    assert not run.callback.earlier_kept
    assert torch.equal(run.weights_now(), run.weights_at[4])
    assert run.callback.kept_rows is korean_measures["hair_low"]
    assert [e.step for e in run.events] == [2, 4]
    note = run.callback.note(4)
    assert "end of training was kept" in note
    assert "Step 2" in note
    assert "less than chance explains" in note
    high, end = re.findall(r"\d\.\d+", note)[-2:]
    assert high != end  # a third decimal when two would show the figures equal


def test_figures_never_read_equal_when_they_differ():
    assert _figures(0.5812, 0.5754) == ("0.581", "0.575")
    assert _figures(0.48, 0.42) == ("0.48", "0.42")
    assert _figures(0.25, 0.25) == ("0.2500", "0.2500")


def test_an_earlier_moment_clearly_better_than_the_end_is_kept(minilm, korean_measures):
    """The run lost what the model knew after step 3 (a diverging run): step 3's weights are
    put back, and the note gives both figures."""
    measures = {3: korean_measures["real"], 6: korean_measures["lost"]}
    run = _Run(minilm, measures, eval_steps=3)
    run.play(6)

    assert run.callback.restore_best() is True
    assert run.callback.kept_step == 3
    assert run.callback.earlier_kept
    assert torch.equal(run.weights_now(), run.weights_at[3])
    assert run.callback.kept_value == pytest.approx(_value(korean_measures["real"]))
    note = run.callback.note(6)
    assert note.startswith("The model from step 3 of 6 was kept, not the end of training")
    assert f"{_value(korean_measures['real']):.2f}" in note
    assert f"{_value(korean_measures['lost']):.2f}" in note


def test_the_end_is_kept_silently_when_it_is_also_the_highest(minilm, korean_measures):
    measures = {2: korean_measures["lost"], 4: korean_measures["real"]}
    run = _Run(minilm, measures, eval_steps=2)
    run.play(4)

    assert run.callback.restore_best() is False
    assert run.callback.kept_step == run.callback.best_step == 4
    assert torch.equal(run.weights_now(), run.weights_at[4])
    assert run.callback.note(4) == ""


def test_an_end_level_with_an_earlier_moment_needs_no_explaining(minilm, korean_measures):
    """A model that stopped changing measures the same twice: the end is kept, and nothing is
    said about a moment "a little higher" that was not higher."""
    measures = {2: korean_measures["real"], 4: korean_measures["real"]}
    run = _Run(minilm, measures, eval_steps=2)
    run.play(4)

    assert run.callback.restore_best() is False
    assert run.callback.kept_step == 4
    assert run.callback.note(4) == ""


def test_an_end_that_cannot_be_measured_gives_way_to_the_earlier_moment(minilm, korean_measures):
    """Weights gone to NaN give no figure at all; the last measured moment is kept."""
    measures = {2: korean_measures["hair_low"], 4: None}
    run = _Run(minilm, measures, eval_steps=2)
    run.play(4)

    assert run.callback.restore_best() is True
    assert run.callback.kept_step == 2
    assert torch.equal(run.weights_now(), run.weights_at[2])
    assert "could not be measured" in run.callback.note(4)


def test_the_figure_measured_during_training_is_the_evaluators_main_measure(shared_data, minilm):
    """During training the run measures each held-out row (one pass, the verdict's measure)
    instead of running the evaluator too; the figure it plots must be the one the evaluator
    gives before and after, for scored pairs and for question/answer pairs."""
    scored = _korsts(shared_data, 60, seed=5)
    rows = measure_rows(minilm, scored, "scored-pairs")
    result = evaluate_model(minilm, scored, "scored-pairs")
    assert _value(rows) == pytest.approx(result.value, abs=1e-4)

    frame = pd.read_csv(shared_data / "korean_chatbot_qa" / "ChatbotData.csv", dtype=str)
    frame = frame.drop_duplicates("Q").drop_duplicates("A").sample(n=60, random_state=0)
    pairs = Dataset.from_dict({"question": frame.Q.tolist(), "answer": frame.A.tolist()})
    rows = measure_rows(minilm, pairs, "pairs")
    result = evaluate_model(minilm, pairs, "pairs")
    assert result.primary_metric == "qa_cosine_accuracy@1"
    assert _value(rows) == pytest.approx(result.value, abs=1e-6)
    assert 0 < _value(rows) < 1  # a real measure, not a trivial one
