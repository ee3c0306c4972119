"""Turning a validated table into the ``datasets.Dataset`` sentence-transformers trains on.

Column names follow what sentence-transformers' losses expect for each shape (see
docs/architecture.md): the loss reads texts by position and the label by the name
``label``/``score``. Rows with errors are left out here, as validation told the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.data.detection import numeric_series, to_number
from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.data.validation import validate
from desktop_app.core.errors import DataError
from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    from datasets import Dataset

#: Dataset column names per shape: text columns, then the label column (if any).
COLUMN_NAMES: dict[str, tuple[list[str], str | None]] = {
    "pairs": (["anchor", "positive"], None),
    "triplets": (["anchor", "positive", "negative"], None),
    "scored-pairs": (["sentence1", "sentence2"], "score"),
    "labelled-pairs": (["sentence1", "sentence2"], "label"),
    "classified-pairs": (["premise", "hypothesis"], "label"),
}


def build_dataset(table: Table, roles: ColumnRoles) -> Dataset:
    """Build the training dataset, leaving out rows with errors.

    Scores are divided by ``roles.score_scale``; labelled pairs become 1 (the positive
    label) or 0; classes become their index in ``roles.classes``.

    Raises:
        DataError: No usable row is left.
    """
    from datasets import Dataset

    report = validate(table, roles)
    frame = table.frame
    keep = ~frame.index.isin(sorted(report.error_rows))
    frame = frame[keep]
    if frame.empty:
        raise DataError(
            translate("data_dataset", "No row is usable for training: every row has a problem."),
            translate(
                "data_dataset", "Run inspect to see the problems, fix the file and try again."
            ),
        )
    text_names, label_name = COLUMN_NAMES[roles.shape]
    data: dict[str, list] = {
        name: frame[column].tolist() for name, column in zip(text_names, roles.texts, strict=True)
    }
    if label_name is not None and roles.label is not None:
        cells = frame[roles.label]
        if roles.shape == "scored-pairs":
            data[label_name] = (numeric_series(cells) / roles.score_scale).astype(float).tolist()
        elif roles.shape == "labelled-pairs":
            positive = roles.positive_label
            positive_number = to_number(positive) if positive is not None else None
            data[label_name] = [
                int(
                    v == positive
                    or (positive_number is not None and to_number(v) == positive_number)
                )
                for v in cells
            ]
        else:
            index = {c: i for i, c in enumerate(roles.classes)}
            data[label_name] = [index[v] for v in cells]
    return Dataset.from_dict(data)


def split_dataset(
    ds: Dataset, eval_fraction: float, seed: int = 42
) -> tuple[Dataset, Dataset | None]:
    """Hold out a random share of rows for evaluation.

    Args:
        ds: The full dataset.
        eval_fraction: Share of rows to hold out (0 turns evaluation off).
        seed: Random seed, so a run can be repeated.

    Returns:
        (train, eval) with at least one row in each, or (ds, None) when ``eval_fraction`` is 0.

    Raises:
        DataError: Too few rows to split, or a fraction outside 0..1.
    """
    if eval_fraction <= 0:
        return ds, None
    if eval_fraction >= 1:
        raise DataError(
            translate(
                "data_dataset", "An evaluation share of {share:g} leaves nothing to train on."
            ).format(share=eval_fraction),
            translate("data_dataset", "Use a share below 1, e.g. 0.1 for 10%."),
        )
    if len(ds) < 2:
        raise DataError(
            translate("data_dataset", "There are too few rows to keep some apart for evaluation."),
            translate("data_dataset", "Add rows, or turn evaluation off (evaluation share 0)."),
        )
    n_eval = min(max(1, round(len(ds) * eval_fraction)), len(ds) - 1)
    parts = ds.train_test_split(test_size=n_eval, seed=seed, shuffle=True)
    return parts["train"], parts["test"]
