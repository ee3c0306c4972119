"""Limits on what a data file may make EmbedTune read, and the checks that enforce them.

A data file may come from anyone, so reading is bounded: only regular files are opened (never
a pipe or a device, whatever a link says), and every size that could make memory grow (the
file, a workbook's unpacked parts and part count, the cells a sheet spans, the columns, one
cell, JSON nesting) has a limit here, checked *before* the large part is read. Each check
raises a :class:`DataError` with one plain sentence and a hint. ``docs/input-limits.md``
explains the limits for users; :mod:`desktop_app.core.data.reading` calls the checks.
"""

from __future__ import annotations

import csv
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from desktop_app.core.data.types import Table
from desktop_app.core.errors import DataError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

_RESAVE_HINT = QT_TRANSLATE_NOOP(
    "data_limits",
    "Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.",
)

_MIB = 1024 * 1024

#: Largest file EmbedTune opens, in bytes (256 MiB). Larger files are refused before anything
#: is read: reading text makes Python hold several times the file's size in memory, and
#: fine-tuning on a desktop needs far less data than this.
MAX_FILE_BYTES = 256 * _MIB

#: Largest total unpacked size of a workbook's parts (.xlsx, .xlsm, .ods), or of a Parquet
#: file's data, in bytes (512 MiB). Read from the archive's directory (or the Parquet footer)
#: before anything is unpacked, so a "zip bomb" (a small file that unpacks to gigabytes) is
#: refused while it is still small.
MAX_UNPACKED_BYTES = 512 * _MIB

#: Most cells a sheet or table may span (10 million): rows times columns, counting the empty
#: cells between the first and last filled one, because that is what a spreadsheet reader
#: allocates. A tiny .xlsx with one cell in A1 and one in XFD1048576 spans 17 billion cells.
MAX_CELLS = 10_000_000

#: Most columns a table may have (1,000). Training uses two or three; detection looks at
#: every column, so a file with tens of thousands of columns is refused rather than slow.
MAX_COLUMNS = 1_000

#: Most characters in one cell (1,000,000). Models read at most a few thousand characters of
#: a text; a longer cell is refused with its row, not cut silently.
MAX_CELL_CHARS = 1_000_000

#: Most parts a workbook archive (.xlsx, .ods) may hold (10,000). A workbook has a few dozen;
#: an archive of 100,000 empty parts (12 MB) takes the zip reader seconds and tens of MB just
#: to list, a million ten times that. Counted from the archive's last record before listing.
MAX_ARCHIVE_MEMBERS = 10_000

#: Deepest nesting of lists and objects in a JSON or JSON-lines file (64). Rows of training
#: data are flat; deeper nesting is refused before it can exhaust Python's stack.
MAX_JSON_DEPTH = 64


def _kind_of(mode: int) -> str:
    """A plain name for what a non-regular path is."""
    if stat.S_ISDIR(mode):
        return translate("data_limits", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("data_limits", "a pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("data_limits", "a device")
    if stat.S_ISSOCK(mode):
        return translate("data_limits", "a socket")
    return translate("data_limits", "not a regular file")


def _check_stat(path: Path, info: os.stat_result) -> None:
    """Refuse anything but a regular file of at most :data:`MAX_FILE_BYTES`."""
    if stat.S_ISDIR(info.st_mode):
        raise DataError(
            translate("data_limits", "'{path}' is a folder, not a file.").format(path=path),
            translate("data_limits", "Pick a spreadsheet file."),
        )
    if not stat.S_ISREG(info.st_mode):
        raise DataError(
            translate("data_limits", "'{name}' is {kind}, not a file EmbedTune can read.").format(
                name=path.name, kind=_kind_of(info.st_mode)
            ),
            translate("data_limits", "Pick a spreadsheet or data file saved on disk."),
        )
    if info.st_size > MAX_FILE_BYTES:
        raise DataError(
            translate(
                "data_limits",
                "'{name}' is {size:,.0f} MB; EmbedTune reads files of up to {limit} MB.",
            ).format(name=path.name, size=info.st_size / _MIB, limit=MAX_FILE_BYTES // _MIB),
            translate("data_limits", "Keep only the rows and columns you need, or split the file."),
        )


def check_file(path: Path) -> None:
    """Check that ``path`` is a regular file within the size limit (links are followed)."""
    try:
        info = os.stat(path)  # follows links: a link to /dev/zero is a device
    except FileNotFoundError:
        raise DataError(
            translate("data_limits", "The file '{path}' does not exist.").format(path=path),
            translate("data_limits", "Check the name and the folder."),
        ) from None
    except OSError as exc:
        raise DataError(
            translate("data_limits", "EmbedTune could not open '{name}' ({error}).").format(
                name=path.name, error=exc.strerror or exc
            ),
            translate("data_limits", "Check that the file is there and that you may read it."),
        ) from exc
    _check_stat(path, info)


def read_file_bytes(path: Path) -> bytes:
    """Read a whole file that is checked to be regular, never blocking and never unbounded.

    The file is opened without blocking (a pipe would wait for a writer forever) and checked
    again on the open handle, so it cannot be swapped for a pipe or a device in between; at
    most :data:`MAX_FILE_BYTES` + 1 bytes are read even if it grows meanwhile.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise DataError(
            translate("data_limits", "EmbedTune could not open '{name}' ({error}).").format(
                name=path.name, error=exc.strerror or exc
            ),
            translate("data_limits", "Check that the file is there and that you may read it."),
        ) from exc
    with os.fdopen(descriptor, "rb") as handle:
        _check_stat(path, os.fstat(handle.fileno()))
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise DataError(
            translate(
                "data_limits", "'{name}' is larger than {limit} MB, the most EmbedTune reads."
            ).format(name=path.name, limit=MAX_FILE_BYTES // _MIB),
            translate("data_limits", "Keep only the rows and columns you need, or split the file."),
        )
    return data


def check_table(table: Table) -> None:
    """Refuse a table with too many columns or a cell over :data:`MAX_CELL_CHARS`."""
    frame = table.frame
    check_extent(table.path.name, len(frame), frame.shape[1])
    for column in frame.columns:
        lengths = frame[column].str.len()
        if len(lengths) and lengths.max() > MAX_CELL_CHARS:
            row = int(lengths.idxmax())
            raise DataError(
                translate(
                    "data_limits",
                    "A cell in row {row} (column '{column}') of '{name}' holds "
                    "{chars:,} characters; EmbedTune reads cells of up to {limit:,}.",
                ).format(
                    row=row,
                    column=column,
                    name=table.path.name,
                    chars=int(lengths.max()),
                    limit=MAX_CELL_CHARS,
                ),
                translate(
                    "data_limits",
                    "Shorten that text: a model reads only the first few thousand characters.",
                ),
            )


def check_extent(name: str, rows: int, columns: int) -> None:
    """Refuse a table over :data:`MAX_COLUMNS` columns or :data:`MAX_CELLS` cells."""
    if columns > MAX_COLUMNS:
        raise DataError(
            translate(
                "data_limits",
                "'{name}' has {columns:,} columns; EmbedTune reads tables of up to "
                "{limit:,} columns.",
            ).format(name=name, columns=columns, limit=MAX_COLUMNS),
            translate(
                "data_limits",
                "Keep only the columns you need (the texts and the label) and save it again.",
            ),
        )
    if rows * columns > MAX_CELLS:
        if columns == 1:
            message = translate(
                "data_limits",
                "'{name}' spans {rows:,} rows by {columns:,} column, "
                "more than the {limit:,} cells EmbedTune reads.",
            )
        else:
            message = translate(
                "data_limits",
                "'{name}' spans {rows:,} rows by {columns:,} columns, "
                "more than the {limit:,} cells EmbedTune reads.",
            )
        raise DataError(
            message.format(name=name, rows=rows, columns=columns, limit=MAX_CELLS),
            translate(
                "data_limits",
                "Keep only the rows and columns you need, or split the file. If the sheet looks "
                "small, delete the empty rows and columns far below and right of the data.",
            ),
        )


def line_count(text: str) -> int:
    """Lines in ``text`` (an upper bound of rows), counted without splitting it."""
    return max(text.count("\n"), text.count("\r")) + 1


def allow_long_csv_cells() -> None:
    """Let the csv module read cells of up to :data:`MAX_CELL_CHARS` characters.

    Python's default (131,072) makes a long cell crash the parser. The limit is process-wide,
    so it is only ever raised, to the same value, which is safe from any thread.
    """
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)


#: What Python's zip reader raises for a broken, encrypted or exotic archive.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


def check_archive_members(path: Path) -> None:
    """Refuse a zip archive listing over :data:`MAX_ARCHIVE_MEMBERS` parts, before listing them.

    The count is read from the end-of-directory record in the file's last 64 KiB. Counts
    that need the ZIP64 extension (65,535 parts or more) are over the limit by definition.
    """
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 65_557))
        tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        return  # not a zip archive: the reader says so
    members = int.from_bytes(tail[end + 10 : end + 12], "little")
    if members > MAX_ARCHIVE_MEMBERS:
        raise DataError(
            translate(
                "data_limits",
                "'{name}' is an archive of {members:,} parts; a workbook has a few dozen, "
                "and EmbedTune opens archives of up to {limit:,}.",
            ).format(name=path.name, members=members, limit=MAX_ARCHIVE_MEMBERS),
            translate(
                "data_limits",
                "Open it in your spreadsheet program and save it again, or save the data as CSV.",
            ),
        )


def check_unpacked_size(path: Path) -> None:
    """Refuse a zipped workbook whose parts unpack to more than :data:`MAX_UNPACKED_BYTES`.

    The sizes come from the archive's directory, so nothing is unpacked to learn them; the
    reader behind calamine stops with an error if a part unpacks to more than it declares.
    Files that are not zip archives (.xls) are left to the reader.
    """
    check_archive_members(path)
    try:
        with zipfile.ZipFile(path) as archive:
            declared = sum(info.file_size for info in archive.infolist())
    except ZIP_ERRORS:
        return
    if declared > MAX_UNPACKED_BYTES:
        raise DataError(
            translate(
                "data_limits",
                "'{name}' unpacks to {size:,.0f} MB; EmbedTune reads workbooks "
                "that unpack to at most {limit} MB.",
            ).format(name=path.name, size=declared / _MIB, limit=MAX_UNPACKED_BYTES // _MIB),
            translate(
                "data_limits",
                "Keep only the sheet and columns you need, or save the data as CSV. A small file "
                "that unpacks to so much may have been made to harm: open only files you trust.",
            ),
        )


#: Cell and row tags of an .xlsx sheet, with their attributes and whether they close at once.
_XLSX_TAG = re.compile(
    rb"""<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])(?:\s+r=["']([A-Za-z]*)(\d*)["'])?([^>]*)>"""
)

_XLSX_REF = re.compile(rb"""\br\s*=\s*["']([A-Za-z]*)(\d*)["']""")

#: Row, cell and table tags of an .ods content.xml.
_ODS_TAG = re.compile(rb"<table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>")

_ODS_ROWS = re.compile(rb"""number-rows-repeated\s*=\s*["'](\d+)["']""")

_ODS_COLUMNS = re.compile(rb"""number-columns-repeated\s*=\s*["'](\d+)["']""")

_SCAN_CHUNK = 1 << 20


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + char - 64
    return number


def _tags(stream: Any, pattern: re.Pattern[bytes]) -> Any:
    """Yield the matches of ``pattern`` in a stream read in chunks (tags may span chunks)."""
    carry = b""
    while chunk := stream.read(_SCAN_CHUNK):
        data = carry + chunk
        cut = data.rfind(b"<")
        if cut < 0:
            cut = len(data)
        yield from pattern.finditer(data, 0, cut)
        carry = data[cut:]
    yield from pattern.finditer(carry)


def _xlsx_extent(stream: Any) -> tuple[int, int]:
    """Rows and columns an .xlsx sheet's filled cells span (from A1), read as a stream.

    Cells and rows without an ``r`` reference follow the one before, as in the reader.
    """
    max_row = max_column = row = column = 0
    columns: dict[bytes, int] = {}
    for match in _tags(stream, _XLSX_TAG):
        kind, letters, digits, rest = match.groups()
        if letters is None and b"r" in rest:  # the reference is not the first attribute
            ref = _XLSX_REF.search(rest)
            if ref:
                letters, digits = ref.group(1), ref.group(2)
        if kind == b"row":
            row = int(digits) if digits else row + 1
            column = 0
            continue
        if letters:
            column = columns.get(letters) or columns.setdefault(letters, _column_number(letters))
            row = int(digits) if digits else row
        else:
            column += 1
        if rest.rstrip()[-1:] != b"/":  # <c …/> holds no value
            max_row, max_column = max(max_row, row), max(max_column, column)
    return max_row, max_column


def _ods_extents(stream: Any) -> list[tuple[int, int]]:
    """Rows and columns each table of an .ods content.xml spans, repeats counted."""
    extents: list[tuple[int, int]] = []
    max_row = max_column = row = column = 0
    for match in _tags(stream, _ODS_TAG):
        kind, attributes = match.group(1), match.group(2)
        if kind == b"table":
            if max_row or max_column:
                extents.append((max_row, max_column))
            max_row = max_column = row = column = 0
        elif kind == b"table-row":
            repeat = _ODS_ROWS.search(attributes)
            row += int(repeat.group(1)) if repeat else 1
            column = 0
        else:
            repeat = _ODS_COLUMNS.search(attributes)
            column += int(repeat.group(1)) if repeat else 1
            # A cell is empty when it closes at once without a value type (<… value="1"/>
            # holds a number).
            if b"value-type" in attributes or not attributes.rstrip().endswith(b"/"):
                max_row, max_column = max(max_row, row), max(max_column, column)
    if max_row or max_column:
        extents.append((max_row, max_column))
    return extents


_RELATIONSHIP = re.compile(rb"<(?:[\w.-]+:)?Relationship\b([^>]*)>")

_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*["']([^"']*)["']""")

_SHEET_ID = re.compile(rb"""<(?:[\w.-]+:)?sheet\b[^>]*?\b[\w.-]+:id\s*=\s*["']([^"']*)["']""")


def _worksheet_members(archive: zipfile.ZipFile, names: list[str]) -> list[str]:
    """The parts of an .xlsx that hold sheets: where the workbook's sheets point, wherever.

    The usual place (``xl/worksheets/``) is not enough: a workbook's relationships may put a
    sheet anywhere in the archive, and the reader follows them.
    """
    members = {n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")}
    try:
        workbook = archive.read("xl/workbook.xml") if "xl/workbook.xml" in names else b""
        rels_name = "xl/_rels/workbook.xml.rels"
        relationships = archive.read(rels_name) if rels_name in names else b""
    except ZIP_ERRORS:
        return sorted(members)
    sheet_ids = set(_SHEET_ID.findall(workbook))
    for match in _RELATIONSHIP.finditer(relationships):
        attributes = {key.lower(): value for key, value in _ATTRIBUTE.findall(match.group(1))}
        target = attributes.get(b"target", b"").decode("utf-8", "replace")
        if attributes.get(b"id") not in sheet_ids or not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        parts: list[str] = []
        for part in resolved.split("/"):
            if part == "..":
                if parts:
                    parts.pop()
            elif part not in ("", "."):
                parts.append(part)
        candidate = "/".join(parts)
        members.update(n for n in names if n.lower() == candidate.lower())
    return sorted(members)


def check_sheet_extents(path: Path, fmt: str) -> None:
    """Refuse a workbook with a sheet spanning over :data:`MAX_CELLS` cells, before reading it.

    A reader lays a sheet out as a full grid from its first to its last filled cell, so a
    tiny file with one cell at A1 and one at XFD1048576 would take terabytes. The sheets'
    XML is scanned as a stream (its size is already bounded) without building any cell.
    """
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_ERRORS:
        return
    with archive:
        names = archive.namelist()
        if fmt == "ods":
            members = [n for n in names if n == "content.xml"]
        else:
            members = _worksheet_members(archive, names)
        for member in members:
            try:
                with archive.open(member) as stream:
                    extents = _ods_extents(stream) if fmt == "ods" else [_xlsx_extent(stream)]
            except ZIP_ERRORS as exc:
                raise DataError(
                    translate("data_limits", "The workbook '{name}' is damaged ({error}).").format(
                        name=path.name, error=exc
                    ),
                    translate("data_limits", _RESAVE_HINT),
                ) from exc
            for rows, columns in extents:
                check_extent(path.name, rows, columns)


def too_deep(name: str, line: int | None) -> DataError:
    """The error for JSON nested deeper than :data:`MAX_JSON_DEPTH` (``line`` for JSON lines)."""
    if line is not None:
        message = translate(
            "data_limits",
            "The JSON in '{name}' on line {line} is nested more than {limit} levels deep, "
            "which is not a table.",
        ).format(name=name, line=line, limit=MAX_JSON_DEPTH)
    else:
        message = translate(
            "data_limits",
            "The JSON in '{name}' is nested more than {limit} levels deep, which is not a table.",
        ).format(name=name, limit=MAX_JSON_DEPTH)
    return DataError(
        message,
        translate(
            "data_limits",
            "Save the data as a flat table: one row per example, one column per text.",
        ),
    )


def check_json_depth(data: Any, name: str, line: int | None = None) -> None:
    """Refuse JSON nested deeper than :data:`MAX_JSON_DEPTH` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise too_deep(name, line)
        children = value.values() if isinstance(value, dict) else value
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))


def check_record_columns(records: list[Any], name: str) -> None:
    """Refuse records whose keys (nested ones flattened) make too wide or too big a table.

    Every distinct key becomes a column of every row, so a JSON-lines file whose lines each
    use a new key would make a table of lines x lines cells; this counts before building.
    """
    keys: set[str] = set()
    for record in records:
        stack: list[tuple[str, Any]] = [("", record)]
        while stack:
            prefix, value = stack.pop()
            for key, child in value.items():
                full = f"{prefix}{key}"
                if isinstance(child, dict) and child:
                    stack.append((f"{full}.", child))
                else:
                    keys.add(full)
        if len(keys) > MAX_COLUMNS:
            break
    check_extent(name, len(records), len(keys))


def check_parquet(path: Path) -> None:
    """Refuse a Parquet file over the limits, from its footer, before reading any data."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    unpacked = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    if unpacked > MAX_UNPACKED_BYTES:
        raise DataError(
            translate(
                "data_limits",
                "'{name}' unpacks to {size:,.0f} MB; EmbedTune reads Parquet "
                "files that unpack to at most {limit} MB.",
            ).format(name=path.name, size=unpacked / _MIB, limit=MAX_UNPACKED_BYTES // _MIB),
            translate("data_limits", "Keep only the rows and columns you need, or split the file."),
        )

    check_extent(path.name, metadata.num_rows, metadata.num_columns)
