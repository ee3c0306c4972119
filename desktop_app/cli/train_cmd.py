"""``main.py train``: fine-tune a model on a spreadsheet from the command line.

Prints progress in plain words, or with ``--json-events`` one JSON object per line on stdout
(the same events the GUI receives). Ctrl-C stops after the current training step, saves what
was learned (the summary says ``stopped_early``) and exits with status 130, so scripts can
tell an interrupted run from a complete one. A second Ctrl-C aborts at once without saving.
SIGTERM (a logout, a shutdown, ``kill``) is treated the same way and exits with status 143
(128 + 15, the shell's convention for a process ended by SIGTERM).

Every number is checked before any model is loaded (:func:`check_settings`): a bad value
is one plain line and exit status 2. A ``--config`` file never switches on
``--overwrite``, ``--resume`` or ``--trust-remote-code``: only the flags do, and the user is
told when the file asked for them.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from desktop_app.cli.common import add_data_arguments, split_columns
from desktop_app.core.errors import DataError
from desktop_app.core.i18n import translate
from desktop_app.core.training.config import TrainingConfig, check_settings
from desktop_app.core.training.plan import automatic_description

#: Exit status after a run stopped with Ctrl-C (the model so far is saved).
EXIT_INTERRUPTED = 130
#: Exit status after a run stopped by SIGTERM (the model so far is saved).
EXIT_TERMINATED = 143
#: Signals that stop a run gracefully: finish the step, save, exit.
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def add_parser(subparsers: Any) -> None:
    """Register the ``train`` sub-command."""
    parser = subparsers.add_parser(
        "train",
        help=translate("cli_train", "Fine-tune a model on a spreadsheet."),
        description=translate(
            "cli_train",
            "Fine-tune a sentence-embedding model on the examples in a spreadsheet "
            "and save it to a folder. Settings not given are taken from --config, else chosen "
            "automatically. {automatic}",
        ).format(automatic=automatic_description()),
    )
    parser.add_argument(
        "file", nargs="?", default=None, help=translate("cli_train", "The spreadsheet to train on.")
    )
    parser.add_argument(
        "--model", default=None, help=translate("cli_train", "Model id from the list or a folder.")
    )
    parser.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help=translate("cli_train", "Folder to save the model."),
    )
    parser.add_argument(
        "--loss",
        default=None,
        help=translate(
            "cli_train",
            "Loss by name or alias (mnrl, cmnrl, cosent, angle, cosine, contrastive, "
            "online-contrastive, softmax, triplet). Default: the one recommended for the data.",
        ),
    )
    add_data_arguments(parser)
    group = parser.add_argument_group(translate("cli_train", "training"))
    group.add_argument(
        "--eval-file", default=None, help=translate("cli_train", "A separate file to measure on.")
    )
    group.add_argument(
        "--eval-fraction",
        type=float,
        default=None,
        help=translate(
            "cli_train", "Share of rows kept apart to measure the model (default 0.1; 0 = off)."
        ),
    )
    group.add_argument("--epochs", type=float, default=None)
    group.add_argument("--batch-size", type=int, default=None)
    group.add_argument("--learning-rate", type=float, default=None)
    group.add_argument("--max-seq-length", type=int, default=None, metavar="TOKENS")
    group.add_argument("--max-steps", type=int, default=None)
    group.add_argument("--seed", type=int, default=None)
    group.add_argument(
        "--matryoshka",
        default=None,
        metavar="DIMS",
        help=translate(
            "cli_train",
            "Also train shortened vectors of these sizes, e.g. 256,128,64 (each at most the "
            "model's own size).",
        ),
    )
    group.add_argument(
        "--hard-negatives",
        type=int,
        default=None,
        metavar="N",
        help=translate(
            "cli_train",
            "For question/answer pairs: before training, find N answers per question that "
            "look right but are wrong, and learn from them too (0 = off; 3 examples are printed).",
        ),
    )
    group.add_argument(
        "--resume",
        action="store_true",
        default=None,
        help=translate("cli_train", "Continue a run."),
    )
    group.add_argument(
        "--overwrite",
        action="store_true",
        default=None,
        help=translate("cli_train", "Replace an existing --out."),
    )
    group.add_argument(
        "--trust-remote-code",
        action="store_true",
        default=None,
        help=translate(
            "cli_train", "Allow a model's own program code to run (only for sources you trust)."
        ),
    )
    group.add_argument(
        "--threads",
        type=int,
        default=None,
        help=translate("cli_train", "CPU threads to use (default: every core)."),
    )
    # -- honest results (issue 9) ---------------------------------------------------------
    group.add_argument(
        "--search",
        action="store_true",
        help=translate(
            "cli_train",
            "Find the best settings: try a few learning rates and losses on the same "
            "held-out rows within --time-budget, keep the best model, and print what was tried.",
        ),
    )
    group.add_argument(
        "--time-budget",
        type=float,
        default=None,
        metavar="MINUTES",
        help=translate(
            "cli_train",
            "About how long training may take: sizes the automatic number of passes "
            "(default 30), and the whole search with --search (default 30).",
        ),
    )
    # -- end honest results -----------------------------------------------------------------
    parser.add_argument(
        "--config",
        default=None,
        metavar="FILE",
        help=translate(
            "cli_train", "Start from a training_config.json; other options override it."
        ),
    )
    parser.add_argument(
        "--json-events",
        action="store_true",
        help=translate("cli_train", "Print one JSON object per event on stdout instead of text."),
    )


def _matryoshka_dims(value: str) -> list[int]:
    try:
        dims = [int(part) for part in value.replace(" ", "").split(",") if part]
    except ValueError:
        raise DataError(
            translate("cli_train", "'{value}' is not a list of vector sizes.").format(value=value),
            translate("cli_train", "Write them like 256,128,64."),
        ) from None
    if not dims:
        raise DataError(
            translate("cli_train", "No Matryoshka sizes were given."),
            translate("cli_train", "Write them like 256,128,64."),
        )
    return dims


def build_config(args: argparse.Namespace) -> TrainingConfig:
    """Merge --config (if any) with the options given on the command line, and check it.

    Overwriting, resuming and the model's own code come only from their flags: a config
    file that asks for them gets a note on stderr and nothing else.

    Raises:
        DataError: The config file is unreadable or a value has the wrong type.
        SettingError: A number is out of range (checked before any model is loaded).
    """
    config = TrainingConfig()
    if args.config:
        config, notes = TrainingConfig.load_with_notes(args.config)
        for note in notes:
            print(
                translate("cli_train", "Note: {note}").format(note=note),
                file=sys.stderr,
                flush=True,
            )
    overrides: dict[str, Any] = {
        "data_file": args.file,
        "model": args.model,
        "output_dir": args.out,
        "loss": args.loss,
        "sheet": args.sheet,
        "encoding": args.encoding,
        "delimiter": args.delimiter,
        "label_column": args.label,
        "positive_label": args.positive_label,
        "eval_file": args.eval_file,
        "eval_fraction": args.eval_fraction,
        "epochs": args.epochs,
        "batch_size": args.batch_size,
        "learning_rate": args.learning_rate,
        "max_seq_length": args.max_seq_length,
        "max_steps": args.max_steps,
        "seed": args.seed,
        "hard_negatives": args.hard_negatives,
        "resume": args.resume,
        "overwrite": args.overwrite,
        "trust_remote_code": args.trust_remote_code,
    }
    for key, value in overrides.items():
        if value is not None:
            setattr(config, key, value)
    columns = split_columns(args.columns)
    if columns is not None:
        config.text_columns = columns
        if args.label is None:
            config.label_column = None
    if args.no_header:
        config.has_header = False
    if args.matryoshka is not None:
        config.matryoshka_dims = _matryoshka_dims(args.matryoshka)
    if not config.data_file:
        raise DataError(
            translate("cli_train", "No training file was given."),
            translate("cli_train", "Name the spreadsheet: train FILE ..."),
        )
    if not config.output_dir:
        raise DataError(
            translate("cli_train", "No output folder was given."),
            translate("cli_train", "Add --out DIR for the trained model."),
        )
    if config.loss:
        from desktop_app.core.catalog.losses import find_loss

        config.loss = find_loss(config.loss).name
    check_settings(config, cpu_threads=getattr(args, "threads", None))
    return config


def quiet_library_progress_bars() -> None:
    """Turn off the libraries' own progress bars: this command reports progress itself."""
    import datasets
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    datasets.disable_progress_bars()


def print_mined_examples(description: str, summary: dict[str, Any]) -> None:
    """Print what mining found and its examples, so false negatives can be spotted."""
    print(description, flush=True)
    for example in summary.get("examples", []):
        print(
            translate("cli_train", "  question:     {question}").format(
                question=example["question"]
            ),
            flush=True,
        )
        print(
            translate("cli_train", "  right answer: {answer}  (similarity {score:.2f})").format(
                answer=example["answer"], score=example["answer_score"]
            )
        )
        print(
            translate("cli_train", "  taught wrong: {answer}  (similarity {score:.2f})").format(
                answer=example["wrong_answer"], score=example["wrong_score"]
            ),
            flush=True,
        )
    print(
        translate(
            "cli_train",
            "  If a 'taught wrong' answer is in fact right, press Ctrl-C and train again "
            "without --hard-negatives.",
        ),
        flush=True,
    )
    from desktop_app.core.training.hard_negatives import HARD_NEGATIVES_ADVICE

    print(translate("cli_train", "  Note: {note}").format(note=HARD_NEGATIVES_ADVICE), flush=True)


class _HumanPrinter:
    """Prints events as short plain lines (about 20 loss lines a run)."""

    def __init__(self) -> None:
        self._before: dict[str, float | None] = {}
        self._every = 1

    def __call__(self, event: Any) -> None:
        from desktop_app.core.evaluation import describe_metric

        kind = type(event).__name__
        if kind == "StageChanged":
            print(event.message, flush=True)
        elif kind == "HardNegativesMined":
            print_mined_examples(event.description, event.summary)
        elif kind == "TrainingWarning" and event.code != "hard-negatives-skipped":
            # (the skipped pairs were just printed with the mined examples)
            note = translate("cli_train", "Note: {message} {hint}").format(
                message=event.message, hint=event.hint
            )
            print(note.rstrip(), file=sys.stderr, flush=True)
        elif kind == "Progress" and event.step == 1:
            self._every = max(1, event.total_steps // 20)
        elif kind == "LossLogged" and (event.step % self._every == 0 or event.step == 1):
            line = translate(
                "cli_train", "  step {step}  epoch {epoch:.2f}  loss {loss:.4f}"
            ).format(step=event.step, epoch=event.epoch, loss=event.loss)
            print(line, flush=True)
        elif kind == "Evaluated" and event.phase in ("before", "after"):
            self._before.setdefault(event.primary_metric, event.value)
            shown = translate("cli_train", "n/a") if event.value is None else f"{event.value:.4f}"
            if event.phase == "before":
                template = translate("cli_train", "  before training: {metric}: {value}")
            else:
                template = translate("cli_train", "  after training: {metric}: {value}")
            print(
                template.format(metric=describe_metric(event.primary_metric), value=shown),
                flush=True,
            )


def run(args: argparse.Namespace) -> int:
    """Run the ``train`` sub-command; return the exit status."""
    config = build_config(args)
    cancel = threading.Event()
    stopped_by: list[int] = []  # the first stop signal received, if any

    def on_stop_signal(signum: int, _frame: Any) -> None:
        if stopped_by:
            raise KeyboardInterrupt
        stopped_by.append(signum)
        cancel.set()
        stopping = translate(
            "cli_train",
            "Stopping after the current step and saving what was learned "
            "(Ctrl-C again to abort without saving)…",
        )
        if signum == signal.SIGTERM:
            stopping = translate(
                "cli_train", "The system asked the app to close. {stopping}"
            ).format(stopping=stopping)
        print(stopping, file=sys.stderr, flush=True)

    if args.json_events:

        def on_event(event: Any) -> None:
            sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()

    else:
        on_event = _HumanPrinter()

    previous = {sig: signal.signal(sig, on_stop_signal) for sig in _STOP_SIGNALS}
    try:
        from desktop_app.core.evaluation import describe_result

        quiet_library_progress_bars()

        summary, table = _train_planned(config, args, on_event, cancel)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if not args.json_events:
        if table:
            _print_search_table(table)
        if summary.primary_metric:
            change = describe_result(summary.primary_metric, summary.before, summary.after)
            print(translate("cli_train", "Result: {change}.").format(change=change))
        if summary.kept_note:
            print(summary.kept_note)
        if summary.stopped_early:
            saved = translate(
                "cli_train", "Model stopped early; saved what was learned in {folder}"
            )
        else:
            saved = translate("cli_train", "Model saved in {folder}")
        print(saved.format(folder=summary.output_dir))
        print(_verdict_line(summary))
    if not stopped_by:
        return 0
    return EXIT_TERMINATED if stopped_by[0] == signal.SIGTERM else EXIT_INTERRUPTED


# -- honest results (issue 9): automatic settings from plan.py, --search, the verdict line ----
#: Options whose value, when given, the automatic plan never changes.
_PLANNED_OPTIONS = {
    "epochs": "epochs",
    "batch_size": "batch_size",
    "learning_rate": "learning_rate",
}


def _train_planned(
    config: TrainingConfig, args: argparse.Namespace, on_event: Any, cancel: threading.Event
) -> tuple[Any, list[dict[str, Any]]]:
    """Read the data once, apply the automatic plan to what the user left open, and train
    (or search). Returns (summary, search table or [])."""
    from desktop_app.core.training.plan import PLANNED_FIELDS, plan_for_config
    from desktop_app.core.training.runner import prepare_data, run_training

    budget_s = args.time_budget * 60 if args.time_budget else None
    if args.search:
        from desktop_app.core.training.search import run_search

        result = run_search(
            config, on_event, cancel, time_budget_s=budget_s, cpu_threads=args.threads
        )
        return result.summary, result.table()
    data = prepare_data(config)
    if args.config or config.resume:
        keep = set(PLANNED_FIELDS)  # a saved configuration is the user's own choice
    else:
        keep = {field for option, field in _PLANNED_OPTIONS.items() if getattr(args, option)}
    held = len(data.eval) if data.eval is not None else 0
    config, _plan = plan_for_config(
        config, len(data.train), held, data.roles.shape, keep=keep, time_budget_s=budget_s
    )
    return run_training(config, on_event, cancel, data=data, cpu_threads=args.threads), []


def _print_search_table(table: list[dict[str, Any]]) -> None:
    print(
        translate("cli_train", "Settings tried (main measure on the held-out rows after training):")
    )
    for row in table:
        value = "" if row["value"] is None else f"{row['value']:.3f}"
        status = value or row["note"] or row["status"]
        if value and row["note"]:
            status = f"{value} ({row['note']})"
        if row["kept"]:
            template = translate(
                "cli_train",
                "  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}  <- kept",
            )
        else:
            template = translate(
                "cli_train", "  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}"
            )
        print(
            template.format(
                loss=row["loss"], rate=row["learning_rate"], epochs=row["epochs"], status=status
            )
        )


def _verdict_line(summary: Any) -> str:
    """The verdict, as the last line: the same words as the Result page and the model card."""
    from desktop_app.core.verdict import Verdict

    said = Verdict(
        summary.verdict, summary.verdict_reason, summary.verdict_advice, summary.headline
    )
    return translate("cli_train", "Verdict: {verdict}. {sentence}").format(
        verdict=said.verdict, sentence=said.sentence()
    )


# -- end honest results -----------------------------------------------------------------------
