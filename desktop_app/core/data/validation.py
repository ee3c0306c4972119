"""Checking a table before training: what is wrong with which row, and with the data as a whole.

Row problems name the data row (1 is the first row under the header) and the column, so a
person can find and fix the cell. Data-set warnings say, in plain words, why training on the
data as they are would disappoint, and what to do about it. Everything here is vectorised
so 100,000 rows take well under a second; tokenizer statistics use a sample.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.core.coverage import CoverageReport, measure_coverage
from desktop_app.core.data.detection import is_label_name, numeric_series
from desktop_app.core.data.types import ColumnRoles, DataWarning, Problem, Table
from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    import pandas as pd

#: Fewer usable rows than this earns a ``few-rows`` warning.
FEW_ROWS = 100
#: Share of rows with identical texts above which ``identical-pairs`` is raised.
IDENTICAL_SHARE = 0.5
#: Share of unknown tokens above which ``unknown-tokens`` is raised.
UNKNOWN_TOKEN_SHARE = 0.05
#: Share of texts longer than the model reads above which ``long-texts`` is raised.
LONG_TEXT_SHARE = 0.05
#: Rows tokenized for statistics (all rows when there are fewer).
TOKEN_SAMPLE_ROWS = 2000
#: Row or line numbers a warning names before it only counts the rest.
SHOWN_ROWS = 5


@dataclass
class ValidationReport:
    """What validation found.

    Attributes:
        problems: Row-level problems; rows with an ``error`` are left out of training.
        warnings: Data-set-level warnings, each with a hint.
        token_stats: Token-length statistics when a tokenizer was given, else None.
    """

    problems: list[Problem] = field(default_factory=list)
    warnings: list[DataWarning] = field(default_factory=list)
    token_stats: dict[str, Any] | None = None

    @property
    def error_rows(self) -> set[int]:
        """Data row numbers that have at least one error."""
        return {p.row for p in self.problems if p.severity == "error"}

    def warning_codes(self) -> list[str]:
        """The codes of the warnings, in order."""
        return [w.code for w in self.warnings]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
            "token_stats": self.token_stats,
        }


def _rows(index: pd.Index, mask: pd.Series) -> list[int]:
    return [int(i) for i in index[mask.to_numpy()]]


def validate(
    table: Table,
    roles: ColumnRoles,
    *,
    tokenizer: Any = None,
    max_seq_length: int | None = None,
) -> ValidationReport:
    """Check every row and the data set as a whole.

    Args:
        table: The table read from disk.
        roles: Which columns are texts and label.
        tokenizer: A Hugging Face tokenizer of the model to train (optional): enables
            too-long texts, ``unknown-tokens`` and token statistics.
        max_seq_length: Tokens the model reads (defaults to the tokenizer's limit).

    Returns:
        The report; its problems are sorted by row.
    """
    frame = table.frame
    report = ValidationReport()
    problems: list[Problem] = []

    for line in table.bad_lines:
        row = line.line - table.first_data_line + 1
        problems.append(
            Problem(
                row,
                None,
                "error",
                translate("data_validation", "{message} It was left out.").format(
                    message=line.message
                ),
            )
        )

    empty_rows: set[int] = set()
    for column in [*roles.texts, *([roles.label] if roles.label else [])]:
        mask = frame[column] == ""
        for row in _rows(frame.index, mask):
            empty_rows.add(row)
            problems.append(
                Problem(
                    row,
                    column,
                    "error",
                    translate(
                        "data_validation", "The cell in '{column}' is empty; the row is left out."
                    ).format(column=column),
                )
            )

    if roles.label:
        problems += _label_problems(frame, roles)

    if tokenizer is not None:
        stats, long_problems, token_warnings = _token_checks(
            frame, roles, tokenizer, max_seq_length
        )
        report.token_stats = stats
        problems += long_problems
        report.warnings += token_warnings

    problems.sort(key=lambda p: (p.row, p.column or ""))
    report.problems = problems
    report.warnings = _dataset_warnings(table, roles, problems, empty_rows) + report.warnings
    return report


def _label_problems(frame: pd.DataFrame, roles: ColumnRoles) -> list[Problem]:
    label = roles.label
    assert label is not None
    cells = frame[label]
    filled = cells != ""
    out: list[Problem] = []
    if roles.shape == "scored-pairs":
        numbers = numeric_series(cells)
        unreadable = filled & numbers.isna()
        for row in _rows(frame.index, unreadable):
            out.append(
                Problem(
                    row,
                    label,
                    "error",
                    translate(
                        "data_validation",
                        "The score '{score}' is not a number; the row is left out.",
                    ).format(score=cells.loc[row]),
                )
            )
        outside = filled & numbers.notna() & ((numbers < 0) | (numbers > roles.score_scale))
        for row in _rows(frame.index, outside):
            out.append(
                Problem(
                    row,
                    label,
                    "error",
                    translate(
                        "data_validation",
                        "The score {score} is outside 0–{top:g}; the row is left out.",
                    ).format(score=cells.loc[row], top=roles.score_scale),
                )
            )
    elif roles.shape == "classified-pairs":
        unknown = filled & ~cells.isin(roles.classes)
        for row in _rows(frame.index, unknown):
            out.append(
                Problem(
                    row,
                    label,
                    "error",
                    translate("data_validation", "'{value}' is not one of the classes.").format(
                        value=cells.loc[row]
                    ),
                )
            )
    return out


def _dataset_warnings(
    table: Table, roles: ColumnRoles, problems: list[Problem], empty_rows: set[int]
) -> list[DataWarning]:
    frame = table.frame
    warnings: list[DataWarning] = []
    error_rows = {p.row for p in problems if p.severity == "error"}
    usable = len(frame) - len(error_rows & {int(i) for i in frame.index})

    if usable < FEW_ROWS:
        warnings.append(
            DataWarning(
                "few-rows",
                translate(
                    "data_validation",
                    "Only 1 usable row: the model will learn little from so few examples.",
                )
                if usable == 1
                else translate(
                    "data_validation",
                    "Only {rows} usable rows: the model will learn little from so few examples.",
                ).format(rows=usable),
                translate(
                    "data_validation",
                    "Aim for a few hundred rows or more; add more examples if you can.",
                ),
                {"rows": usable},
            )
        )

    first, second = roles.texts[0], roles.texts[1]
    both = (frame[first] != "") & (frame[second] != "")
    if both.any():
        same = both & (frame[first].str.casefold() == frame[second].str.casefold())
        share = float(same.sum()) / float(both.sum())
        if share >= IDENTICAL_SHARE:
            warnings.append(
                DataWarning(
                    "identical-pairs",
                    translate(
                        "data_validation",
                        "In {same} of {rows} rows both texts are the same: the model "
                        "would learn nothing from them.",
                    ).format(same=same.sum(), rows=both.sum()),
                    translate(
                        "data_validation",
                        "Check that '{first}' and '{second}' are the right columns: the second "
                        "should be a different text that belongs with the first (e.g. the answer).",
                    ).format(first=first, second=second),
                    {"rows": int(same.sum()), "share": round(share, 3)},
                )
            )

    key_columns = [*roles.texts, *([roles.label] if roles.label else [])]
    duplicated = frame.duplicated(subset=key_columns, keep="first")
    if duplicated.any():
        rows = _rows(frame.index, duplicated)
        firsts = _first_occurrences(frame, key_columns, rows[:SHOWN_ROWS])
        named = ", ".join(
            translate("data_validation", "row {row} repeats row {first}").format(
                row=row, first=first
            )
            for row, first in firsts
        )
        if len(rows) == 1:
            message = translate(
                "data_validation", "1 row repeats an earlier row exactly ({examples})."
            ).format(examples=named)
        elif len(rows) > SHOWN_ROWS:
            message = translate(
                "data_validation",
                "{rows} rows repeat an earlier row exactly ({examples} and {more} more).",
            ).format(rows=len(rows), examples=named, more=len(rows) - SHOWN_ROWS)
        else:
            message = translate(
                "data_validation", "{rows} rows repeat an earlier row exactly ({examples})."
            ).format(rows=len(rows), examples=named)
        warnings.append(
            DataWarning(
                "duplicate-rows",
                message,
                translate(
                    "data_validation",
                    "Repeated rows give those examples more weight; "
                    "remove them unless you mean it.",
                ),
                {
                    "rows": len(rows),
                    "examples": rows[:10],
                    "pairs": [[row, first] for row, first in firsts],
                },
            )
        )

    constant = _constant_label_column(table, roles)
    if constant is not None:
        column, value = constant
        warnings.append(
            DataWarning(
                "constant-label",
                translate(
                    "data_validation",
                    "The column '{column}' holds the same value ({value}) in every row, so it "
                    "says nothing: the rows are treated as pairs that belong together.",
                ).format(column=column, value=value),
                translate(
                    "data_validation",
                    "That is fine for question/answer data. If some pairs should count as "
                    "dissimilar, give them a different value.",
                ),
                {"column": column, "value": value},
            )
        )

    if roles.shape == "scored-pairs" and roles.score_scale != 1:
        warnings.append(
            DataWarning(
                "score-scaled",
                translate(
                    "data_validation",
                    "Scores in '{column}' run from 0 to {scale:g}; they are "
                    "divided by {scale:g} so that they run from 0 to 1.",
                ).format(column=roles.label, scale=roles.score_scale),
                translate(
                    "data_validation",
                    "Nothing to do, unless your scale is different (then fix the scores).",
                ),
                {"scale": roles.score_scale},
            )
        )

    if empty_rows:
        warnings.append(
            DataWarning(
                "empty-cells",
                (
                    translate("data_validation", "1 row has an empty cell; it is left out.")
                    if len(empty_rows) == 1
                    else translate(
                        "data_validation", "{rows} rows have an empty cell; they are left out."
                    ).format(rows=len(empty_rows))
                ),
                translate("data_validation", "Fill in the missing texts or delete those rows."),
                {"rows": len(empty_rows), "examples": sorted(empty_rows)[:10]},
            )
        )

    misread = [b.line for b in table.bad_lines if b.reason == "encoding"]
    other_lines = [b.line for b in table.bad_lines if b.reason != "encoding"]
    if other_lines:
        shown = ", ".join(str(n) for n in other_lines[:SHOWN_ROWS])
        warnings.append(
            DataWarning(
                "bad-lines",
                translate(
                    "data_validation",
                    "1 line could not be read as rows (e.g. line {lines}) and is left out.",
                ).format(lines=shown)
                if len(other_lines) == 1
                else translate(
                    "data_validation",
                    "{count} lines could not be read as rows (e.g. line {lines}) and are left out.",
                ).format(count=len(other_lines), lines=shown),
                translate(
                    "data_validation",
                    "Those lines have more or fewer values than the others: check for an extra "
                    "delimiter or a missing one, or pick the delimiter yourself.",
                )
                if all(b.reason == "fields" for b in table.bad_lines if b.reason != "encoding")
                else translate(
                    "data_validation", "Open the file, fix those lines and save it again."
                ),
                {"lines": other_lines[:50], "count": len(other_lines)},
            )
        )
    if misread:
        shown = ", ".join(str(n) for n in misread[:SHOWN_ROWS])
        shown += " …" if len(misread) > SHOWN_ROWS else ""
        warnings.append(
            DataWarning(
                "mixed-encoding",
                translate(
                    "data_validation",
                    "1 line of the file is written in another text encoding than the rest "
                    "(line {lines}), so it was left out rather than shown as garbled text.",
                ).format(lines=shown)
                if len(misread) == 1
                else translate(
                    "data_validation",
                    "{count} lines of the file are written in another text encoding than the "
                    "rest (line {lines}), so they were left out rather than shown as garbled "
                    "text.",
                ).format(count=len(misread), lines=shown),
                translate(
                    "data_validation",
                    "The file was probably joined from two files saved differently. Save each "
                    "part as UTF-8 (in Excel: 'CSV UTF-8') and join them again.",
                ),
                {"lines": misread[:50], "count": len(misread)},
            )
        )
    return warnings


def _first_occurrences(
    frame: pd.DataFrame, columns: list[str], rows: list[int]
) -> list[tuple[int, int]]:
    """For each repeated row, the earlier row it repeats: (row, first row)."""
    import pandas as pd

    groups = frame.groupby(columns, sort=False, dropna=False).ngroup().to_numpy()
    first = pd.Series(frame.index, index=frame.index).groupby(groups).transform("first")
    return [(row, int(first.loc[row])) for row in rows]


def _constant_label_column(table: Table, roles: ColumnRoles) -> tuple[str, str] | None:
    """A label-like column with one value only (the roles ignore it), if there is one."""
    frame = table.frame
    candidates = [roles.label] if roles.label else []
    candidates += [
        c for c in table.columns if c not in roles.texts and c != roles.label and is_label_name(c)
    ]
    if roles.label is None:
        # Unnamed numeric columns next to the texts count too (e.g. "column_3" of 1.0s).
        for column in table.columns:
            if column in roles.texts or column in candidates:
                continue
            numbers = numeric_series(frame[column])
            if len(frame) > 1 and numbers.notna().all() and numbers.nunique() == 1:
                candidates.append(column)
    for column in candidates:
        values = frame[column][frame[column] != ""]
        if len(values) > 1 and values.nunique() == 1:
            return column, str(values.iloc[0])
    return None


def coverage_warnings(coverage: CoverageReport) -> list[DataWarning]:
    """One warning per language the model does not know well, with a model that does.

    A language whose words mostly become unknown gets the ``unknown-tokens`` code (the old
    check, now naming the language); one cut into letters or known only partly gets
    ``language-coverage``. The hint recommends the smallest catalogue model trained on every
    language found in the texts, with its size and download time.
    """
    from desktop_app.core.catalog.models import recommend_model

    poor = coverage.poorly_known
    if not poor:
        return []
    recommendation = recommend_model(coverage.language_codes())
    if recommendation is not None:
        names = [lang.name for lang in coverage.languages if lang.code]
        hint = translate(
            "data_validation", "Pick a model that knows your language: {recommendation}"
        ).format(recommendation=recommendation.describe(names))
    else:
        hint = translate(
            "data_validation", "Pick a model that knows your language, e.g. a multilingual one."
        )
    warnings = []
    for lang in poor:
        code = "unknown-tokens" if lang.level == "unknown" else "language-coverage"
        data = lang.to_dict()
        data["share"] = data["unknown_token_share"]
        if recommendation is not None:
            data["recommended_model"] = recommendation.spec.hub_id
            data["recommended_size_mb"] = recommendation.spec.size_mb
            data["recommended_download_minutes"] = recommendation.download_minutes
        warnings.append(DataWarning(code, lang.verdict, hint, data))
    return warnings


def _token_checks(
    frame: pd.DataFrame,
    roles: ColumnRoles,
    tokenizer: Any,
    max_seq_length: int | None,
) -> tuple[dict[str, Any], list[Problem], list[DataWarning]]:
    import numpy as np

    limit = max_seq_length or int(getattr(tokenizer, "model_max_length", 512) or 512)
    if limit > 100_000:  # tokenizers without a limit report a huge sentinel
        limit = 512
    sample = (
        frame
        if len(frame) <= TOKEN_SAMPLE_ROWS
        else frame.sample(TOKEN_SAMPLE_ROWS, random_state=0)
    )
    unk_id = getattr(tokenizer, "unk_token_id", None)
    stats: dict[str, Any] = {
        "max_seq_length": limit,
        "sampled_rows": len(sample),
        "total_rows": len(frame),
        "columns": {},
    }
    problems: list[Problem] = []
    total_tokens = 0
    unknown_tokens = 0
    over_all = 0
    texts_all = 0
    for column in roles.texts:
        cells = sample[column]
        cells = cells[cells != ""]
        if cells.empty:
            continue
        encoded = tokenizer(cells.tolist(), add_special_tokens=True, truncation=False)["input_ids"]
        lengths = np.array([len(ids) for ids in encoded])
        if unk_id is not None:
            unknown_tokens += sum(ids.count(unk_id) for ids in encoded)
        total_tokens += int(lengths.sum())
        over = lengths > limit
        over_all += int(over.sum())
        texts_all += len(lengths)
        stats["columns"][column] = {
            "min": int(lengths.min()),
            "mean": round(float(lengths.mean()), 1),
            "max": int(lengths.max()),
            "p95": int(np.percentile(lengths, 95)),
            "over_max_share": round(float(over.mean()), 4),
        }
        for row, length in zip(cells.index[over], lengths[over], strict=True):
            problems.append(
                Problem(
                    int(row),
                    column,
                    "warning",
                    translate(
                        "data_validation",
                        "The text is {length} tokens long; the model reads only the first {limit}.",
                    ).format(length=length, limit=limit),
                )
            )
    unknown_share = unknown_tokens / total_tokens if total_tokens else 0.0
    stats["unknown_token_share"] = round(unknown_share, 4)
    stats["over_max_share"] = round(over_all / texts_all, 4) if texts_all else 0.0
    texts = [text for column in roles.texts for text in sample[column] if text != ""]
    coverage = measure_coverage(tokenizer, texts)
    stats["coverage"] = coverage.to_dict()
    warnings = coverage_warnings(coverage)
    if unknown_share > UNKNOWN_TOKEN_SHARE and "unknown-tokens" not in {w.code for w in warnings}:
        warnings.append(
            DataWarning(
                "unknown-tokens",
                translate(
                    "data_validation",
                    "The model does not know {share:.0%} of the words and signs in your "
                    "texts (it reads them as 'unknown'), so it cannot tell those texts apart.",
                ).format(share=unknown_share),
                translate(
                    "data_validation",
                    "Pick a model that knows your language, e.g. a multilingual one.",
                ),
                {"share": round(unknown_share, 4)},
            )
        )
    if texts_all and over_all / texts_all > LONG_TEXT_SHARE:
        warnings.append(
            DataWarning(
                "long-texts",
                translate(
                    "data_validation",
                    "{share:.0%} of the texts are longer than the {limit} tokens the "
                    "model reads; the rest of each is ignored.",
                ).format(share=over_all / texts_all, limit=limit),
                translate(
                    "data_validation",
                    "Split long texts into shorter passages, or raise the maximum length.",
                ),
                {"share": round(over_all / texts_all, 4), "max_seq_length": limit},
            )
        )
    return stats, problems, warnings
