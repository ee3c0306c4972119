"""The texts a window shows right now, and those left in English when it speaks another language.

Used by the language test (every page, in every language) and by the screenshot walk, which
reports what it finds so a translator sees it beside the pictures. Only what is visible is
read: labels, buttons, group titles, tabs, menus, combo boxes, line edits' placeholders and
texts, table headers, window titles. What the user typed or loaded (their rows, the
Playground's sentences, file paths) and names (model ids, loss names, file formats) are not
language, and are left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from desktop_app.core.i18n import LANGUAGES

#: Words that are names, not English: formats, measures, libraries, units, the app.
NAMES = frozenset(
    """
    EmbedTune CSV TSV Excel XLSX XLS JSON JSONL Parquet ONNX GPU CPU CUDA MPS NVIDIA Apple
    Spearman Pearson NDCG MRR MAP CoSENT AnglE MiniLM BERT XLM mpnet Matryoshka GISTEmbed
    Hugging Face sentence transformers SentenceTransformers PyTorch torch Qt PySide6
    Hub Apache License safetensors Intel OpenVINO Python Java JavaScript Runtime Office
    OpenDocument ods png svg zip Multiple Negatives Ranking
    Windows macOS Linux Latin Ctrl Cmd Shift Alt Esc NaN README LoRA PEFT MB GB KB kB ms min
    """.split()  # noqa: SIM905 (a word list reads best as text)
)

_TAG = re.compile(r"<[^>]+>")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_PATH = re.compile(
    r"(?:[A-Za-z]:)?[\\/]?(?:[\w.\-]+[\\/])+[\w.\-]*|\b[\w\-]+\.(?:csv|tsv|xlsx|xls|json|jsonl|txt|md|ts|qm|png|onnx|embedtune|zip)\b"
)
# ASCII boundaries: Korean and Sinhala letters count as word letters for ``\b``, and a
# particle glued to a name ("CoSENTLoss은") must not hide the name.
_A = r"(?<![A-Za-z0-9_])"
_Z = r"(?![A-Za-z0-9_])"
_IDENT = re.compile(_A + r"[A-Za-z0-9_.\-]+/[A-Za-z0-9_.\-]+" + _Z)  # model ids: owner/name
_CAMEL = re.compile(  # loss and class names, ids with digits (all-MiniLM-L6-v2, UTF-8), a_b
    _A
    + r"(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[A-Za-z]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
    + r"|[A-Za-z]+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[A-Za-z0-9]*\d[A-Za-z0-9]*"
    + r"|[A-Za-z0-9]+_[A-Za-z0-9_]+)"
    + _Z
)
_NON_LATIN = re.compile(r"[\u0400-\u04FF\u0D80-\u0DFF\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]")
_GLOSS = re.compile(r"\([A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*)?\)")  # one or two words
_QUOTED = re.compile(
    r"'[A-Za-z][^']{0,40}'|“[^”]{0,40}”|«[A-Za-z][^»]{0,40}»|\"[A-Za-z][^\"]{0,40}\""
)
_WORD = re.compile(r"[A-Za-z]{3,}")


def plain(text: str) -> str:
    """``text`` without rich-text markup, entities and mnemonics."""
    text = _TAG.sub(" ", text)
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text ``window`` shows now (user content left out)."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget | str, text: str) -> None:
        text = plain(text or "")
        if text:
            name = where if isinstance(where, str) else (where.objectName() or type(where).__name__)
            found.append((name, text))

    add("window title", window.windowTitle())
    for widget in window.findChildren(QWidget):
        if not _visible(widget):
            continue
        user_content = widget.property("userContent") is True
        if (isinstance(widget, QLabel) and not user_content) or isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.property("userContent") is not True:
            model = widget.model()
            if model is not None and not isinstance(widget, QListView):
                for col in range(min(model.columnCount(QModelIndex()), 40)):
                    add(widget, str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            add("menu", menu.title())
            for action in menu.actions():
                if not action.isSeparator() and action.menu() is None:
                    add("menu item", action.text())
    return found


def english_words(text: str, names: Iterable[str] = ()) -> list[str]:
    """The English words left in ``text`` once names, ids, paths and numbers are taken out."""
    allowed = NAMES | frozenset(names) | frozenset(LANGUAGES.values())
    for name in sorted(allowed, key=len, reverse=True):  # multi-word names first
        if " " in name or "/" in name or "-" in name:
            text = text.replace(name, " ")
    if _NON_LATIN.search(text):
        # In a translation, an English term in brackets after the translated one is a gloss
        # ("Начальное значение (seed)"), and quoted words are values the data may hold
        # ('entailment') or names of another program's menu items ("Unicode text").
        text = _GLOSS.sub(" ", text)
        text = _QUOTED.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _IDENT.sub(" ", text)
    text = _PATH.sub(" ", text)
    text = _CAMEL.sub(" ", text)
    return [w for w in _WORD.findall(text) if w not in allowed and w.upper() not in allowed]


def names_on(window: QWidget) -> list[str]:
    """What is a name on a main window, not language: models, the user's columns and files."""
    from pathlib import Path

    from desktop_app.core.catalog.models import CATALOG

    names = [n for spec in CATALOG for n in (spec.name, spec.hub_id, spec.hub_id.split("/")[-1])]
    state = getattr(window, "state", None)
    if state is not None and getattr(state, "table", None) is not None:
        names += [str(column) for column in state.table.frame.columns]
    if state is not None and getattr(state, "result", None) is not None:
        names.append(Path(state.result.output_dir).name)
    return names


def english_leftovers(
    window: QWidget, names: Iterable[str] = ()
) -> list[tuple[str, str, list[str]]]:
    """(where, text, English words) for each visible text that still has English in it."""
    names = list(names)
    leftovers = []
    for where, text in visible_texts(window):
        words = english_words(text, names)
        if words:
            leftovers.append((where, text, words))
    return leftovers
