"""``main.py export``: export a trained model for other programs (ONNX, ONNX int8, OpenVINO).

Prints each step, then how well the export agrees with the original model and how much
faster it is on this computer's CPU. Exit status 0 when the export agrees, 1 when it was
written but its vectors differ too much from the original (the report says so), 2 for a
problem the user can fix (missing model, unknown format, existing folder, missing add-on).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from desktop_app.core.errors import DataError
from desktop_app.core.model_export import EXPORT_FORMATS, ExportCancelled, ExportProgress

#: Exit status when the export was written but does not agree well enough with the original.
EXIT_DISAGREES = 1


def add_parser(subparsers: Any) -> None:
    """Register the ``export`` sub-command."""
    formats = "; ".join(f"{f.name}: {f.explanation}" for f in EXPORT_FORMATS)
    parser = subparsers.add_parser(
        "export",
        help="Export a trained model for other programs (ONNX, OpenVINO).",
        description="Write a model folder in a format other programs run fast, check that "
        "it gives the same vectors as the original and measure its speed. Formats: " + formats,
    )
    parser.add_argument("--model", required=True, metavar="DIR", help="The model folder.")
    parser.add_argument(
        "--format",
        required=True,
        choices=[f.name for f in EXPORT_FORMATS],
        help="The format to write.",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="A new folder to write.")
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="Replace --out if it holds an earlier export of this app (never anything else).",
    )
    parser.add_argument(
        "--texts",
        default=None,
        metavar="FILE",
        help="A text file, one text per line, for the agreement check (default: the "
        "model's held-out rows, else built-in samples).",
    )
    parser.add_argument(
        "--timing-texts",
        type=int,
        default=64,
        metavar="N",
        help="Texts encoded per speed measurement (default 64).",
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="Speed measurements to take the median of."
    )


def _read_texts(path: str | None) -> list[str] | None:
    if path is None:
        return None
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"The text file {path} does not exist.", "Check the path.") from None
    except UnicodeDecodeError:
        raise DataError(
            f"The text file {path} is not UTF-8 text.", "Save it as UTF-8, one text per line."
        ) from None
    texts = [line.strip() for line in lines if line.strip()]
    if not texts:
        raise DataError(f"The text file {path} has no text.", "Write one text per line.")
    return texts


def run(args: argparse.Namespace) -> int:
    """Run the ``export`` sub-command; return the exit status."""
    from desktop_app.core.model_export import export_model

    texts = _read_texts(args.texts)
    cancel = threading.Event()

    def on_sigint(_signum: int, _frame: Any) -> None:
        cancel.set()
        print("Stopping…", file=sys.stderr, flush=True)

    def on_progress(progress: ExportProgress) -> None:
        if progress.stage != "done":
            print(progress.message, flush=True)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        report = export_model(
            args.model,
            args.format,
            args.out,
            texts=texts,
            overwrite=args.overwrite,
            on_progress=on_progress,
            cancel=cancel,
            timing_texts=max(1, args.timing_texts),
            timing_repeats=max(1, args.repeats),
        )
    except ExportCancelled:
        print("Cancelled; nothing was written.", file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
    print(
        f"Agreement with the original on {report.texts_checked} texts ({report.texts_source}): "
        f"mean cosine {report.agreement_mean:.4f}, lowest {report.agreement_min:.4f}."
    )
    print(
        f"Speed on this CPU ({report.cpu_threads} threads, {report.texts_timed} texts, median "
        f"of {report.repeats}): {report.exported_seconds:.3f} s vs {report.original_seconds:.3f} "
        f"s for the original = {report.speedup:.2f}x."
    )
    size, original = report.size_bytes / 1e6, report.original_size_bytes / 1e6
    print(f"Size: {size:.1f} MB (original weights {original:.1f} MB).")
    for note in report.notes:
        print(f"Warning: {note}", file=sys.stderr)
    print(f"Exported to {report.out_dir} (see README.md there).")
    return 0 if report.agrees else EXIT_DISAGREES
