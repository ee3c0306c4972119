"""The full description of one training run, saved with every trained model.

A :class:`TrainingConfig` is what the wizard edits, what ``main.py train`` builds from its
options, what a project file stores and what ``main.py train --config FILE`` reads back:
one object, so that a run can always be reproduced.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from desktop_app.core.errors import DataError

Precision = Literal["auto", "fp32", "fp16", "bf16"]

#: The model used when none is named: the one that ships with the app and works offline.
DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

CONFIG_FORMAT_VERSION = 1


@dataclass
class TrainingConfig:
    """Everything needed to reproduce a training run.

    Attributes:
        data_file: The spreadsheet to train on.
        sheet: Workbook sheet (None = the first sheet that holds a table).
        encoding: Text encoding override (None = detect).
        delimiter: Delimiter override (None = detect).
        has_header: Header override (None = detect).
        text_columns: Text columns in order (anchor, positive[, negative]); empty = detect.
        label_column: Score/label column. None with empty ``text_columns`` = detect both;
            None with ``text_columns`` given = the data have no label column.
        positive_label: For 0/1 labels, the raw value meaning "similar" (None = "1").
        eval_file: Optional separate evaluation spreadsheet (same columns).
        eval_fraction: Share of rows held out for evaluation when no eval file is given;
            0 turns evaluation off.
        model: Catalogue/Hub id or a local model folder.
        loss: sentence-transformers loss class name (None = the recommended one).
        matryoshka_dims: When non-empty, wrap the loss in MatryoshkaLoss with these dims.
        epochs: Passes over the training data.
        batch_size: Examples per step (also the number of in-batch negatives).
        learning_rate: Peak learning rate.
        max_seq_length: Truncate texts to this many tokens (None = the model's own).
        max_steps: Stop after this many steps (None = run all epochs).
        seed: Random seed for the split, shuffling and initialisation.
        warmup_ratio: Share of steps spent warming up the learning rate.
        weight_decay: AdamW weight decay.
        precision: Number format on the device ("auto" picks bf16/fp16 on capable GPUs).
        eval_steps: Evaluate every N steps during training (None = automatic).
        save_steps: Save a checkpoint every N steps (None = automatic).
        logging_steps: Log the loss every N steps (None = automatic, ~200 points a run).
        output_dir: Where the trained model folder is written.
        overwrite: Replace an existing output folder.
        resume: Continue from the last checkpoint of an interrupted run into output_dir.
        trust_remote_code: Allow model code from the Hub to run (never silently).
        keep_best: Measure the held-out rows during training and keep the best model seen,
            not the last (see core/training/best.py).
        search_minutes: When set, "find the best settings for me": try a few recipes in about
            this many minutes and keep the best model (see core/training/search.py).
    """

    data_file: str = ""
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None
    text_columns: list[str] = field(default_factory=list)
    label_column: str | None = None
    positive_label: str | None = None
    eval_file: str | None = None
    eval_fraction: float = 0.1
    model: str = DEFAULT_MODEL
    loss: str | None = None
    matryoshka_dims: list[int] = field(default_factory=list)
    epochs: float = 1.0
    batch_size: int = 16
    learning_rate: float = 2e-5
    max_seq_length: int | None = None
    max_steps: int | None = None
    seed: int = 42
    warmup_ratio: float = 0.1
    weight_decay: float = 0.01
    precision: Precision = "auto"
    eval_steps: int | None = None
    save_steps: int | None = None
    logging_steps: int | None = None
    output_dir: str = ""
    overwrite: bool = False
    resume: bool = False
    trust_remote_code: bool = False
    keep_best: bool = True
    search_minutes: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        """Build from a dict; unknown keys are refused with a plain message."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known - {"format_version"})
        if unknown:
            raise DataError(
                f"The configuration has settings this version does not know: {', '.join(unknown)}.",
                "Remove them, or use the version of the app that wrote the file.",
            )
        values = {k: v for k, v in data.items() if k in known}
        for list_key in ("text_columns", "matryoshka_dims"):
            if values.get(list_key) is None:
                values.pop(list_key, None)
        return cls(**values)

    def save(self, path: str | Path) -> None:
        """Write the configuration as JSON (UTF-8, human-readable)."""
        payload = {"format_version": CONFIG_FORMAT_VERSION, **self.to_dict()}
        Path(path).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", "utf-8")

    @classmethod
    def load(cls, path: str | Path) -> TrainingConfig:
        """Read a configuration written by :meth:`save`."""
        path = Path(path)
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise DataError(
                f"The configuration file {path} does not exist.", "Check the path."
            ) from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(
                f"The configuration file {path.name} is not valid JSON ({exc}).",
                "Pick a training_config.json written by this app.",
            ) from None
        if not isinstance(data, dict):
            raise DataError(
                f"The configuration file {path.name} does not hold settings.",
                "Pick a training_config.json written by this app.",
            )
        return cls.from_dict(data)


def suggest_defaults(n_rows: int, device: str = "cpu") -> dict[str, Any]:
    """Suggest epochs, batch size and learning rate for ``n_rows`` rows.

    Kept for callers written before plans existed: the decision lives in
    :func:`desktop_app.core.training.plan.plan_training`.
    """
    from desktop_app.core.training.plan import suggest_defaults as planned

    return planned(n_rows, device)
