"""The Playground's Similarity tab: sentence boxes, one or two heatmaps and their difference.

A view only: it shows a :class:`MatrixResult` and the coverage advice it is given, and says
what the user did through its signals; the texts come from :mod:`desktop_app.core.playground`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import playground
from desktop_app.core.playground import (
    DIFFERENCE_TITLE,
    EXAMPLES,
    CoverageAdvice,
    cell_detail,
    change_line,
    example_sentences,
    parse_lines,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.playground.engine import MatrixResult
from desktop_app.gui.widgets.heatmap import HeatmapWidget
from desktop_app.gui.widgets.styles import message_box_style


class CompareView(QWidget):
    """Sentences on the left; the heatmap(s), the pairs that changed and export on the right.

    Signals:
        sentencesEdited(): A sentence box changed.
        againstToggled(bool): The second list was turned on or off.
        exportRequested(str): An export button was clicked (``png``, ``svg``, ``csv``, ``xlsx``).
        recommendedChosen(str): The banner's "Use <model>" was clicked (the model's ref).
    """

    sentencesEdited = Signal()
    againstToggled = Signal(bool)
    exportRequested = Signal(str)
    recommendedChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: MatrixResult | None = None
        self._recommended_ref = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_sentences())
        splitter.addWidget(self._build_maps())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        self.set_compare_visible(False)
        self.sentences_edit.textChanged.connect(self.sentencesEdited)
        self.against_edit.textChanged.connect(self.sentencesEdited)
        self.against_check.toggled.connect(self._on_against_toggled)
        for heatmap in (self.heatmap, self.heatmap_b, self.heatmap_diff):
            heatmap.cellClicked.connect(self._on_cell_clicked)

    # ---- construction ---------------------------------------------------------------------

    def _build_sentences(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            QLabel(
                translate("CompareView", "Sentences, one per line (or paste a spreadsheet column):")
            )
        )
        examples = QHBoxLayout()
        examples.addWidget(QLabel(translate("CompareView", "Examples:")))
        self.example_buttons: dict[str, QPushButton] = {}
        for text, file_name in EXAMPLES:
            button = QPushButton(playground.shown(text))
            button.setProperty("exampleFile", file_name)
            button.clicked.connect(self._on_example_clicked)
            examples.addWidget(button)
            self.example_buttons[file_name] = button
        examples.addStretch(1)
        left_layout.addLayout(examples)
        self.sentences_edit = QPlainTextEdit()
        self.sentences_edit.setAccessibleName(translate("CompareView", "Sentences"))
        self.sentences_edit.setPlaceholderText(
            translate("CompareView", "Type or paste sentences here, one per line.")
        )
        left_layout.addWidget(self.sentences_edit, 2)
        self.against_check = QCheckBox(
            translate(
                "CompareView", "Compare against a second list (questions down, answers across)"
            )
        )
        left_layout.addWidget(self.against_check)
        self.against_edit = QPlainTextEdit()
        self.against_edit.setAccessibleName(translate("CompareView", "Compare against"))
        self.against_edit.setPlaceholderText(
            translate("CompareView", "Sentences to compare against, one per line.")
        )
        self.against_edit.setVisible(False)
        left_layout.addWidget(self.against_edit, 1)
        return left

    def _build_maps(self) -> QWidget:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_coverage_banner())
        # Compare mode is a 2x2 grid: the two models on top, their difference and the pairs
        # that changed most below, so each heatmap keeps cells big enough to show values.
        maps = QGridLayout()
        self.heatmap = HeatmapWidget()
        self.heatmap_b = HeatmapWidget()
        self.heatmap_diff = HeatmapWidget(diverging=True)
        self.heatmap_titles: list[QLabel] = []
        self._holders: list[QWidget] = []
        positions = ((0, 0), (0, 1), (1, 0))
        for (widget, title), (row, col) in zip(
            (
                (self.heatmap, translate("CompareView", "Model")),
                (self.heatmap_b, translate("CompareView", "Second model")),
                (self.heatmap_diff, playground.shown(DIFFERENCE_TITLE)),
            ),
            positions,
            strict=True,
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            self.heatmap_titles.append(label)
            column.addWidget(label)
            column.addWidget(widget, 1)
            holder = QWidget()
            holder.setLayout(column)
            holder.setObjectName(f"heatmapHolder{len(self.heatmap_titles)}")
            maps.addWidget(holder, row, col)
            self._holders.append(holder)
        self.changes_title = QLabel(translate("CompareView", "Pairs that changed most:"))
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName(translate("CompareView", "Pairs that changed most"))
        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.addWidget(self.changes_title)
        changes_layout.addWidget(self.changes_list, 1)
        maps.addWidget(changes, 1, 1)
        self._changes_holder = changes
        right_layout.addLayout(maps, 1)
        self.detail_label = QLabel(
            translate("CompareView", "Click a cell to see its two sentences and their score.")
        )
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.detail_label)
        right_layout.addLayout(self._build_exports())
        return right

    def _build_exports(self) -> QHBoxLayout:
        exports = QHBoxLayout()
        exports.addWidget(QLabel(translate("CompareView", "Export:")))
        self.export_target = QComboBox()
        self.export_target.addItems(
            [
                translate("CompareView", "First model"),
                translate("CompareView", "Second model"),
                translate("CompareView", "Difference"),
            ]
        )
        self.export_target.setAccessibleName(translate("CompareView", "Matrix to export"))
        exports.addWidget(self.export_target)
        self.export_buttons: dict[str, QPushButton] = {}
        for kind in ("png", "svg", "csv", "xlsx"):
            button = QPushButton(kind.upper())
            button.setToolTip(
                translate("CompareView", "Save the heatmap as a picture")
                if kind in {"png", "svg"}
                else translate("CompareView", "Save the numbers for a spreadsheet")
            )
            button.setProperty("exportKind", kind)
            button.clicked.connect(self._on_export_clicked)
            button.setEnabled(False)
            exports.addWidget(button)
            self.export_buttons[kind] = button
        exports.addStretch(1)
        return exports

    def _build_coverage_banner(self) -> QWidget:
        """The banner over the heatmap when the model does not know the sentences' language."""
        banner = QWidget()
        banner.setObjectName("coverageBanner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(0, 0, 0, 0)
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverageText")
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setStyleSheet(message_box_style("warning"))
        self.coverage_button = QPushButton()
        self.coverage_button.setObjectName("useRecommendedModel")
        self.coverage_button.clicked.connect(self._on_use_recommended)
        row.addWidget(self.coverage_label, 1)
        row.addWidget(self.coverage_button)
        self.coverage_banner = banner
        banner.hide()
        return banner

    # ---- state ----------------------------------------------------------------------------

    def current_sentences(self) -> tuple[list[str], list[str] | None]:
        """The rows and (when the second list is on) the columns the matrix is about."""
        rows = parse_lines(self.sentences_edit.toPlainText())
        columns = None
        if self.against_check.isChecked():
            columns = parse_lines(self.against_edit.toPlainText())
        return rows, columns

    def set_compare_visible(self, on: bool) -> None:
        """Show or hide the second model's heatmap, the difference and the changed pairs."""
        self._holders[1].setVisible(on)
        self._holders[2].setVisible(on)
        self._changes_holder.setVisible(on)
        self.export_target.setVisible(on)
        if not on:
            self.export_target.setCurrentIndex(0)

    def clear(self) -> None:
        """Show no matrix (the boxes hold nothing to compare)."""
        self.result = None
        for widget in (self.heatmap, self.heatmap_b, self.heatmap_diff):
            widget.clear()
        self.changes_list.clear()
        self._set_exports_enabled(False)
        self.coverage_banner.hide()

    def show_result(
        self, result: MatrixResult, label_a: str, label_b: str, advice: CoverageAdvice | None
    ) -> None:
        """Paint ``result``: its heatmap(s), the changed pairs and the coverage banner."""
        self.result = result
        request = result.request
        rows = list(request.rows)
        columns = None if request.columns is None else list(request.columns)
        self.heatmap.set_data(result.matrix_a, rows, columns)
        self.heatmap_titles[0].setText(label_a)
        self.changes_list.clear()
        if result.matrix_b is not None and result.difference is not None:
            self.heatmap_b.set_data(result.matrix_b, rows, columns)
            self.heatmap_diff.set_data(result.difference, rows, columns)
            self.heatmap_titles[1].setText(label_b)
            for change in result.changes:
                self.changes_list.addItem(change_line(change))
        self._set_exports_enabled(True)
        self.show_coverage(advice)
        self.heatmap.repaint()

    def show_coverage(self, advice: CoverageAdvice | None) -> None:
        """Show the banner's advice, or hide it (None)."""
        if advice is None:
            self.coverage_banner.hide()
            return
        self._recommended_ref = advice.recommended_ref
        self.coverage_button.setText(advice.button_text)
        self.coverage_button.setVisible(bool(advice.recommended_ref))
        self.coverage_label.setText(advice.text)
        self.coverage_banner.show()

    def coverage_text(self) -> str:
        """What the banner over the heatmap says ("" when hidden)."""
        return "" if self.coverage_banner.isHidden() else self.coverage_label.text()

    def _set_exports_enabled(self, on: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(on)

    # ---- user actions ---------------------------------------------------------------------

    @Slot()
    def _on_example_clicked(self) -> None:
        file_name = self.sender().property("exampleFile")
        self.sentences_edit.setPlainText("\n".join(example_sentences(str(file_name))))

    @Slot(bool)
    def _on_against_toggled(self, on: bool) -> None:
        self.against_edit.setVisible(on)
        self.againstToggled.emit(on)

    @Slot(int, int)
    def _on_cell_clicked(self, row: int, column: int) -> None:
        result = self.result
        if result is None:
            return
        request = result.request
        self.detail_label.setText(
            cell_detail(
                request.rows,
                request.columns,
                result.matrix_a,
                result.matrix_b,
                result.difference,
                row,
                column,
            )
        )

    @Slot()
    def _on_export_clicked(self) -> None:
        self.exportRequested.emit(str(self.sender().property("exportKind")))

    @Slot()
    def _on_use_recommended(self) -> None:
        if self._recommended_ref:
            self.coverage_banner.hide()
            self.recommendedChosen.emit(self._recommended_ref)
