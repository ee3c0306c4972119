"""A drop-down of models (catalogue, trained in the app, folders) with "Choose a model folder…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from desktop_app.gui.i18n import translate
from desktop_app.gui.playground.model_sources import (
    ModelChoice,
    catalog_choices,
    folder_choice,
    trained_model_choices,
)

REF_ROLE = Qt.ItemDataRole.UserRole


class ModelPicker(QWidget):
    """Lets the user pick a model; the choice's ``ref`` is what ``load_model`` is given.

    Signals:
        modelChosen(str): The ref of the model picked (by the user or :meth:`select`).
    """

    modelChosen = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        super().__init__(parent)
        if accessible_name is None:
            accessible_name = translate("ModelPicker", "Model")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setAccessibleName(accessible_name)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(28)
        self.folder_button = QPushButton(translate("ModelPicker", "Choose a model folder…"))
        self.folder_button.setToolTip(
            translate("ModelPicker", "Use a sentence-transformers model saved on this computer.")
        )
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.folder_button)
        self.refresh()
        self.combo.activated.connect(self._on_activated)
        self.folder_button.clicked.connect(self._choose_folder)

    def refresh(self) -> None:
        """Re-read the catalogue and the trained models, keeping the current choice."""
        current = self.current_ref()
        self.combo.blockSignals(True)
        self.combo.clear()
        choices: list[ModelChoice] = catalog_choices()
        trained = trained_model_choices()
        for choice in choices:
            self._add(choice)
        if trained:
            self.combo.insertSeparator(self.combo.count())
            for choice in trained:
                self._add(choice)
        if current:
            index = self.combo.findData(current, REF_ROLE)
            if index >= 0:
                self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def _add(self, choice: ModelChoice) -> int:
        self.combo.addItem(choice.label, choice.ref)
        index = self.combo.count() - 1
        self.combo.setItemData(index, choice.tooltip, Qt.ItemDataRole.ToolTipRole)
        return index

    def current_ref(self) -> str:
        """The ref of the model shown, or an empty string."""
        ref = self.combo.currentData(REF_ROLE)
        return str(ref) if ref else ""

    def current_label(self) -> str:
        """What the user reads for the current model (without the availability mark)."""
        return self.combo.currentText().split(" — ")[0]

    def select(self, ref: str, *, emit: bool = True) -> None:
        """Show ``ref`` (adding a folder entry if it is not listed) and announce it."""
        index = self.combo.findData(ref, REF_ROLE)
        if index < 0 and Path(ref).exists():
            index = self._add(folder_choice(ref))
        elif index < 0:
            index = self._add(ModelChoice(ref=ref, label=ref, kind="catalog", tooltip=ref))
        self.combo.setCurrentIndex(index)
        if emit:
            self.modelChosen.emit(ref)

    def first_available_ref(self) -> str:
        """The first model that is on this computer (the bundled one), or the first listed."""
        for choice in catalog_choices():
            if choice.available:
                return choice.ref
        return self.current_ref()

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        ref = self.combo.itemData(index, REF_ROLE)
        if ref:
            self.modelChosen.emit(str(ref))

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("ModelPicker", "Choose a model folder")
        )
        if folder:
            self.select(folder)
