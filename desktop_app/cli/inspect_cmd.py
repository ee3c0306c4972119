"""``main.py inspect``: what EmbedTune makes of a data file, before any training.

    python main.py inspect FILE [--sheet NAME] [--json] [--model MODEL] [data options]

Shows how the file was read (format, encoding, delimiter, sheet), the columns and their
roles, the data's shape in plain words, the loss that fits, what a run would hold out to
measure the result (and why it cannot, when it cannot), and every problem found.
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
from desktop_app.core.i18n import translate

#: Problems listed one by one before the rest are only counted.
SHOWN_PROBLEMS = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``inspect`` sub-command."""
    parser = subparsers.add_parser(
        "inspect",
        help=translate(
            "cli_inspect", "Show what EmbedTune makes of a data file: columns, shape, problems."
        ),
        description=translate(
            "cli_inspect",
            "Read a data file and report its columns, shape, fitting loss and problems.",
        ),
    )
    parser.add_argument(
        "file",
        help=translate(
            "cli_inspect", "The data file (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet)."
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli_inspect", "Print one JSON object.")
    )
    parser.add_argument(
        "--model",
        default=None,
        help=translate(
            "cli_inspect",
            "Check lengths, unknown words and how well it knows each language of the texts, "
            "with this model's tokenizer (on this computer).",
        ),
    )
    add_data_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Inspect the file and print the report; return the exit status (0)."""
    path = Path(args.file)
    if not path.exists():
        raise DataError(
            translate("cli_inspect", "The file '{path}' does not exist.").format(path=path),
            translate("cli_inspect", "Check the name and the folder."),
        )
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
            "pairs": (
                translate("cli_inspect", "first text"),
                translate("cli_inspect", "second text"),
            ),
            "triplets": (
                translate("cli_inspect", "anchor"),
                translate("cli_inspect", "positive"),
                translate("cli_inspect", "negative"),
            ),
        }.get(
            roles.shape,
            (translate("cli_inspect", "sentence 1"), translate("cli_inspect", "sentence 2")),
        )
        return names[roles.texts.index(column)]
    if column == roles.label:
        return {
            "scored-pairs": translate("cli_inspect", "score"),
            "labelled-pairs": translate("cli_inspect", "label (0/1)"),
        }.get(roles.shape, translate("cli_inspect", "class"))
    return translate("cli_inspect", "not used")


def format_report(inspection: Inspection) -> str:
    """The report for a person, as plain text."""
    table = inspection.table
    roles = inspection.roles
    d = inspection.to_dict()
    lines = [
        translate("cli_inspect", "File:      {path}").format(path=table.path),
        translate("cli_inspect", "Format:    {format}").format(format=table.format),
    ]
    if table.encoding:
        lines.append(
            translate("cli_inspect", "Encoding:  {encoding}").format(encoding=table.encoding)
        )
    if table.delimiter:
        lines.append(
            translate("cli_inspect", "Delimiter: {delimiter}").format(
                delimiter=delimiter_name(table.delimiter)
            )
        )
    if table.sheet:
        others = [s for s in table.sheets if s != table.sheet]
        if others:
            lines.append(
                translate("cli_inspect", "Sheet:     {sheet} (other sheets: {others})").format(
                    sheet=table.sheet, others=", ".join(others)
                )
            )
        else:
            lines.append(translate("cli_inspect", "Sheet:     {sheet}").format(sheet=table.sheet))
    if table.has_header:
        rows = translate("cli_inspect", "Rows:      {rows} (first row holds column names)")
    else:
        rows = translate("cli_inspect", "Rows:      {rows} (no header row)")
    lines.append(rows.format(rows=table.rows))
    lines.append(translate("cli_inspect", "Columns:"))
    width = max(len(c) for c in table.columns)
    for column in table.columns:
        lines.append(f"  {column.ljust(width)}  {_role_of(column, inspection)}")
    lines.append(
        translate("cli_inspect", "Data:      {shape}").format(shape=inspection.shape_description)
    )
    if roles.shape == "labelled-pairs":
        lines.append(
            translate(
                "cli_inspect",
                "           '{positive}' in '{label}' is taken to mean similar "
                "(change with --positive-label).",
            ).format(positive=roles.positive_label, label=roles.label)
        )
    lines.append(
        translate("cli_inspect", "Loss:      {loss} (recommended)").format(
            loss=inspection.recommended_loss
        )
    )
    others = [name for name in d["compatible_losses"] if name != inspection.recommended_loss]
    if others:
        lines.append(
            translate("cli_inspect", "           also possible: {losses}").format(
                losses=", ".join(others)
            )
        )
    stats = inspection.report.token_stats
    if stats:
        lines.append(
            translate("cli_inspect", "Tokens ({model}, reads {limit}):").format(
                model=inspection.model, limit=stats["max_seq_length"]
            )
        )
        for column, s in stats["columns"].items():
            lines.append(
                translate(
                    "cli_inspect", "  {column}: min {min}, mean {mean}, p95 {p95}, max {max}"
                ).format(column=column, min=s["min"], mean=s["mean"], p95=s["p95"], max=s["max"])
            )
        languages = (stats.get("coverage") or {}).get("languages") or []
        if languages:
            lines.append(translate("cli_inspect", "Languages:"))
            for lang in languages:
                lines.append(
                    translate(
                        "cli_inspect",
                        "  {language} ({texts} texts checked): {verdict} "
                        "[{pieces:g} pieces per word, {unknown:.0%} unknown]",
                    ).format(
                        language=lang["name"],
                        texts=lang["texts"],
                        verdict=lang["verdict"],
                        pieces=lang["tokens_per_word"],
                        unknown=lang["unknown_token_share"],
                    )
                )
    measurement = d["measurement"]
    lines.append(
        translate("cli_inspect", "Measure:   {split}").format(split=measurement["description"])
    )
    if measurement["reason"]:
        lines.append(
            translate("cli_inspect", "           The result cannot be measured: {reason}").format(
                reason=measurement["reason"]
            )
        )
        if measurement["advice"]:
            lines.append(
                translate("cli_inspect", "           What to do: {advice}").format(
                    advice=measurement["advice"]
                )
            )
    problems = inspection.report.problems
    if problems:
        errors = sum(1 for p in problems if p.severity == "error")
        lines.append(
            translate(
                "cli_inspect", "Problems:  {count} ({errors} rows left out of training)"
            ).format(count=len(problems), errors=errors)
        )
        for p in problems[:SHOWN_PROBLEMS]:
            if p.column:
                where = translate("cli_inspect", "row {row}, {column}").format(
                    row=p.row, column=p.column
                )
            else:
                where = translate("cli_inspect", "row {row}").format(row=p.row)
            lines.append(f"  {where}: {p.message}")
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(
                translate("cli_inspect", "  … and {count} more (see --json).").format(
                    count=len(problems) - SHOWN_PROBLEMS
                )
            )
    else:
        lines.append(translate("cli_inspect", "Problems:  none"))
    if inspection.report.warnings:
        lines.append(translate("cli_inspect", "Warnings:"))
        for w in inspection.report.warnings:
            lines.append(f"  - {w.message}")
            if w.hint:
                lines.append(translate("cli_inspect", "    What to do: {hint}").format(hint=w.hint))
    return "\n".join(lines)
