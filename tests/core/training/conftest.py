"""A tiny real BERT sentence-transformer and small data sets of every shape, built here.

The model is real (a 1-layer BERT with a WordPiece vocabulary trained on the test sentences),
only small, so that every loss can be trained end to end in a second or two.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.helpers.tiny_model import build_tiny_model

SUBJECTS = ["the farmer", "a child", "my neighbour", "the teacher", "our doctor", "the cat"]
VERBS = ["waters", "plants", "sells", "paints", "cleans", "finds"]
OBJECTS = ["the rice field", "a red apple", "old tomatoes", "the garden", "fresh tea", "a boat"]


def sentences() -> list[str]:
    """Return a few dozen simple, distinct English sentences."""
    return [f"{s} {v} {o}" for s in SUBJECTS for v in VERBS for o in OBJECTS[:2]]


def rows_for(shape: str, n: int = 24) -> tuple[list[str], list[list[str]]]:
    """Return (header, rows) of a small data set of ``shape``."""
    texts = sentences()
    rows: list[list[str]] = []
    for i in range(n):
        a, b, c = texts[i % len(texts)], texts[(i + 1) % len(texts)], texts[(i + 7) % len(texts)]
        if shape == "pairs":
            rows.append([f"what about {a}?", a])
        elif shape == "triplets":
            rows.append([f"what about {a}?", a, c])
        elif shape == "scored-pairs":
            rows.append([a, b if i % 2 else a.upper(), str(i % 6)])
        elif shape == "labelled-pairs":
            rows.append([a, a.replace("the", "that") if i % 2 else c, str(i % 2)])
        elif shape == "classified-pairs":
            rows.append([a, b, ["entailment", "neutral", "contradiction"][i % 3]])
    header = {
        "pairs": ["question", "answer"],
        "triplets": ["anchor", "positive", "negative"],
        "scored-pairs": ["sentence1", "sentence2", "score"],
        "labelled-pairs": ["sentence1", "sentence2", "label"],
        "classified-pairs": ["premise", "hypothesis", "label"],
    }[shape]
    return header, rows


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """Write a UTF-8 CSV and return its path."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder of a tiny real BERT sentence-transformer (hidden size 32, one layer)."""
    corpus = [*sentences(), *(f"what about {s}?" for s in sentences())]
    corpus += [s.upper() for s in sentences()] + [s.replace("the", "that") for s in sentences()]
    return build_tiny_model(tmp_path_factory.mktemp("tiny_bert"), corpus, max_seq_length=32)


@pytest.fixture
def data_file(tmp_path: Path):
    """Factory: write a small CSV of a given shape and return its path."""

    def make(shape: str, n: int = 24, name: str = "data.csv") -> Path:
        header, rows = rows_for(shape, n)
        return write_csv(tmp_path / name, header, rows)

    return make
