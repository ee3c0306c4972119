"""Time reading, detecting and validating a 100,000-row data file (CSV and xlsx).

    python benchmarks/bench_read_table.py [--rows 100000]

Writes the files to a temporary folder, then times read_table, detect_columns and validate
separately (best of three for CSV). Results are recorded in docs/benchmarks/reading.md.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.reading import read_table
from desktop_app.core.data.validation import validate

WORDS = [
    "the",
    "a",
    "man",
    "woman",
    "dog",
    "cat",
    "plays",
    "runs",
    "eats",
    "reads",
    "quickly",
    "slowly",
    "red",
    "blue",
    "house",
    "car",
    "tree",
    "서울",
    "날씨",
    "질문",
    "답변",
    "비밀번호",
    "самолёт",
    "взлетает",
    "вопрос",
    "ответ",
    "ක්\u200dරීඩාව",
]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 16))) + "."


def _rows(n: int) -> list[list[str]]:
    rng = random.Random(0)
    return [[str(i), _sentence(rng), _sentence(rng), f"{rng.uniform(0, 5):.2f}"] for i in range(n)]


def _time(label: str, func, repeat: int = 1):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    print(f"  {label:<22} {best:7.3f} s")
    return result, best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rows = _rows(args.rows)
    header = ["id", "sentence1", "sentence2", "score"]
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "pairs.csv"
        with csv_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        semicolon = Path(folder) / "pairs_semicolon.csv"
        semicolon.write_text(
            "\n".join(
                [";".join(header)] + [";".join([*r[:3], r[3].replace(".", ",")]) for r in rows]
            ),
            encoding="cp1251",
            errors="replace",
        )
        xlsx_path = Path(folder) / "pairs.xlsx"
        import pandas as pd

        pd.DataFrame(rows, columns=header).to_excel(xlsx_path, index=False)
        for path, repeat in ((csv_path, 3), (semicolon, 3), (xlsx_path, 1)):
            size = path.stat().st_size / 1e6
            print(f"{path.name} ({args.rows:,} rows, {size:.1f} MB)")
            table, t_read = _time("read_table", lambda p=path: read_table(p), repeat)
            roles, t_detect = _time("detect_columns", lambda t=table: detect_columns(t), repeat)
            report, t_validate = _time("validate", lambda t=table, r=roles: validate(t, r), repeat)
            print(
                f"  {'total':<22} {t_read + t_detect + t_validate:7.3f} s  "
                f"(shape {roles.shape}, {len(table.frame):,} rows, "
                f"{len(report.problems)} problems, encoding {table.encoding})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
