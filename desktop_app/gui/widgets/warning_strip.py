"""Every warning about the data in one place: counts by severity, then each warning.

The Data page puts this strip at its top, full width, so no warning sits below the fold of a
side panel; the Train page shows the same list before a run starts. A click on a count asks
the page to jump to what it counts (the rows with problems); each warning is one compact line
(message in bold, what to do after it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.styles import message_box_style

#: Warning codes that concern the chosen model's vocabulary (the model page's check).
MODEL_WARNING_CODES = ("unknown-tokens", "language-coverage", "long-texts")


@dataclass(frozen=True)
class WarningItem:
    """One warning as shown: its code, its message and what to do."""

    code: str
    message: str
    hint: str = ""


def warning_items(*reports: Any, codes: Iterable[str] | None = None) -> list[WarningItem]:
    """The warnings of one or more validation reports, each code once, in order.

    Args:
        reports: ``ValidationReport`` objects (or None).
        codes: Only these codes (None = all).
    """
    wanted = None if codes is None else set(codes)
    seen: set[str] = set()
    items = []
    for report in reports:
        for warning in getattr(report, "warnings", None) or []:
            if warning.code in seen or (wanted is not None and warning.code not in wanted):
                continue
            seen.add(warning.code)
            items.append(WarningItem(warning.code, warning.message, warning.hint or ""))
    return items


def scroll_into_view(widget: QWidget) -> bool:
    """Scroll the nearest scroll area holding ``widget`` so that it shows; return whether
    one was found."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 12)
            return True
        parent = parent.parentWidget()
    return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WarningStrip(QFrame):
    """Counts by severity and the list of warnings; hidden when there is nothing to say.

    Signals:
        jump_requested(str): The user clicked a count: "problems" (rows with errors or
            notes) or "warnings".
    """

    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("warningStrip")
        self.items: list[WarningItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        counts = QHBoxLayout()
        counts.setSpacing(6)
        # Parented before it is shown or hidden: a parentless label made visible is a
        # top-level window for a moment (a stray window flashed at start-up).
        self.title_label = QLabel(f"<b>{_escape(title)}</b>" if title else "", self)
        counts.addWidget(self.title_label)
        self.title_label.setVisible(bool(title))
        self.error_button = self._count_button("errorCount", "problems")
        self.warning_button = self._count_button("warningCount", "warnings")
        self.note_button = self._count_button("noteCount", "problems")
        for button in (self.error_button, self.warning_button, self.note_button):
            counts.addWidget(button)
        counts.addStretch(1)
        layout.addLayout(counts)
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(3)
        layout.addWidget(self.list_box)
        self.labels: list[QLabel] = []
        self.hide()

    def _count_button(self, name: str, target: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setProperty("target", target)
        button.clicked.connect(self._on_count_clicked)
        button.hide()
        return button

    def set_items(
        self, warnings: list[WarningItem], *, error_rows: int = 0, notes: int = 0
    ) -> None:
        """Show these warnings, and the counts of rows left out and of row notes."""
        self.items = list(warnings)
        for label in self.labels:
            self.list_layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for item in self.items:
            hint = f" {_escape(item.hint)}" if item.hint else ""
            label = QLabel(f"⚠ <b>{_escape(item.message)}</b>{hint}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setProperty("code", item.code)
            label.setStyleSheet(message_box_style("warning"))
            self.list_layout.addWidget(label)
            self.labels.append(label)
        self._set_count(
            self.error_button,
            error_rows,
            translate("WarningStrip", "⛔ 1 row left out (errors)"),
            translate("WarningStrip", "⛔ {rows:,} rows left out (errors)").format(rows=error_rows),
        )
        self._set_count(
            self.warning_button,
            len(self.items),
            translate("WarningStrip", "⚠ 1 warning"),
            translate("WarningStrip", "⚠ {count} warnings").format(count=len(self.items)),
        )
        self._set_count(
            self.note_button,
            notes,
            translate("WarningStrip", "ℹ 1 row note"),
            translate("WarningStrip", "ℹ {notes:,} row notes").format(notes=notes),
        )
        self.setVisible(bool(self.items or error_rows or notes))

    def set_report(self, report: Any) -> None:
        """Show a validation report's warnings and the counts of its row problems."""
        problems = list(getattr(report, "problems", None) or [])
        error_rows = len({p.row for p in problems if p.severity == "error"})
        notes = sum(1 for p in problems if p.severity != "error")
        self.set_items(warning_items(report), error_rows=error_rows, notes=notes)

    def counts(self) -> dict[str, int]:
        """The numbers shown: rows left out, warnings, row notes."""
        return {
            "error": int(self.error_button.property("count") or 0),
            "warning": int(self.warning_button.property("count") or 0),
            "note": int(self.note_button.property("count") or 0),
        }

    def codes(self) -> list[str]:
        """The codes of the warnings listed."""
        return [item.code for item in self.items]

    @staticmethod
    def _set_count(button: QToolButton, count: int, one: str, many: str) -> None:
        button.setProperty("count", count)
        button.setText(one if count == 1 else many)
        button.setToolTip(translate("WarningStrip", "Click to see them"))
        button.setVisible(count > 0)

    @Slot()
    def _on_count_clicked(self) -> None:
        sender = self.sender()
        target = str(sender.property("target")) if sender is not None else "warnings"
        if target == "warnings" and self.labels:
            scroll_into_view(self.labels[0])
        self.jump_requested.emit(target)
