"""The installed Qt binding does not leak references to None (PySide6 6.12.0 does)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        timer.start(10)
        timer.stop()
    # A leaking binding loses 3,000 references here and soon aborts the interpreter.
    assert sys.getrefcount(None) - before > -50
