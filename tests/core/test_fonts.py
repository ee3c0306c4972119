"""The bundled fonts are present, small, registered with matplotlib and shape Sinhala."""

from __future__ import annotations

import matplotlib as mpl
from matplotlib import font_manager

from desktop_app.core.fonts import FONT_FAMILIES, font_files, fonts_dir, register_with_matplotlib

SINHALA = "ශ්‍රී ලංකාව ක්ෂේත්‍ර පරීක්ෂණය"


def test_bundled_fonts_are_small_and_licensed():
    files = font_files()
    names = {path.name for path in files}
    assert {"NotoSans-Regular.ttf", "NotoSansSinhala-Regular.ttf"} <= names
    assert any("KR" in name for name in names)
    assert all(path.stat().st_size < 10 * 1024 * 1024 for path in files)
    assert sum(path.stat().st_size for path in files) < 15 * 1024 * 1024
    assert "SIL OPEN FONT LICENSE" in (fonts_dir() / "OFL.txt").read_text()


def test_registration_gives_matplotlib_a_fallback_list():
    families = register_with_matplotlib()
    assert set(FONT_FAMILIES) <= set(families)
    assert list(mpl.rcParams["font.family"][:3]) == list(FONT_FAMILIES)
    register_with_matplotlib()  # a second call is harmless
    known = [entry.name for entry in font_manager.fontManager.ttflist]
    assert known.count("Noto Sans Sinhala") >= 1


def test_sinhala_text_is_shaped_with_the_sinhala_font(tmp_path):
    """Layout goes through libraqm: the Sinhala font is picked from the fallback list and the
    conjunct ශ්‍රී (five code points) becomes a cluster of fewer glyphs."""
    from matplotlib._text_helpers import layout
    from matplotlib.figure import Figure

    register_with_matplotlib()
    props = font_manager.FontProperties(family=mpl.rcParams["font.family"])
    font = font_manager.get_font(font_manager.fontManager._find_fonts_by_props(props))
    conjunct = "ශ්\u200dරී"
    items = list(layout(conjunct, font))
    assert {item.ft_object.family_name for item in items} == {"Noto Sans Sinhala"}
    assert len(items) < len(conjunct)  # shaped: a cluster, not one glyph per code point
    mixed = list(layout("Тест 테스트 " + SINHALA, font))
    families = {item.ft_object.family_name for item in mixed}
    assert {"Noto Sans", "Noto Sans CJK KR", "Noto Sans Sinhala"} <= families
    figure = Figure(figsize=(4, 1))
    figure.text(0.05, 0.4, SINHALA, fontsize=14)
    figure.savefig(tmp_path / "sinhala.png")
    assert (tmp_path / "sinhala.png").stat().st_size > 1000
