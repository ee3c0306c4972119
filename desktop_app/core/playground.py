"""The Playground's rules, without Qt: which sentences, what the texts say, what is exported.

The GUI's Playground page (``desktop_app/gui/playground``) shows what these functions return
and forwards the user's actions here; the rules are tested on their own
(``tests/core/test_playground.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.paths import resources_dir
from desktop_app.core.similarity import PairChange

#: Example sets offered as buttons: (button text, file in resources/examples).
EXAMPLES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("playground", "සිංහල Sinhala"), "sinhala.txt"),
    (QT_TRANSLATE_NOOP("playground", "Русский Russian"), "russian.txt"),
    (QT_TRANSLATE_NOOP("playground", "한국어 Korean"), "korean.txt"),
    (QT_TRANSLATE_NOOP("playground", "English"), "english.txt"),
)

#: Most sentences shown in one matrix (a 100x100 matrix is already hard to read).
MAX_SENTENCES = 100
#: Most rows of a data set searched.
MAX_CORPUS = 20_000
#: Sentences taken from the data set when compare mode opens with an empty box.
COMPARE_SEED_SENTENCES = 8
#: Title of the difference matrix (second model minus first).
DIFFERENCE_TITLE = QT_TRANSLATE_NOOP("playground", "Difference (second − first)")
#: What each export kind is called in a save dialog.
EXPORT_FILTERS = {
    "png": QT_TRANSLATE_NOOP("playground", "PNG picture (*.png)"),
    "svg": QT_TRANSLATE_NOOP("playground", "SVG picture (*.svg)"),
    "csv": QT_TRANSLATE_NOOP("playground", "CSV file (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("playground", "Excel workbook (*.xlsx)"),
}


def shown(text: str) -> str:
    """One of this module's marked constants (:data:`EXAMPLES` button texts,
    :data:`DIFFERENCE_TITLE`, :data:`EXPORT_FILTERS`) in the current language."""
    return translate("playground", text)


def export_filter(kind: str) -> str:
    """The save dialog's filter for export ``kind`` ("png", "svg", "csv", "xlsx")."""
    return translate("playground", EXPORT_FILTERS[kind])


def parse_lines(text: str, limit: int = MAX_SENTENCES) -> list[str]:
    """Sentences from a text box: one per line, trimmed, empty lines dropped.

    A line pasted from a spreadsheet cell that was quoted (``"…"``) loses the quotes.
    """
    sentences = []
    for line in text.splitlines():
        line = line.strip()
        if len(line) >= 2 and line[0] == line[-1] == '"':
            line = line[1:-1].replace('""', '"').strip()
        if line:
            sentences.append(line)
    return sentences[:limit]


def example_sentences(file_name: str) -> list[str]:
    """The sentences of one bundled example file."""
    path = resources_dir() / "examples" / file_name
    return parse_lines(path.read_text("utf-8"))


def searchable_texts(texts: Iterable[str], limit: int = MAX_CORPUS) -> list[str]:
    """A data set's texts as a search corpus: trimmed, blanks and repeats dropped, bounded."""
    unique = list(dict.fromkeys(t.strip() for t in texts if t and t.strip()))
    return unique[:limit]


def compare_seed(corpus: Sequence[str]) -> list[str]:
    """Sentences to compare two models on when the box is empty: the data set's first few,
    or the English examples without a data set."""
    return list(dict.fromkeys(corpus))[:COMPARE_SEED_SENTENCES] or example_sentences("english.txt")


def short_model_name(ref: str) -> str:
    """A model reference shortened for a status line: a folder's name, or the id itself."""
    return Path(ref).name or ref


def loading_text(ref: str) -> str:
    """The status while a model loads."""
    return translate("playground", "Loading {model}… (the first model takes a few seconds)").format(
        model=short_model_name(ref)
    )


def download_text(ref: str, done: int, total: int) -> str | None:
    """The status while a model downloads (None while its size is unknown)."""
    if not total:
        return None
    return translate("playground", "Downloading {model}: {done:.0f} of {total:.0f} MB…").format(
        model=ref, done=done / 1e6, total=total / 1e6
    )


def matrix_status(rows: Sequence[str], columns: Sequence[str] | None, compute_s: float) -> str:
    """The status after a matrix is shown: its size, its time, and whether lines were cut."""
    if MAX_SENTENCES in (len(rows), len(columns or [])):
        template = translate(
            "playground",
            "{rows}×{columns} matrix in {ms:.0f} ms. Only the first {most} lines of a list are "
            "shown.",
        )
    else:
        template = translate("playground", "{rows}×{columns} matrix in {ms:.0f} ms.")
    return template.format(
        rows=len(rows), columns=len(columns or rows), ms=compute_s * 1000, most=MAX_SENTENCES
    )


def change_line(change: PairChange) -> str:
    """One line of "pairs that changed most": before → after (change): the two sentences."""
    return (
        f"{change.before:.2f} → {change.after:.2f} ({change.change:+.2f}):  "
        f"{change.row_text}  ↔  {change.column_text}"
    )


def escape_html(text: str) -> str:
    """``text`` safe inside a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell_detail(
    rows: Sequence[str],
    columns: Sequence[str] | None,
    matrix_a: np.ndarray,
    matrix_b: np.ndarray | None,
    difference: np.ndarray | None,
    row: int,
    column: int,
) -> str:
    """What a clicked cell says (rich text): its two sentences and their score(s)."""
    across = list(columns or rows)
    head = f"<b>{escape_html(rows[row])}</b><br>↔<br><b>{escape_html(across[column])}</b><br>"
    if matrix_b is not None and difference is not None:
        score = translate(
            "playground",
            "Similarity: {first:.3f} → {second:.3f} with the second model ({difference:+.3f})",
        ).format(
            first=matrix_a[row, column],
            second=matrix_b[row, column],
            difference=difference[row, column],
        )
    else:
        score = translate("playground", "Similarity: {first:.3f}").format(
            first=matrix_a[row, column]
        )
    return head + score


def nothing_to_compare(rows: Sequence[str], columns: Sequence[str] | None) -> bool:
    """Whether the boxes hold no matrix: no rows, or the second list is on but empty."""
    return not rows or (columns is not None and not columns)


def request_is_current(
    request_rows: Sequence[str],
    request_columns: Sequence[str] | None,
    request_models: tuple[str, str | None],
    rows: Sequence[str],
    columns: Sequence[str] | None,
    models: tuple[str, str | None],
) -> bool:
    """Whether a computed matrix still matches what the boxes and pickers hold now (a result
    the user has moved on from is not shown; a newer one is on its way)."""
    same_columns = (request_columns is None) == (columns is None) and (
        columns is None or list(request_columns) == list(columns)
    )
    return list(request_rows) == list(rows) and same_columns and request_models == models


def export_target(choice: int, has_second: bool) -> str:
    """Which matrix an export writes: ``"first"``, ``"second"`` or ``"difference"``.

    ``choice`` is the position in "First model, Second model, Difference"; without a second
    model there is only the first.
    """
    if not has_second:
        return "first"
    return {1: "second", 2: "difference"}.get(choice, "first")


def export_matrix(
    choice: int,
    matrix_a: np.ndarray,
    matrix_b: np.ndarray | None,
    difference: np.ndarray | None,
    label_a: str,
    label_b: str,
) -> tuple[np.ndarray, str, bool]:
    """The matrix an export writes, its title and whether its colours diverge around 0."""
    target = export_target(choice, matrix_b is not None and difference is not None)
    if target == "second":
        return matrix_b, label_b, False
    if target == "difference":
        return difference, DIFFERENCE_TITLE, True
    return matrix_a, label_a, False


def export_path(path: str, kind: str) -> str:
    """The chosen file name with the kind's suffix (added when the user left it out)."""
    return path if path.lower().endswith(f".{kind}") else f"{path}.{kind}"


def write_matrix(
    path: str | Path,
    matrix: np.ndarray,
    rows: Sequence[str],
    columns: Sequence[str] | None,
    *,
    kind: str | None = None,
    title: str = "",
    diverging: bool = False,
) -> Path:
    """Write a matrix as PNG, SVG, CSV or XLSX (``kind``, or the suffix of ``path``)."""
    from desktop_app.core.exporting import matrix_to_csv, matrix_to_xlsx, save_figure

    path = Path(path)
    kind = (kind or path.suffix.lstrip(".")).lower()
    rows = list(rows)
    columns = None if columns is None else list(columns)
    if kind == "csv":
        return matrix_to_csv(path, matrix, rows, columns)
    if kind == "xlsx":
        return matrix_to_xlsx(path, matrix, rows, columns)
    from desktop_app.core.plotting.heatmap import heatmap_figure

    figure = heatmap_figure(matrix, rows, columns, title=title, diverging=diverging)
    return save_figure(figure, path)


def search_choices(
    first: tuple[str, str], second: tuple[str, str] | None, wanted: str
) -> tuple[list[tuple[str, str]], str]:
    """The models offered to search with, as ``(label, ref)``, and the one to select.

    ``first`` and ``second`` are ``(label, ref)`` of the shown models (an empty ref: none).
    In compare mode the second (trained) model is selected unless the user chose the first.
    """
    label_a, ref_a = first
    choices = [(label_a or short_model_name(ref_a), ref_a)] if ref_a else []
    if second is not None and second[1]:
        label_b, ref_b = second
        choices.append((label_b or short_model_name(ref_b), ref_b))
        if wanted != ref_a:
            wanted = ref_b
    return choices, wanted


def corpus_text(corpus_size: int, corpus_name: str, use_pasted: bool) -> str:
    """What the search tab says it searches."""
    if corpus_size and not use_pasted:
        return translate("playground", "Searching {count:,} texts from {name}.").format(
            count=corpus_size, name=corpus_name
        )
    return translate(
        "playground",
        "Searching the pasted list below. Import a data set on the Train tab to search it.",
    )


def search_needs_reading_note(corpus_size: int, busy: bool) -> str | None:
    """A status for a big corpus read the first time (None when not worth saying)."""
    if corpus_size > 500 and not busy:
        return translate("playground", "Reading {count:,} texts for search (once)…").format(
            count=corpus_size
        )
    return None


def search_status(model_label: str, compute_s: float) -> str:
    """The status after a search."""
    return translate("playground", "Searched with {model} in {ms:.0f} ms.").format(
        model=model_label, ms=compute_s * 1000
    )


@dataclass(frozen=True)
class CoverageAdvice:
    """What the banner over the heatmap says when the model does not know a language.

    Attributes:
        text: The banner's words.
        recommended_ref: A model that knows the languages ("" when none is known).
        button_text: The button that switches to it ("" when there is none).
    """

    text: str
    recommended_ref: str = ""
    button_text: str = ""


def coverage_advice(coverage: Any, model_ref: str) -> CoverageAdvice | None:
    """Advice for a :class:`~desktop_app.core.coverage.CoverageReport` (None when the model
    knows every language of the sentences, or nothing was measured)."""
    poor = coverage.poorly_known if coverage is not None else []
    if not poor:
        return None
    from desktop_app.core.catalog import models

    text = translate(
        "playground", "{verdicts} Its similarity scores for these sentences mean little."
    ).format(verdicts=" ".join(lang.verdict for lang in poor))
    current = models.spec_for_ref(model_ref)
    recommendation = models.recommend_model(
        coverage.language_codes(), exclude=[current.hub_id] if current else []
    )
    if recommendation is None:
        return CoverageAdvice(text)
    names = [lang.name for lang in coverage.languages if lang.code]
    text = translate("playground", "{advice} Try {model}: it knows {languages} and {cost}.").format(
        advice=text,
        model=recommendation.spec.name,
        languages=models.join_names(names),
        cost=recommendation.cost_text(),
    )
    return CoverageAdvice(
        text,
        recommendation.spec.hub_id,
        translate("playground", "Use {model}").format(model=recommendation.spec.name),
    )
