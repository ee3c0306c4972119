"""The training wizard: a step list, the pages, and Back/Next.

The pages are views over one :class:`WizardState`; moving between them never loses what was
entered. Next is disabled while the current page says why the user cannot go on yet, and
that reason is shown beside the button in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
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

from desktop_app.core.wizard_steps import STEP_RULES, StepRule, reachable
from desktop_app.gui.i18n import translate
from desktop_app.gui.settings import AppSettings
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.data_page import DataPage
from desktop_app.gui.wizard.loss_page import LossPage
from desktop_app.gui.wizard.model_page import ModelPage
from desktop_app.gui.wizard.result_page import ResultPage
from desktop_app.gui.wizard.settings_page import SettingsPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.wizard.train_page import TrainPage

log = logging.getLogger(__name__)

PageFactory = Callable[[WizardState, AppSettings | None], WizardPage]


@dataclass(frozen=True)
class WizardStep:
    """One step: its declared rule (core) and how its page is built.

    Attributes:
        rule: What the step needs and how it is named (``core.wizard_steps``).
        build: Builds the page from the state and the app settings.
        own_heading: The page draws its heading itself; otherwise the wizard shows the
            rule's heading and the page's subtitle above it.
        stale_names: Stale marks (``WizardState.stale``) that make this step incomplete
            until the user has looked at it again.
    """

    rule: StepRule
    build: PageFactory
    own_heading: bool = False
    stale_names: tuple[str, ...] = ()


def _rule(key: str) -> StepRule:
    return next(rule for rule in STEP_RULES if rule.key == key)


#: The wizard's steps in order, with their pages.
STEPS: tuple[WizardStep, ...] = (
    WizardStep(_rule("data"), lambda st, se: DataPage(st, settings=se), own_heading=True),
    WizardStep(_rule("model"), lambda st, se: ModelPage(st, settings=se), own_heading=True),
    WizardStep(_rule("loss"), lambda st, _se: LossPage(st), stale_names=("loss", "loss-check")),
    WizardStep(_rule("settings"), lambda st, _se: SettingsPage(st)),
    WizardStep(_rule("train"), lambda st, _se: TrainPage(st)),
    WizardStep(_rule("result"), lambda st, _se: ResultPage(st)),
)


class TrainingWizard(QWidget):
    """The Train area: step list on the left, the current page, Back/Next below.

    Which step may be shown follows the declared rules (``core.wizard_steps``): a step needs
    the steps before it complete, except Result, which stays reachable once a run finished.

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
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWizard")
        self.state = state if state is not None else WizardState(self)
        self.settings = settings
        self.steps = STEPS
        self.pages: list[WizardPage] = []
        self.keys: list[str] = []

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(translate("Wizard", "Wizard steps"))
        self.step_list.setFrameShape(QFrame.Shape.NoFrame)
        self.step_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.step_list.setStyleSheet(
            "#stepList { background: palette(window); }"
            "#stepList::item { padding: 8px 12px; border-radius: 6px; }"
            "#stepList::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()
        self.heading_label = QLabel()
        self.heading_label.setObjectName("pageHeading")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setContentsMargins(16, 12, 16, 0)
        self.subheading_label = QLabel()
        self.subheading_label.setObjectName("pageSubheading")
        self.subheading_label.setWordWrap(True)
        self.subheading_label.setContentsMargins(16, 0, 16, 4)
        self.subheading_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")

        for number, step in enumerate(self.steps, start=1):
            page = step.build(self.state, settings)
            page.setObjectName(f"{step.rule.key}Page")
            self.pages.append(page)
            self.keys.append(step.rule.key)
            self.stack.addWidget(page)
            item = QListWidgetItem(f"{number}   {step.rule.shown_label()}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("Wizard", "Step {number}: {label}").format(
                    number=number, label=step.rule.shown_label()
                ),
            )
            self.step_list.addItem(item)
            page.completeness_changed.connect(self._update_buttons)
        self.train_page: TrainPage = self.page("train")  # type: ignore[assignment]
        self.result_page: ResultPage = self.page("result")  # type: ignore[assignment]
        self.train_page.status_message.connect(self.status_message)
        self.result_page.open_playground_requested.connect(self.open_playground_requested)
        self.result_page.train_again_requested.connect(self.train_again)
        self.step_list.setFixedWidth(max(170, self.step_list.sizeHintForColumn(0) + 40))
        self.step_list.currentRowChanged.connect(self._on_step_clicked)

        self.back_button = QPushButton(translate("Wizard", "&Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(translate("Wizard", "Back to the previous step"))
        self.next_button = QPushButton(translate("Wizard", "&Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName(translate("Wizard", "Next step"))
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
        right.addWidget(self.heading_label)
        right.addWidget(self.subheading_label)
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
            self.state.runs_changed,
        ):
            signal.connect(self._update_buttons)
        self.state.invalidated.connect(self._on_invalidated)
        self.state.result_ready.connect(self._on_result_ready)
        self.state.project_loaded.connect(self._on_project_loaded)
        self._show(0)

    # Navigation -----------------------------------------------------------------------------

    def current_index(self) -> int:
        """Index of the page shown."""
        return self.stack.currentIndex()

    def current_key(self) -> str:
        """Key of the page shown ("data", "model", ...)."""
        index = self.current_index()
        return self.keys[index] if 0 <= index < len(self.keys) else ""

    def page(self, key: str) -> WizardPage | None:
        """The page for ``key``, or None for an unknown key."""
        return self.pages[self.keys.index(key)] if key in self.keys else None

    def is_complete(self, index: int) -> bool:
        """Whether step ``index`` is complete: its page does not block and nothing it shows
        was made stale by a later change elsewhere."""
        step = self.steps[index]
        if any(name in self.state.stale for name in step.stale_names):
            return False
        return self.pages[index].blocking_reason() is None

    def facts(self) -> set[str]:
        """Facts the step rules look at ("result" once a run has finished)."""
        return {"result"} if self.state.result is not None else set()

    def is_reachable(self, index: int) -> bool:
        """Whether step ``index`` may be shown now (by the declared rules)."""
        if index <= self.current_index():
            return True
        complete = {self.keys[i] for i in range(len(self.pages)) if self.is_complete(i)}
        return reachable(self.keys[index], complete, self.facts())

    def _first_incomplete_before(self, index: int) -> int | None:
        for i in range(index):
            if not self.is_complete(i):
                return i
        return None

    def go_to(self, key_or_index: str | int) -> bool:
        """Show a page if the rules allow it; return whether it is shown.

        When they do not, the first incomplete step before it is shown instead, so the user
        sees what is missing.
        """
        index = self.keys.index(key_or_index) if isinstance(key_or_index, str) else key_or_index
        if not 0 <= index < len(self.pages):
            return False
        if not self.is_reachable(index):
            blocked = self._first_incomplete_before(index)
            if blocked is not None:
                self._show(blocked)
            return False
        self._show(index)
        return True

    @Slot()
    def go_next(self) -> None:
        """Move to the next page (when the current one allows it)."""
        index = self.current_index()
        if index + 1 < len(self.pages) and self.pages[index].blocking_reason() is None:
            self._show(index + 1)

    @Slot()
    def go_back(self) -> None:
        """Move to the previous page."""
        index = self.current_index()
        if index > 0:
            self._show(index - 1)

    @Slot()
    def train_again(self) -> None:
        """Go to Settings to change them and train again (a fresh folder is chosen there)."""
        self.go_to("settings")

    def _show(self, index: int) -> None:
        old = self.current_index()
        if old != index and 0 <= old < len(self.pages) and self.stack.currentWidget() is not None:
            self.pages[old].on_leave()
        step = self.steps[index]
        self.state.clear_stale(*step.stale_names)
        self.stack.setCurrentIndex(index)
        self.heading_label.setVisible(not step.own_heading)
        self.subheading_label.setVisible(not step.own_heading and bool(self.pages[index].subtitle))
        self.heading_label.setText(step.rule.shown_heading())
        subtitle = self.pages[index].subtitle
        self.subheading_label.setText(translate("WizardPage", subtitle) if subtitle else "")
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
            flags = item.flags()
            if self.is_reachable(i):
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)

    @Slot(object)
    def _on_invalidated(self, _names: object) -> None:
        self._update_buttons()

    @Slot(object)
    def _on_result_ready(self, _summary: object) -> None:
        self._show(self.keys.index("result"))

    @Slot()
    def _on_project_loaded(self) -> None:
        self._show(0)

    # Closing --------------------------------------------------------------------------------

    def _training_page(self) -> TrainPage:
        return self.train_page

    def is_training(self) -> bool:
        """Whether a training run is going on."""
        return self._training_page().is_training()

    def ask_stop_training(self) -> bool:
        """Ask whether to stop the running training (a separate method so tests can answer)."""
        answer = QMessageBox.question(
            self,
            translate("Wizard", "Training is running"),
            translate(
                "Wizard",
                "Training is still running. Stop it and close?\n\n"
                "The model trained so far is kept in its output folder.",
            ),
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
        if not page.is_training():
            return True
        if not self.ask_stop_training():
            return False
        page.request_cancel_and_wait()
        return True

    def shutdown(self) -> None:
        """Stop every page's background work (called once the window closes)."""
        for page in self.pages:
            page.shutdown()
