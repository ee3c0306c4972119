"""What the Data page says about a file, decided here so the page only shows it.

Reading a file the way the user last chose it, which column plays which role, the data's
shape in plain words, the "which value means similar" question, the problems list, the
rows training can use and the held-out promise are rules, not widgets: they live here,
Qt-free, and are tested without a window (issue 11, "thin pages").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.errors import DataError, UserFacingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

#: Most problems listed (a file with thousands of bad rows would otherwise flood the list).
MAX_PROBLEMS_LISTED = 500
#: Formats read as delimited text (encoding and delimiter can be changed).
TEXT_FORMATS = ("csv", "tsv", "txt")
#: Formats read as workbooks (a sheet can be chosen).
WORKBOOK_FORMATS = ("xlsx", "xls", "ods")
#: Format names ("JSON" and "Parquet" are names, the same in every language).
_FORMAT_NAMES = {
    "csv": QT_TRANSLATE_NOOP("data_presentation", "CSV text"),
    "tsv": QT_TRANSLATE_NOOP("data_presentation", "Tab-separated text"),
    "txt": QT_TRANSLATE_NOOP("data_presentation", "Delimited text"),
    "xlsx": QT_TRANSLATE_NOOP("data_presentation", "Excel workbook"),
    "xls": QT_TRANSLATE_NOOP("data_presentation", "Excel 97–2003 workbook"),
    "ods": QT_TRANSLATE_NOOP("data_presentation", "OpenDocument spreadsheet"),
    "json": "JSON",
    "jsonl": QT_TRANSLATE_NOOP("data_presentation", "JSON lines"),
    "parquet": "Parquet",
}
_SHAPE_HELP = {
    "pairs": QT_TRANSLATE_NOOP(
        "data_presentation",
        "The model learns to put each text close to its partner and away from "
        "the other rows' partners.",
    ),
    "triplets": QT_TRANSLATE_NOOP(
        "data_presentation",
        "The model learns to put the first text closer to the second than to the third.",
    ),
    "scored-pairs": QT_TRANSLATE_NOOP(
        "data_presentation", "The model learns to give each pair the similarity its score says."
    ),
    "labelled-pairs": QT_TRANSLATE_NOOP(
        "data_presentation", "The model learns to tell similar pairs from different ones."
    ),
    "classified-pairs": QT_TRANSLATE_NOOP(
        "data_presentation",
        "The model learns from how each pair is related (for example "
        "“same meaning”, “unrelated”, “contradicts”).",
    ),
}
#: Rows whose texts are shown to name their languages.
LANGUAGE_SAMPLE_ROWS = 1000


@dataclass
class ReadRequest:
    """How to read the training file (None = let the app detect it)."""

    path: str
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None
    texts: tuple[str, ...] = ()
    label: str | None = None
    positive_label: str | None = None


@dataclass
class LoadResult:
    """What reading a file produced: the table, its roles (or why none) and the checks."""

    table: Table
    roles: ColumnRoles | None
    roles_error: UserFacingError | None
    report: Any


@dataclass(frozen=True)
class ProblemLine:
    """One entry of the problems list: the 1-based data row and what the user reads."""

    row: int
    text: str


@dataclass(frozen=True)
class LabelChoice:
    """One value of a 0/1 label column and example rows that carry it."""

    value: str
    examples: list[str] = field(default_factory=list)

    @property
    def caption(self) -> str:
        """The radio button's text."""
        return translate("data_presentation", "“{value}” means similar").format(value=self.value)

    @property
    def examples_text(self) -> str:
        """The example rows under the button."""
        return (
            translate("data_presentation", "Rows with this value:")
            + "\n"
            + "\n".join(self.examples)
        )


def format_name(table_format: str) -> str:
    """The kind of file in plain words (``"tsv"`` -> ``"Tab-separated text"``)."""
    name = _FORMAT_NAMES.get(table_format)
    return translate("data_presentation", name) if name is not None else table_format


def rows_summary(table: Table) -> str:
    """The line above the table: rows, columns and lines that could not be read."""
    if table.bad_lines:
        return translate(
            "data_presentation",
            "{rows:,} rows, {columns} columns, {bad:,} lines could not be read. "
            "Rows with problems are tinted.",
        ).format(rows=len(table.frame), columns=len(table.columns), bad=len(table.bad_lines))
    return translate(
        "data_presentation", "{rows:,} rows, {columns} columns. Rows with problems are tinted."
    ).format(rows=len(table.frame), columns=len(table.columns))


def shape_help(roles: ColumnRoles | None) -> tuple[str, str]:
    """(the shape in plain words, what the model learns from it)."""
    if roles is None:
        return (
            translate("data_presentation", "Not known yet"),
            translate("data_presentation", "Pick the text columns below."),
        )
    from desktop_app.core.data.detection import describe_shape

    help_text = _SHAPE_HELP.get(roles.shape, "")
    return describe_shape(roles), translate("data_presentation", help_text) if help_text else ""


def validate_without_model(table: Table, roles: ColumnRoles) -> Any:
    """Validate without a model (the model page adds the tokenizer check)."""
    from desktop_app.core.data.validation import validate

    return validate(table, roles)


def derive_roles(
    table: Table,
    texts: Sequence[str] = (),
    label: str | None = None,
    positive: str | None = None,
) -> tuple[ColumnRoles | None, UserFacingError | None]:
    """Roles from the user's columns when they all exist, else detected ones.

    A positive label that no longer fits is dropped before the user's columns are; when
    nothing can be detected the error says why, instead of raising.
    """
    from desktop_app.core.data.detection import detect_columns, roles_from_columns

    if (
        texts
        and all(t in table.columns for t in texts)
        and (label is None or label in table.columns)
    ):
        try:
            return roles_from_columns(table, list(texts), label, positive), None
        except DataError:
            if positive is not None:
                try:
                    return roles_from_columns(table, list(texts), label), None
                except DataError:
                    pass
    try:
        return detect_columns(table), None
    except UserFacingError as exc:
        return None, exc


def choose_roles(
    table: Table, texts: Sequence[str], label: str | None, positive: str | None = None
) -> tuple[ColumnRoles | None, UserFacingError | None]:
    """The roles of exactly the user's columns, or the error that says why they don't fit."""
    from desktop_app.core.data.detection import roles_from_columns

    try:
        return roles_from_columns(table, list(texts), label, positive), None
    except UserFacingError as exc:
        return None, exc


def load(request: ReadRequest) -> LoadResult:
    """Read, understand and check the training file as ``request`` says."""
    from desktop_app.core.data.reading import read_table

    table = read_table(
        request.path,
        request.sheet,
        encoding=request.encoding,
        delimiter=request.delimiter,
        has_header=request.has_header,
    )
    roles, error = derive_roles(table, request.texts, request.label, request.positive_label)
    report = validate_without_model(table, roles) if roles is not None else None
    return LoadResult(table, roles, error, report)


def read_eval_file(path: str | Path, texts: Sequence[str], label: str | None) -> Table:
    """Read an evaluation file and check it has the training file's columns.

    Raises:
        DataError: The file cannot be read or lacks a column.
    """
    from desktop_app.core.data.reading import read_table

    table = read_table(path)
    missing = [c for c in [*texts, *([label] if label else [])] if c not in table.columns]
    if missing:
        raise DataError(
            translate("data_presentation", "{file} has no column called {names}.").format(
                file=Path(path).name, names=", ".join(repr(m) for m in missing)
            ),
            translate(
                "data_presentation",
                "The file to check the result on needs the same columns as the training file.",
            ),
        )
    return table


def shorten(text: object, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    value = str(text)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def label_choices(table: Table | None, roles: ColumnRoles | None) -> list[LabelChoice]:
    """The values of a 0/1 label column with two example rows each (empty: no question)."""
    if (
        table is None
        or roles is None
        or roles.shape != "labelled-pairs"
        or roles.label is None
        or len(roles.texts) < 2
    ):
        return []
    frame = table.frame
    column = frame[roles.label]
    values = sorted(v for v in dict.fromkeys(column.tolist()) if v != "")
    choices = []
    for value in values:
        examples = frame[column == value].head(2)
        lines = [
            f"• {shorten(row[roles.texts[0]])}  ↔  {shorten(row[roles.texts[1]])}"
            for _, row in examples.iterrows()
        ]
        choices.append(LabelChoice(str(value), lines))
    return choices


def table_positions(table: Table | None, data_rows: Sequence[int]) -> list[int]:
    """Table positions of 1-based data row numbers (-1 for rows not in the table)."""
    if table is None or not data_rows:
        return [-1] * len(data_rows)
    return [int(i) for i in table.frame.index.get_indexer(list(data_rows))]


def _problems(report: Any) -> list[Any]:
    return list(getattr(report, "problems", []) or [])


def usable_rows(table: Table | None, report: Any) -> int:
    """Rows training can use: rows read minus rows with errors."""
    if table is None:
        return 0
    bad = sorted({p.row for p in _problems(report) if p.severity == "error"})
    in_table = sum(1 for i in table_positions(table, bad) if i >= 0)
    return max(0, len(table.frame) - in_table)


def row_marks(table: Table | None, report: Any) -> dict[int, str]:
    """Table position -> ``"error"`` or ``"warning"`` for rows with problems (errors win)."""
    problems = _problems(report)
    marks: dict[int, str] = {}
    for problem, row in zip(problems, table_positions(table, [p.row for p in problems]),
                            strict=True):  # fmt: skip
        if row < 0:
            continue
        if problem.severity == "error" or row not in marks:
            marks[row] = "error" if problem.severity == "error" else "warning"
    return marks


def problem_lines(report: Any, limit: int = MAX_PROBLEMS_LISTED) -> list[ProblemLine]:
    """The first ``limit`` problems as the list shows them (``Row 3, text: empty``)."""
    lines = []
    for problem in _problems(report)[:limit]:
        if problem.column:
            text = translate("data_presentation", "Row {row:,}, {column}: {message}").format(
                row=problem.row, column=problem.column, message=problem.message
            )
        else:
            text = translate("data_presentation", "Row {row:,}: {message}").format(
                row=problem.row, message=problem.message
            )
        lines.append(ProblemLine(int(problem.row), text))
    return lines


def problems_summary(report: Any, limit: int = MAX_PROBLEMS_LISTED) -> str:
    """The sentence above the problems list (how many, how many rows are left out)."""
    problems = _problems(report)
    errors = sum(1 for p in problems if p.severity == "error")
    rows_with_errors = len({p.row for p in problems if p.severity == "error"})
    values = {"problems": len(problems), "rows": rows_with_errors, "limit": limit}
    if errors and len(problems) > limit:
        text = translate(
            "data_presentation",
            "{problems:,} problems; {rows:,} rows will be left out of training because of them. "
            "The first {limit} are listed. Click one to see its row.",
        )
    elif errors:
        text = translate(
            "data_presentation",
            "{problems:,} problems; {rows:,} rows will be left out of training because of them. "
            "Click one to see its row.",
        )
    elif len(problems) > limit:
        text = translate(
            "data_presentation",
            "{problems:,} problems. The first {limit} are listed. Click one to see its row.",
        )
    else:
        text = translate("data_presentation", "{problems:,} problems. Click one to see its row.")
    return text.format(**values)


def held_out_promise(
    rows: int,
    fraction: float,
    table: Table | None = None,
    roles: ColumnRoles | None = None,
    *,
    eval_file: str | None = None,
    eval_rows: int | None = None,
) -> str:
    """What "Checking the result" promises: rows to train and rows to check on (HTML).

    With ``eval_file`` all ``rows`` train and that file's rows check. Otherwise the split
    is the runner's own (:func:`held_out_split`), and when the kept-aside rows cannot
    measure the result (issue 9) the reason is said before training.
    """
    if eval_file:
        name = Path(eval_file).name
        if eval_rows is not None:
            return translate(
                "data_presentation",
                "All {rows:,} rows are used to train; {eval_rows:,} rows of {name} check the "
                "result.",
            ).format(rows=rows, eval_rows=eval_rows, name=name)
        return translate(
            "data_presentation",
            "All {rows:,} rows are used to train; its rows of {name} check the result.",
        ).format(rows=rows, name=name)
    from desktop_app.core.training.plan import held_out_split
    from desktop_app.core.verdict import check_table

    split = held_out_split(rows, fraction)
    if split.held_out_rows == 0:
        return (
            translate("data_presentation", "{rows:,} rows to train. {note}")
            .format(rows=split.train_rows, note=split.note)
            .strip()
        )
    text = translate(
        "data_presentation", "{rows:,} rows to train, {held_out:,} to check the result."
    ).format(rows=split.train_rows, held_out=split.held_out_rows)
    if table is not None and roles is not None:
        blocked = check_table(table.frame, roles, fraction)
        if blocked is not None:
            text += translate(
                "data_presentation",
                "<br><b>The result cannot be measured:</b> {reason} {advice}",
            ).format(reason=blocked.reason, advice=blocked.advice)
    return text


def language_sample(table: Table | None, roles: ColumnRoles | None) -> list[str]:
    """The non-empty texts of the first rows, whose languages the page names."""
    if table is None or roles is None:
        return []
    frame = table.frame.head(LANGUAGE_SAMPLE_ROWS)
    return [text for column in roles.texts for text in frame[column] if text]


def measured_verdicts(folder: str, texts: Iterable[str]) -> tuple[str, bool]:
    """The model in ``folder``'s per-language verdicts on ``texts`` and whether it knows all."""
    from desktop_app.core.coverage import load_tokenizer_of, measure_coverage

    coverage = measure_coverage(load_tokenizer_of(folder), list(texts))
    return coverage.summary(), not coverage.poorly_known


def request_from_config(config: Any) -> ReadRequest | None:
    """How to read ``config.data_file`` again with the user's choices (None: no file)."""
    if not config.data_file:
        return None
    return ReadRequest(
        path=config.data_file,
        sheet=config.sheet,
        encoding=config.encoding,
        delimiter=config.delimiter,
        has_header=config.has_header,
        texts=tuple(config.text_columns),
        label=config.label_column,
        positive_label=config.positive_label,
    )


def apply_reading_choices(config: Any, choices: dict[str, Any]) -> ReadRequest | None:
    """Write the user's reading choices to ``config`` and say how to read the file again.

    Another sheet or another header setting changes the column names, so the chosen
    columns are forgotten (detected afresh) rather than looked up in the wrong table.
    """
    if "encoding" in choices:
        config.encoding = choices["encoding"]
    if "delimiter" in choices:
        config.delimiter = choices["delimiter"]
    if choices.get("sheet"):
        if choices["sheet"] != config.sheet:
            config.text_columns, config.label_column = [], None  # another table
        config.sheet = choices["sheet"]
    if "has_header" in choices:
        if choices["has_header"] != config.has_header:
            config.text_columns, config.label_column = [], None  # names change
        config.has_header = choices["has_header"]
    return request_from_config(config)


def remember_reading(config: Any, table: Table) -> bool:
    """Write how ``table`` was read to ``config``; True when it is another file than before."""
    new_file = str(table.path) != config.data_file
    config.data_file = str(table.path)
    config.sheet = table.sheet
    config.encoding = table.encoding
    config.delimiter = table.delimiter
    config.has_header = table.has_header
    return new_file


def remember_roles(config: Any, roles: ColumnRoles | None) -> None:
    """Write the columns' roles to ``config`` (nothing when there are none)."""
    if roles is None:
        return
    config.text_columns = list(roles.texts)
    config.label_column = roles.label
    config.positive_label = roles.positive_label


def blocking_reason(
    table: Table | None,
    roles: ColumnRoles | None,
    report: Any,
    *,
    loading: bool = False,
    validating: bool = False,
) -> str | None:
    """Why the user cannot leave the Data step yet (None: they can)."""
    if loading:
        return translate("data_presentation", "Reading the file…")
    if table is None:
        return translate(
            "data_presentation", "Drop a spreadsheet on this page, or click Browse to pick one."
        )
    if roles is None:
        return translate("data_presentation", "Pick which columns hold the texts.")
    if validating:
        return translate("data_presentation", "Checking the rows…")
    if usable_rows(table, report) < 2:
        return translate(
            "data_presentation", "No rows can be used for training: see the problems on the right."
        )
    return None


def missing_file_message(path: str) -> str:
    """What the page says when a project's data file is gone."""
    return translate(
        "data_presentation",
        "The data file {path} is not on this computer any more. "
        "Drop it here again, or browse for it; the other settings are kept.",
    ).format(path=path)
