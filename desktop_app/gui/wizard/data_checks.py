"""The Data page's checks: the "Worth knowing" box (the texts' languages and the chosen
model) and the "Rows with problems" list. The wording is the core's
(:mod:`desktop_app.core.data.presentation`); these widgets show it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.core.data import presentation as facts
from desktop_app.core.data.presentation import problem_lines, problems_summary
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.styles import help_label, message_box_style
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import BackgroundTask


class WarningsBox(QGroupBox):
    """The "Worth knowing" box: the texts' languages and whether the model knows them.

    The catalogue's note shows at once; when the model is on this computer its vocabulary
    is measured on the texts off the GUI thread and the note says what it found.

    Signals:
        language_measured(): The measured verdict is shown (or could not be made).
    """

    language_measured = Signal()

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataPage", "Worth knowing"), parent)
        self.state = state
        self._tasks: set[BackgroundTask] = set()
        self._language_key: tuple[Any, ...] | None = None
        self.warnings_layout = QVBoxLayout(self)
        self.language_label = QLabel()
        self.language_label.setObjectName("languageNote")
        self.language_label.setWordWrap(True)
        self.language_label.hide()
        self.warnings_layout.addWidget(self.language_label)
        self.hide()

    def set_language_note(self, note: str, fits: bool) -> None:
        """Show ``note``, as a warning when the model does not fit the languages."""
        self.language_label.setText(note)
        self.language_label.setProperty("fits", fits)
        self.language_label.setStyleSheet(message_box_style("info" if fits else "warning"))
        self.language_label.setVisible(bool(note))
        if note:
            self.show()

    @Slot()
    def show_language_note(self) -> None:
        """Say which languages the texts are in and whether the chosen model knows them."""
        from desktop_app.core.catalog.models import language_note

        state = self.state
        note, fits = "", True
        texts = facts.language_sample(state.table, state.roles)
        if state.table is not None and state.roles is not None:
            note, fits = language_note(texts, state.config.model)
        self.set_language_note(note, fits)
        key = self._language_key = (id(state.table), state.model_path, note)
        folder = state.model_path
        if not (note and folder):
            return
        task = BackgroundTask(
            lambda report, cancel: (key, note, fits, facts.measured_verdicts(folder, texts)),
            self,
        )
        self._tasks.add(task)
        task.succeeded.connect(self._on_measured)
        task.failed.connect(self._on_measure_failed)
        task.finished.connect(lambda: self._forget(task))
        task.start()

    def shutdown(self) -> None:
        """Stop measurements still running."""
        for task in list(self._tasks):
            task.shutdown(10_000)

    def _forget(self, task: BackgroundTask) -> None:
        self._tasks.discard(task)
        task.deleteLater()

    @Slot(object)
    def _on_measured(self, result: object) -> None:
        key, note, fits, (verdicts, knows_all) = result  # type: ignore[misc]
        if key != self._language_key or not verdicts:
            return  # the data or the model changed meanwhile
        self.set_language_note(
            translate("DataPage", "{note} Measured with its vocabulary: {verdicts}").format(
                note=note, verdicts=verdicts
            ),
            fits and knows_all,
        )
        self.language_measured.emit()

    @Slot(object)
    def _on_measure_failed(self, _exc: object) -> None:
        """Keep the catalogue note: the Base model page reports an unreadable vocabulary."""
        self.language_measured.emit()


class ProblemsBox(QGroupBox):
    """The "Rows with problems" box: one entry per problem; choosing one shows its row.

    Signals:
        row_chosen(int): The user chose a problem; carries its 1-based data row.
    """

    row_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataPage", "Rows with problems"), parent)
        layout = QVBoxLayout(self)
        self.problems_summary = help_label("")
        layout.addWidget(self.problems_summary)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setAccessibleName(
            translate("DataPage", "Rows with problems; choose one to see the row")
        )
        self.problems_list.setMinimumHeight(140)
        self.problems_list.setWordWrap(True)
        self.problems_list.itemClicked.connect(self._on_item)
        self.problems_list.itemActivated.connect(self._on_item)
        layout.addWidget(self.problems_list)
        self.hide()

    def show_report(self, report: object) -> None:
        """List the problems of a validation report (hidden when there are none)."""
        self.problems_list.clear()
        lines = problem_lines(report)
        for line in lines:
            item = QListWidgetItem(line.text)
            item.setData(Qt.ItemDataRole.UserRole, line.row)
            item.setToolTip(translate("DataPage", "Click to show this row in the table"))
            self.problems_list.addItem(item)
        self.problems_summary.setText(problems_summary(report))
        self.setVisible(bool(lines))

    def choose_first(self) -> bool:
        """Choose the first problem as the user would; False when there is none."""
        if not self.problems_list.count():
            return False
        self.problems_list.setCurrentRow(0)
        self._on_item(self.problems_list.item(0))
        return True

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        self.row_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
