"""Evaluation with the metric that fits each data shape, and the plain-words result."""

from __future__ import annotations

import pytest
from datasets import Dataset

from desktop_app.core.data.types import ColumnRoles
from desktop_app.core.evaluation import describe_result, evaluate_model

A = [
    "A man plays the guitar.",
    "A woman slices an onion.",
    "The train is late.",
    "Kids play football.",
]
B = [
    "Someone is playing a guitar.",
    "An onion is being cut.",
    "The train did not arrive on time.",
    "Children play soccer.",
]
UNRELATED = [
    "The stock market fell.",
    "A cat sleeps.",
    "I like green tea.",
    "Snow covers the hills.",
]


def test_pairs_measure_whether_the_right_answer_comes_first(minilm):
    result = evaluate_model(minilm, Dataset.from_dict({"anchor": A, "positive": B}), "pairs")
    assert result.primary_metric == "qa_cosine_accuracy@1"
    assert result.value == 1.0
    assert "qa_cosine_mrr@10" in result.metrics


def test_scored_pairs_measure_agreement_with_scores(minilm):
    ds = Dataset.from_dict(
        {
            "sentence1": A * 2,
            "sentence2": B + UNRELATED,
            "score": [1.0, 0.9, 0.8, 0.95, 0, 0.1, 0, 0.05],
        }
    )
    result = evaluate_model(minilm, ds, "scored-pairs")
    assert result.primary_metric == "sts_spearman_cosine"
    assert result.value > 0.6


def test_labelled_pairs_and_triplets(minilm):
    labelled = Dataset.from_dict(
        {"sentence1": A * 2, "sentence2": B + UNRELATED, "label": [1] * 4 + [0] * 4}
    )
    result = evaluate_model(minilm, labelled, "labelled-pairs")
    assert result.primary_metric == "pairs_cosine_ap"
    assert result.value > 0.9
    triplets = Dataset.from_dict({"anchor": A, "positive": B, "negative": UNRELATED})
    result = evaluate_model(minilm, triplets, "triplets")
    assert result.primary_metric == "triplets_cosine_accuracy"
    assert result.value == 1.0


def test_classified_pairs_compare_entailment_with_contradiction(minilm):
    roles = ColumnRoles(
        ["premise", "hypothesis"],
        "label",
        "classified-pairs",
        classes=["contradiction", "entailment", "neutral"],
    )
    ds = Dataset.from_dict(
        {"premise": A * 2, "hypothesis": B + UNRELATED, "label": [1] * 4 + [0] * 4}
    )
    result = evaluate_model(minilm, ds, "classified-pairs", roles)
    assert result.primary_metric == "classes_cosine_ap"
    assert result.value > 0.9


@pytest.mark.parametrize(
    ("metric", "before", "after", "text"),
    [
        (
            "qa_cosine_accuracy@1",
            0.41,
            0.78,
            "the right answer comes first for 41% → 78% of questions",
        ),
        ("sts_spearman_cosine", 0.47, 0.70, "agreement with your scores (Spearman) 0.47 → 0.70"),
        ("sts_spearman_cosine", None, 0.70, "agreement with your scores (Spearman) 0.70"),
        (
            "triplets_cosine_accuracy",
            0.5,
            0.9,
            "the matching text is closer than the non-matching one in 50% → 90% of rows",
        ),
    ],
)
def test_describe_result_in_plain_words(metric, before, after, text):
    assert describe_result(metric, before, after) == text
