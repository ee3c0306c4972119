"""read_table on files written by the tests (every format and encoding) and on real files."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.data.reading import SUPPORTED_SUFFIXES, list_sheets, read_table
from desktop_app.core.errors import DataError

RU_ROWS = [
    ("Как сбросить пароль?", "Нажмите «Забыли пароль» на странице входа."),
    ("Где посмотреть счёт?", "Счета лежат в разделе «Оплата» личного кабинета."),
    ("Можно ли сменить тариф?", "Да, тариф меняется в настройках в любой день месяца."),
]
KO_ROWS = [
    ("비밀번호를 잊어버렸어요", "로그인 화면에서 비밀번호 찾기를 누르세요."),
    ("주소를 바꾸고 싶어요", "내 정보 메뉴에서 주소를 수정할 수 있습니다."),
    ("배송은 얼마나 걸리나요", "보통 이틀에서 사흘 정도 걸립니다."),
]


def _write_text(path: Path, header: list[str], rows, delimiter: str, encoding: str) -> Path:
    """Write rows as Excel does: quoted where needed, CRLF line ends, in ``encoding``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "rows", "expected"),
    [
        ("cp1251", RU_ROWS, "cp1251"),
        ("cp949", KO_ROWS, "cp949"),
        ("utf-8-sig", KO_ROWS, "utf-8-sig"),
        ("utf-8", RU_ROWS, "utf-8"),
    ],
)
def test_encodings_are_detected_without_mojibake(tmp_path, encoding, rows, expected):
    path = _write_text(tmp_path / "faq.csv", ["question", "answer"], rows, ",", encoding)
    table = read_table(path)
    assert table.encoding == expected
    assert table.columns == ["question", "answer"]
    assert table.frame["question"].tolist() == [r[0] for r in rows]
    assert table.frame["answer"].tolist() == [r[1] for r in rows]


def test_utf16_unicode_text_from_excel(tmp_path):
    # Excel's "Unicode text": UTF-16 LE with BOM, tab-separated.
    path = tmp_path / "faq.txt"
    text = "question\tanswer\r\n" + "".join(f"{q}\t{a}\r\n" for q, a in KO_ROWS)
    path.write_bytes(text.encode("utf-16"))
    table = read_table(path)
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.frame["answer"].tolist() == [a for _, a in KO_ROWS]


def test_encoding_override_is_honoured(tmp_path):
    path = _write_text(tmp_path / "faq.csv", ["q", "a"], RU_ROWS, ";", "cp1251")
    table = read_table(path, encoding="cp1251")
    assert table.encoding == "cp1251"
    assert table.frame["q"].iloc[0] == RU_ROWS[0][0]
    with pytest.raises(DataError, match="not written in utf-8"):
        read_table(path, encoding="utf-8")


def test_semicolon_with_decimal_comma(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text(
        "satz1;satz2;score\n"
        "Ein Hund läuft.;Ein Hund rennt.;3,8\n"
        "Es regnet.;Die Sonne scheint.;0,4\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.frame["score"].tolist() == ["3,8", "0,4"]


def test_pipe_delimiter_and_quoted_commas(tmp_path):
    path = tmp_path / "pairs.txt"
    path.write_text('a|b\n"one, two"|three\nfour|"five | six"\n', encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == "|"
    assert table.frame["a"].tolist() == ["one, two", "four"]
    assert table.frame["b"].tolist() == ["three", "five | six"]


def test_bad_line_is_reported_with_its_number(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("question,answer\nq1,a1\n\nq2,a2,extra\nq3,a3\nq4\n", encoding="utf-8")
    table = read_table(path)
    assert table.frame["question"].tolist() == ["q1", "q3"]
    assert [b.line for b in table.bad_lines] == [4, 6]
    assert "3" in table.bad_lines[0].message
    assert "2" in table.bad_lines[0].message
    assert table.rows == 4  # two good rows + two bad ones; the blank line is not a row
    # Data rows are numbered as the user sees them: line 5 is data row 4.
    assert table.frame.index.tolist() == [1, 4]


def test_stray_quotes_do_not_merge_rows(tmp_path):
    path = tmp_path / "pairs.tsv"
    rows = ['He said "hi\tShe said bye', "plain\ttext", '"quoted start\tend"', "x\ty"]
    path.write_text("s1\ts2\n" + "\n".join(rows) + "\n", encoding="utf-8")
    table = read_table(path)
    assert len(table.frame) == 4
    assert not table.bad_lines
    assert table.frame["s1"].iloc[0] == 'He said "hi'


def test_multiline_quoted_cell_is_one_row(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text('q,a\n"line one\nline two",answer\nq2,a2\n', encoding="utf-8")
    table = read_table(path)
    assert table.frame["q"].tolist() == ["line one\nline two", "q2"]


def test_nfc_trim_and_zwj_kept(tmp_path):
    sinhala = "ක්\u200dරීඩාව"  # the ZWJ makes the rakaransaya; it must survive
    decomposed = unicodedata.normalize("NFD", "café")
    path = tmp_path / "pairs.csv"
    path.write_text(f"a,b\n  {sinhala} , {decomposed}  \n,\nx,y\n", encoding="utf-8")
    table = read_table(path)
    assert table.frame["a"].iloc[0] == sinhala
    assert "\u200d" in table.frame["a"].iloc[0]
    assert table.frame["b"].iloc[0] == "café" == unicodedata.normalize("NFC", "café")
    assert len(table.frame) == 2  # the blank ",", row is skipped, not a problem
    assert not table.bad_lines


def test_header_detection(tmp_path):
    with_header = tmp_path / "h.csv"
    with_header.write_text("s1,s2,score\nA man plays.,A man is playing.,4.5\nA cat.,A dog.,1\n")
    without = tmp_path / "n.csv"
    without.write_text("A man plays.,A man is playing.,4.5\nA cat.,A dog.,1\n")
    assert read_table(with_header).has_header
    table = read_table(without)
    assert not table.has_header
    assert table.columns == ["column_1", "column_2", "column_3"]
    assert len(table.frame) == 2
    forced = read_table(with_header, has_header=False)
    assert forced.frame["column_1"].iloc[0] == "s1"


def test_xlsx_picks_the_sheet_with_a_table(tmp_path):
    path = tmp_path / "book.xlsx"
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame({"Notes": ["FAQ export, May"]}).to_excel(
            writer, sheet_name="Cover", index=False
        )
        pd.DataFrame(
            {"question": [q for q, _ in RU_ROWS], "answer": [a for _, a in RU_ROWS]}
        ).to_excel(writer, sheet_name="Data", index=False)
        pd.DataFrame({"x": [1, 2], "y": [3.5, 4]}).to_excel(
            writer, sheet_name="Numbers", index=False
        )
    assert list_sheets(path) == ["Cover", "Data", "Numbers"]
    table = read_table(path)
    assert table.sheet == "Data"
    assert table.format == "xlsx"
    assert table.frame["answer"].tolist() == [a for _, a in RU_ROWS]
    numbers = read_table(path, sheet="Numbers")
    assert numbers.frame["x"].tolist() == ["1", "2"]  # whole numbers stay whole
    assert numbers.frame["y"].tolist() == ["3.5", "4"]
    with pytest.raises(DataError, match="Cover") as info:
        read_table(path, sheet="Missing")
    assert "Missing" in info.value.message


def test_ods_json_jsonl_parquet(tmp_path):
    frame = pd.DataFrame({"question": [q for q, _ in KO_ROWS], "answer": [a for _, a in KO_ROWS]})
    ods = tmp_path / "faq.ods"
    frame.to_excel(ods, engine="odf", index=False)
    records = frame.to_dict(orient="records")
    plain = tmp_path / "faq.json"
    plain.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"version": 1, "data": records}, ensure_ascii=False))
    jsonl = tmp_path / "faq.jsonl"
    jsonl.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{broken\n",
        encoding="utf-8",
    )
    parquet = tmp_path / "faq.parquet"
    frame.to_parquet(parquet)
    for path, fmt in [
        (ods, "ods"),
        (plain, "json"),
        (wrapped, "json"),
        (jsonl, "jsonl"),
        (parquet, "parquet"),
    ]:
        table = read_table(path)
        assert table.format == fmt
        assert table.columns == ["question", "answer"], path
        assert table.frame["answer"].tolist() == frame["answer"].tolist(), path
    assert [b.line for b in read_table(jsonl).bad_lines] == [4]


def test_unsupported_and_missing_files(tmp_path):
    doc = tmp_path / "notes.docx"
    doc.write_bytes(b"PK")
    with pytest.raises(DataError) as info:
        read_table(doc)
    assert ".xlsx" in info.value.hint
    assert ".csv" in info.value.hint
    with pytest.raises(DataError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    assert ".xls" in SUPPORTED_SUFFIXES


@pytest.mark.shared_data
def test_korsts_every_line_is_a_row(shared_data):
    for name in ("sts-train.tsv", "sts-dev.tsv", "sts-test.tsv"):
        path = shared_data / "korsts" / name
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        table = read_table(path)
        assert not table.bad_lines, name
        assert len(table.frame) == len(lines) - 1, name
        assert table.columns == [
            "genre",
            "filename",
            "year",
            "id",
            "score",
            "sentence1",
            "sentence2",
        ]
        # Each row's id and score sit where the file has them (no merged/shifted rows).
        fields = lines[-1].split("\t")
        assert table.frame["id"].iloc[-1] == fields[3]
        assert table.frame["sentence2"].iloc[-1] == fields[6].strip()


@pytest.mark.shared_data
def test_stsb_multi_mt_has_no_header(shared_data):
    table = read_table(shared_data / "stsb_multi_mt" / "stsb-ru-train.csv")
    assert not table.has_header
    assert table.columns == ["column_1", "column_2", "column_3"]
    assert len(table.frame) == 5749
    assert table.frame["column_1"].iloc[0] == "Самолет взлетает."


@pytest.mark.shared_data
def test_sinhala_csv_and_xlsx(shared_data):
    csv_table = read_table(shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv")
    assert csv_table.encoding == "utf-8-sig"
    assert csv_table.columns == ["id", "sentence1", "sentence2", "manual_similarity"]
    xlsx_table = read_table(shared_data / "sinhala_sts" / "Sinhala Short Sentence Dataset.xlsx")
    assert xlsx_table.columns == ["ID", "S1", "S2", "Manual Similarity"]
    assert len(csv_table.frame) == len(xlsx_table.frame) == 5000
    assert any("\u200d" in s for s in csv_table.frame["sentence1"])
    assert xlsx_table.frame["S1"].iloc[0] == csv_table.frame["sentence1"].iloc[0]
