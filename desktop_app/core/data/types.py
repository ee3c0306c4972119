"""The plain data objects passed between reading, detection, validation and training.

These are the contract between the data layer, the training engine, the CLI and the GUI:
change them only with all of those in mind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pandas as pd

#: The data shapes training understands.
#: - ``pairs``: two texts that belong together (question/answer, anchor/positive).
#: - ``triplets``: anchor, positive, negative.
#: - ``scored-pairs``: two texts and a similarity score (scaled to 0..1).
#: - ``labelled-pairs``: two texts and a 0/1 label (1 = similar after mapping).
#: - ``classified-pairs``: two texts and one class out of three or more (e.g. NLI).
Shape = Literal["pairs", "triplets", "scored-pairs", "labelled-pairs", "classified-pairs"]
SHAPES: tuple[Shape, ...] = (
    "pairs",
    "triplets",
    "scored-pairs",
    "labelled-pairs",
    "classified-pairs",
)

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class BadLine:
    """A line of a text file that could not be read as a row.

    ``reason`` says why, so the warning can say what to do: ``fields`` (more or fewer values
    than the other lines), ``json`` (not a JSON record) or ``encoding`` (written in another
    text encoding than the rest of the file).
    """

    line: int  # 1-based line number in the file
    message: str
    reason: str = "fields"


@dataclass
class Table:
    """A spreadsheet as read from disk, with everything detected about how it was read.

    Attributes:
        frame: All cells as strings (NFC-normalised, trimmed; missing cells are "").
            Column names are the header's (or ``column_1``, ``column_2``… without one).
        path: The file read.
        format: "csv", "tsv", "txt", "xlsx", "xls", "ods", "json", "jsonl", "parquet".
        encoding: The text encoding used (None for binary formats).
        delimiter: The delimiter used (None for non-delimited formats).
        sheet: The sheet read (None for formats without sheets).
        sheets: All sheet names of a workbook (empty otherwise).
        has_header: Whether the first row was taken as column names.
        bad_lines: Lines that could not be read as rows (reported, never silently dropped).
        first_data_line: 1-based file line/row number of the first data row, so that
            validation can name the line a user sees in their editor.
    """

    frame: pd.DataFrame
    path: Path
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    has_header: bool = True
    bad_lines: list[BadLine] = field(default_factory=list)
    first_data_line: int = 2

    @property
    def columns(self) -> list[str]:
        """Column names in file order."""
        return [str(c) for c in self.frame.columns]

    @property
    def rows(self) -> int:
        """Data rows read, plus the rows that could not be read."""
        return len(self.frame) + len(self.bad_lines)


@dataclass
class ColumnRoles:
    """Which columns are which, and what the data are.

    Attributes:
        texts: The text columns in training order: (anchor, positive[, negative]) or
            (sentence1, sentence2).
        label: The label/score column, or None.
        shape: The data's shape.
        score_scale: For scored pairs, the top of the scale found in the file (1, 5 or
            100); scores are divided by it. 1 means already 0..1.
        positive_label: For labelled pairs, the raw cell value that means "similar".
        classes: For classified pairs, the class names in a fixed order (label ids are
            their indices).
    """

    texts: list[str]
    label: str | None
    shape: Shape
    score_scale: float = 1.0
    positive_label: str | None = None
    classes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict."""
        return {
            "texts": list(self.texts),
            "label": self.label,
            "shape": self.shape,
            "score_scale": self.score_scale,
            "positive_label": self.positive_label,
            "classes": list(self.classes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ColumnRoles:
        """Build from :meth:`to_dict` output."""
        return cls(
            texts=[str(t) for t in data["texts"]],  # type: ignore[union-attr]
            label=data.get("label"),  # type: ignore[arg-type]
            shape=data["shape"],  # type: ignore[arg-type]
            score_scale=float(data.get("score_scale", 1.0)),  # type: ignore[arg-type]
            positive_label=data.get("positive_label"),  # type: ignore[arg-type]
            classes=[str(c) for c in data.get("classes", [])],  # type: ignore[union-attr]
        )


@dataclass(frozen=True)
class Problem:
    """Something wrong with one row (or one cell) of the data."""

    row: int  # 1-based data row (the first row under the header is 1)
    column: str | None
    severity: Severity
    message: str

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict."""
        return {
            "row": self.row,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
        }


@dataclass(frozen=True)
class DataWarning:
    """Something about the data set as a whole, with what to do about it.

    ``code`` is one of: few-rows, identical-pairs, duplicate-rows, constant-label,
    score-scaled, empty-cells, unknown-tokens, language-coverage, bad-lines, mixed-encoding,
    long-texts, label-inverted.
    """

    code: str
    message: str
    hint: str = ""
    details: dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict."""
        return {
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
            "details": dict(self.details),
        }
