"""Small shared looks: coloured message boxes, muted help text, scrolling page bodies."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

#: Background and left-border colours of message boxes, by kind.
_MESSAGE_COLOURS = {
    "error": ("#fdecea", "#d93025"),
    "warning": ("#fff4e5", "#e8a33d"),
    "info": ("#e8f0fe", "#4a7bd0"),
    "ok": ("#e6f4ea", "#34a853"),
}


def message_box_style(kind: str) -> str:
    """Style sheet for a QLabel shown as an error/warning/info/ok box."""
    background, border = _MESSAGE_COLOURS[kind]
    return (
        f"QLabel {{ background: {background}; color: #202124; border-left: 4px solid {border};"
        " border-radius: 4px; padding: 8px; }"
    )


def help_label(text: str) -> QLabel:
    """A word-wrapped label in the muted colour used for explanations."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "help")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def scrolling_column() -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless, resizing scroll area and the vertical layout of its content.

    The pages whose content can outgrow a small window (settings, losses, results) put it here.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    scroll.setWidget(inner)
    return scroll, QVBoxLayout(inner)
