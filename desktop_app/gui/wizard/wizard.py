"""The training wizard: a step list, the pages, and Back/Next.

The pages are views over one :class:`WizardState`; moving between them never loses what was
entered. Next is disabled while the current page says why the user cannot go on yet, and
that reason is shown beside the button in plain words.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StepSpec:
    """One step of the wizard: its key, its name in the step list and where its page lives."""

    key: str
    label: str
    module: str
    class_name: str


#: The wizard's steps in order. A step whose module is not there yet is skipped.
STEPS: tuple[StepSpec, ...] = (
    StepSpec("data", "Data", "desktop_app.gui.wizard.data_page", "DataPage"),
    StepSpec("model", "Base model", "desktop_app.gui.wizard.model_page", "ModelPage"),
    StepSpec("loss", "Loss", "desktop_app.gui.wizard.loss_page", "LossPage"),
    StepSpec("settings", "Settings", "desktop_app.gui.wizard.settings_page", "SettingsPage"),
    StepSpec("train", "Train", "desktop_app.gui.wizard.train_page", "TrainPage"),
    StepSpec("result", "Result", "desktop_app.gui.wizard.result_page", "ResultPage"),
)


def _load_page_class(step: StepSpec) -> type[WizardPage] | None:
    """Import a page class, or None when its module does not exist (yet)."""
    try:
        module = importlib.import_module(step.module)
    except ModuleNotFoundError as exc:
        if exc.name == step.module:
            log.info("wizard step %s skipped: %s is not there", step.key, step.module)
            return None
        raise
    return getattr(module, step.class_name, None)


class TrainingWizard(QWidget):
    """The Train area: step list on the left, the current page, Back/Next below.

    Signals:
        page_changed(str): The key of the page now shown ("data", "model", ...).
        open_playground_requested(str, str): A page (the result page) asked to compare
            (base model ref, trained model folder) in the Playground.
        status_message(str): A short message for the window's status bar.
    """

    page_changed = Signal(str)
    open_playground_requested = Signal(str, str)
    status_message = Signal(str)

    def __init__(
        self,
        state: WizardState | None = None,
        parent: QWidget | None = None,
        *,
        settings: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWizard")
        self.state = state if state is not None else WizardState(self)
        self.settings = settings
        self.pages: list[WizardPage] = []
        self.keys: list[str] = []

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName("Wizard steps")
        self.step_list.setFrameShape(QFrame.Shape.NoFrame)
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step_list.setStyleSheet(
            "#stepList { background: palette(window); }"
            "#stepList::item { padding: 8px 12px; border-radius: 6px; }"
            "#stepList::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()

        for step in STEPS:
            page_class = _load_page_class(step)
            if page_class is None:
                continue
            page = self._make_page(page_class)
            page.setObjectName(f"{step.key}Page")
            self.pages.append(page)
            self.keys.append(step.key)
            self.stack.addWidget(page)
            item = QListWidgetItem(f"{len(self.pages)}   {step.label}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"Step {len(self.pages)}: {step.label}"
            )
            self.step_list.addItem(item)
            page.completeness_changed.connect(self._update_buttons)
            request = getattr(page, "open_playground_requested", None)
            if request is not None:
                request.connect(self.open_playground_requested)
            message = getattr(page, "status_message", None)
            if message is not None:
                message.connect(self.status_message)
        self.step_list.setFixedWidth(max(170, self.step_list.sizeHintForColumn(0) + 40))
        self.step_list.currentRowChanged.connect(self._on_step_clicked)

        self.back_button = QPushButton("&Back")
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName("Back to the previous step")
        self.next_button = QPushButton("&Next")
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName("Next step")
        self.next_button.setDefault(False)
        self.next_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("blockingReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 8, 16, 12)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reason_label, 4)
        buttons.addWidget(self.next_button)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.stack, 1)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        right.addWidget(separator)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_list)
        step_separator = QFrame()
        step_separator.setFrameShape(QFrame.Shape.VLine)
        step_separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(step_separator)
        layout.addLayout(right, 1)

        for signal in (
            self.state.data_changed,
            self.state.model_changed,
            self.state.loss_changed,
            self.state.settings_changed,
            self.state.project_loaded,
        ):
            signal.connect(self._update_buttons)
        self.state.result_ready.connect(self._on_result_ready)
        self.state.project_loaded.connect(self._on_project_loaded)
        if self.pages:
            self._show(0)

    def _make_page(self, page_class: type[WizardPage]) -> WizardPage:
        """Build a page; pages that take the app settings get them."""
        if "settings" in inspect.signature(page_class).parameters:
            return page_class(self.state, settings=self.settings)  # type: ignore[call-arg]
        return page_class(self.state)

    # Navigation -----------------------------------------------------------------------------

    def current_index(self) -> int:
        """Index of the page shown."""
        return self.stack.currentIndex()

    def current_key(self) -> str:
        """Key of the page shown ("data", "model", ...)."""
        index = self.current_index()
        return self.keys[index] if 0 <= index < len(self.keys) else ""

    def page(self, key: str) -> WizardPage | None:
        """The page for ``key``, or None when that step is not available."""
        return self.pages[self.keys.index(key)] if key in self.keys else None

    def _first_blocked_before(self, index: int) -> int | None:
        for i in range(index):
            if self.pages[i].blocking_reason():
                return i
        return None

    def go_to(self, key_or_index: str | int) -> bool:
        """Show a page if every step before it is complete; return whether it is shown."""
        index = self.keys.index(key_or_index) if isinstance(key_or_index, str) else key_or_index
        if not 0 <= index < len(self.pages):
            return False
        if index > self.current_index():
            blocked = self._first_blocked_before(index)
            if blocked is not None:
                self._show(blocked)
                return False
        self._show(index)
        return True

    @Slot()
    def go_next(self) -> None:
        """Move to the next page (when the current one allows it)."""
        index = self.current_index()
        if index + 1 < len(self.pages) and not self.pages[index].blocking_reason():
            self._show(index + 1)

    @Slot()
    def go_back(self) -> None:
        """Move to the previous page."""
        index = self.current_index()
        if index > 0:
            self._show(index - 1)

    def _show(self, index: int) -> None:
        old = self.current_index()
        if old != index and 0 <= old < len(self.pages) and self.stack.currentWidget() is not None:
            self.pages[old].on_leave()
        self.stack.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.pages[index].on_enter()
        self._update_buttons()
        self.page_changed.emit(self.keys[index])

    @Slot(int)
    def _on_step_clicked(self, row: int) -> None:
        if row != self.current_index():
            self.go_to(row)

    @Slot()
    def _update_buttons(self) -> None:
        index = self.current_index()
        if not 0 <= index < len(self.pages):
            return
        reason = self.pages[index].blocking_reason()
        last = index == len(self.pages) - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(not last and reason is None)
        self.reason_label.setText(reason or "")
        self.next_button.setToolTip(reason or "")
        for i in range(self.step_list.count()):
            item = self.step_list.item(i)
            reachable = i <= index or self._first_blocked_before(i) is None
            flags = item.flags()
            if reachable:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)

    @Slot(object)
    def _on_result_ready(self, _summary: object) -> None:
        if "result" in self.keys:
            self._show(self.keys.index("result"))

    @Slot()
    def _on_project_loaded(self) -> None:
        if self.pages:
            self._show(0)

    # Closing --------------------------------------------------------------------------------

    def _training_page(self) -> QWidget | None:
        for page in self.pages:
            if callable(getattr(page, "is_training", None)):
                return page
        return None

    def is_training(self) -> bool:
        """Whether a training run is going on."""
        page = self._training_page()
        return bool(page is not None and page.is_training())  # type: ignore[attr-defined]

    def ask_stop_training(self) -> bool:
        """Ask whether to stop the running training (a separate method so tests can answer)."""
        answer = QMessageBox.question(
            self,
            "Training is running",
            "Training is still running. Stop it and close?\n\n"
            "The model trained so far is kept in its output folder.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_close(self) -> bool:
        """Return whether the window may close; asks first while training runs.

        When the user agrees, training is cancelled and waited for (the model so far is
        saved by the training engine), so no broken model is left behind.
        """
        page = self._training_page()
        if page is None or not page.is_training():  # type: ignore[attr-defined]
            return True
        if not self.ask_stop_training():
            return False
        stop = getattr(page, "request_cancel_and_wait", None)
        if callable(stop):
            stop()
        return True

    def shutdown(self) -> None:
        """Stop every page's background work (called once the window closes)."""
        for page in self.pages:
            stop = getattr(page, "shutdown", None)
            if callable(stop):
                stop()
