"""The Playground's Search tab: a query, the model to search with, the texts, the hits.

A view only: it lists the hits it is given and says through :attr:`SearchPanel.searchEdited`
that a search should run again; the texts come from :mod:`desktop_app.core.playground`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.playground import MAX_CORPUS, corpus_text, parse_lines, searchable_texts
from desktop_app.core.similarity import SearchHit
from desktop_app.gui.i18n import translate


class SearchPanel(QWidget):
    """Search a data set (or a pasted list) with one model.

    Signals:
        searchEdited(): The query, the texts or the model changed: search again.
    """

    searchEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus: list[str] = []
        self.corpus_name = ""
        layout = QVBoxLayout(self)
        self.query_edit = QLineEdit()
        self.query_edit.setAccessibleName(translate("SearchPanel", "Search query"))
        self.query_edit.setPlaceholderText(
            translate("SearchPanel", "Type a question or a phrase to find the closest rows…")
        )
        layout.addWidget(self.query_edit)
        which = QHBoxLayout()
        which.addWidget(QLabel(translate("SearchPanel", "Search with:")))
        self.search_model_combo = QComboBox()
        self.search_model_combo.setObjectName("searchModel")
        self.search_model_combo.setAccessibleName(translate("SearchPanel", "Model to search with"))
        self.search_model_combo.setToolTip(
            translate(
                "SearchPanel",
                "The model that finds the closest rows. In compare mode, pick either model.",
            )
        )
        which.addWidget(self.search_model_combo, 1)
        layout.addLayout(which)
        self.corpus_label = QLabel()
        self.corpus_label.setWordWrap(True)
        layout.addWidget(self.corpus_label)
        self.use_pasted_check = QCheckBox(translate("SearchPanel", "Search a pasted list instead"))
        layout.addWidget(self.use_pasted_check)
        self.corpus_edit = QPlainTextEdit()
        self.corpus_edit.setAccessibleName(translate("SearchPanel", "Texts to search"))
        self.corpus_edit.setPlaceholderText(
            translate("SearchPanel", "Paste the texts to search, one per line.")
        )
        layout.addWidget(self.corpus_edit, 1)
        self.results_table = QTableWidget(0, 3)
        self.results_table.setHorizontalHeaderLabels(
            ["#", translate("SearchPanel", "Score"), translate("SearchPanel", "Text")]
        )
        self.results_table.verticalHeader().setVisible(False)
        self.results_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.results_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results_table.setWordWrap(True)
        layout.addWidget(self.results_table, 2)
        self.update_corpus_label()
        self.query_edit.textChanged.connect(self.searchEdited)
        self.corpus_edit.textChanged.connect(self.searchEdited)
        self.use_pasted_check.toggled.connect(self._on_use_pasted_toggled)
        self.search_model_combo.currentIndexChanged.connect(self.searchEdited)

    # ---- state ----------------------------------------------------------------------------

    def query(self) -> str:
        """The query typed, trimmed."""
        return self.query_edit.text().strip()

    def set_corpus(self, texts: list[str], name: str) -> None:
        """Search ``texts`` (e.g. the imported data set's) under ``name``."""
        self.corpus = searchable_texts(texts)
        self.corpus_name = name
        self.use_pasted_check.setChecked(False)
        self.update_corpus_label()

    def search_corpus(self) -> list[str]:
        """The texts a search looks through now."""
        if self.corpus and not self.use_pasted_check.isChecked():
            return self.corpus
        return parse_lines(self.corpus_edit.toPlainText(), limit=MAX_CORPUS)

    def update_corpus_label(self) -> None:
        """Say what is searched; offer the pasted list only when there is a data set."""
        pasted = self.use_pasted_check.isChecked()
        self.corpus_label.setText(corpus_text(len(self.corpus), self.corpus_name, pasted))
        self.corpus_edit.setVisible(pasted or not self.corpus)
        self.use_pasted_check.setVisible(bool(self.corpus))

    def set_model_choices(self, choices: list[tuple[str, str]], wanted: str) -> None:
        """Offer ``choices`` (label, ref) to search with and select ``wanted`` (or the last)."""
        combo = self.search_model_combo
        combo.blockSignals(True)
        combo.clear()
        for label, ref in choices:
            combo.addItem(label, ref)
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)

    def show_hits(self, hits: list[SearchHit]) -> None:
        """List ``hits`` as (number, score, text) rows."""
        self.results_table.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            self.results_table.setItem(row, 0, QTableWidgetItem(str(hit.index + 1)))
            self.results_table.setItem(row, 1, QTableWidgetItem(f"{hit.score:.3f}"))
            item = QTableWidgetItem(hit.text)
            item.setToolTip(hit.text)
            self.results_table.setItem(row, 2, item)
        self.results_table.resizeRowsToContents()

    def clear_hits(self) -> None:
        """List nothing."""
        self.results_table.setRowCount(0)

    def search_results(self) -> list[tuple[int, float, str]]:
        """The listed hits as (corpus index, score, text)."""
        table = self.results_table
        return [
            (
                int(table.item(row, 0).text()) - 1,
                float(table.item(row, 1).text()),
                table.item(row, 2).text(),
            )
            for row in range(table.rowCount())
        ]

    @Slot(bool)
    def _on_use_pasted_toggled(self, _on: bool) -> None:
        self.update_corpus_label()
        self.searchEdited.emit()
