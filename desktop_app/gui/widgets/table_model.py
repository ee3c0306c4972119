"""A read-only Qt table model over a pandas DataFrame, fast for 100,000 rows and more.

The view asks only for the cells it paints; ``data()`` reads them from one numpy object
array per column (no per-cell items or widgets), so creating the model costs one
``to_numpy()`` per column and scrolling stays smooth however long the file is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

#: Longest text shown in a cell; the full text is in the tooltip.
MAX_CELL_CHARS = 300

_Index = QModelIndex | QPersistentModelIndex


class DataFrameModel(QAbstractTableModel):
    """Shows a DataFrame of strings; rows with problems are tinted, columns show their role.

    Row headers are the frame's index: the 1-based data row numbers problems are reported
    with (rows that could not be read are missing from the frame, so numbers may skip).
    """

    def __init__(self, frame: pd.DataFrame | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[np.ndarray] = []
        self._names: list[str] = []
        self._rows = 0
        self._row_numbers: np.ndarray | None = None
        self._roles: dict[str, str] = {}
        self._marks: dict[int, str] = {}
        if frame is not None:
            self.set_frame(frame)

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Show ``frame`` (None empties the table)."""
        self.beginResetModel()
        if frame is None:
            self._columns, self._names, self._rows = [], [], 0
            self._row_numbers = None
        else:
            self._columns = [frame.iloc[:, i].to_numpy(dtype=object) for i in range(frame.shape[1])]
            self._names = [str(c) for c in frame.columns]
            self._rows = len(frame)
            self._row_numbers = frame.index.to_numpy()
        self._marks = {}
        self.endResetModel()

    def set_column_roles(self, roles: dict[str, str]) -> None:
        """Name each column's role in its header ({"question": "Text 1", ...})."""
        self._roles = dict(roles)
        if self._names:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._names) - 1)

    def set_row_marks(self, marks: dict[int, str]) -> None:
        """Tint rows with problems: {0-based row: "error" | "warning"}."""
        self._marks = dict(marks)
        if self._rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self._rows - 1, len(self._columns) - 1),
                [Qt.ItemDataRole.BackgroundRole],
            )

    def column_names(self) -> list[str]:
        """The column names shown."""
        return list(self._names)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (0 under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text (shortened), full text as tooltip, a tint for problem rows."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(row, column)
            if len(text) > MAX_CELL_CHARS:
                return text[:MAX_CELL_CHARS] + "…"
            return text.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self._marks.get(row)
            if mark == "error":
                return QBrush(QColor(255, 222, 222))
            if mark == "warning":
                return QBrush(QColor(255, 243, 205))
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column names (with their role) across, data row numbers down."""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._names):
                return None
            name = self._names[section]
            role_name = self._roles.get(name)
            return f"{name}\n{role_name}" if role_name else name
        if self._row_numbers is not None and 0 <= section < len(self._row_numbers):
            return str(self._row_numbers[section])
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Cells can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, row: int, column: int) -> str:
        value = self._columns[column][row]
        return "" if value is None else str(value)
