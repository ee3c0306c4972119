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


# -- plain names and the one-sentence headline (issue 9) -------------------------------------
@pytest.mark.parametrize(
    "key",
    [
        "sts_spearman_cosine",
        "sts_pearson_cosine",
        "qa_cosine_accuracy@1",
        "qa_cosine_accuracy@3",
        "qa_cosine_precision@10",
        "qa_cosine_recall@10",
        "qa_cosine_mrr@10",
        "qa_cosine_ndcg@10",
        "qa_cosine_map@10",
        "triplets_cosine_accuracy",
        "pairs_cosine_ap",
        "pairs_cosine_f1",
        "pairs_cosine_mcc",
        "classes_cosine_accuracy_threshold",
    ],
)
def test_every_metric_has_a_plain_name(key):
    from desktop_app.core.evaluation import plain_metric_name

    name = plain_metric_name(key)
    for jargon in ("qa", "cosine", "map", "mrr", "ndcg", "_", "@", "another measure"):
        assert jargon not in name, (key, name)


def test_headline_is_one_sentence_with_one_number():
    from desktop_app.core.evaluation import headline

    assert headline("scored-pairs", 120, 0.35, 0.59) == (
        "On 120 pairs the model had not seen, its similarity now agrees with your scores 0.59 "
        "(it was 0.35; 1.0 would be perfect, 0 is no agreement)."
    )
    assert headline("pairs", 40, 0.41, 0.78, chance=0.025, from_eval_file=True) == (
        "On the 40 questions of your evaluation file, it now puts the right answer first for "
        "78% of them (it was 41%; guessing would get 2%)."
    )
    assert headline("scored-pairs", 10, None, None) == ""
