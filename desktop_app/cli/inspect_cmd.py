"""``main.py inspect``: what EmbedTune makes of a data file, before any training.

    python main.py inspect FILE [--sheet NAME] [--json] [--model MODEL] [data options]

Shows how the file was read (format, encoding, delimiter, sheet), the columns and their
roles, the data's shape in plain words, the loss that fits, and every problem found.
``--json`` prints the same as one JSON object (:meth:`Inspection.to_dict`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_app.cli.common import add_data_arguments, has_header_from, split_columns
from desktop_app.core.data.inspection import Inspection, inspect_file
from desktop_app.core.data.reading import delimiter_name, parse_delimiter
from desktop_app.core.errors import DataError

#: Problems listed one by one before the rest are only counted.
SHOWN_PROBLEMS = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``inspect`` sub-command."""
    parser = subparsers.add_parser(
        "inspect",
        help="Show what EmbedTune makes of a data file: columns, shape, problems.",
        description="Read a data file and report its columns, shape, fitting loss and problems.",
    )
    parser.add_argument(
        "file", help="The data file (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet)."
    )
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    parser.add_argument(
        "--model",
        default=None,
        help="Check lengths, unknown words and how well it knows each language of the texts, with "
        "this model's tokenizer (on this computer).",
    )
    add_data_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Inspect the file and print the report; return the exit status (0)."""
    path = Path(args.file)
    if not path.exists():
        raise DataError(f"The file '{path}' does not exist.", "Check the name and the folder.")
    inspection = inspect_file(
        path,
        sheet=args.sheet,
        columns=split_columns(args.columns),
        label=args.label,
        positive_label=args.positive_label,
        model=args.model,
        encoding=args.encoding,
        delimiter=parse_delimiter(args.delimiter),
        has_header=has_header_from(args),
    )
    if args.json:
        print(json.dumps(inspection.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(inspection))
    return 0


def _role_of(column: str, inspection: Inspection) -> str:
    roles = inspection.roles
    if column in roles.texts:
        names = {
            "pairs": ("first text", "second text"),
            "triplets": ("anchor", "positive", "negative"),
        }.get(roles.shape, ("sentence 1", "sentence 2"))
        return names[roles.texts.index(column)]
    if column == roles.label:
        return {"scored-pairs": "score", "labelled-pairs": "label (0/1)"}.get(roles.shape, "class")
    return "not used"


def format_report(inspection: Inspection) -> str:
    """The report for a person, as plain text."""
    table = inspection.table
    roles = inspection.roles
    d = inspection.to_dict()
    lines = [f"File:      {table.path}", f"Format:    {table.format}"]
    if table.encoding:
        lines.append(f"Encoding:  {table.encoding}")
    if table.delimiter:
        lines.append(f"Delimiter: {delimiter_name(table.delimiter)}")
    if table.sheet:
        others = [s for s in table.sheets if s != table.sheet]
        extra = f" (other sheets: {', '.join(others)})" if others else ""
        lines.append(f"Sheet:     {table.sheet}{extra}")
    header = "first row holds column names" if table.has_header else "no header row"
    lines.append(f"Rows:      {table.rows} ({header})")
    lines.append("Columns:")
    width = max(len(c) for c in table.columns)
    for column in table.columns:
        lines.append(f"  {column.ljust(width)}  {_role_of(column, inspection)}")
    lines.append(f"Data:      {inspection.shape_description}")
    if roles.shape == "labelled-pairs":
        lines.append(
            f"           '{roles.positive_label}' in '{roles.label}' is taken to mean similar "
            "(change with --positive-label)."
        )
    lines.append(f"Loss:      {inspection.recommended_loss} (recommended)")
    others = [name for name in d["compatible_losses"] if name != inspection.recommended_loss]
    if others:
        lines.append(f"           also possible: {', '.join(others)}")
    stats = inspection.report.token_stats
    if stats:
        lines.append(f"Tokens ({inspection.model}, reads {stats['max_seq_length']}):")
        for column, s in stats["columns"].items():
            lines.append(
                f"  {column}: min {s['min']}, mean {s['mean']}, p95 {s['p95']}, max {s['max']}"
            )
        languages = (stats.get("coverage") or {}).get("languages") or []
        if languages:
            lines.append("Languages:")
            for lang in languages:
                lines.append(
                    f"  {lang['name']} ({lang['texts']} texts checked): {lang['verdict']} "
                    f"[{lang['tokens_per_word']:g} pieces per word, "
                    f"{lang['unknown_token_share']:.0%} unknown]"
                )
    problems = inspection.report.problems
    if problems:
        errors = sum(1 for p in problems if p.severity == "error")
        lines.append(f"Problems:  {len(problems)} ({errors} rows left out of training)")
        for p in problems[:SHOWN_PROBLEMS]:
            where = f"row {p.row}" + (f", {p.column}" if p.column else "")
            lines.append(f"  {where}: {p.message}")
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(f"  … and {len(problems) - SHOWN_PROBLEMS} more (see --json).")
    else:
        lines.append("Problems:  none")
    if inspection.report.warnings:
        lines.append("Warnings:")
        for w in inspection.report.warnings:
            lines.append(f"  - {w.message}")
            if w.hint:
                lines.append(f"    What to do: {w.hint}")
    return "\n".join(lines)
