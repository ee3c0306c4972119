"""Options shared by the commands that read a data file (``inspect``, ``train``).

``add_data_arguments(parser)`` adds how to read the file and which columns to use;
``read_and_understand(args, path)`` turns those options into a table and its column roles,
the same way for every command, so ``inspect`` shows exactly what ``train`` will use.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.core.data.inspection import understand
from desktop_app.core.data.reading import parse_delimiter, read_table
from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.i18n import translate


def add_data_arguments(parser: argparse.ArgumentParser) -> None:
    """Add --sheet, --columns, --label, --positive-label, --encoding, --delimiter, --no-header."""
    group = parser.add_argument_group(translate("cli_common", "reading the data file"))
    group.add_argument(
        "--sheet",
        default=None,
        help=translate(
            "cli_common", "The workbook sheet to read (default: the first with a table)."
        ),
    )
    group.add_argument(
        "--columns",
        default=None,
        metavar="COL,COL[,COL]",
        help=translate(
            "cli_common",
            "The text columns in order, comma-separated, e.g. --columns question,answer "
            "(three for anchor,positive,negative). Default: detected.",
        ),
    )
    group.add_argument(
        "--label",
        default=None,
        metavar="COL",
        help=translate("cli_common", "The score or label column (default: detected)."),
    )
    group.add_argument(
        "--positive-label",
        default=None,
        metavar="VALUE",
        help=translate(
            "cli_common", 'For 0/1 labels: the value that means "similar" (default: 1).'
        ),
    )
    group.add_argument(
        "--encoding",
        default=None,
        help=translate(
            "cli_common", "Text encoding, e.g. utf-8, cp1251, cp949 (default: detected)."
        ),
    )
    group.add_argument(
        "--delimiter",
        default=None,
        help=translate(
            "cli_common", "comma, semicolon, tab, pipe or one character (default: detected)."
        ),
    )
    group.add_argument(
        "--no-header",
        action="store_true",
        help=translate(
            "cli_common", "The first row is data, not column names (default: detected)."
        ),
    )


def split_columns(value: str | None) -> list[str] | None:
    """Turn "question, answer" into ["question", "answer"] (None stays None)."""
    if value is None:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    return names or None


def has_header_from(args: argparse.Namespace) -> bool | None:
    """False with --no-header, None (detect) otherwise."""
    return False if getattr(args, "no_header", False) else None


def read_and_understand(args: argparse.Namespace, path: str | Path) -> tuple[Table, ColumnRoles]:
    """Read ``path`` as the data options in ``args`` say and work out the column roles.

    Raises:
        DataError: The file cannot be read, or a named column does not exist (the message
            lists the columns that do).
    """
    table = read_table(
        path,
        getattr(args, "sheet", None),
        encoding=getattr(args, "encoding", None),
        delimiter=parse_delimiter(getattr(args, "delimiter", None)),
        has_header=has_header_from(args),
    )
    roles = understand(
        table,
        columns=split_columns(getattr(args, "columns", None)),
        label=getattr(args, "label", None),
        positive_label=getattr(args, "positive_label", None),
    )
    return table, roles
