"""The fonts the app ships, and their registration with matplotlib.

Sinhala, Korean and Cyrillic must be drawn correctly in every plot. matplotlib 3.11 shapes
complex scripts (Sinhala conjuncts and vowel signs) with libraqm, but only with fonts it has
been told about, and it falls back glyph by glyph through ``font.family`` only when that is a
list. :func:`register_with_matplotlib` therefore adds every bundled font and sets a fallback
list: Noto Sans (Latin, Cyrillic) first, then Noto Sans Sinhala, then Noto Sans CJK KR, then
DejaVu Sans for anything else. Qt registration lives in ``desktop_app.gui.fonts``.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.paths import resources_dir

#: Families in fallback order; the names are those inside the bundled font files.
FONT_FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Sinhala", "Noto Sans CJK KR")

#: Font file suffixes looked for in ``resources/fonts``.
_FONT_SUFFIXES = (".ttf", ".otf")


def fonts_dir() -> Path:
    """Return the folder holding the bundled fonts."""
    return resources_dir() / "fonts"


def font_files() -> list[Path]:
    """Return the bundled font files, sorted by name (empty if the folder is missing)."""
    folder = fonts_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in _FONT_SUFFIXES)


def fallback_families() -> list[str]:
    """Return the family list to give matplotlib: bundled fonts first, then DejaVu Sans."""
    return [*FONT_FAMILIES, "DejaVu Sans", "sans-serif"]


def register_with_matplotlib() -> list[str]:
    """Add the bundled fonts to matplotlib and make them the default family list.

    Safe to call more than once (already-known files are skipped). Imports matplotlib's
    font manager only, never pyplot.

    Returns:
        The family names matplotlib now knows from the bundled files.
    """
    import matplotlib as mpl
    from matplotlib import font_manager

    known = {Path(entry.fname).resolve() for entry in font_manager.fontManager.ttflist}
    families: list[str] = []
    for path in font_files():
        if path.resolve() not in known:
            font_manager.fontManager.addfont(str(path))
        families.append(font_manager.FontProperties(fname=str(path)).get_name())
    mpl.rcParams["font.family"] = fallback_families()
    return sorted(set(families))
