"""A large, friendly area that invites the user to drop a file or browse for one.

The zone draws a dashed frame, a heading and a Browse button. It does not accept drops
itself: the page it sits on accepts them anywhere (a file dropped a little beside the zone
must still work) and calls :meth:`DropZone.set_hovering` to light the zone up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.i18n import translate


def local_files(mime: QMimeData, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    """The local files a drag carries (only those with one of ``suffixes`` when given)."""
    if not mime.hasUrls():
        return []
    files = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if suffixes is None or path.suffix.lower() in suffixes:
            files.append(path)
    return files


class DropZone(QFrame):
    """The big "drop your spreadsheet here" area, with a Browse button.

    It has two sizes: large while nothing is loaded, and a compact strip naming the loaded
    file afterwards (the table then gets the space).

    Signals:
        browse_requested(): The user clicked Browse.
    """

    browse_requested = Signal()

    def __init__(
        self,
        heading: str,
        help_text: str,
        button_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if button_text is None:
            button_text = translate("DropZone", "Bro&wse…")
        self.setObjectName("dropZone")
        self.setProperty("hovering", False)
        self.setProperty("compact", False)
        self.setStyleSheet(
            "#dropZone { border: 2px dashed palette(mid); border-radius: 12px;"
            " background: palette(base); }"
            '#dropZone[hovering="true"] { border: 2px solid palette(highlight);'
            " background: palette(alternate-base); }"
        )
        self._heading_text = heading
        self._help_text = help_text

        self.heading = QLabel(heading)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.help = QLabel(help_text)
        self.help.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help.setWordWrap(True)
        self.help.setForegroundRole(self.help.foregroundRole())
        self.browse_button = QPushButton(button_text)
        self.browse_button.setAccessibleName(translate("DropZone", "Browse for a file"))
        self.browse_button.clicked.connect(self.browse_requested)

        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.browse_button)
        button_row.addStretch(1)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 24, 24, 24)
        self._layout.setSpacing(10)
        self._layout.addStretch(1)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.help)
        self._layout.addLayout(button_row)
        self._layout.addStretch(1)
        self.setMinimumHeight(220)
        self.setAccessibleName(translate("DropZone", "Drop zone: drop a spreadsheet file here"))

    def set_hovering(self, hovering: bool) -> None:
        """Light the zone up while a file is dragged over the page."""
        self.setProperty("hovering", hovering)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_compact(self, heading: str | None, help_text: str | None = None) -> None:
        """Shrink to a strip naming the loaded file, or grow back when ``heading`` is None."""
        compact = heading is not None
        self.setProperty("compact", compact)
        self.heading.setText(heading if compact else self._heading_text)
        self.help.setText(help_text if compact and help_text is not None else self._help_text)
        margin = 10 if compact else 24
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self.setMinimumHeight(0 if compact else 220)
        font = self.heading.font()
        base = self.font().pointSizeF()
        font.setPointSizeF(base * (1.1 if compact else 1.35))
        self.heading.setFont(font)
