"""The app in Russian, Korean and Sinhala: every page, nothing left in English.

For each language the real main window walks every page with real data in that language
(load the file, choose the bundled model, keep the recommended loss, train a few real steps,
read the result, compare in the Playground), and on each page every visible text is read
(``desktop_app.gui.ui_text``). A text with English words in it, once names are taken out
(model ids and names, loss names, file formats, the user's own column and file names), fails
the test and is listed with the page and the widget it is on.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop_app.core import i18n
from desktop_app.gui.i18n import install_language, startup_language
from desktop_app.gui.screenshots import walk_one
from desktop_app.gui.ui_text import english_leftovers, english_words, names_on

pytestmark = [pytest.mark.slow, pytest.mark.shared_data]

DATA = {
    "ru": "stsb_multi_mt/stsb-ru-dev.csv",
    "ko": "korsts/sts-dev.tsv",
    "si": "sinhala_sts/Sinhala-short-sentence-dataset.csv",
}


@pytest.fixture
def speak():
    """Switch the app's language for one test, and back to English after it."""
    yield install_language
    install_language("en")


@pytest.mark.parametrize("code", ["ru", "ko", "si"])
def test_every_page_speaks_the_language(qapp, shared_data, tmp_path, speak, code):
    assert speak(code) == code
    found: dict[str, list] = {}

    def read(page: str, window) -> None:
        found[page] = english_leftovers(window, names_on(window))

    walk_one(code, shared_data / DATA[code], None, tmp_path, on_page=read)
    assert sorted(found) == [
        "1-data",
        "2-model",
        "3-loss",
        "4-settings",
        "5-train",
        "6-result",
        "7-playground",
    ]
    left = [
        f"{page} / {where}: {text[:90]!r} {words[:4]}"
        for page, items in found.items()
        for where, text, words in items
    ]
    assert not left, f"{len(left)} texts left in English:\n" + "\n".join(left[:40])


def test_the_check_finds_english_where_there_is_english(qapp, shared_data, tmp_path, speak):
    """The same walk in English finds English on every page (the test above can fail)."""
    speak("en")
    found: dict[str, int] = {}
    walk_one(
        "en",
        shared_data / DATA["ko"],
        None,
        tmp_path,
        on_page=lambda page, window: found.update({page: len(english_leftovers(window))}),
    )
    assert all(count > 5 for count in found.values()), found


def test_names_are_not_taken_for_english():
    assert english_words("Модель sentence-transformers/all-MiniLM-L6-v2, файл data.csv") == []
    assert english_words("CoSENTLoss, 16 строк, CSV, Spearman 0.59") == []
    assert english_words("Обучить модель on your data") == ["your", "data"]
    # A one- or two-word English gloss in brackets, or a quoted data value, is not left over;
    # a longer English phrase in brackets is.
    assert english_words("Начальное значение (seed): 'entailment'") == []
    assert english_words("බර ක්ෂය වීම (weight decay)") == []
    assert english_words("Обучить модель (on your data)") == ["your", "data"]
    assert english_words("Text 3 (optional)") == ["Text", "optional"]


def test_first_start_follows_the_system_language():
    system = i18n.normalize(QLocale.system().name()) or "en"
    assert startup_language(None, {}) in (system, "en")
    assert startup_language(None, {"EMBEDTUNE_LANG": "ko"}) == "ko"
    assert startup_language("si", {}) == "si"  # the user's choice wins over the system
    assert startup_language("xx", {"LANG": "ru_RU.UTF-8"}) in (system, "ru")


def test_the_language_menu_remembers_the_choice(qapp, tmp_path, speak):
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import AppSettings

    settings = AppSettings.at_path(tmp_path / "settings.ini")
    speak("ru")
    window = MainWindow(settings=settings)
    try:
        assert window.language_actions["ru"].isChecked()
        names = [a.text() for a in window.language_menu.actions()]
        assert names == ["English", "Русский", "한국어", "සිංහල"]
        assert window.language_menu.title() != "&Language"  # the menu's own title is translated
        settings.set_language("ko")
        assert AppSettings.at_path(tmp_path / "settings.ini").language() == "ko"
        assert (
            startup_language(AppSettings.at_path(tmp_path / "settings.ini").language(), {}) == "ko"
        )
    finally:
        window.close()
        window.deleteLater()
