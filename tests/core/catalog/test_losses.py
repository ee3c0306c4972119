"""The loss catalogue: names, aliases, what fits which data, and plain reasons."""

from __future__ import annotations

import pytest

from desktop_app.core.catalog.losses import (
    LOSSES,
    compatible_losses,
    find_loss,
    matryoshka_dims_for,
    recommended_loss,
)
from desktop_app.core.data.types import SHAPES
from desktop_app.core.errors import DataError


def test_the_nine_losses_are_offered_with_plain_explanations():
    assert len(LOSSES) == 9
    for spec in LOSSES:
        assert spec.summary.count(".") >= 2, spec.name  # a paragraph, not a label
        assert spec.title
        assert spec.when_to_pick
        assert any(spec.accepts(shape) for shape in SHAPES)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("mnrl", "MultipleNegativesRankingLoss"),
        ("cmnrl", "CachedMultipleNegativesRankingLoss"),
        ("COSENT", "CoSENTLoss"),
        ("angle", "AnglELoss"),
        ("cosine", "CosineSimilarityLoss"),
        ("contrastive", "ContrastiveLoss"),
        ("online-contrastive", "OnlineContrastiveLoss"),
        ("softmax", "SoftmaxLoss"),
        ("triplet", "TripletLoss"),
        ("multiplenegativesrankingloss", "MultipleNegativesRankingLoss"),
    ],
)
def test_find_loss_by_class_name_or_alias(name, expected):
    assert find_loss(name).name == expected


def test_unknown_and_matryoshka_names_are_explained():
    with pytest.raises(DataError, match="There is no loss called 'hinge'"):
        find_loss("hinge")
    with pytest.raises(DataError, match="option on top of another loss"):
        find_loss("MatryoshkaLoss")


def test_recommended_losses_per_shape():
    assert {shape: recommended_loss(shape).name for shape in SHAPES} == {
        "pairs": "MultipleNegativesRankingLoss",
        "triplets": "MultipleNegativesRankingLoss",
        "scored-pairs": "CoSENTLoss",
        "labelled-pairs": "OnlineContrastiveLoss",
        "classified-pairs": "SoftmaxLoss",
    }
    for shape in SHAPES:
        fitting = compatible_losses(shape)
        assert fitting[0] == recommended_loss(shape)
        assert all(spec.accepts(shape) for spec in fitting)


def test_reasons_are_plain_sentences():
    assert (
        find_loss("cosent").reason_not_accepted("pairs")
        == "CoSENTLoss needs a similarity score for each pair; your data has none."
    )
    assert find_loss("cosent").reason_not_accepted("scored-pairs") is None
    assert "negative" in find_loss("triplet").reason_not_accepted("pairs")
    assert "Use CoSENTLoss instead." in find_loss("mnrl").reason_not_accepted("scored-pairs")


def test_in_batch_negative_losses_are_flagged():
    flagged = {spec.name for spec in LOSSES if spec.in_batch_negatives}
    assert flagged == {"MultipleNegativesRankingLoss", "CachedMultipleNegativesRankingLoss"}


def test_matryoshka_dims_fit_the_model():
    assert matryoshka_dims_for(384) == [384, 256, 128, 64]
    assert matryoshka_dims_for(768) == [768, 512, 256, 128, 64]
    assert matryoshka_dims_for(384, [64, 256]) == [256, 64]
    with pytest.raises(DataError, match="vector size 384"):
        matryoshka_dims_for(384, [512])
