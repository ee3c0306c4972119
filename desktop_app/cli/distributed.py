"""Entry point that ``torchrun`` starts once per device: ``python -m desktop_app.cli.distributed``.

Runs the same core as ``main.py train`` (:func:`run_training`) with a training_config.json.
Launched by ``torchrun --nproc_per_node N``, each of the N processes trains on its share of
every batch; the first process prints progress and alone writes the model folder
(:mod:`desktop_app.core.training.distributed`). Run directly, it is an ordinary
single-process run.

A config file never switches on running a model's own code or replacing a folder: those
need ``--trust-remote-code`` and ``--overwrite`` on this command line.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence
from typing import Any

from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import translate
from desktop_app.core.training import distributed


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for this entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.cli.distributed",
        description=translate(
            "cli_distributed",
            "Train with a training_config.json, on one or several GPUs "
            "(start it with torchrun for several).",
        ),
    )
    parser.add_argument("--config", required=True, metavar="FILE")
    parser.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help=translate("cli_distributed", "Override the output folder."),
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=translate("cli_distributed", "Replace an existing output."),
    )
    parser.add_argument(
        "--trust-remote-code",
        action="store_true",
        help=translate(
            "cli_distributed",
            "Allow the model's own program code to run (only for sources you trust).",
        ),
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help=translate("cli_distributed", "Continue an interrupted run."),
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help=translate("cli_distributed", "CPU threads per process."),
    )
    return parser


def _printer(prefix: str) -> Any:
    def on_event(event: Any) -> None:
        kind = type(event).__name__
        if kind == "StageChanged":
            print(f"{prefix}{event.message}", flush=True)
        elif kind == "TrainingWarning":
            note = translate("cli_distributed", "Note: {message} {hint}").format(
                message=event.message, hint=event.hint
            )
            print(f"{prefix}{note}".rstrip(), flush=True)
        elif kind == "LossLogged":
            line = translate("cli_distributed", "  step {step}  loss {loss:.4f}").format(
                step=event.step, loss=event.loss
            )
            print(f"{prefix}{line}", flush=True)
        elif kind == "Evaluated" and event.phase in ("before", "after"):
            shown = (
                translate("cli_distributed", "n/a") if event.value is None else f"{event.value:.4f}"
            )
            if event.phase == "before":
                template = translate("cli_distributed", "  before training: {metric} {value}")
            else:
                template = translate("cli_distributed", "  after training: {metric} {value}")
            line = template.format(metric=event.primary_metric, value=shown)
            print(f"{prefix}{line}", flush=True)

    return on_event


def main(argv: Sequence[str] | None = None) -> int:
    """Run one process of a (possibly distributed) training; return the exit status."""
    from desktop_app.core import i18n

    i18n.set_language(i18n.system_language())
    args = build_parser().parse_args(argv)
    world, rank = distributed.world_size(), distributed.rank()
    try:
        from desktop_app.core.training.config import TrainingConfig

        config = TrainingConfig.load(args.config)
        # A file never carries trust: these come from the command line only.
        config.overwrite = bool(args.overwrite)
        config.trust_remote_code = bool(args.trust_remote_code)
        config.resume = bool(args.resume)
        if args.out:
            config.output_dir = args.out

        import torch

        if torch.cuda.is_available() and world > 1:
            torch.cuda.set_device(distributed.local_rank())
        threads = args.threads
        if threads is None and world > 1 and not torch.cuda.is_available():
            threads = 1  # several CPU processes share the cores
        on_event = _printer("" if world == 1 else "[main] ") if rank == 0 else None

        from desktop_app.cli.train_cmd import quiet_library_progress_bars
        from desktop_app.core.training.runner import run_training

        quiet_library_progress_bars()
        summary = run_training(config, on_event, threading.Event(), cpu_threads=threads)
    except UserFacingError as exc:
        print(
            translate("cli_distributed", "Error (process {rank}): {error}").format(
                rank=rank, error=exc
            ),
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        if rank == 0:
            print(
                translate(
                    "cli_distributed",
                    "Stopped; the model was not saved. Add --resume to continue from the last "
                    "checkpoint.",
                ),
                file=sys.stderr,
            )
        return 130
    if distributed.is_main_process():
        print(
            translate(
                "cli_distributed", "Process {rank} of {world} saved the model in {folder}"
            ).format(rank=rank, world=world, folder=summary.output_dir),
            flush=True,
        )
    else:
        print(
            translate(
                "cli_distributed", "Process {rank} of {world} finished (the main process saves)."
            ).format(rank=rank, world=world),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
