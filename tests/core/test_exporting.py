"""Matrix exports read back equal; formula-looking sentences cannot run in a spreadsheet."""

from __future__ import annotations

import numpy as np
import openpyxl
import pandas as pd
import pytest

from desktop_app.core.exporting import (
    XLSX_CELL_CHARS,
    ExportError,
    matrix_to_csv,
    matrix_to_xlsx,
    neutralise_formula,
    save_figure,
)
from desktop_app.core.plotting.heatmap import heatmap_figure

ROWS = ['=HYPERLINK("http://evil")', "+7 999 123-45-67", "මගේ කුඹුරේ පස", "@SUM(A1)"]
COLUMNS = ["-2+3", "Как сменить пароль?", "사업장 소재지"]
MATRIX = np.array([[0.1, 0.25, -0.3], [0.5, 0.123456789, 0.9], [1.0, 0.0, 0.333], [0.2, 0.4, 0.6]])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        # Spreadsheets skip leading whitespace and invisible characters before a formula.
        (" =1+1", "' =1+1"),
        ("\n=1+1", "'\n=1+1"),
        ("\t=HYPERLINK(1)", "'\t=HYPERLINK(1)"),
        ("  +1", "'  +1"),
        ("\u00a0-1", "'\u00a0-1"),
        ("\ufeff@SUM(A1)", "'\ufeff@SUM(A1)"),
        ("\u200b=1", "'\u200b=1"),
        ("\x00=1", "'\x00=1"),
        (" \r\n =cmd|' /C calc'!A0", "' \r\n =cmd|' /C calc'!A0"),
        ("\nplain", "'\nplain"),  # a line feed first is itself a starter (like tab, CR)
        (" plain text", " plain text"),
        ("Как сменить пароль?", "Как сменить пароль?"),
    ],
)
def test_neutralise_formula(text, expected):
    assert neutralise_formula(text) == expected


def test_csv_reads_back_equal_with_formulas_neutralised(tmp_path):
    path = matrix_to_csv(tmp_path / "m.csv", MATRIX, ROWS, COLUMNS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel shows Sinhala right
    frame = pd.read_csv(path, index_col=0, encoding="utf-8-sig")
    assert np.array_equal(frame.to_numpy(), MATRIX)
    assert list(frame.index) == ["'" + ROWS[0], "'" + ROWS[1], ROWS[2], "'" + ROWS[3]]
    assert list(frame.columns) == ["'" + COLUMNS[0], COLUMNS[1], COLUMNS[2]]
    assert not any(str(label).startswith(("=", "+", "-", "@")) for label in frame.index)


def test_xlsx_reads_back_equal_with_labels_as_text(tmp_path):
    path = matrix_to_xlsx(tmp_path / "m.xlsx", MATRIX, ROWS, COLUMNS)
    sheet = openpyxl.load_workbook(path).active
    labels = [sheet.cell(row=i, column=1) for i in range(2, 6)]
    assert [cell.value for cell in labels] == ROWS  # exactly as typed …
    assert all(cell.data_type == "s" for cell in labels)  # … and stored as text, not formula
    header = [sheet.cell(row=1, column=j) for j in range(2, 5)]
    assert [cell.value for cell in header] == COLUMNS
    assert header[0].data_type == "s"
    values = np.array(
        [[sheet.cell(row=i, column=j).value for j in range(2, 5)] for i in range(2, 6)]
    )
    assert np.array_equal(values.astype(float), MATRIX)
    # the raw sheet XML holds no formula element at all
    import zipfile

    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    assert "<f " not in xml


def test_symmetric_export_uses_rows_as_columns(tmp_path):
    square = np.eye(2)
    frame = pd.read_csv(matrix_to_csv(tmp_path / "s.csv", square, ["a", "b"]), index_col=0)
    assert list(frame.columns) == ["a", "b"]


def test_heatmap_png_and_svg(tmp_path):
    figure = heatmap_figure(MATRIX, ROWS, COLUMNS, title="test")
    png = save_figure(figure, tmp_path / "h.png")
    svg = save_figure(figure, tmp_path / "h.svg")
    assert png.read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in svg.read_bytes()[:500]
    with pytest.raises(ExportError):
        save_figure(figure, tmp_path / "h.bmp")


def test_unwritable_path_is_a_user_facing_error(tmp_path):
    with pytest.raises(ExportError, match="Could not write"):
        matrix_to_csv(tmp_path / "missing" / "m.csv", MATRIX, ROWS, COLUMNS)


HOSTILE_LABELS = [
    " =1+1",
    "\n=1+1",
    '\t=HYPERLINK("http://evil")',
    "\u00a0@SUM(A1)",
    "tab\there and a bell\x07 and a NUL\x00",
    "escape \x1b[31m and vertical tab \x0b",
]


def test_csv_neutralises_every_formula_variant(tmp_path):
    path = matrix_to_csv(tmp_path / "m.csv", np.zeros((6, 6)), HOSTILE_LABELS)
    frame = pd.read_csv(path, index_col=0, encoding="utf-8-sig")
    for label in list(frame.index)[:4] + list(frame.columns)[:4]:
        assert label.startswith("'"), repr(label)
        assert label[1:].lstrip().startswith(("=", "@")), repr(label)


def test_xlsx_with_control_characters_in_labels_is_written(tmp_path):
    path = matrix_to_xlsx(tmp_path / "m.xlsx", np.eye(6), HOSTILE_LABELS)
    sheet = openpyxl.load_workbook(path).active
    labels = [sheet.cell(row=i, column=1).value for i in range(2, 8)]
    assert labels[4] == "tab\there and a bell\ufffd and a NUL\ufffd"
    assert labels[5] == "escape \ufffd[31m and vertical tab \ufffd"
    assert labels[0] == " =1+1"  # stored as text, so kept as typed
    assert all(sheet.cell(row=i, column=1).data_type == "s" for i in range(2, 8))
    assert [sheet.cell(row=1, column=j).value for j in range(2, 8)] == labels


def test_xlsx_label_longer_than_a_cell_holds_is_cut(tmp_path):
    path = matrix_to_xlsx(tmp_path / "m.xlsx", np.eye(1), ["x" * 40_000])
    value = openpyxl.load_workbook(path).active.cell(row=2, column=1).value
    assert len(value) == XLSX_CELL_CHARS
    assert value.endswith("…")
