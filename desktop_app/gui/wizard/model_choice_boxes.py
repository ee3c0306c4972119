"""The Base model step's lower boxes: where else a model can come from, "Your choice" (with
the download row) and "How well it knows your texts" (the check and the recommendation).

They only show what the page passes them (words from
:mod:`desktop_app.core.catalog.model_choice`); the buttons are wired by the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog.model_choice import TokenVerdict, download_progress_text
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.styles import message_box_style


def _rich_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class OtherSourceRow(QWidget):
    """ "Use a model folder on this computer…" and a line for a Hugging Face id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder_button = QPushButton(
            translate("ModelPage", "Use a &model folder on this computer…")
        )
        self.hub_edit = QLineEdit()
        self.hub_edit.setObjectName("hubId")
        self.hub_edit.setPlaceholderText(
            translate("ModelPage", "or a Hugging Face id, e.g. BAAI/bge-small-en-v1.5")
        )
        self.hub_edit.setAccessibleName(translate("ModelPage", "Hugging Face model id"))
        self.hub_button = QPushButton(translate("ModelPage", "&Use this id"))
        row.addWidget(self.folder_button)
        row.addSpacing(12)
        row.addWidget(self.hub_edit, 1)
        row.addWidget(self.hub_button)
        self.setTabOrder(self.folder_button, self.hub_edit)
        self.setTabOrder(self.hub_edit, self.hub_button)


class ChoiceBox(QGroupBox):
    """ "Your choice": what the chosen model is, Download with progress and Cancel, a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ModelPage", "Your choice"), parent)
        layout = QVBoxLayout(self)
        self.chosen_label = _rich_label("chosenModel")
        layout.addWidget(self.chosen_label)
        row = QHBoxLayout()
        self.download_button = QPushButton(translate("ModelPage", "&Download"))
        self.download_button.setObjectName("downloadButton")
        self.progress = QProgressBar()
        self.progress.setObjectName("downloadProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(translate("ModelPage", "Cancel download"))
        self.cancel_button.hide()
        row.addWidget(self.download_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.message_label = QLabel()
        self.message_label.setObjectName("modelMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addStretch(1)

    def show_message(self, text: str | None, kind: str = "info") -> None:
        """Show ``text`` in the style of ``kind`` (info, ok, warning, error); None hides it."""
        if not text:
            self.message_label.hide()
            return
        self.message_label.setText(text)
        self.message_label.setStyleSheet(message_box_style(kind))
        self.message_label.setProperty("kind", kind)
        self.message_label.show()

    def show_downloading(self) -> None:
        """A download starts: progress and Cancel instead of Download."""
        self.progress.setRange(0, 0)
        self.progress.setFormat(translate("ModelPage", "Starting…"))
        self.progress.show()
        self.cancel_button.show()
        self.download_button.hide()

    def show_progress(self, done: int, total: int) -> None:
        """Show how much of the download arrived (a busy bar when the total is unknown)."""
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(download_progress_text(done, total))

    def end_downloading(self) -> None:
        """The download ended: hide the progress and Cancel."""
        self.progress.hide()
        self.cancel_button.hide()


class FitBox(QGroupBox):
    """ "How well it knows your texts": the tokenizer check and a recommended model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ModelPage", "How well it knows your texts"), parent)
        layout = QVBoxLayout(self)
        self.check_label = _rich_label("tokenCheck")
        layout.addWidget(self.check_label)
        self.check_warnings = _rich_label("tokenWarnings")
        self.check_warnings.hide()
        layout.addWidget(self.check_warnings)
        self.recommend_label = QLabel()
        self.recommend_label.setObjectName("modelRecommendation")
        self.recommend_label.setWordWrap(True)
        self.recommend_label.setStyleSheet(message_box_style("info"))
        self.recommend_label.hide()
        layout.addWidget(self.recommend_label)
        self.recommend_button = QPushButton()
        self.recommend_button.setObjectName("useRecommendedModel")
        self.recommend_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.recommend_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_status(self, text: str) -> None:
        """Say where the check stands (no warnings shown)."""
        self.check_label.setText(text)
        self.check_warnings.hide()

    def show_verdict(self, verdict: TokenVerdict) -> None:
        """Show a finished check: its facts and its warnings (or that all is well)."""
        self.check_label.setText(verdict.summary)
        self.check_warnings.setText(verdict.text)
        kind = "warning" if verdict.warnings else "ok"
        self.check_warnings.setStyleSheet(message_box_style(kind))
        self.check_warnings.setProperty("codes", verdict.codes)
        self.check_warnings.show()

    def show_recommendation(self, text: str, button_text: str) -> None:
        """Show a recommendation (``text`` "" = only the button) and its button."""
        self.recommend_label.setText(text)
        self.recommend_label.setVisible(bool(text))
        self.recommend_button.setText(button_text)
        self.recommend_button.show()

    def hide_recommendation(self) -> None:
        """Hide the recommendation and its button."""
        self.recommend_label.hide()
        self.recommend_button.hide()

    def recommendation_text(self) -> str:
        """What the recommendation box says ("" when hidden)."""
        return "" if self.recommend_label.isHidden() else self.recommend_label.text()
