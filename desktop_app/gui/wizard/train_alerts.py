"""Widgets of the Train page that show what a run is telling the user: the stats row under the
progress bar and the alert and error boxes (their texts come from
:mod:`desktop_app.core.training.watch`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel

_BOX_STYLES = {
    "warning": (
        "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060;"
        " border-radius: 4px; padding: 6px; }"
    ),
    "error": (
        "QLabel { background: #fde7e9; color: #6b0010; border: 1px solid #e39aa3;"
        " border-radius: 4px; padding: 6px; }"
    ),
}


def message_label(name: str, kind: str) -> QLabel:
    """A hidden, word-wrapped box for an alert (``"warning"``) or an error (``"error"``);
    an error's text can be selected to copy it."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if kind == "error":
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(_BOX_STYLES[kind])
    label.hide()
    return label


def stats_grid(captions: tuple[tuple[str, str], ...]) -> tuple[QGridLayout, dict[str, QLabel]]:
    """A row of captioned values (``stat_<key>`` labels, "–" until known) and the values."""
    grid = QGridLayout()
    labels: dict[str, QLabel] = {}
    for column, (key, caption) in enumerate(captions):
        title = QLabel(caption)
        title.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        value = QLabel("–")
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        value.setFont(font)
        value.setObjectName(f"stat_{key}")
        grid.addWidget(title, 0, column)
        grid.addWidget(value, 1, column)
        labels[key] = value
    return grid, labels
