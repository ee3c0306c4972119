"""The GUI's language: Qt's translators for the pages, the core's catalogue for its messages.

The pages mark their texts with ``translate(context, text)`` (Qt's
``QCoreApplication.translate``, imported from here so every module marks texts the same way);
``pyside6-lupdate`` collects them with the core's into ``resources/i18n/embedtune_<code>.ts``
and ``pyside6-lrelease`` compiles them to the ``.qm`` files this module installs
(``installer/update_translations.py`` runs both). Qt's own texts (the buttons of standard dialogs)
come from Qt's ``qtbase_<code>.qm`` where Qt has one.

The language is chosen once, before the main window is built: the user's choice from the
Language menu, or on first start the system's language when the app speaks it (else English).
A new choice takes effect at the next start, so nothing on the open pages is lost.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core import i18n

#: Mark and translate a GUI text: ``translate("DataPage", "Drop a file here")``.
translate = QCoreApplication.translate

_installed: list[QTranslator] = []


def startup_language(chosen: str | None, environ: dict[str, str] | None = None) -> str:
    """The language to start in: the user's ``chosen`` one, else the system's, else English.

    ``EMBEDTUNE_LANG`` in the environment overrides both (for tests, screenshots and support).
    """
    env = os.environ if environ is None else environ
    return (
        i18n.normalize(env.get(i18n.LANGUAGE_ENV))
        or i18n.normalize(chosen)
        or i18n.normalize(QLocale.system().name())
        or i18n.system_language(dict(env))
    )


def install_language(code: str | None) -> str:
    """Speak ``code`` in the GUI and the core from now on; returns the code used.

    Texts already on screen keep their language; build windows after calling this.
    """
    app = QCoreApplication.instance()
    chosen = i18n.set_language(code)
    if app is None:
        return chosen
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if chosen == i18n.SOURCE_LANGUAGE:
        return chosen
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"embedtune_{chosen}", str(i18n.catalog_dir())),
        (f"qtbase_{chosen}", qt_dir),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return chosen
