"""The language the app speaks: English, Russian, Korean or Sinhala, without Qt.

Every user-visible text is written in English in the source and marked for translation with
the same call the Qt side uses, so that one tool (``pyside6-lupdate``, run by
``installer/update_translations.py``) collects the core's and the pages' texts into one catalogue
per language, ``resources/i18n/embedtune_<code>.ts``:

- ``translate(context, text)`` returns ``text`` in the current language (``text`` itself when
  there is no translation). Texts with values use named ``str.format`` fields, filled *after*
  translating: ``translate("plan", "{n} passes").format(n=6)``, so a translation may move them.
- ``QT_TRANSLATE_NOOP(context, text)`` only marks a text (module-level constants, tables);
  translate it where it is shown, with ``translate(context, text)``.

The GUI reads the compiled ``.qm`` files through Qt's ``QTranslator`` for its own texts, and
calls :func:`set_language` so the core's messages follow; the command line calls
:func:`set_language` with :func:`system_language`. This module reads the ``.ts`` catalogues
(plain XML) itself, so the core and the command line need no Qt.

Plurals: the code chooses between a singular and a plural source text ("1 pass" / "{n}
passes"); a translation of the plural text is written so that it reads well for any number
(e.g. "проходов: {n}").

Translations marked "unfinished" in a catalogue are a translator's "please review": they are
used (as Qt's ``lrelease`` does by default) while a native speaker checks them.
"""

from __future__ import annotations

import locale
import os
import string
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.core.paths import resources_dir

#: The languages the app speaks: code -> the language's own name (for the language menu).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "ko": "한국어",
    "si": "සිංහල",
}

#: The language the source texts are written in.
SOURCE_LANGUAGE = "en"

#: Environment variable that chooses the language (before the system's locale).
LANGUAGE_ENV = "EMBEDTUNE_LANG"

_lock = threading.Lock()
_language = SOURCE_LANGUAGE
_catalog: dict[tuple[str, str], str] = {}
_loaded: dict[str, dict[tuple[str, str], str]] = {}


def catalog_dir() -> Path:
    """The folder with the ``.ts`` catalogues and the compiled ``.qm`` files."""
    return resources_dir() / "i18n"


def catalog_path(code: str, suffix: str = ".ts") -> Path:
    """The catalogue file of language ``code``."""
    return catalog_dir() / f"embedtune_{code}{suffix}"


def normalize(code: str | None) -> str | None:
    """The app's language code for a locale name ("ru_RU.UTF-8" -> "ru"), or None."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the computer asks for, or English when it asks for one we lack.

    ``EMBEDTUNE_LANG`` first, then the POSIX variables in their order of precedence
    (``LANGUAGE`` may list several: the first we speak wins), then the system's locale.
    """
    env = os.environ if environ is None else environ
    explicit = normalize(env.get(LANGUAGE_ENV))
    if explicit:
        return explicit
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for part in value.split(":"):
            found = normalize(part)
            if found:
                return found
        if name != "LANGUAGE" and value not in ("C", "POSIX", "C.UTF-8"):
            return SOURCE_LANGUAGE  # a locale is set, and it is one we do not speak
    if environ is None:
        try:
            found = normalize(locale.getlocale()[0])
        except (ValueError, TypeError):
            found = None
        if found:
            return found
    return SOURCE_LANGUAGE


def read_catalog(path: Path) -> dict[tuple[str, str], str]:
    """(context, English text) -> translation, from a Qt ``.ts`` file; {} if unreadable.

    Empty translations and obsolete or vanished messages are left out; "unfinished" ones with
    a text are kept (they await a native speaker's review, and are shown meanwhile).
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("obsolete", "vanished"):
                continue
            text = node.text or ""
            if text:
                table[(name, source)] = text
    return table


def set_language(code: str | None) -> str:
    """Speak ``code`` from now on (an unknown code means English); returns the code used."""
    global _language, _catalog
    chosen = normalize(code) or SOURCE_LANGUAGE
    with _lock:
        if chosen == SOURCE_LANGUAGE:
            table: dict[tuple[str, str], str] = {}
        else:
            if chosen not in _loaded:
                _loaded[chosen] = read_catalog(catalog_path(chosen))
            table = _loaded[chosen]
        _language, _catalog = chosen, table
    return chosen


def language() -> str:
    """The code of the language the app speaks now."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (the same signature as Qt's ``translate``)."""
    del disambiguation, n  # the app writes no plural forms: see the module's notes
    return _catalog.get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue without translating it (translate where shown)."""
    del context
    return text


def format_fields(text: str) -> list[str]:
    """The ``{fields}`` of a template, sorted (a translation must keep the same ones).

    Texts with braces that are not a valid template (e.g. a literal "{") give ["<literal>"]
    and are compared as such.
    """
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return ["<literal>"]
    return sorted(
        f"{name}:{spec}" if spec else name for _lit, name, spec, _conv in parsed if name is not None
    )
