"""One call that reads a file, understands it and checks it: what ``inspect`` and the GUI show.

:func:`inspect_file` chains reading, detection (or the user's choice of columns) and
validation, adds the losses that fit the data, and returns an :class:`Inspection` whose
``to_dict()`` is the JSON printed by ``python main.py inspect FILE --json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.data.detection import describe_shape, detect_columns, roles_from_columns
from desktop_app.core.data.reading import delimiter_name, read_table
from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.data.validation import ValidationReport, validate
from desktop_app.core.errors import ModelError
from desktop_app.core.i18n import translate


@dataclass
class Inspection:
    """Everything known about a data file before training.

    Attributes:
        table: The table as read.
        roles: The columns' roles and the data's shape.
        report: Row problems, data-set warnings and token statistics.
        recommended_loss: The sentence-transformers loss class name recommended for the shape.
        compatible_losses: Every loss class name that accepts the shape (recommended first).
        model: The model whose tokenizer was used, if any.
    """

    table: Table
    roles: ColumnRoles
    report: ValidationReport
    recommended_loss: str
    compatible_losses: list[str] = field(default_factory=list)
    model: str | None = None

    @property
    def shape_description(self) -> str:
        """The shape in plain words."""
        return describe_shape(self.roles)

    def measurement(self, eval_fraction: float | None = None) -> dict[str, Any]:
        """What a training run would hold out to measure the result, and whether it can.

        The same split and the same check as the Data page (:func:`held_out_split`,
        :func:`check_table`), for the default share unless ``eval_fraction`` is given.
        """
        from desktop_app.core.data.presentation import usable_rows
        from desktop_app.core.training.config import TrainingConfig
        from desktop_app.core.training.plan import held_out_split
        from desktop_app.core.verdict import check_table

        fraction = TrainingConfig.eval_fraction if eval_fraction is None else eval_fraction
        split = held_out_split(usable_rows(self.table, self.report), fraction)
        blocked = check_table(self.table.frame, self.roles, fraction)
        return {
            "eval_fraction": fraction,
            "train_rows": split.train_rows,
            "held_out_rows": split.held_out_rows,
            "description": split.describe(),
            "measurable": blocked is None and split.held_out_rows > 0,
            "reason": blocked.reason if blocked is not None else "",
            "advice": blocked.advice if blocked is not None else "",
        }

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready summary ``inspect --json`` prints."""
        table = self.table
        return {
            "file": str(table.path),
            "format": table.format,
            "rows": table.rows,
            "columns": table.columns,
            "encoding": table.encoding,
            "delimiter": table.delimiter,
            "delimiter_name": delimiter_name(table.delimiter),
            "sheet": table.sheet,
            "sheets": list(table.sheets),
            "has_header": table.has_header,
            "shape": self.roles.shape,
            "shape_description": self.shape_description,
            "text_columns": list(self.roles.texts),
            "label_column": self.roles.label,
            "score_scale": self.roles.score_scale,
            "positive_label": self.roles.positive_label,
            "classes": list(self.roles.classes),
            "recommended_loss": self.recommended_loss,
            "compatible_losses": list(self.compatible_losses),
            "problems": [p.to_dict() for p in self.report.problems],
            "warnings": [w.to_dict() for w in self.report.warnings],
            "token_stats": self.report.token_stats,
            "model": self.model,
            "measurement": self.measurement(),
        }


def _losses_for(shape: str) -> tuple[str, list[str]]:
    from desktop_app.core.catalog.losses import compatible_losses, recommended_loss

    return recommended_loss(shape).name, [spec.name for spec in compatible_losses(shape)]


def load_tokenizer(model: str) -> tuple[Any, int | None]:
    """Load only the tokenizer of a model on this computer, and the length the model reads.

    The folder is checked first as for training (no program code the user did not allow,
    tokenizer files present) and a tokenizer that knows no words is refused, so that a
    broken model is named here rather than training on text read as all-unknown tokens.

    Raises:
        ModelError: The model is not on this computer or has no readable tokenizer.
    """
    from desktop_app.core.catalog.models import (
        check_model_folder,
        check_tokenizer,
        local_model_path,
    )

    folder = local_model_path(model)
    if folder is None:
        raise ModelError(
            translate(
                "data_inspection",
                "The model '{model}' is not on this computer, so its tokenizer cannot be checked.",
            ).format(model=model),
            translate(
                "data_inspection",
                "Download it first (train or the model picker does), or give a model folder.",
            ),
        )
    check_model_folder(folder)
    max_length: int | None = None
    config = Path(folder) / "sentence_bert_config.json"
    if config.is_file():
        try:
            max_length = int(json.loads(config.read_text(encoding="utf-8"))["max_seq_length"])
        except (ValueError, KeyError, TypeError):
            max_length = None
    from desktop_app.core.imports import auto_tokenizer

    AutoTokenizer = auto_tokenizer()

    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    except Exception:  # any failure to read the tokenizer files is a problem of the files
        raise ModelError(
            translate(
                "data_inspection", "The tokenizer of '{model}' could not be loaded from {folder}."
            ).format(model=model, folder=folder),
            translate(
                "data_inspection",
                "Check that the folder holds a complete sentence-transformers model.",
            ),
        ) from None

    check_tokenizer(tokenizer, Path(folder).name)
    return tokenizer, max_length


def inspect_file(
    path: str | Path,
    *,
    sheet: str | None = None,
    columns: list[str] | None = None,
    label: str | None = None,
    positive_label: str | None = None,
    model: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> Inspection:
    """Read, understand and check a data file.

    Args:
        path: The data file.
        sheet: The workbook sheet (None: the first that holds a table).
        columns: The text columns in order (None: detected).
        label: The label/score column (None: detected when columns are detected, else none).
        positive_label: For 0/1 labels, the value meaning "similar" (default "1").
        model: A model (Hub id, catalogue name or folder) whose tokenizer checks lengths,
            unknown tokens and how well it knows each language of the texts (the
            ``language-coverage`` warning and ``token_stats["coverage"]``, see
            :mod:`desktop_app.core.coverage`); only the tokenizer is loaded.
        encoding: Text encoding override.
        delimiter: Delimiter override.
        has_header: Header override.

    Returns:
        The inspection.

    Raises:
        DataError: The file cannot be read or understood.
        ModelError: ``model`` is not on this computer.
    """
    table = read_table(path, sheet, encoding=encoding, delimiter=delimiter, has_header=has_header)
    roles = understand(table, columns=columns, label=label, positive_label=positive_label)
    tokenizer = None
    max_length = None
    if model:
        tokenizer, max_length = load_tokenizer(model)
    report = validate(table, roles, tokenizer=tokenizer, max_seq_length=max_length)
    recommended, compatible = _losses_for(roles.shape)
    return Inspection(table, roles, report, recommended, compatible, model)


def understand(
    table: Table,
    *,
    columns: list[str] | None = None,
    label: str | None = None,
    positive_label: str | None = None,
) -> ColumnRoles:
    """Roles from the user's choice where given, detected otherwise.

    With only ``label`` or ``positive_label`` given, the text columns are detected and the
    label applied on top.
    """
    if columns:
        return roles_from_columns(table, list(columns), label, positive_label)
    detected = detect_columns(table)
    if label is not None or positive_label is not None:
        return roles_from_columns(
            table, detected.texts[:2], label or detected.label, positive_label
        )
    return detected
