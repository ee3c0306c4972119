"""Readers of the public data sets in ../shared/data that several tests use."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd


def korsts(
    shared_data: Path, split: str, rows: int | None = None, seed: int = 0, *, unit: bool = False
) -> pd.DataFrame:
    """KorSTS ``split`` ("train", "dev", "test") as sentence1, sentence2, score.

    Args:
        shared_data: The ../shared/data folder.
        split: Which file.
        rows: Draw this many rows (seeded) instead of all.
        seed: The draw's seed.
        unit: Scores as numbers from 0 to 1 instead of the file's 0-5 text.
    """
    frame = pd.read_csv(
        shared_data / "korsts" / f"sts-{split}.tsv",
        sep="\t",
        quoting=csv.QUOTE_NONE,
        dtype=str,
        keep_default_na=False,
    )[["sentence1", "sentence2", "score"]]
    if rows is not None:
        frame = frame.sample(n=rows, random_state=seed)
    if unit:
        frame = frame.assign(score=frame.score.astype(float) / 5)
    return frame
