"""Register the bundled fonts with Qt so Sinhala, Korean and Cyrillic show on any computer.

Qt shapes complex scripts by itself (HarfBuzz) and falls back from font to font per
character; it only needs the fonts to exist. The application calls
:func:`register_fonts_with_qt` once after the ``QApplication`` is created.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop_app.core.fonts import font_files


def register_fonts_with_qt() -> list[str]:
    """Add every bundled font to Qt's font database.

    Needs a ``QGuiApplication``. Safe to call more than once (Qt returns the same id for a
    file it already knows).

    Returns:
        The family names Qt now knows from the bundled files.
    """
    families: set[str] = set()
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)
