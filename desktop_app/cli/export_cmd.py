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
from desktop_app.core.i18n import translate
from desktop_app.core.model_export import EXPORT_FORMATS, ExportCancelled, ExportProgress

#: Exit status when the export was written but does not agree well enough with the original.
EXIT_DISAGREES = 1


def add_parser(subparsers: Any) -> None:
    """Register the ``export`` sub-command."""
    formats = "; ".join(f"{f.name}: {f.shown_explanation()}" for f in EXPORT_FORMATS)
    parser = subparsers.add_parser(
        "export",
        help=translate("cli_export", "Export a trained model for other programs (ONNX, OpenVINO)."),
        description=translate(
            "cli_export",
            "Write a model folder in a format other programs run fast, check that "
            "it gives the same vectors as the original and measure its speed. Formats: {formats}",
        ).format(formats=formats),
    )
    parser.add_argument(
        "--model", required=True, metavar="DIR", help=translate("cli_export", "The model folder.")
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=[f.name for f in EXPORT_FORMATS],
        help=translate("cli_export", "The format to write."),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=translate("cli_export", "A new folder to write."),
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=translate(
            "cli_export",
            "Replace --out if it holds an earlier export of this app (never anything else).",
        ),
    )
    parser.add_argument(
        "--texts",
        default=None,
        metavar="FILE",
        help=translate(
            "cli_export",
            "A text file, one text per line, for the agreement check (default: the "
            "model's held-out rows, else built-in samples).",
        ),
    )
    parser.add_argument(
        "--timing-texts",
        type=int,
        default=64,
        metavar="N",
        help=translate("cli_export", "Texts encoded per speed measurement (default 64)."),
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help=translate("cli_export", "Speed measurements to take the median of."),
    )


def _read_texts(path: str | None) -> list[str] | None:
    if path is None:
        return None
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(
            translate("cli_export", "The text file {path} does not exist.").format(path=path),
            translate("cli_export", "Check the path."),
        ) from None
    except UnicodeDecodeError:
        raise DataError(
            translate("cli_export", "The text file {path} is not UTF-8 text.").format(path=path),
            translate("cli_export", "Save it as UTF-8, one text per line."),
        ) from None
    texts = [line.strip() for line in lines if line.strip()]
    if not texts:
        raise DataError(
            translate("cli_export", "The text file {path} has no text.").format(path=path),
            translate("cli_export", "Write one text per line."),
        )
    return texts


def run(args: argparse.Namespace) -> int:
    """Run the ``export`` sub-command; return the exit status."""
    from desktop_app.core.model_export import export_model

    texts = _read_texts(args.texts)
    cancel = threading.Event()

    def on_sigint(_signum: int, _frame: Any) -> None:
        cancel.set()
        print(translate("cli_export", "Stopping…"), file=sys.stderr, flush=True)

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
        print(translate("cli_export", "Cancelled; nothing was written."), file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
    print(
        translate(
            "cli_export",
            "Agreement with the original on {texts} texts ({source}): "
            "mean cosine {mean:.4f}, lowest {lowest:.4f}.",
        ).format(
            texts=report.texts_checked,
            source=report.shown_source(),
            mean=report.agreement_mean,
            lowest=report.agreement_min,
        )
    )
    print(
        translate(
            "cli_export",
            "Speed on this CPU ({threads} threads, {texts} texts, median "
            "of {repeats}): {exported:.3f} s vs {original:.3f} "
            "s for the original = {speedup:.2f}x.",
        ).format(
            threads=report.cpu_threads,
            texts=report.texts_timed,
            repeats=report.repeats,
            exported=report.exported_seconds,
            original=report.original_seconds,
            speedup=report.speedup,
        )
    )
    size, original = report.size_bytes / 1e6, report.original_size_bytes / 1e6
    print(
        translate("cli_export", "Size: {size:.1f} MB (original weights {original:.1f} MB).").format(
            size=size, original=original
        )
    )
    for note in report.shown_notes():
        print(translate("cli_export", "Warning: {note}").format(note=note), file=sys.stderr)
    print(
        translate("cli_export", "Exported to {folder} (see README.md there).").format(
            folder=report.out_dir
        )
    )
    return 0 if report.agrees else EXIT_DISAGREES
