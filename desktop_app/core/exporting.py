"""Export a similarity matrix to CSV and XLSX, and a heatmap to PNG and SVG.

Sentences come from the user's clipboard and spreadsheets, so a label such as ``=HYPERLINK(…)``
or ``+1 (555)…`` would be run as a formula when the file is opened in a spreadsheet (CSV
injection). Following OWASP's advice, a text cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab, a carriage return or a line feed (also after leading spaces or other invisible
characters, which spreadsheets skip: ``" =1+1"``, ``"\n=1+1"``) is written with a leading
apostrophe in CSV. In XLSX every label is written with the string data type, which a
spreadsheet never evaluates, so it keeps its text; only the control characters an XLSX file
cannot hold are replaced by U+FFFD (�), and a label longer than a cell holds is cut. Scores
are written as numbers.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Leading characters a spreadsheet may treat as the start of a formula.
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n")

#: Characters spreadsheets skip before a formula starts: whitespace (Unicode's too), control
#: characters, zero-width spaces and byte-order marks.
_SKIPPED_LEAD = re.compile(r"^[\s\x00-\x1f\x7f\u200b-\u200d\u2060\ufeff]+")

#: Characters the XML inside an XLSX file cannot hold (openpyxl refuses them).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

#: Most characters an Excel cell holds; longer labels are cut (Excel reports such a file as
#: damaged).
XLSX_CELL_CHARS = 32_767

#: Label of the top-left cell.
CORNER_LABEL = "sentence"


class ExportError(UserFacingError):
    """A file could not be written."""


def neutralise_formula(text: str) -> str:
    """Return ``text`` so a spreadsheet shows it as text, never runs it as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, tab, carriage return or line feed, or with
    one of those after leading whitespace or invisible characters, gets a leading apostrophe
    (OWASP CSV-injection advice); other text is returned unchanged.
    """
    if text.startswith(FORMULA_PREFIXES) or _SKIPPED_LEAD.sub("", text).startswith(
        FORMULA_PREFIXES
    ):
        return "'" + text
    return text


def xlsx_safe_text(text: str) -> str:
    """Return ``text`` as an XLSX cell can hold it: illegal control characters become U+FFFD,
    and text over :data:`XLSX_CELL_CHARS` characters is cut (ending in an ellipsis)."""
    text = _XLSX_ILLEGAL.sub("\ufffd", text)
    if len(text) > XLSX_CELL_CHARS:
        text = text[: XLSX_CELL_CHARS - 1] + "…"
    return text


def _checked(matrix: np.ndarray, rows: Sequence[str], columns: Sequence[str] | None):
    matrix = np.asarray(matrix, dtype=float)
    columns = list(rows if columns is None else columns)
    if matrix.shape != (len(rows), len(columns)):
        raise ValueError(f"matrix shape {matrix.shape} does not match the labels")
    return matrix, list(rows), columns


def _write_error(path: Path, exc: OSError) -> ExportError:
    return ExportError(
        translate("exporting", "Could not write {name}: {error}.").format(
            name=path.name, error=exc.strerror or exc
        ),
        translate(
            "exporting",
            "Pick another folder or close the file if a spreadsheet program has it open.",
        ),
    )


def matrix_to_csv(
    path: str | Path,
    matrix: np.ndarray,
    rows: Sequence[str],
    columns: Sequence[str] | None = None,
) -> Path:
    """Write the matrix as CSV: a header row of column sentences, one row per sentence.

    Written as UTF-8 with a byte-order mark so Excel shows Sinhala, Korean and Cyrillic
    correctly when the file is double-clicked.

    Returns:
        The path written.
    """
    path = Path(path)
    matrix, rows, columns = _checked(matrix, rows, columns)
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([CORNER_LABEL, *(neutralise_formula(c) for c in columns)])
            for label, values in zip(rows, matrix, strict=True):
                writer.writerow([neutralise_formula(label), *(repr(float(v)) for v in values)])
    except OSError as exc:
        raise _write_error(path, exc) from exc
    return path


def matrix_to_xlsx(
    path: str | Path,
    matrix: np.ndarray,
    rows: Sequence[str],
    columns: Sequence[str] | None = None,
    *,
    sheet_title: str = "Similarity",
) -> Path:
    """Write the matrix to an Excel workbook; labels as string cells, scores as numbers.

    Returns:
        The path written.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    path = Path(path)
    matrix, rows, columns = _checked(matrix, rows, columns)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]

    def put_text(row: int, column: int, text: str) -> None:
        cell = sheet.cell(row=row, column=column)
        cell.value = xlsx_safe_text(text)
        cell.data_type = TYPE_STRING  # never a formula, whatever the text starts with

    put_text(1, 1, CORNER_LABEL)
    for j, label in enumerate(columns, start=2):
        put_text(1, j, label)
    for i, (label, values) in enumerate(zip(rows, matrix, strict=True), start=2):
        put_text(i, 1, label)
        for j, value in enumerate(values, start=2):
            sheet.cell(row=i, column=j, value=float(value)).number_format = "0.000"
    sheet.column_dimensions["A"].width = 48
    sheet.freeze_panes = "B2"
    try:
        workbook.save(path)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    return path


def save_figure(figure: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Save a matplotlib figure; the format (PNG, SVG, PDF) follows the file suffix.

    Returns:
        The path written.
    """
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in {"png", "svg", "pdf"}:
        raise ExportError(
            translate("exporting", "Cannot save a picture as '.{suffix}'.").format(suffix=suffix),
            translate("exporting", "Use a file name ending in .png or .svg."),
        )
    try:
        figure.savefig(path, format=suffix, dpi=dpi)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    return path
