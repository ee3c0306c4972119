"""``main.py similarity``: the cosine similarity matrix of sentences under a model.

    python main.py similarity --model MODEL [--json] SENTENCE... [--against SENTENCE...]

Without ``--against`` the matrix is every sentence against every other (symmetric); with it,
the sentences go down the side and the ``--against`` sentences across (for example questions
against answers). Models that want prompts (e5) get them automatically
(see :mod:`desktop_app.core.similarity`).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence

import numpy as np

from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import translate


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``similarity`` sub-command."""
    parser = subparsers.add_parser(
        "similarity",
        help=translate(
            "cli_similarity",
            "Print how similar a model finds some sentences (cosine similarity matrix).",
        ),
        description=translate(
            "cli_similarity", "Print the cosine similarity matrix of the sentences under a model."
        ),
    )
    parser.add_argument(
        "--model",
        required=True,
        help=translate(
            "cli_similarity",
            "A model from the catalogue, a Hub id, or a model folder on this computer.",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "cli_similarity", 'Print one JSON object: {"sentences": [...], "matrix": [[...]]}.'
        ),
    )
    parser.add_argument(
        "--against",
        nargs="+",
        metavar="SENTENCE",
        help=translate(
            "cli_similarity", "Compare the sentences against these instead of against each other."
        ),
    )
    parser.add_argument(
        "--device",
        default=None,
        help=translate("cli_similarity", "cpu, cuda or mps (default: automatic)."),
    )
    parser.add_argument(
        "sentences",
        nargs="+",
        metavar="SENTENCE",
        help=translate("cli_similarity", "Sentences to compare."),
    )


def _display_width(text: str) -> int:
    """Terminal columns ``text`` takes (wide for Hangul, zero for combining marks)."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in {"Mn", "Me", "Cf"}:
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def _fit(text: str, width: int) -> str:
    """Shorten ``text`` to ``width`` columns (with …) and pad it to exactly that width."""
    text = " ".join(text.split())
    if _display_width(text) > width:
        while text and _display_width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _display_width(text))


def format_table(
    matrix: np.ndarray, rows: Sequence[str], columns: Sequence[str], *, label_width: int = 40
) -> str:
    """Format the matrix as an aligned table for a person.

    Columns are numbered ([1], [2], …) and listed with their full text under the table, so
    long sentences do not make the table unreadable.
    """
    lines = []
    header = _fit("", label_width) + "".join(f"{f'[{j}]':>8}" for j in range(1, len(columns) + 1))
    lines.append(header.rstrip())
    for label, values in zip(rows, matrix, strict=True):
        lines.append(_fit(label, label_width) + "".join(f"{v:8.3f}" for v in values))
    lines.append("")
    lines.extend(f"[{j}] {text}" for j, text in enumerate(columns, start=1))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Load the model, compute the matrix and print it."""
    from desktop_app.core.catalog.models import load_model
    from desktop_app.core.similarity import similarity_matrix

    sentences = [s.strip() for s in args.sentences if s.strip()]
    against = [s.strip() for s in args.against or [] if s.strip()] or None
    if not sentences:
        raise UserFacingError(
            translate("cli_similarity", "No sentences were given."),
            translate("cli_similarity", "Pass at least one sentence."),
        )
    model = load_model(args.model, device=args.device)
    matrix = similarity_matrix(model, sentences, against)
    if args.json:
        payload: dict[str, object] = {"sentences": sentences}
        if against is not None:
            payload["against"] = against
        payload["matrix"] = [[round(float(v), 6) for v in row] for row in matrix]
        json.dump(payload, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(format_table(matrix, sentences, against or sentences))
    return 0
