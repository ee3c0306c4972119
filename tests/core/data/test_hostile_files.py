"""Hostile and broken data files are refused in one plain sentence, quickly, without memory growth.

Every input is built here. The workbook bombs are read in a child process that reports how
much its peak memory grew: the reader behind .xlsx/.ods allocates outside Python (tracemalloc
cannot see it), and a regression must fail this test, not take the test run down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.data import limits
from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.limits import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_JSON_DEPTH,
    MAX_UNPACKED_BYTES,
)
from desktop_app.core.data.reading import read_table
from desktop_app.core.data.validation import validate
from desktop_app.core.errors import DataError
from tests.core.data import hostile_files

REPO = Path(__file__).resolve().parents[3]
PAIRS = [
    ("Как сбросить пароль?", "Нажмите «Забыли пароль» на странице входа."),
    ("Где посмотреть счёт?", "Счета лежат в разделе «Оплата» личного кабинета."),
    ("Можно ли сменить тариф?", "Да, тариф меняется в настройках в любой день месяца."),
    ("Как удалить аккаунт?", "Напишите в поддержку, и мы удалим его за три дня."),
]


def _refused(path: Path, *words: str, **kwargs) -> DataError:
    """Read ``path``; assert a plain DataError with a hint whose message holds ``words``."""
    with pytest.raises(DataError) as caught:
        read_table(path, **kwargs)
    error = caught.value
    assert error.hint, "every refusal says what to do"
    assert "Traceback" not in str(error)
    assert "--" not in str(error), "core messages name no command-line flags"
    for word in words:
        assert word in error.message, (word, error.message)
    return error


# ---------------------------------------------------------------------------------------------
# Workbooks: zip bombs, lying archives, sheets that span billions of cells


_CHILD = """
import json, resource, sys, time
from desktop_app.core.data.reading import read_table
from desktop_app.core.errors import DataError
results = {}
for path in sys.argv[1:]:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        table = read_table(path)
        outcome = {"rows": len(table.frame), "columns": table.columns}
    except DataError as exc:
        outcome = {"message": exc.message, "hint": exc.hint}
    outcome["seconds"] = time.perf_counter() - start
    outcome["grew_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    results[path] = outcome
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def workbook_results(tmp_path_factory) -> dict[str, dict]:
    """Build every hostile workbook and read them all in one child process."""
    pytest.importorskip("resource")
    folder = tmp_path_factory.mktemp("workbooks")
    files = {
        # 1 MB on disk; sharedStrings.xml unpacks to 1 GB.
        "bomb": hostile_files.xlsx(folder / "bomb.xlsx", strings_mib=1024),
        # The directory claims 1 KB for a part that unpacks to 64 MB.
        "liar": hostile_files.xlsx(
            folder / "liar.xlsx", strings_mib=64, declared_strings_size=1000
        ),
        # Two cells, A1 and XFD1048576: a grid of 17 billion cells.
        "corner": hostile_files.xlsx(
            folder / "corner.xlsx",
            extra_sheet_xml=b'<row r="1048576"><c r="XFD1048576" t="inlineStr">'
            b"<is><t>x</t></is></c></row>",
        ),
        # The same, with the sheet where the relationships say, outside xl/worksheets/.
        "hidden_corner": hostile_files.xlsx(
            folder / "hidden.xlsx",
            sheet_part="xl/elsewhere/data.xml",
            extra_sheet_xml=b'<row r="1048576"><c r="XFD1048576" t="inlineStr">'
            b"<is><t>x</t></is></c></row>",
        ),
        "hidden_fine": hostile_files.xlsx(folder / "moved.xlsx", sheet_part="data/s.xml"),
        # Rows far down but within the limits, and a styled empty cell far right: fine.
        "tall": hostile_files.xlsx(
            folder / "tall.xlsx",
            extra_sheet_xml=b'<row r="5000"><c r="A5000" t="s"><v>2</v></c>'
            b'<c r="B5000" t="s"><v>3</v></c><c r="XFD5000" s="1"/></row>',
        ),
        # A 1.5 KB .ods repeating one filled cell 1,000 times in 20,000 rows.
        "ods": hostile_files.ods(folder / "repeat.ods", rows=20_000, columns=1_000),
        "ods_numbers": hostile_files.ods(
            folder / "numbers.ods", rows=20_000, columns=1_000, number_cell=True
        ),
        "ods_fine": hostile_files.ods(folder / "fine.ods", rows=3, columns=2),
    }
    for path in files.values():
        assert path.stat().st_size < 2 * 1024 * 1024
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, *map(str, files.values())],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    by_path = json.loads(result.stdout)
    return {name: by_path[str(path)] for name, path in files.items()}


def test_xlsx_zip_bomb_is_refused_from_the_directory(workbook_results):
    bomb = workbook_results["bomb"]
    assert "unpacks to 1,024 MB" in bomb["message"]
    assert f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB" in bomb["message"]
    assert bomb["hint"]
    assert bomb["seconds"] < 2
    assert bomb["grew_mb"] < 50  # nothing was unpacked


def test_xlsx_whose_directory_lies_about_sizes_is_refused(workbook_results):
    liar = workbook_results["liar"]
    assert "could not open the workbook" in liar["message"]
    assert liar["grew_mb"] < 100


@pytest.mark.parametrize("case", ["corner", "hidden_corner"])
def test_xlsx_spanning_billions_of_cells_is_refused_before_the_grid_is_built(
    workbook_results, case
):
    corner = workbook_results[case]
    assert "16,384 columns" in corner["message"]
    assert corner["seconds"] < 2
    assert corner["grew_mb"] < 50


@pytest.mark.parametrize("case", ["ods", "ods_numbers"])
def test_ods_repeating_a_cell_millions_of_times_is_refused(workbook_results, case):
    repeated = workbook_results[case]
    assert "20,001 rows by 1,000 columns" in repeated["message"]
    assert f"{MAX_CELLS:,} cells" in repeated["message"]
    assert repeated["grew_mb"] < 50


def test_workbooks_within_the_limits_still_read(workbook_results):
    tall = workbook_results["tall"]
    assert tall["columns"] == ["sentence1", "sentence2"]
    assert tall["rows"] == 2
    moved = workbook_results["hidden_fine"]
    assert moved["columns"] == ["sentence1", "sentence2"], moved
    fine = workbook_results["ods_fine"]
    assert fine["columns"] == ["sentence1", "sentence2"]
    assert fine["rows"] == 3


def test_archive_of_too_many_parts_is_refused_before_listing_them(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ARCHIVE_MEMBERS", 50)
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(120):
            archive.writestr(f"xl/media/empty{i}.bin", b"")
    listed = []
    monkeypatch.setattr(zipfile.ZipFile, "infolist", lambda self: listed.append(1) or [])
    _refused(path, "archive of 120 parts", "up to 50")
    assert listed == [], "refused from the end record, before the directory was listed"


def test_not_a_zip_named_xlsx_is_refused(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"question,answer\nhello,world\n")
    _refused(path, "could not open the workbook")


def test_workbook_cell_over_the_limit_names_its_row(tmp_path, monkeypatch):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["question", "answer"])
    sheet.append(["short question", "short answer"])
    sheet.append(["long question", "x" * 300])
    workbook.save(tmp_path / "long.xlsx")
    monkeypatch.setattr(limits, "MAX_CELL_CHARS", 200)
    _refused(tmp_path / "long.xlsx", "row 2", "'answer'", "300 characters")


# ---------------------------------------------------------------------------------------------
# Delimited text


def test_csv_cell_longer_than_the_csv_module_default_is_read(tmp_path):
    # Python's csv module stops at 131,072 characters; quoting sends the file down its path.
    long_text = "слово " * 40_000  # 240,000 characters
    path = tmp_path / "long.csv"
    rows = "".join(f'"{q}","{a}"\n' for q, a in PAIRS)
    path.write_text(f'question,answer\n{rows}"long one","{long_text}"\n', encoding="utf-8")
    table = read_table(path)
    assert len(table.frame) == len(PAIRS) + 1
    assert table.frame["answer"].iloc[-1] == long_text.strip()
    unquoted = tmp_path / "unquoted.csv"
    unquoted.write_text(f"question,answer\nlong one,{long_text}\n", encoding="utf-8")
    assert read_table(unquoted).frame["answer"].iloc[0] == long_text.strip()


@pytest.mark.parametrize("quoted", [True, False])
def test_csv_cell_over_the_limit_is_refused_with_its_line(tmp_path, quoted):
    huge = "x" * (MAX_CELL_CHARS + 10)
    cell = f'"{huge}"' if quoted else huge
    path = tmp_path / "huge.csv"
    path.write_text(f'question,answer\n"a b","c d"\ne f,{cell}\n', encoding="utf-8")
    error = _refused(path, f"{MAX_CELL_CHARS:,}")
    assert "line 3" in error.message or "row 2" in error.message


def test_csv_with_too_many_columns_is_refused_before_parsing(tmp_path):
    path = tmp_path / "wide.csv"
    width = MAX_COLUMNS * 20
    path.write_text(",".join(f"c{i}" for i in range(width)) + "\n" + "x," * (width - 1) + "x\n")
    start = time.perf_counter()
    _refused(path, f"{width:,} columns", f"{MAX_COLUMNS:,}")
    assert time.perf_counter() - start < 5


def test_csv_with_too_many_cells_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS", 1_000)
    path = tmp_path / "many.csv"
    path.write_text("a,b\n" + "x,y\n" * 600)
    _refused(path, "601 rows by 2 columns", "1,000 cells")


def test_many_tiny_lines_are_refused_before_a_string_is_made_of_each(tmp_path, monkeypatch):
    # 256 MB of "a\n" would be 128 million line strings (about 7 GB) before any check.
    monkeypatch.setattr(limits, "MAX_CELLS", 1_000)
    for name in ("lines.csv", "lines.txt", "lines.jsonl"):
        path = tmp_path / name
        path.write_text("a\n" * 5_000)
        _refused(path, "5,001 rows by 1 column,")
    values = tmp_path / "values.json"
    values.write_text("[" + "{}," * 5_000 + "{}]")
    _refused(values, "more than 1,000 values")


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1_000)
    path = tmp_path / "big.csv"
    path.write_text("question,answer\n" + "hello there,general kenobi\n" * 100)
    _refused(path, "EmbedTune reads files of up to")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"PK\x03\x04" + bytes(range(256)) * 4, ["zip archive"]),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), ["Office file"]),
        (bytes(range(256)) * 40, ["does not hold text"]),
        (b"", ["no rows"]),
        (b"\n\n  \r\n", ["no rows"]),
    ],
    ids=["zip", "ole", "random-bytes", "empty", "blank-lines"],
)
def test_binary_or_empty_file_named_csv_is_refused(tmp_path, content, words):
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    _refused(path, *words)


def test_stray_nul_and_control_characters_are_removed_from_cells(tmp_path):
    path = tmp_path / "nul.csv"
    lines = "".join(f"{q};{a}\n" for q, a in PAIRS)
    path.write_bytes(
        b"question;answer\n" + "Как\x00 дела?;Хорошо\x07 спасибо\n".encode() + lines.encode()
    )
    table = read_table(path)
    assert table.frame["question"].iloc[0] == "Как дела?"
    assert table.frame["answer"].iloc[0] == "Хорошо спасибо"


# ---------------------------------------------------------------------------------------------
# Mixed encodings


def _mixed(path: Path, utf8_rows, cp1251_rows, *, cp1251_first: bool = False) -> Path:
    first = [f"{q};{a}\r\n".encode("cp1251") for q, a in cp1251_rows]
    second = [f"{q};{a}\r\n".encode() for q, a in utf8_rows]
    body = first + second if cp1251_first else second + first
    path.write_bytes(b"question;answer\r\n" + b"".join(body))
    return path


def test_mixed_encodings_leave_the_minority_lines_out_and_name_them(tmp_path):
    path = _mixed(tmp_path / "joined.csv", PAIRS * 2, PAIRS[:2])
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert len(table.frame) == 8
    assert [b.line for b in table.bad_lines] == [10, 11]
    assert {b.reason for b in table.bad_lines} == {"encoding"}
    cells = set(table.frame["question"]) | set(table.frame["answer"])
    assert cells <= {t for pair in PAIRS for t in pair}, "no mojibake in the table"
    report = validate(table, detect_columns(table))
    warning = next(w for w in report.warnings if w.code == "mixed-encoding")
    assert "line 10, 11" in warning.message
    assert warning.hint
    assert warning.details["lines"] == [10, 11]
    assert {p.row for p in report.problems if p.severity == "error"} >= {9, 10}


def test_mostly_cp1251_file_with_utf8_lines_reads_cp1251_and_names_the_utf8_lines(tmp_path):
    path = _mixed(tmp_path / "joined.csv", PAIRS[:1], PAIRS * 2, cp1251_first=True)
    table = read_table(path)
    assert table.encoding == "cp1251"
    assert [b.line for b in table.bad_lines] == [10]
    assert table.frame["question"].tolist() == [q for q, _ in PAIRS * 2]


def test_legacy_line_that_is_valid_utf8_by_chance_is_not_taken_for_utf8(tmp_path):
    # In CP949 "크" is C5 A9, which UTF-8 reads as "ũ": a one-encoding file all the same.
    rows = [("크", "크"), ("비밀번호를 잊어버렸어요", "로그인 화면에서 찾기를 누르세요")]
    path = tmp_path / "korean.csv"
    path.write_bytes(b"question;answer\n" + b"".join(f"{q};{a}\n".encode("cp949") for q, a in rows))
    assert "크;크".encode("cp949").decode("utf-8") == "ũ;ũ"
    table = read_table(path)
    assert table.encoding == "cp949"
    assert table.bad_lines == []
    assert table.frame["question"].tolist() == ["크", "비밀번호를 잊어버렸어요"]


def test_mixed_encodings_in_json_lines_and_json(tmp_path):
    path = tmp_path / "rows.jsonl"
    lines = [json.dumps({"question": q, "answer": a}, ensure_ascii=False) for q, a in PAIRS]
    path.write_bytes("\n".join(lines).encode() + b"\n" + lines[0].encode("cp1251") + b"\n")
    table = read_table(path)
    assert len(table.frame) == len(PAIRS)
    assert [(b.line, b.reason) for b in table.bad_lines] == [(5, "encoding")]
    whole = tmp_path / "rows.json"
    whole.write_bytes(
        b"[\n" + ",\n".join(lines).encode() + b",\n" + lines[0].encode("cp1251") + b"\n]"
    )
    _refused(whole, "mixes two text encodings", "line 6")


# ---------------------------------------------------------------------------------------------
# JSON


def test_deeply_nested_json_is_refused_not_a_recursion_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    _refused(path, "nested more than")
    lines = tmp_path / "deep.jsonl"
    lines.write_text('{"question": "a", "answer": "b"}\n' + '{"a":' * 50_000 + "1" + "}" * 50_000)
    _refused(lines, "line 2", "nested more than")


def test_json_just_over_the_depth_limit_is_refused_and_flat_json_reads(tmp_path):
    deep = tmp_path / "deep.json"
    nested = "1"
    for _ in range(MAX_JSON_DEPTH):
        nested = f'{{"a": {nested}}}'
    deep.write_text(f'[{{"question": "q q q q", "answer": {nested}}}]')
    _refused(deep, f"{MAX_JSON_DEPTH} levels")
    flat = tmp_path / "flat.json"
    flat.write_text(json.dumps([{"question": q, "answer": a} for q, a in PAIRS]))
    assert len(read_table(flat).frame) == len(PAIRS)


def test_json_lines_with_a_new_key_on_every_line_is_refused(tmp_path):
    path = tmp_path / "keys.jsonl"
    path.write_text("".join(json.dumps({f"key{i}": "x"}) + "\n" for i in range(5_000)))
    start = time.perf_counter()
    _refused(path, f"{MAX_COLUMNS:,} columns")
    assert time.perf_counter() - start < 10


# ---------------------------------------------------------------------------------------------
# Things that are not regular files


def _within(seconds: float, function):
    """Run ``function`` in a thread; fail (not hang) if it takes longer than ``seconds``."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s"
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_named_pipe_called_csv_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome = _within(5, lambda: read_table(fifo))
    error = outcome.get("error")
    assert isinstance(error, DataError), outcome
    assert "is a pipe" in error.message
    assert error.hint


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("name", ["zero.csv", "zero.jsonl", "zero.xlsx", "zero.parquet"])
def test_link_to_dev_zero_is_refused_without_reading(tmp_path, name):
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    outcome = _within(5, lambda: read_table(link))
    error = outcome.get("error")
    assert isinstance(error, DataError), outcome
    assert "is a device" in error.message


@pytest.mark.skipif(os.name == "nt", reason="links need extra rights on Windows")
def test_link_to_a_regular_file_is_followed(tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("question;answer\n" + "".join(f"{q};{a}\n" for q, a in PAIRS))
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert len(read_table(link).frame) == len(PAIRS)


def test_folder_named_csv_is_refused(tmp_path):
    folder = tmp_path / "data.csv"
    folder.mkdir()
    _refused(folder, "is a folder")


# ---------------------------------------------------------------------------------------------
# Parquet


def test_parquet_over_the_limits_is_refused_from_its_footer(tmp_path, monkeypatch):
    path = tmp_path / "wide.parquet"
    pd.DataFrame({f"c{i}": ["x"] for i in range(MAX_COLUMNS + 5)}).to_parquet(path)
    _refused(path, f"{MAX_COLUMNS + 5:,} columns")
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 100)
    small = tmp_path / "pairs.parquet"
    pd.DataFrame({"question": ["a b c"] * 50, "answer": ["d e f"] * 50}).to_parquet(small)
    _refused(small, "unpacks to")


# ---------------------------------------------------------------------------------------------
# Damaged files: whatever the damage, one plain error, never a traceback


def _damage(data: bytes, rng) -> bytes:
    """Flip, insert (quotes, delimiters, NULs, brackets, stray bytes), cut and repeat bytes."""
    damaged = bytearray(data)
    pieces = [b'"', b",", b"\n", b"\r", b"\x00", b";", b"\t", b"{", b"[", b"\xff", b"\xd0"]
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(damaged))
        action = rng.random()
        if action < 0.4:
            damaged[at] = rng.randrange(256)
        elif action < 0.6:
            damaged[at:at] = rng.choice(pieces) * rng.randint(1, 50)
        elif action < 0.8:
            del damaged[at : at + rng.randint(1, 100)]
        else:
            damaged[at:at] = damaged[rng.randrange(len(damaged)) :][: rng.randint(1, 500)]
    return bytes(damaged)


def test_damaged_files_fail_plainly_or_read(tmp_path):
    import io
    import random

    from openpyxl import Workbook

    from desktop_app.core.data.inspection import inspect_file
    from desktop_app.core.errors import UserFacingError

    csv_text = "question,answer,score\n" + "".join(
        f"Вопрос {i} про пароль?,Ответ номер {i} в разделе,{i % 5}\n" for i in range(30)
    )
    workbook = Workbook()
    for line in csv_text.splitlines():
        workbook.active.append(line.split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)
    records = [{"q": f"question {i} here", "a": f"answer {i} there"} for i in range(30)]
    parquet = io.BytesIO()
    pd.DataFrame(records).to_parquet(parquet)
    sources = {
        "parquet": parquet.getvalue(),
        "ods": hostile_files.ods(tmp_path / "base.ods", rows=30, columns=2).read_bytes(),
        "csv": csv_text.encode(),
        "tsv": csv_text.replace(",", "\t").encode("cp1251"),
        "xlsx": buffer.getvalue(),
        "jsonl": "".join(json.dumps(r) + "\n" for r in records).encode(),
        "json": json.dumps(records).encode(),
    }
    rng = random.Random(20261124)
    unexpected = []
    for n in range(80):
        kind = rng.choice(sorted(sources))
        path = tmp_path / f"damaged{n}.{kind}"
        path.write_bytes(_damage(sources[kind], rng))
        try:
            inspect_file(path)
        except UserFacingError as exc:
            if not exc.hint:
                unexpected.append(f"{path.name}: no hint for {exc.message}")
        except Exception as exc:  # a bug: the user would see a traceback
            unexpected.append(f"{path.name}: {type(exc).__name__}: {exc}")
    assert unexpected == []
