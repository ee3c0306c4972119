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
opened, and every size that could make memory grow has a limit in
:mod:`desktop_app.core.data.limits`, checked *before* the big part is read. Files that are not
text, or that mix two text encodings, are found here.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.data import limits
from desktop_app.core.data.types import BadLine, Table
from desktop_app.core.errors import DataError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

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


_RESAVE_HINT = QT_TRANSLATE_NOOP(
    "data_reading",
    "Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.",
)


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
        translate("data_reading", "'{value}' is not a delimiter I understand.").format(value=value),
        translate("data_reading", "Use one character, or one of: comma, semicolon, tab, pipe."),
    )


def _format_for(path: Path) -> str:
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DataError(
            translate(
                "data_reading",
                "EmbedTune cannot read '{name}': files ending in '{suffix}' are not supported.",
            ).format(name=path.name, suffix=path.suffix or translate("data_reading", "(nothing)")),
            translate("data_reading", "Save it as one of: {formats}.").format(formats=supported),
        )
    return fmt


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
    limits.check_file(path)
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
            translate("data_reading", "'{name}' is nested too deeply to be a table.").format(
                name=path.name
            ),
            translate(
                "data_reading",
                "Save the data as a flat table: one row per example, one column per text.",
            ),
        ) from exc
    except MemoryError as exc:
        raise DataError(
            translate(
                "data_reading",
                "'{name}' is too large to read with the memory this computer has free.",
            ).format(name=path.name),
            translate(
                "data_reading", "Keep only the rows and columns you need, or close other programs."
            ),
        ) from exc
    except (OSError, ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise DataError(
            translate(
                "data_reading", "EmbedTune could not read '{name}' as a {format} file ({error})."
            ).format(name=path.name, format=fmt, error=exc),
            translate("data_reading", _RESAVE_HINT),
        ) from exc
    limits.check_table(table)
    if table.frame.shape[1] == 0 or len(table.frame) == 0:
        raise DataError(
            translate("data_reading", "'{name}' holds no rows of data.").format(name=path.name),
            translate("data_reading", "Check that you picked the right file (and sheet)."),
        )
    return table


def list_sheets(path: str | Path) -> list[str]:
    """Return the sheet names of a workbook (an empty list for other formats)."""
    path = Path(path)
    fmt = _format_for(path)
    limits.check_file(path)
    if fmt not in _WORKBOOK_FORMATS:
        return []
    limits.check_unpacked_size(path)
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
        translate("data_reading", "EmbedTune could not tell which text encoding this file uses."),
        translate(
            "data_reading", "Save it as UTF-8 (in Excel: 'CSV UTF-8'), or name its encoding."
        ),
        cli_hint="(--encoding)",
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
    raw = limits.read_file_bytes(path)
    text, used, undecodable = _decode(path, raw, encoding, fmt)
    del raw
    limits.check_extent(
        path.name, limits.line_count(text), 1
    )  # before a string is made of every line
    lines = _LINE_SPLIT.split(text)
    limits.allow_long_csv_cells()
    try:
        delim = delimiter or ("\t" if fmt == "tsv" else _sniff_delimiter(lines))
        rows, numbers, bad = _parse_delimited(text, lines, delim, path.name)
    except csv.Error as exc:
        if "field larger than field limit" not in str(exc):
            raise DataError(
                translate(
                    "data_reading",
                    "EmbedTune could not read '{name}' as a {format} file ({error}).",
                ).format(name=path.name, format=fmt, error=exc),
                translate("data_reading", _RESAVE_HINT),
            ) from exc
        long_lines = [
            i for i, line in enumerate(lines, start=1) if len(line) > limits.MAX_CELL_CHARS
        ]
        if long_lines:
            message = translate(
                "data_reading",
                "A cell on line {line} of '{name}' is longer than {limit:,} characters, "
                "the most EmbedTune reads in one cell.",
            ).format(line=long_lines[0], name=path.name, limit=limits.MAX_CELL_CHARS)
        else:
            message = translate(
                "data_reading",
                "A cell of '{name}' is longer than {limit:,} characters, "
                "the most EmbedTune reads in one cell.",
            ).format(name=path.name, limit=limits.MAX_CELL_CHARS)
        raise DataError(
            message,
            translate(
                "data_reading",
                "Shorten that text, or check for a quote character that is never closed.",
            ),
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
#: (Marked for translation; translated where the error is raised.)
_NOT_TEXT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "data_reading", "a zip archive (perhaps an .xlsx or .ods workbook with another ending)"
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP(
            "data_reading", "an Office file (perhaps an old .xls workbook with another ending)"
        ),
    ),
    (b"PAR1", QT_TRANSLATE_NOOP("data_reading", "a Parquet file")),
    (b"%PDF", QT_TRANSLATE_NOOP("data_reading", "a PDF document")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("data_reading", "a picture")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("data_reading", "a picture")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("data_reading", "a compressed (gzip) file")),
)
#: Share of binary bytes above which a file is not text (random or compressed data has 11%;
#: a text file with a stray NUL far less: those are removed from the cells).
_BINARY_SHARE = 0.05

_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "cp1251": QT_TRANSLATE_NOOP("data_reading", "Windows-1251 (Cyrillic)"),
    "cp949": QT_TRANSLATE_NOOP("data_reading", "CP949 (Korean Windows)"),
}


def _encoding_name(encoding: str) -> str:
    """An encoding's name as the user reads it (``cp1251`` -> "Windows-1251 (Cyrillic)")."""
    name = _ENCODING_NAMES.get(encoding)
    return translate("data_reading", name) if name is not None else encoding


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
                translate("data_reading", "'{name}' is {what}, not a {format} text file.").format(
                    name=path.name, what=translate("data_reading", what), format=fmt
                ),
                translate(
                    "data_reading",
                    "Give the file its real ending (e.g. .xlsx), or save it again as UTF-8 CSV.",
                ),
            )
    if _looks_utf16(raw):
        return
    sample = raw[:65_536]
    binary = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    if sample and binary / len(sample) > _BINARY_SHARE:
        raise DataError(
            translate(
                "data_reading",
                "'{name}' does not hold text: it looks like a program's own binary format.",
            ).format(name=path.name),
            translate("data_reading", _RESAVE_HINT),
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
                translate("data_reading", "'{encoding}' is not a text encoding I know.").format(
                    encoding=encoding
                ),
                translate(
                    "data_reading",
                    "Try utf-8, utf-16, cp1251 (Russian Windows) or cp949 (Korean Windows).",
                ),
            ) from exc
        except UnicodeDecodeError as exc:
            raise DataError(
                translate(
                    "data_reading",
                    "'{name}' is not written in {encoding}: byte {byte} does not fit.",
                ).format(name=path.name, encoding=encoding, byte=exc.start),
                translate("data_reading", "Leave the encoding out to let EmbedTune detect it."),
            ) from exc
        return text.lstrip("\ufeff"), encoding, []
    _refuse_binary(path, raw, fmt)
    mixed = _split_mixed(raw)
    if mixed is None:
        used = detect_encoding(raw)
        return raw.decode(used).lstrip("\ufeff"), used, []
    used, text, bad_numbers, other = mixed
    name = _encoding_name(used)
    other_name = _encoding_name(other)
    if other != "another encoding":  # the name of the other encoding is known
        template = translate(
            "data_reading",
            "Line {number} is written in another encoding ({other}) than the rest of "
            "the file ({name}), so it could not be read.",
        )
    else:
        template = translate(
            "data_reading",
            "Line {number} is not written in {name} like the rest of the file, so it "
            "could not be read.",
        )
    bad = [
        BadLine(
            number,
            template.format(number=number, other=other_name, name=name),
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
        limits.check_extent(name, len(nonblank), 1)
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
    limits.check_extent(name, len(nonblank), expected)
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
                    translate(
                        "data_reading",
                        "Line {number} has {values} values where the other lines have {expected}.",
                    ).format(number=number, values=len(fields), expected=expected),
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
            translate(
                "data_reading", "EmbedTune could not open the workbook '{name}' ({error})."
            ).format(name=path.name, error=exc),
            translate(
                "data_reading", "Open it in your spreadsheet program and save it again as .xlsx."
            ),
        ) from exc


def _sheet_rows(workbook: Any, name: str, file_name: str) -> list[tuple[int, list[str]]]:
    """Non-blank rows of a sheet as (1-based sheet row number, cells)."""
    try:
        sheet = workbook.get_sheet_by_name(name)
        limits.check_extent(file_name, sheet.height, sheet.width)  # before Python objects are built
        grid = sheet.to_python(skip_empty_area=True)
    except DataError:
        raise
    except Exception as exc:  # calamine raises its own error types for broken parts
        raise DataError(
            translate(
                "data_reading",
                "The sheet '{sheet}' of '{name}' is damaged and cannot be read ({error}).",
            ).format(sheet=name, name=file_name, error=exc),
            translate(
                "data_reading", "Open it in your spreadsheet program and save it again as .xlsx."
            ),
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
    limits.check_unpacked_size(path)
    limits.check_sheet_extents(path, fmt)
    workbook = _open_workbook(path)
    names = list(workbook.sheet_names)
    if not names:
        raise DataError(
            translate("data_reading", "The workbook '{name}' has no sheets.").format(
                name=path.name
            ),
            translate("data_reading", "Check the file."),
        )
    if sheet is not None:
        if sheet not in names:
            listed = ", ".join(f"'{n}'" for n in names)
            raise DataError(
                translate(
                    "data_reading", "The workbook '{name}' has no sheet called '{sheet}'."
                ).format(name=path.name, sheet=sheet),
                translate("data_reading", "Its sheets are: {sheets}.").format(sheets=listed),
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
            translate("data_reading", "The sheet '{sheet}' of '{name}' is empty.").format(
                sheet=chosen, name=path.name
            ),
            translate("data_reading", "Pick the sheet that holds your data."),
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
    return _decode(path, limits.read_file_bytes(path), encoding, fmt)


def _load_json(text: str, name: str, line: int | None = None) -> Any:
    """Parse JSON; nesting too deep for Python's stack is refused like any over the limit."""
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise limits.too_deep(name, line) from exc
    if isinstance(data, (dict, list)):
        limits.check_json_depth(data, name, line)
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
        translate("data_reading", "'{name}' is JSON, but not a list of rows.").format(name=name),
        translate(
            "data_reading", 'Use a list of records such as [{"question": "…", "answer": "…"}, …].'
        ),
    )


def _frame_from_records(records: list[Any], numbers: list[int], name: str) -> pd.DataFrame:
    import pandas as pd

    if records and not all(isinstance(r, dict) for r in records):
        if all(isinstance(r, list) for r in records):
            width = max(len(r) for r in records)
            records = [{f"column_{i + 1}": v for i, v in enumerate(r)} for r in records]
            del width
        else:
            raise DataError(
                translate("data_reading", "The JSON rows are not records."),
                translate(
                    "data_reading", 'Each row should look like {"question": "…", "answer": "…"}.'
                ),
            )
    limits.check_record_columns(records, name)
    frame = pd.json_normalize(records) if records else pd.DataFrame()
    frame = frame.astype(object)
    frame.index = pd.Index(numbers, dtype="int64")
    return _clean_frame(frame)


def _read_json(path: Path, encoding: str | None) -> Table:
    text, used, undecodable = _json_text(path, encoding, "json")
    if undecodable:
        lines = ", ".join(str(b.line) for b in undecodable[:5])
        if len(undecodable) == 1:
            message = translate(
                "data_reading",
                "'{name}' mixes two text encodings: line {lines} is not written like the rest.",
            )
        else:
            message = translate(
                "data_reading",
                "'{name}' mixes two text encodings: lines {lines} are not written like the rest.",
            )
        raise DataError(
            message.format(name=path.name, lines=lines),
            translate(
                "data_reading", "Save the file again as UTF-8, which JSON files should always use."
            ),
        )
    # Every value but the first in a list or object follows a comma: an upper bound of the
    # values Python would build, counted before it builds them.
    values = text.count(",") + text.count("{") + text.count("[")
    if values > limits.MAX_CELLS:
        raise DataError(
            translate(
                "data_reading",
                "'{name}' holds more than {limit:,} values, the most EmbedTune reads "
                "from one JSON file.",
            ).format(name=path.name, limit=limits.MAX_CELLS),
            translate("data_reading", "Keep only the rows and fields you need, or split the file."),
        )
    try:
        data = _load_json(text, path.name)
    except json.JSONDecodeError as exc:
        raise DataError(
            translate("data_reading", "'{name}' is not valid JSON: {error} at line {line}.").format(
                name=path.name, error=exc.msg, line=exc.lineno
            ),
            translate("data_reading", "Fix the file, or save the data as CSV or .xlsx."),
        ) from exc
    records = _records_from_json(data, path.name)
    frame = _frame_from_records(records, list(range(1, len(records) + 1)), path.name)
    return Table(frame=frame, path=path, format="json", encoding=used, first_data_line=1)


def _read_jsonl(path: Path, encoding: str | None) -> Table:
    text, used, bad = _json_text(path, encoding, "jsonl")
    limits.check_extent(path.name, limits.line_count(text), 1)
    records: list[Any] = []
    numbers: list[int] = []
    for number, line in enumerate(_LINE_SPLIT.split(text), start=1):
        if not line.strip():
            continue
        try:
            record = _load_json(line, path.name, number)
        except json.JSONDecodeError as exc:
            bad.append(
                BadLine(
                    number,
                    translate("data_reading", "Line {number} is not valid JSON ({error}).").format(
                        number=number, error=exc.msg
                    ),
                    reason="json",
                )
            )
            continue
        if not isinstance(record, dict):
            bad.append(
                BadLine(
                    number,
                    translate("data_reading", "Line {number} is not a record ({{…}}).").format(
                        number=number
                    ),
                    reason="json",
                )
            )
            continue
        records.append(record)
        numbers.append(number)
    frame = _frame_from_records(records, numbers, path.name)
    bad.sort(key=lambda b: b.line)
    return Table(
        frame=frame, path=path, format="jsonl", encoding=used, bad_lines=bad, first_data_line=1
    )


def _read_parquet(path: Path) -> Table:
    import pandas as pd
    import pyarrow as pa

    try:
        limits.check_parquet(path)
        frame = pd.read_parquet(path).astype(object)
    except pa.ArrowException as exc:  # its base class is not a ValueError or OSError
        raise DataError(
            translate(
                "data_reading", "EmbedTune could not read '{name}' as a Parquet file ({error})."
            ).format(name=path.name, error=exc),
            translate(
                "data_reading", "Check that the file is complete, or save the data as CSV or .xlsx."
            ),
        ) from exc

    frame.columns = [str(c) for c in frame.columns]
    frame.index = pd.Index(range(1, len(frame) + 1), dtype="int64")
    return Table(frame=_clean_frame(frame), path=path, format="parquet", first_data_line=1)
