"""Reading the spreadsheets people actually have into a :class:`Table` of strings.

Users bring CSV files saved by Excel in whatever encoding their system uses, semicolon files
from European Excel, tab-separated exports with stray quote characters, workbooks with a
title sheet first, JSON from a colleague's script. :func:`read_table` turns each into the same
thing: a table of trimmed, NFC-normalised strings, plus a record of how it was read (encoding,
delimiter, sheet, header) and of every line that could not be read, so nothing is dropped
without the user being told.

The frame's index holds each row's *data row number* as the user sees it: 1 is the first row
under the header, and blank rows count (so data row ``n`` is file line
``first_data_line + n - 1`` in a file without multi-line cells). Validation names rows by it.

Files are also what an attacker hands a user, so reading is bounded: only regular files are
opened (never a pipe or a device, whatever the link says), and every size that could make
memory grow (the file, a workbook's unpacked parts, the cells a sheet spans, the columns, one
cell, JSON nesting) has a limit below, checked *before* the big part is read. Each limit is
explained for users in ``docs/input-limits.md``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.data.types import BadLine, Table
from desktop_app.core.errors import DataError

if TYPE_CHECKING:
    import pandas as pd

#: File suffixes read_table understands, with the format each is read as.
SUPPORTED_SUFFIXES: dict[str, str] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".txt": "txt",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".json": "json",
    ".jsonl": "jsonl",
    ".parquet": "parquet",
}

_WORKBOOK_FORMATS = ("xlsx", "xls", "ods")
_DELIMITERS = ("\t", ";", ",", "|")
_DELIMITER_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma", "|": "pipe"}
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_WHITESPACE_LINE = re.compile(r"(?m)^[ \t\f\v]+$")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
#: Legacy encodings tried, in order, when a file is not UTF-8 (Russian and Korean Windows).
_LEGACY_ENCODINGS = ("cp1251", "cp949")
#: Control characters no spreadsheet shows and no model reads; removed from every cell.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Bytes that never occur in text (C0 controls other than tab, line breaks, form feed, escape).
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])

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

_RESAVE_HINT = "Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV."


def delimiter_name(delimiter: str | None) -> str | None:
    """Return a plain name for a delimiter ("tab", "semicolon"…), or the character itself."""
    if delimiter is None:
        return None
    return _DELIMITER_NAMES.get(delimiter, delimiter)


def parse_delimiter(value: str | None) -> str | None:
    """Turn a user's ``--delimiter`` value ("tab", "\\t", ";", "semicolon"…) into a character."""
    if value is None or value == "":
        return None
    names = {name: char for char, name in _DELIMITER_NAMES.items()}
    names.update({"\\t": "\t", "tsv": "\t", "csv": ","})
    lowered = value.strip().lower() if value.strip() else value
    if lowered in names:
        return names[lowered]
    if len(value) == 1:
        return value
    raise DataError(
        f"'{value}' is not a delimiter I understand.",
        "Use one character, or one of: comma, semicolon, tab, pipe.",
    )


def _format_for(path: Path) -> str:
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DataError(
            f"EmbedTune cannot read '{path.name}': files ending in "
            f"'{path.suffix or '(nothing)'}' are not supported.",
            f"Save it as one of: {supported}.",
        )
    return fmt


def _kind_of(mode: int) -> str:
    """A plain name for what a non-regular path is."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check_stat(path: Path, info: os.stat_result) -> None:
    """Refuse anything but a regular file of at most :data:`MAX_FILE_BYTES`."""
    if stat.S_ISDIR(info.st_mode):
        raise DataError(f"'{path}' is a folder, not a file.", "Pick a spreadsheet file.")
    if not stat.S_ISREG(info.st_mode):
        raise DataError(
            f"'{path.name}' is {_kind_of(info.st_mode)}, not a file EmbedTune can read.",
            "Pick a spreadsheet or data file saved on disk.",
        )
    if info.st_size > MAX_FILE_BYTES:
        raise DataError(
            f"'{path.name}' is {info.st_size / _MIB:,.0f} MB; EmbedTune reads files of up to "
            f"{MAX_FILE_BYTES // _MIB} MB.",
            "Keep only the rows and columns you need, or split the file.",
        )


def _check_file(path: Path) -> None:
    """Check that ``path`` is a regular file within the size limit (links are followed)."""
    try:
        info = os.stat(path)  # follows links: a link to /dev/zero is a device
    except FileNotFoundError:
        raise DataError(
            f"The file '{path}' does not exist.", "Check the name and the folder."
        ) from None
    except OSError as exc:
        raise DataError(
            f"EmbedTune could not open '{path.name}' ({exc.strerror or exc}).",
            "Check that the file is there and that you may read it.",
        ) from exc
    _check_stat(path, info)


def _read_bytes(path: Path) -> bytes:
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
            f"EmbedTune could not open '{path.name}' ({exc.strerror or exc}).",
            "Check that the file is there and that you may read it.",
        ) from exc
    with os.fdopen(descriptor, "rb") as handle:
        _check_stat(path, os.fstat(handle.fileno()))
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise DataError(
            f"'{path.name}' is larger than {MAX_FILE_BYTES // _MIB} MB, the most EmbedTune reads.",
            "Keep only the rows and columns you need, or split the file.",
        )
    return data


def read_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> Table:
    """Read a spreadsheet or data file into a table of strings.

    Args:
        path: The file (.csv .tsv .txt .xlsx .xlsm .xls .ods .json .jsonl .parquet).
        sheet: For workbooks, the sheet to read; None picks the first sheet holding a table.
        encoding: For text files, the encoding to use; None detects it.
        delimiter: For delimited text, the delimiter; None detects it.
        has_header: Whether the first row holds column names; None detects it.

    Returns:
        The table, with how it was read and the lines that could not be read.

    Raises:
        DataError: The file is missing, of an unsupported kind, or cannot be read.
    """
    path = Path(path)
    fmt = _format_for(path)
    _check_file(path)
    try:
        if fmt in ("csv", "tsv", "txt"):
            table = _read_delimited(path, fmt, encoding, delimiter, has_header)
        elif fmt in _WORKBOOK_FORMATS:
            table = _read_workbook(path, fmt, sheet, has_header)
        elif fmt == "json":
            table = _read_json(path, encoding)
        elif fmt == "jsonl":
            table = _read_jsonl(path, encoding)
        else:
            table = _read_parquet(path)
    except DataError:
        raise
    except RecursionError as exc:
        raise DataError(
            f"'{path.name}' is nested too deeply to be a table.",
            "Save the data as a flat table: one row per example, one column per text.",
        ) from exc
    except MemoryError as exc:
        raise DataError(
            f"'{path.name}' is too large to read with the memory this computer has free.",
            "Keep only the rows and columns you need, or close other programs.",
        ) from exc
    except (OSError, ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise DataError(
            f"EmbedTune could not read '{path.name}' as a {fmt} file ({exc}).", _RESAVE_HINT
        ) from exc
    _check_cells(table)
    if table.frame.shape[1] == 0 or len(table.frame) == 0:
        raise DataError(
            f"'{path.name}' holds no rows of data.",
            "Check that you picked the right file (and sheet).",
        )
    return table


def _check_cells(table: Table) -> None:
    """Refuse a table with too many columns or a cell over :data:`MAX_CELL_CHARS`."""
    frame = table.frame
    _check_extent(table.path.name, len(frame), frame.shape[1])
    for column in frame.columns:
        lengths = frame[column].str.len()
        if len(lengths) and lengths.max() > MAX_CELL_CHARS:
            row = int(lengths.idxmax())
            raise DataError(
                f"A cell in row {row} (column '{column}') of '{table.path.name}' holds "
                f"{int(lengths.max()):,} characters; EmbedTune reads cells of up to "
                f"{MAX_CELL_CHARS:,}.",
                "Shorten that text: a model reads only the first few thousand characters.",
            )


def _check_extent(name: str, rows: int, columns: int) -> None:
    """Refuse a table over :data:`MAX_COLUMNS` columns or :data:`MAX_CELLS` cells."""
    if columns > MAX_COLUMNS:
        raise DataError(
            f"'{name}' has {columns:,} columns; EmbedTune reads tables of up to "
            f"{MAX_COLUMNS:,} columns.",
            "Keep only the columns you need (the texts and the label) and save it again.",
        )
    if rows * columns > MAX_CELLS:
        raise DataError(
            f"'{name}' spans {rows:,} rows by {columns:,} column{'' if columns == 1 else 's'}, "
            f"more than the {MAX_CELLS:,} cells EmbedTune reads.",
            "Keep only the rows and columns you need, or split the file. If the sheet looks "
            "small, delete the empty rows and columns far below and right of the data.",
        )


def list_sheets(path: str | Path) -> list[str]:
    """Return the sheet names of a workbook (an empty list for other formats)."""
    path = Path(path)
    fmt = _format_for(path)
    _check_file(path)
    if fmt not in _WORKBOOK_FORMATS:
        return []
    _check_unpacked_size(path)
    return list(_open_workbook(path).sheet_names)


# ---------------------------------------------------------------------------------------------
# Cells


def _clean(value: str) -> str:
    """Trim, drop control characters and NFC-normalise one cell.

    Zero-width joiners are not whitespace: they stay (Sinhala needs them).
    """
    if not value.isprintable():  # fast check; most cells hold no control character
        value = _CONTROL_CHARS.sub("", value)
    value = value.strip()
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return value


def _cell_to_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _clean_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Make every cell a clean string and drop rows that are blank in every column."""
    for column in frame.columns:
        frame[column] = [
            _clean(v) if isinstance(v, str) else _cell_to_str(v) for v in frame[column]
        ]
        if frame[column].dtype != object:
            frame[column] = frame[column].astype(object)
    if len(frame):
        blank = (frame == "").all(axis=1)
        if blank.any():
            frame = frame[~blank]
    return frame


def _header_names(cells: list[str]) -> list[str]:
    """Column names from a header row: blanks become column_N, repeats get a suffix."""
    names: list[str] = []
    seen: Counter[str] = Counter()
    for i, cell in enumerate(cells, start=1):
        name = cell or f"column_{i}"
        seen[name] += 1
        if seen[name] > 1:
            name = f"{name}_{seen[name]}"
        names.append(name)
    return names


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text))


def _looks_like_header(first: list[str], rest: list[list[str]]) -> bool:
    """Guess whether ``first`` holds column names rather than data.

    A numeric cell in a column whose data are numeric means data. Otherwise, names are short
    and unlike the data under them: a text column whose data are much longer than the first
    row's cell, or a numeric column whose first cell is not a number, means a header.
    """
    if not rest:
        return not any(_is_number(c) for c in first)
    width = len(first)
    # Headers may have gaps, but a first row with gaps and numbers is data.
    if any(not c for c in first) and any(_is_number(c) for c in first):
        return False
    columns = []
    for j in range(width):
        below = [r[j] for r in rest if j < len(r) and r[j]]
        if below:
            numeric = sum(_is_number(c) for c in below) / len(below) >= 0.9
            columns.append((first[j], below, numeric))
    # A numeric column decides: a number on top is data, a word on top is its name.
    numeric_tops = [cell for cell, _, numeric in columns if numeric and cell]
    if any(_is_number(cell) for cell in numeric_tops):
        return False
    if numeric_tops:
        return True
    from desktop_app.core.data.detection import is_known_column_name

    if any(is_known_column_name(cell) for cell in first if cell):
        return True
    header_votes = 0
    data_votes = 0
    for cell, below, _ in columns:
        if not cell:
            continue
        mean_len = sum(len(c) for c in below) / len(below)
        ascii_below = sum(c.isascii() for c in below) / len(below)
        if len(cell) <= 40 and len(cell.split()) <= 4 and mean_len >= 2.5 * max(len(cell), 1):
            header_votes += 1
        elif cell.isascii() and ascii_below < 0.2:
            header_votes += 1  # English names over Korean/Russian/Sinhala data
        elif cell in below or abs(len(cell) - mean_len) <= 0.5 * mean_len:
            data_votes += 1
    return header_votes > data_votes


def _finish(
    rows: list[list[str]],
    row_numbers: list[int],
    has_header: bool | None,
) -> tuple[pd.DataFrame, bool, int]:
    """Build the frame from clean rows; return it, whether a header was used, header line."""
    import pandas as pd

    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if has_header is None:
        has_header = bool(rows) and _looks_like_header(rows[0], rows[1:200])
    if has_header and rows:
        names = _header_names(rows[0])
        header_line = row_numbers[0]
        rows, row_numbers = rows[1:], row_numbers[1:]
    else:
        names = [f"column_{i}" for i in range(1, width + 1)]
        header_line = row_numbers[0] - 1 if row_numbers else 0
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    frame.index = pd.Index([n - header_line for n in row_numbers], dtype="int64")
    return frame, has_header, header_line


# ---------------------------------------------------------------------------------------------
# Delimited text


def detect_encoding(raw: bytes) -> str:
    """Pick the encoding of a text file's bytes, never one that would show mojibake.

    BOMs decide first, then strict UTF-8; after that the legacy encodings users' Excel
    writes (Windows-1251, CP949) are decoded strictly and scored by how plausible the text
    is, with charset-normalizer as the last resort.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = raw[:200_000]
    if sample.count(b"\x00") > len(sample) // 4:
        even_nuls = sample[0::2].count(b"\x00")
        odd_nuls = sample[1::2].count(b"\x00")
        return "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str] | None = None
    for candidate in _LEGACY_ENCODINGS:
        try:
            text = raw.decode(candidate)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text, candidate)
        if best is None or score > best[0]:
            best = (score, candidate)
    if best is not None and best[0] >= 0.6:
        return best[1]
    from charset_normalizer import from_bytes

    guess = from_bytes(raw).best()
    if guess is not None:
        return str(guess.encoding)
    if best is not None:
        return best[1]
    raise DataError(
        "EmbedTune could not tell which text encoding this file uses.",
        "Save it as UTF-8 (in Excel: 'CSV UTF-8'), or name its encoding yourself.",
    )


def _plausibility(text: str, encoding: str) -> float:
    """Share of non-ASCII letters in words written in one script that fits ``encoding``."""
    good = 0
    total = 0
    for word in re.findall(r"\w*[^\x00-\x7f]\w*", text[:100_000]):
        letters = [c for c in word if not c.isascii()]
        total += len(letters)
        if not any(c.isascii() and c.isalpha() for c in word):
            if encoding == "cp1251":
                good += sum("\u0400" <= c <= "\u04ff" for c in letters)
            else:
                good += sum("\uac00" <= c <= "\ud7a3" for c in letters)
    return good / total if total else 0.0


def _sniff_delimiter(lines: list[str]) -> str:
    """Pick the delimiter that splits the sample lines into the most consistent field count.

    Each candidate is scored by how many lines share the most common field count (counting
    both raw characters and a quote-aware parse, so quoted commas or a stray quote do not
    fool it); counts of one field do not count.
    """
    sample = [line for line in lines if line.strip()][:200]
    if not sample:
        return ","
    best: tuple[float, int, str] = (0.0, 0, ",")
    for delim in _DELIMITERS:
        for counts in (
            [line.count(delim) + 1 for line in sample],
            [len(row) for row in csv.reader(sample, delimiter=delim, strict=False)]
            if len(sample) < 5000
            else [],
        ):
            if not counts or len(counts) != len(sample):
                continue
            mode, hits = Counter(counts).most_common(1)[0]
            if mode < 2:
                continue
            score = hits / len(sample)
            if (score, mode) > best[:2]:
                best = (score, mode, delim)
    if best[0] < 0.6:
        return "\n"  # no delimiter splits the lines consistently: one text per line
    return best[2]


def _read_delimited(
    path: Path,
    fmt: str,
    encoding: str | None,
    delimiter: str | None,
    has_header: bool | None,
) -> Table:
    raw = _read_bytes(path)
    text, used, undecodable = _decode(path, raw, encoding, fmt)
    del raw
    _check_extent(path.name, _line_count(text), 1)  # before a string is made of every line
    lines = _LINE_SPLIT.split(text)
    _allow_long_cells()
    try:
        delim = delimiter or ("\t" if fmt == "tsv" else _sniff_delimiter(lines))
        rows, numbers, bad = _parse_delimited(text, lines, delim, path.name)
    except csv.Error as exc:
        if "field larger than field limit" not in str(exc):
            raise DataError(
                f"EmbedTune could not read '{path.name}' as a {fmt} file ({exc}).", _RESAVE_HINT
            ) from exc
        long_lines = [i for i, line in enumerate(lines, start=1) if len(line) > MAX_CELL_CHARS]
        where = f" on line {long_lines[0]}" if long_lines else ""
        raise DataError(
            f"A cell{where} of '{path.name}' is longer than {MAX_CELL_CHARS:,} characters, "
            "the most EmbedTune reads in one cell.",
            "Shorten that text, or check for a quote character that is never closed.",
        ) from exc
    frame, header, header_line = _finish(rows, numbers, has_header)
    frame = _clean_frame(frame)
    return Table(
        frame=frame,
        path=path,
        format=fmt,
        encoding=used,
        delimiter=None if delim == "\n" else delim,
        has_header=header,
        bad_lines=sorted([*bad, *undecodable], key=lambda b: b.line),
        first_data_line=header_line + 1,
    )


# ---------------------------------------------------------------------------------------------
# Bytes to text: binary files, forced and detected encodings, files mixing two encodings

#: Start of files that are not text at all, with what they are in plain words.
_NOT_TEXT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zip archive (perhaps an .xlsx or .ods workbook with another ending)"),
    (b"\xd0\xcf\x11\xe0", "an Office file (perhaps an old .xls workbook with another ending)"),
    (b"PAR1", "a Parquet file"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a picture"),
    (b"\xff\xd8\xff", "a picture"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
)
#: Share of binary bytes above which a file is not text (random or compressed data has 11%;
#: a text file with a stray NUL far less: those are removed from the cells).
_BINARY_SHARE = 0.05

_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp949": "CP949 (Korean Windows)",
}


def _looks_utf16(raw: bytes) -> bool:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = raw[:200_000]
    return sample.count(b"\x00") > len(sample) // 4 and (
        abs(sample[0::2].count(b"\x00") - sample[1::2].count(b"\x00")) > 0.8 * sample.count(b"\x00")
    )


def _refuse_binary(path: Path, raw: bytes, fmt: str) -> None:
    """Refuse bytes that are not text (a renamed workbook, a picture, random data)."""
    for signature, what in _NOT_TEXT_SIGNATURES:
        if raw.startswith(signature):
            raise DataError(
                f"'{path.name}' is {what}, not a {fmt} text file.",
                "Give the file its real ending (e.g. .xlsx), or save it again as UTF-8 CSV.",
            )
    if _looks_utf16(raw):
        return
    sample = raw[:65_536]
    binary = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    if sample and binary / len(sample) > _BINARY_SHARE:
        raise DataError(
            f"'{path.name}' does not hold text: it looks like a program's own binary format.",
            _RESAVE_HINT,
        )


def _decode(
    path: Path, raw: bytes, encoding: str | None, fmt: str
) -> tuple[str, str, list[BadLine]]:
    """Bytes to text; return the text, the encoding used and the lines that could not be read.

    A file that mixes two encodings (UTF-8 lines and Windows-1251 lines, say, after two files
    were joined) is read in the encoding most of its lines use; the other lines are blanked
    (so line numbers stay right) and returned as bad lines, never shown as mojibake.
    """
    if encoding:
        try:
            text = raw.decode(encoding)
        except LookupError as exc:
            raise DataError(
                f"'{encoding}' is not a text encoding I know.",
                "Try utf-8, utf-16, cp1251 (Russian Windows) or cp949 (Korean Windows).",
            ) from exc
        except UnicodeDecodeError as exc:
            raise DataError(
                f"'{path.name}' is not written in {encoding}: byte {exc.start} does not fit.",
                "Leave the encoding out to let EmbedTune detect it.",
            ) from exc
        return text.lstrip("\ufeff"), encoding, []
    _refuse_binary(path, raw, fmt)
    mixed = _split_mixed(raw)
    if mixed is None:
        used = detect_encoding(raw)
        return raw.decode(used).lstrip("\ufeff"), used, []
    used, text, bad_numbers, other = mixed
    name = _ENCODING_NAMES.get(used, used)
    other_name = _ENCODING_NAMES.get(other, other)
    bad = [
        BadLine(
            number,
            f"Line {number} is written in another encoding ({other_name}) than the rest of "
            f"the file ({name}), so it could not be read."
            if other != "another encoding"
            else f"Line {number} is not written in {name} like the rest of the file, so it "
            "could not be read.",
            reason="encoding",
        )
        for number in bad_numbers
    ]
    return text.lstrip("\ufeff"), used, bad


#: Scripts whose letters in a UTF-8 line show it really is UTF-8 (Cyrillic, Greek, Hebrew,
#: Arabic, Indic scripts with Sinhala, Thai, Hangul, kana, Han). Latin letters with accents
#: do not: the bytes of a CP949 syllable can happen to spell "ũ" in UTF-8.
_TELLING_UTF8 = re.compile(
    "[\u0370-\u07ff\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff"
    "\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


def _telling_utf8(line: str) -> bool:
    """True when most non-ASCII characters of a decoded line are in a telling script."""
    foreign = sum(1 for c in line if not c.isascii())
    return bool(foreign) and len(_TELLING_UTF8.findall(line)) * 2 >= foreign


def _split_mixed(raw: bytes) -> tuple[str, str, list[int], str] | None:
    """Find lines in a second encoding; None when the file uses one encoding throughout.

    Lines that are not valid UTF-8 are in another encoding; lines that are valid UTF-8 count
    as UTF-8 only when their letters show it (a legacy line can be valid UTF-8 by chance).
    The encoding most lines use wins; the others are blanked.

    Returns:
        The majority encoding, the text with the other lines blanked, the 1-based numbers
        of those lines, and the name of the encoding they seem to be in.
    """
    if _looks_utf16(raw):
        return None
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    lines = raw.split(b"\n")
    utf8: list[int] = []
    telling: list[int] = []
    other: list[int] = []
    for index, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(index)
            continue
        utf8.append(index)
        if _telling_utf8(decoded):
            telling.append(index)
    if not telling or not other:
        return None
    try:
        legacy: str | None = detect_encoding(b"\n".join(lines[i] for i in other))
    except DataError:
        legacy = None
    if len(utf8) >= len(other):
        used, blanked, minority = "utf-8", set(other), legacy or "another encoding"
    elif legacy is not None:
        used, blanked, minority = legacy, set(telling), "utf-8"
    else:
        return None
    text = "\n".join(
        "" if i in blanked else line.decode(used, errors="replace") for i, line in enumerate(lines)
    )
    return used, text, sorted(i + 1 for i in blanked), minority


def _line_count(text: str) -> int:
    """Lines in ``text`` (an upper bound of rows), counted without splitting it."""
    return max(text.count("\n"), text.count("\r")) + 1


def _allow_long_cells() -> None:
    """Let the csv module read cells of up to :data:`MAX_CELL_CHARS` characters.

    Python's default (131,072) makes a long cell crash the parser. The limit is process-wide,
    so it is only ever raised, to the same value, which is safe from any thread.
    """
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)


def _expected_fields(counts: list[int]) -> int:
    """The field count most records have (ties go to the larger count)."""
    counter = Counter(c for c in counts if c > 0)
    if not counter:
        return 1
    return max(counter.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _parse_delimited(
    text: str, lines: list[str], delim: str, name: str
) -> tuple[list[list[str]], list[int], list[BadLine]]:
    """Split text into rows of raw strings with their 1-based line numbers and bad lines.

    The fast path is pandas' C parser with normal CSV quoting. When that merges lines (a
    stray quote character opens a quoted field that swallows the following lines) or a line
    has the wrong number of fields, the text is parsed line by line instead: each line with
    quoting if that gives the right field count, else split plainly; a line that fits
    neither is a bad line. The table's size is checked against the limits before any cell
    is built.
    """
    nonblank = [i + 1 for i, line in enumerate(lines) if line.strip()]
    if delim == "\n":
        _check_extent(name, len(nonblank), 1)
        return [[lines[i - 1]] for i in nonblank], nonblank, []
    raw_counts = [lines[i - 1].count(delim) + 1 for i in nonblank]
    has_quotes = '"' in text
    if has_quotes:
        # Count fields quote-aware (a quoted comma is not a delimiter), line by line.
        sample = [lines[i - 1] for i in nonblank[:2000]]
        expected = _expected_fields(
            [len(next(csv.reader([line], delimiter=delim, strict=False), [])) for line in sample]
        )
    else:
        expected = _expected_fields(raw_counts)
    _check_extent(name, len(nonblank), expected)
    if not has_quotes or _quotes_are_balanced_per_line(lines):
        fast = _parse_fast(text, delim, expected, quoting=has_quotes)
        if fast is not None and len(fast) == len(nonblank):
            short = [n for n, c in zip(nonblank, raw_counts, strict=True) if c < expected]
            if not short:
                return fast, nonblank, []
    if has_quotes:
        # Quoted cells may legitimately span lines (Excel writes them for line breaks).
        whole = _parse_quoted_records(text, delim)
        swallowed = any("\n" in cell and delim in cell for row, _ in whole for cell in row)
        if not swallowed and all(len(row) == expected for row, _ in whole):
            return _split_bad(whole, expected)
    records = []
    for number in nonblank:
        line = lines[number - 1]
        quoted = next(csv.reader([line], delimiter=delim, strict=False), [])
        if len(quoted) == expected:
            records.append((quoted, number))
        else:
            records.append((line.split(delim), number))
    return _split_bad(records, expected)


def _quotes_are_balanced_per_line(lines: list[str]) -> bool:
    """True when no line has an odd number of quote characters (no field spans lines)."""
    return all(line.count('"') % 2 == 0 for line in lines if '"' in line)


def _parse_fast(text: str, delim: str, expected: int, *, quoting: bool) -> list[list[str]] | None:
    """Parse with pandas' C parser; None when it could not parse every line as it is.

    pandas only warns when a line has more values than expected (and drops them), so a
    warning sends the text down the careful path too, and none reaches the user.
    """
    import warnings

    import pandas as pd

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.StringIO(_WHITESPACE_LINE.sub("", text)),
                sep=delim,
                header=None,
                names=list(range(expected)),
                index_col=False,
                dtype=str,
                keep_default_na=False,
                na_values=[],
                skip_blank_lines=True,
                engine="c",
                quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE,
            )
    except (pd.errors.ParserError, ValueError):
        return None
    if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
        return None
    return frame.to_numpy(dtype=object).tolist()


def _parse_quoted_records(text: str, delim: str) -> list[tuple[list[str], int]]:
    """Parse with quoting (fields may span lines); return records with their first line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=False)
    records: list[tuple[list[str], int]] = []
    last_line = 0
    for row in reader:
        start = last_line + 1
        last_line = reader.line_num
        if not row or all(not cell.strip() for cell in row):
            continue
        records.append((row, start))
    return records


def _split_bad(
    records: list[tuple[list[str], int]], expected: int
) -> tuple[list[list[str]], list[int], list[BadLine]]:
    rows: list[list[str]] = []
    numbers: list[int] = []
    bad: list[BadLine] = []
    for fields, number in records:
        if len(fields) == expected or (
            len(fields) > expected and not any(f.strip() for f in fields[expected:])
        ):
            rows.append(fields[:expected])
            numbers.append(number)
        else:
            bad.append(
                BadLine(
                    number,
                    f"Line {number} has {len(fields)} values where the other lines have "
                    f"{expected}.",
                )
            )
    return rows, numbers, bad


# ---------------------------------------------------------------------------------------------
# Workbooks


def _open_workbook(path: Path) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for broken files
        raise DataError(
            f"EmbedTune could not open the workbook '{path.name}' ({exc}).",
            "Open it in your spreadsheet program and save it again as .xlsx.",
        ) from exc


#: What Python's zip reader raises for a broken, encrypted or exotic archive.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


def _check_archive_members(path: Path) -> None:
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
            f"'{path.name}' is an archive of {members:,} parts; a workbook has a few dozen, "
            f"and EmbedTune opens archives of up to {MAX_ARCHIVE_MEMBERS:,}.",
            "Open it in your spreadsheet program and save it again, or save the data as CSV.",
        )


def _check_unpacked_size(path: Path) -> None:
    """Refuse a zipped workbook whose parts unpack to more than :data:`MAX_UNPACKED_BYTES`.

    The sizes come from the archive's directory, so nothing is unpacked to learn them; the
    reader behind calamine stops with an error if a part unpacks to more than it declares.
    Files that are not zip archives (.xls) are left to the reader.
    """
    _check_archive_members(path)
    try:
        with zipfile.ZipFile(path) as archive:
            declared = sum(info.file_size for info in archive.infolist())
    except _ZIP_ERRORS:
        return
    if declared > MAX_UNPACKED_BYTES:
        raise DataError(
            f"'{path.name}' unpacks to {declared / _MIB:,.0f} MB; EmbedTune reads workbooks "
            f"that unpack to at most {MAX_UNPACKED_BYTES // _MIB} MB.",
            "Keep only the sheet and columns you need, or save the data as CSV. A small file "
            "that unpacks to so much may have been made to harm: open only files you trust.",
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
    except _ZIP_ERRORS:
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


def _check_sheet_extents(path: Path, fmt: str) -> None:
    """Refuse a workbook with a sheet spanning over :data:`MAX_CELLS` cells, before reading it.

    A reader lays a sheet out as a full grid from its first to its last filled cell, so a
    tiny file with one cell at A1 and one at XFD1048576 would take terabytes. The sheets'
    XML is scanned as a stream (its size is already bounded) without building any cell.
    """
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS:
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
            except _ZIP_ERRORS as exc:
                raise DataError(
                    f"The workbook '{path.name}' is damaged ({exc}).", _RESAVE_HINT
                ) from exc
            for rows, columns in extents:
                _check_extent(path.name, rows, columns)


def _sheet_rows(workbook: Any, name: str, file_name: str) -> list[tuple[int, list[str]]]:
    """Non-blank rows of a sheet as (1-based sheet row number, cells)."""
    try:
        sheet = workbook.get_sheet_by_name(name)
        _check_extent(file_name, sheet.height, sheet.width)  # before Python objects are built
        grid = sheet.to_python(skip_empty_area=True)
    except DataError:
        raise
    except Exception as exc:  # calamine raises its own error types for broken parts
        raise DataError(
            f"The sheet '{name}' of '{file_name}' is damaged and cannot be read ({exc}).",
            "Open it in your spreadsheet program and save it again as .xlsx.",
        ) from exc
    start_row = sheet.start[0] if sheet.start else 0
    out: list[tuple[int, list[str]]] = []
    for i, row in enumerate(grid):
        cells = [_cell_to_str(v).strip() for v in row]
        if any(cells):
            out.append((start_row + i + 1, cells))
    return out


def _table_part(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Drop title lines above a table (leading rows with one filled cell, when others have more)."""
    widest = max((sum(1 for c in cells if c) for _, cells in rows), default=0)
    if widest < 2:
        return rows
    start = 0
    while start < len(rows) and sum(1 for c in rows[start][1] if c) < 2:
        start += 1
    return rows[start:]


def _read_workbook(path: Path, fmt: str, sheet: str | None, has_header: bool | None) -> Table:
    _check_unpacked_size(path)
    _check_sheet_extents(path, fmt)
    workbook = _open_workbook(path)
    names = list(workbook.sheet_names)
    if not names:
        raise DataError(f"The workbook '{path.name}' has no sheets.", "Check the file.")
    if sheet is not None:
        if sheet not in names:
            listed = ", ".join(f"'{n}'" for n in names)
            raise DataError(
                f"The workbook '{path.name}' has no sheet called '{sheet}'.",
                f"Its sheets are: {listed}.",
            )
        chosen, rows = sheet, _table_part(_sheet_rows(workbook, sheet, path.name))
    else:
        chosen, rows = names[0], []
        fallback: tuple[str, list[tuple[int, list[str]]]] | None = None
        for name in names:
            candidate = _table_part(_sheet_rows(workbook, name, path.name))
            if fallback is None and candidate:
                fallback = (name, candidate)
            filled = [r for r in candidate if sum(1 for c in r[1] if c) >= 2]
            if len(filled) >= 2:
                chosen, rows = name, candidate
                break
        else:
            if fallback is not None:
                chosen, rows = fallback
    if not rows:
        raise DataError(
            f"The sheet '{chosen}' of '{path.name}' is empty.",
            "Pick the sheet that holds your data.",
        )
    frame, header, header_line = _finish(
        [cells for _, cells in rows], [n for n, _ in rows], has_header
    )
    frame = _clean_frame(frame)
    frame = frame.loc[:, [c for c in frame.columns if not _unnamed_empty(frame, c)]]
    return Table(
        frame=frame,
        path=path,
        format=fmt,
        sheet=chosen,
        sheets=names,
        has_header=header,
        first_data_line=header_line + 1,
    )


def _unnamed_empty(frame: pd.DataFrame, column: str) -> bool:
    return str(column).startswith("column_") and bool((frame[column] == "").all())


# ---------------------------------------------------------------------------------------------
# JSON, JSON lines, Parquet


def _json_text(path: Path, encoding: str | None, fmt: str) -> tuple[str, str, list[BadLine]]:
    return _decode(path, _read_bytes(path), encoding, fmt)


def _too_deep(name: str, line: int | None) -> DataError:
    where = f" on line {line}" if line is not None else ""
    return DataError(
        f"The JSON in '{name}'{where} is nested more than {MAX_JSON_DEPTH} levels deep, "
        "which is not a table.",
        "Save the data as a flat table: one row per example, one column per text.",
    )


def _check_depth(data: Any, name: str, line: int | None = None) -> None:
    """Refuse JSON nested deeper than :data:`MAX_JSON_DEPTH` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise _too_deep(name, line)
        children = value.values() if isinstance(value, dict) else value
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))


def _load_json(text: str, name: str, line: int | None = None) -> Any:
    """Parse JSON; nesting too deep for Python's stack is refused like any over the limit."""
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise _too_deep(name, line) from exc
    if isinstance(data, (dict, list)):
        _check_depth(data, name, line)
    return data


def _records_from_json(data: Any, name: str) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) >= 1:
            return lists[0]
        if data and all(isinstance(v, list) for v in data.values()):
            # Column-oriented: {"question": [...], "answer": [...]}
            keys = list(data)
            length = min(len(v) for v in data.values())
            return [{k: data[k][i] for k in keys} for i in range(length)]
    raise DataError(
        f"'{name}' is JSON, but not a list of rows.",
        'Use a list of records such as [{"question": "…", "answer": "…"}, …].',
    )


def _check_record_columns(records: list[Any], name: str) -> None:
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
    _check_extent(name, len(records), len(keys))


def _frame_from_records(records: list[Any], numbers: list[int], name: str) -> pd.DataFrame:
    import pandas as pd

    if records and not all(isinstance(r, dict) for r in records):
        if all(isinstance(r, list) for r in records):
            width = max(len(r) for r in records)
            records = [{f"column_{i + 1}": v for i, v in enumerate(r)} for r in records]
            del width
        else:
            raise DataError(
                "The JSON rows are not records.",
                'Each row should look like {"question": "…", "answer": "…"}.',
            )
    _check_record_columns(records, name)
    frame = pd.json_normalize(records) if records else pd.DataFrame()
    frame = frame.astype(object)
    frame.index = pd.Index(numbers, dtype="int64")
    return _clean_frame(frame)


def _read_json(path: Path, encoding: str | None) -> Table:
    text, used, undecodable = _json_text(path, encoding, "json")
    if undecodable:
        lines = ", ".join(str(b.line) for b in undecodable[:5])
        raise DataError(
            f"'{path.name}' mixes two text encodings: line {lines} "
            f"{'is' if len(undecodable) == 1 else 'are'} not written like the rest.",
            "Save the file again as UTF-8, which JSON files should always use.",
        )
    # Every value but the first in a list or object follows a comma: an upper bound of the
    # values Python would build, counted before it builds them.
    values = text.count(",") + text.count("{") + text.count("[")
    if values > MAX_CELLS:
        raise DataError(
            f"'{path.name}' holds more than {MAX_CELLS:,} values, the most EmbedTune reads "
            "from one JSON file.",
            "Keep only the rows and fields you need, or split the file.",
        )
    try:
        data = _load_json(text, path.name)
    except json.JSONDecodeError as exc:
        raise DataError(
            f"'{path.name}' is not valid JSON: {exc.msg} at line {exc.lineno}.",
            "Fix the file, or save the data as CSV or .xlsx.",
        ) from exc
    records = _records_from_json(data, path.name)
    frame = _frame_from_records(records, list(range(1, len(records) + 1)), path.name)
    return Table(frame=frame, path=path, format="json", encoding=used, first_data_line=1)


def _read_jsonl(path: Path, encoding: str | None) -> Table:
    text, used, bad = _json_text(path, encoding, "jsonl")
    _check_extent(path.name, _line_count(text), 1)
    records: list[Any] = []
    numbers: list[int] = []
    for number, line in enumerate(_LINE_SPLIT.split(text), start=1):
        if not line.strip():
            continue
        try:
            record = _load_json(line, path.name, number)
        except json.JSONDecodeError as exc:
            bad.append(
                BadLine(number, f"Line {number} is not valid JSON ({exc.msg}).", reason="json")
            )
            continue
        if not isinstance(record, dict):
            bad.append(BadLine(number, f"Line {number} is not a record ({{…}}).", reason="json"))
            continue
        records.append(record)
        numbers.append(number)
    frame = _frame_from_records(records, numbers, path.name)
    bad.sort(key=lambda b: b.line)
    return Table(
        frame=frame, path=path, format="jsonl", encoding=used, bad_lines=bad, first_data_line=1
    )


def _check_parquet(path: Path) -> None:
    """Refuse a Parquet file over the limits, from its footer, before reading any data."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    unpacked = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    if unpacked > MAX_UNPACKED_BYTES:
        raise DataError(
            f"'{path.name}' unpacks to {unpacked / _MIB:,.0f} MB; EmbedTune reads Parquet "
            f"files that unpack to at most {MAX_UNPACKED_BYTES // _MIB} MB.",
            "Keep only the rows and columns you need, or split the file.",
        )
    _check_extent(path.name, metadata.num_rows, metadata.num_columns)


def _read_parquet(path: Path) -> Table:
    import pandas as pd
    import pyarrow as pa

    try:
        _check_parquet(path)
        frame = pd.read_parquet(path).astype(object)
    except pa.ArrowException as exc:  # its base class is not a ValueError or OSError
        raise DataError(
            f"EmbedTune could not read '{path.name}' as a Parquet file ({exc}).",
            "Check that the file is complete, or save the data as CSV or .xlsx.",
        ) from exc
    frame.columns = [str(c) for c in frame.columns]
    frame.index = pd.Index(range(1, len(frame) + 1), dtype="int64")
    return Table(frame=_clean_frame(frame), path=path, format="parquet", first_data_line=1)
