"""The Data page's rows: a table of the file with rows that have problems tinted, a line
saying how many rows and columns were read, and selecting a row by its number."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.table_model import DataFrameModel


class DataTable(QWidget):
    """The rows of the training file above a one-line summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_model = DataFrameModel(parent=self)
        self.table_view = QTableView()
        self.table_view.setObjectName("dataTable")
        self.table_view.setAccessibleName(translate("DataPage", "Rows of the data file"))
        self.table_view.setModel(self.table_model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table_view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        horizontal = self.table_view.horizontalHeader()
        horizontal.setDefaultSectionSize(220)
        horizontal.setMinimumSectionSize(60)
        horizontal.setStretchLastSection(True)
        self.rows_label = QLabel()
        self.rows_label.setObjectName("rowsLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.table_view, 1)

    def fit_columns(self) -> None:
        """Size columns to their first rows' text (short columns narrow, texts wide)."""
        metrics = self.table_view.fontMetrics()
        model = self.table_model
        for column in range(model.columnCount()):
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [
                str(model.data(model.index(row, column)) or "")
                for row in range(min(50, model.rowCount()))
            ]
            width = max(metrics.horizontalAdvance(t.split("\n")[0]) for t in texts) + 24
            self.table_view.setColumnWidth(column, max(60, min(width, 360)))

    def select_row(self, row: int) -> None:
        """Select and show a 0-based row of the table (nothing when out of range)."""
        if not 0 <= row < self.table_model.rowCount():
            return
        index = self.table_model.index(row, 0)
        selection = self.table_view.selectionModel()
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
