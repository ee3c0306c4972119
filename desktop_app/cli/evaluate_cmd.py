"""``main.py evaluate``: measure a model on a spreadsheet, with the metric that fits the data."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli.common import add_data_arguments, read_and_understand
from desktop_app.core.errors import DataError
from desktop_app.core.i18n import translate


def add_parser(subparsers: Any) -> None:
    """Register the ``evaluate`` sub-command."""
    parser = subparsers.add_parser(
        "evaluate",
        help=translate("cli_evaluate", "Measure how well a model does on a spreadsheet."),
        description=translate(
            "cli_evaluate",
            "Measure a model on the examples in a spreadsheet: for question/answer "
            "pairs how often the right answer comes first, for scored pairs how well the model "
            "agrees with the scores, and so on.",
        ),
    )
    parser.add_argument(
        "file", help=translate("cli_evaluate", "The spreadsheet with examples to measure on.")
    )
    parser.add_argument(
        "--model",
        required=True,
        help=translate("cli_evaluate", "Model id from the list or a folder."),
    )
    add_data_arguments(parser)
    parser.add_argument(
        "--max-seq-length",
        type=int,
        default=None,
        metavar="TOKENS",
        help=translate("cli_evaluate", "Truncate texts."),
    )
    parser.add_argument(
        "--trust-remote-code",
        action="store_true",
        help=translate("cli_evaluate", "Allow a model's own program code."),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("cli_evaluate", "Print primary_metric, value and metrics as JSON."),
    )


def run(args: argparse.Namespace) -> int:
    """Run the ``evaluate`` sub-command; return the exit status."""
    from desktop_app.core.data.dataset import build_dataset

    table, roles = read_and_understand(args, args.file)
    dataset = build_dataset(table, roles)
    if len(dataset) == 0:
        raise DataError(
            translate("cli_evaluate", "No usable rows are in the file."),
            translate("cli_evaluate", "Check it with: main.py inspect FILE"),
        )

    from desktop_app.core.catalog.models import load_model
    from desktop_app.core.evaluation import describe_metric, evaluate_model

    model = load_model(args.model, trust_remote_code=args.trust_remote_code)
    if args.max_seq_length:
        model.max_seq_length = int(args.max_seq_length)
    result = evaluate_model(model, dataset, roles.shape, roles)
    if args.json:
        payload = {**result.to_dict(), "shape": roles.shape, "rows": len(dataset)}
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    shown = translate("cli_evaluate", "n/a") if result.value is None else f"{result.value:.4f}"
    print(
        translate("cli_evaluate", "{metric}: {value}  ({rows} rows)").format(
            metric=describe_metric(result.primary_metric), value=shown, rows=len(dataset)
        )
    )
    for name, value in sorted(result.metrics.items()):
        print(f"  {name}: {value:.4f}")
    return 0
