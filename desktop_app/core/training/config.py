"""The full description of one training run, saved with every trained model.

A :class:`TrainingConfig` is what the wizard edits, what ``main.py train`` builds from its
options, what a project file stores and what ``main.py train --config FILE`` reads back:
one object, so that a run can always be reproduced.
"""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, get_args

from desktop_app.core.errors import DataError, TrainingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

Precision = Literal["auto", "fp32", "fp16", "bf16"]

#: The model used when none is named: the one that ships with the app and works offline.
DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

CONFIG_FORMAT_VERSION = 1

#: Settings that are permissions of this session, never read from (nor written to) a file:
#: replacing the output folder, continuing into it (which replaces it too), and running a
#: model's own program code. Only the user's act (a command-line flag, a confirmation in the
#: window) switches them on.
SESSION_ONLY_FIELDS = ("overwrite", "resume", "trust_remote_code")

#: What the user is told when a file asked for one of :data:`SESSION_ONLY_FIELDS`.
SESSION_ONLY_NOTES = MappingProxyType(
    {
        "overwrite": QT_TRANSLATE_NOOP(
            "config",
            "This file asked to replace the output folder if it already exists; "
            "that is only done when you confirm it yourself, so it is off.",
        ),
        "resume": QT_TRANSLATE_NOOP(
            "config",
            "This file asked to continue an earlier run in its output folder; that is "
            "only done when you ask for it yourself, so it is off.",
        ),
        "trust_remote_code": QT_TRANSLATE_NOOP(
            "config",
            "This file asked to run the model's own program code; that is "
            "only allowed when you confirm it yourself, so it is off.",
        ),
    }
)

#: A settings or project file larger than this is not one the app wrote.
MAX_SETTINGS_FILE_BYTES = 1_000_000

#: Bounds every number is checked against (:func:`setting_problems`).
MAX_EPOCHS = 1000.0
MAX_BATCH_SIZE = 8192
#: No model the app can train reads more tokens than this; the model's own limit is checked
#: too when its folder is on this computer.
MAX_SEQ_LENGTH_LIMIT = 32_768
MIN_SEQ_LENGTH = 2
MAX_EVAL_FRACTION = 0.9
MAX_STEPS_LIMIT = 1_000_000_000
MAX_SEED = 2**32 - 1
MAX_VECTOR_SIZE = 65_536
#: Most mined wrong answers per question/answer pair (each is one more text per row a step).
MAX_HARD_NEGATIVES = 10
#: Longest time budget for "find the best settings for me" (a day).
MAX_SEARCH_MINUTES = 24 * 60

#: How each setting is typed in a file: the kind checked by :func:`_checked_value`.
_FIELD_KINDS = MappingProxyType(
    {
        "data_file": "str",
        "model": "str",
        "output_dir": "str",
        "sheet": "opt_str",
        "encoding": "opt_str",
        "delimiter": "opt_str",
        "label_column": "opt_str",
        "positive_label": "opt_str",
        "eval_file": "opt_str",
        "loss": "opt_str",
        "has_header": "opt_bool",
        "text_columns": "list_str",
        "matryoshka_dims": "list_int",
        "eval_fraction": "float",
        "epochs": "float",
        "learning_rate": "float",
        "warmup_ratio": "float",
        "weight_decay": "float",
        "batch_size": "int",
        "hard_negatives": "int",
        "keep_best": "bool",
        "search_minutes": "opt_float",
        "seed": "int",
        "max_seq_length": "opt_int",
        "max_steps": "opt_int",
        "eval_steps": "opt_int",
        "save_steps": "opt_int",
        "logging_steps": "opt_int",
        "precision": "precision",
        "overwrite": "bool",
        "resume": "bool",
        "trust_remote_code": "bool",
    }
)

_KIND_WORDS = MappingProxyType(
    {
        "str": QT_TRANSLATE_NOOP("config", "a piece of text"),
        "opt_str": QT_TRANSLATE_NOOP("config", "a piece of text (or empty)"),
        "opt_bool": QT_TRANSLATE_NOOP("config", "true, false or empty"),
        "bool": QT_TRANSLATE_NOOP("config", "true or false"),
        "list_str": QT_TRANSLATE_NOOP("config", "a list of column names"),
        "list_int": QT_TRANSLATE_NOOP("config", "a list of whole numbers"),
        "float": QT_TRANSLATE_NOOP("config", "a number"),
        "opt_float": QT_TRANSLATE_NOOP("config", "a number (or empty)"),
        "int": QT_TRANSLATE_NOOP("config", "a whole number"),
        "opt_int": QT_TRANSLATE_NOOP("config", "a whole number (or empty)"),
        "precision": QT_TRANSLATE_NOOP("config", "one of {choices}"),
    }
)


class SettingError(TrainingError):
    """A training setting is out of range; ``setting`` names it (a TrainingConfig field).

    Attributes:
        setting: The field name, so a form can show the message next to its input.
    """

    def __init__(self, setting: str, message: str, hint: str = "") -> None:
        super().__init__(message, hint)
        self.setting = setting


@dataclass(frozen=True)
class SettingProblem:
    """One setting out of range: which one, and what to do, in plain words."""

    setting: str
    message: str
    hint: str

    def error(self) -> SettingError:
        """Return this problem as an exception."""
        return SettingError(self.setting, self.message, self.hint)


def read_settings_text(path: Path) -> str | None:
    """Return the text of a small settings/project file, or None when it is not one.

    Opens without blocking and reads only a regular file (never a FIFO or a device such as
    ``/dev/zero``, even behind a link) of at most :data:`MAX_SETTINGS_FILE_BYTES`.

    Raises:
        OSError: The file cannot be opened (FileNotFoundError, IsADirectoryError, ...).
        UnicodeDecodeError: It is not UTF-8 text.
    """
    if Path(path).is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        data = handle.read(MAX_SETTINGS_FILE_BYTES + 1)
    if len(data) > MAX_SETTINGS_FILE_BYTES:
        return None
    return data.decode("utf-8-sig")


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and "\x00" not in value


def _wrong_type(name: str, kind: str, value: Any) -> DataError:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if isinstance(value, str) and "\x00" in value:
        return DataError(
            translate(
                "config",
                "The setting '{name}' holds an invisible NUL character, which no name or path has.",
            ).format(name=name),
            translate(
                "config",
                "Fix or remove this setting in the file, or pick a file written by this app.",
            ),
        )
    words = translate("config", _KIND_WORDS[kind]).format(choices=", ".join(get_args(Precision)))
    return DataError(
        translate(
            "config", "The setting '{name}' should be {kind}, but the file has {shown}."
        ).format(name=name, kind=words, shown=shown),
        translate(
            "config", "Fix or remove this setting in the file, or pick a file written by this app."
        ),
    )


def _checked_value(name: str, value: Any) -> Any:
    """Return ``value`` for setting ``name`` if it has the right type (ints become floats)."""
    kind = _FIELD_KINDS.get(name, "str")
    ok = True
    if kind == "str":
        ok = _is_text(value)
    elif kind == "opt_str":
        ok = value is None or _is_text(value)
    elif kind == "opt_bool":
        ok = value is None or isinstance(value, bool)
    elif kind == "bool":
        ok = isinstance(value, bool)
    elif kind == "list_str":
        ok = isinstance(value, list) and all(_is_text(v) for v in value)
    elif kind == "list_int":
        ok = isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        )
    elif kind in ("float", "opt_float"):
        if value is None and kind == "opt_float":
            return None
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok:
            return float(value)
    elif kind in ("int", "opt_int"):
        if value is None and kind == "opt_int":
            return None
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return int(value)
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "precision":
        ok = value in get_args(Precision)
    if not ok:
        raise _wrong_type(name, kind, value)
    return list(value) if isinstance(value, list) else value


@dataclass
class TrainingConfig:
    """Everything needed to reproduce a training run.

    Attributes:
        data_file: The spreadsheet to train on.
        sheet: Workbook sheet (None = the first sheet that holds a table).
        encoding: Text encoding override (None = detect).
        delimiter: Delimiter override (None = detect).
        has_header: Header override (None = detect).
        text_columns: Text columns in order (anchor, positive[, negative]); empty = detect.
        label_column: Score/label column. None with empty ``text_columns`` = detect both;
            None with ``text_columns`` given = the data have no label column.
        positive_label: For 0/1 labels, the raw value meaning "similar" (None = "1").
        eval_file: Optional separate evaluation spreadsheet (same columns).
        eval_fraction: Share of rows held out for evaluation when no eval file is given;
            0 turns evaluation off.
        model: Catalogue/Hub id or a local model folder.
        loss: sentence-transformers loss class name (None = the recommended one).
        matryoshka_dims: When non-empty, wrap the loss in MatryoshkaLoss with these dims.
        hard_negatives: For question/answer pairs with an in-batch-negative loss, mine this
            many wrong answers that look right per pair with the base model before training
            (0 = off; see ``core.training.hard_negatives``).
        epochs: Passes over the training data.
        batch_size: Examples per step (also the number of in-batch negatives).
        learning_rate: Peak learning rate.
        max_seq_length: Truncate texts to this many tokens (None = the model's own).
        max_steps: Stop after this many steps (None = run all epochs).
        seed: Random seed for the split, shuffling and initialisation.
        warmup_ratio: Share of steps spent warming up the learning rate.
        weight_decay: AdamW weight decay.
        precision: Number format on the device ("auto" picks bf16/fp16 on capable GPUs).
        eval_steps: Evaluate every N steps during training (None = automatic).
        save_steps: Save a checkpoint every N steps (None = automatic).
        logging_steps: Log the loss every N steps (None = automatic, ~200 points a run).
        output_dir: Where the trained model folder is written.
        overwrite: Replace an existing output folder (this session only: never read from
            or written to a file, see :data:`SESSION_ONLY_FIELDS`).
        resume: Continue from the last checkpoint of an interrupted run into output_dir
            (this session only).
        trust_remote_code: Allow the model's own program code to run (this session only,
            after the user's explicit act).
        keep_best: Measure the held-out rows during training and put an earlier moment back
            when it was clearly better than the end (see core/training/best.py).
        search_minutes: When set, "find the best settings for me": try a few recipes in about
            this many minutes and keep the best model (see core/training/search.py).
    """

    data_file: str = ""
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None
    text_columns: list[str] = field(default_factory=list)
    label_column: str | None = None
    positive_label: str | None = None
    eval_file: str | None = None
    eval_fraction: float = 0.1
    model: str = DEFAULT_MODEL
    loss: str | None = None
    matryoshka_dims: list[int] = field(default_factory=list)
    hard_negatives: int = 0
    epochs: float = 1.0
    batch_size: int = 16
    learning_rate: float = 2e-5
    max_seq_length: int | None = None
    max_steps: int | None = None
    seed: int = 42
    warmup_ratio: float = 0.1
    weight_decay: float = 0.01
    precision: Precision = "auto"
    eval_steps: int | None = None
    save_steps: int | None = None
    logging_steps: int | None = None
    output_dir: str = ""
    overwrite: bool = False
    resume: bool = False
    trust_remote_code: bool = False
    keep_best: bool = True
    search_minutes: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of every setting, this session's permissions included."""
        return asdict(self)

    def to_file_dict(self) -> dict[str, Any]:
        """Return what a file may store: every setting except :data:`SESSION_ONLY_FIELDS`.

        Overwriting, resuming and running a model's own code are acts of the user in this
        session; a file written now and opened later (perhaps by someone else) never carries
        them.
        """
        data = asdict(self)
        for name in SESSION_ONLY_FIELDS:
            data.pop(name, None)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        """Build from a dict read from a file; see :meth:`from_file_dict` for the rules."""
        return cls.from_file_dict(data)[0]

    @classmethod
    def from_file_dict(cls, data: dict[str, Any]) -> tuple[TrainingConfig, list[str]]:
        """Build from a dict read from a file, and say which permissions it asked for in vain.

        Every value's type is checked (one plain message naming the setting); unknown keys
        are refused. :data:`SESSION_ONLY_FIELDS` are never taken from a file: they stay off,
        and a note for each one the file tried to switch on is returned so the user is told.

        Returns:
            The configuration and the notes (plain sentences, possibly none).

        Raises:
            DataError: An unknown setting, or a value of the wrong kind.
        """
        if not isinstance(data, dict):
            raise DataError(
                translate("config", "The settings are not a list of named values."),
                translate("config", "Pick a file written by this app."),
            )
        known = {f.name for f in fields(cls)}
        unknown = sorted(str(k) for k in set(data) - known - {"format_version"})
        if unknown:
            raise DataError(
                translate(
                    "config", "The configuration has settings this version does not know: {names}."
                ).format(names=", ".join(unknown)),
                translate(
                    "config", "Remove them, or use the version of the app that wrote the file."
                ),
            )
        notes = [
            translate("config", SESSION_ONLY_NOTES[name])
            for name in SESSION_ONLY_FIELDS
            if data.get(name)
        ]
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known or name in SESSION_ONLY_FIELDS:
                continue
            if value is None and name in ("text_columns", "matryoshka_dims"):
                continue
            values[name] = _checked_value(name, value)
        return cls(**values), notes

    def save(self, path: str | Path) -> None:
        """Write the configuration as JSON (UTF-8, human-readable), without permissions."""
        payload = {"format_version": CONFIG_FORMAT_VERSION, **self.to_file_dict()}
        Path(path).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", "utf-8")

    @classmethod
    def load(cls, path: str | Path) -> TrainingConfig:
        """Read a configuration written by :meth:`save` (see :meth:`load_with_notes`)."""
        return cls.load_with_notes(path)[0]

    @classmethod
    def load_with_notes(cls, path: str | Path) -> tuple[TrainingConfig, list[str]]:
        """Read a configuration file; return it and the notes of :meth:`from_file_dict`.

        Raises:
            DataError: The file is missing, too large, not JSON, or holds wrong values.
        """
        path = Path(path)
        try:
            text = read_settings_text(path)
            if text is None:
                raise DataError(
                    translate(
                        "config",
                        "The configuration file {name} is not an ordinary file of at most "
                        "{megabytes} MB.",
                    ).format(name=path.name, megabytes=MAX_SETTINGS_FILE_BYTES // 1_000_000),
                    translate("config", "Pick a training_config.json written by this app."),
                )
            data = json.loads(text)
        except FileNotFoundError:
            raise DataError(
                translate("config", "The configuration file {path} does not exist.").format(
                    path=path
                ),
                translate("config", "Check the path."),
            ) from None
        except IsADirectoryError:
            raise DataError(
                translate("config", "{path} is a folder, not a configuration file.").format(
                    path=path
                ),
                translate("config", "Check the path."),
            ) from None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise DataError(
                translate(
                    "config", "The configuration file {name} is not valid JSON ({error})."
                ).format(name=path.name, error=exc),
                translate("config", "Pick a training_config.json written by this app."),
            ) from None
        except OSError as exc:
            raise DataError(
                translate("config", "Could not read {name} ({error}).").format(
                    name=path.name, error=exc.strerror or exc
                ),
                translate("config", "Check that you may read the file."),
            ) from None
        if not isinstance(data, dict):
            raise DataError(
                translate("config", "The configuration file {name} does not hold settings.").format(
                    name=path.name
                ),
                translate("config", "Pick a training_config.json written by this app."),
            )
        try:
            return cls.from_file_dict(data)
        except DataError as exc:
            raise DataError(f"{path.name}: {exc.message}", exc.hint) from None

    def problems(self, *, cpu_threads: int | None = None) -> list[SettingProblem]:
        """Return every out-of-range number in these settings (see :func:`setting_problems`)."""
        return setting_problems(self, cpu_threads=cpu_threads)

    def validate(self, *, cpu_threads: int | None = None) -> None:
        """Raise :class:`SettingError` for the first out-of-range setting (see
        :func:`check_settings`)."""
        check_settings(self, cpu_threads=cpu_threads)


def suggest_defaults(n_rows: int, device: str = "cpu") -> dict[str, Any]:
    """Suggest epochs, batch size and learning rate for ``n_rows`` rows.

    Kept for callers written before plans existed: the decision lives in
    :func:`desktop_app.core.training.plan.plan_training`.
    """
    from desktop_app.core.training.plan import suggest_defaults as planned

    return planned(n_rows, device)


def _available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def model_position_limit(model: str) -> int | None:
    """Return the most tokens ``model`` can read, from its folder on this computer, or None.

    Read from the ``max_position_embeddings`` of the transformer's config.json (less the two
    positions RoBERTa-style models reserve); None when the model is not on this computer or
    the file does not say. Cheap: reads one small JSON file, loads no model.
    """
    from desktop_app.core.catalog.models import model_position_limit as limit_of

    return limit_of(model)


def setting_problems(
    config: TrainingConfig, *, cpu_threads: int | None = None, check_model: bool = True
) -> list[SettingProblem]:
    """Return every setting of ``config`` that is out of range, in form order.

    The one place numbers are checked: the command line (exit 2), the window's settings page
    (a message next to the input) and the start of every run use it. Loads no model: the
    longest input is checked against the model's own limit only by reading its config file.

    Args:
        config: The settings to check.
        cpu_threads: The CPU threads asked for (None = automatic).
        check_model: Also compare the max length with the model's own limit.
    """
    found: list[SettingProblem] = []

    def add(setting: str, message: str, hint: str) -> None:
        found.append(SettingProblem(setting, message, hint))

    epochs = config.epochs
    if not _finite(epochs) or not 0 < epochs <= MAX_EPOCHS:
        add(
            "epochs",
            translate(
                "config",
                "The number of epochs must be above 0 and at most {most:g} (it is {value}).",
            ).format(most=MAX_EPOCHS, value=epochs),
            translate(
                "config", "1 to 4 epochs is usual; use a fraction such as 0.5 for half a pass."
            ),
        )
    batch = config.batch_size
    if not _whole(batch) or not 1 <= batch <= MAX_BATCH_SIZE:
        add(
            "batch_size",
            translate(
                "config", "The batch size must be a whole number from 1 to {most} (it is {value})."
            ).format(most=MAX_BATCH_SIZE, value=batch),
            translate("config", "16 or 32 is usual; lower it if the computer runs out of memory."),
        )
    rate = config.learning_rate
    if not _finite(rate) or not 0 < rate < 1:
        add(
            "learning_rate",
            translate(
                "config", "The learning rate must be a number above 0 and below 1 (it is {value})."
            ).format(value=rate),
            translate("config", "Values from 1e-5 to 1e-4 are usual; 2e-5 is a safe start."),
        )
    length = config.max_seq_length
    if length is not None:
        if not _whole(length) or not MIN_SEQ_LENGTH <= length <= MAX_SEQ_LENGTH_LIMIT:
            add(
                "max_seq_length",
                translate(
                    "config",
                    "The max length must be a whole number of tokens from {least} to "
                    "{most:,} (it is {value}).",
                ).format(least=MIN_SEQ_LENGTH, most=MAX_SEQ_LENGTH_LIMIT, value=length),
                translate(
                    "config", "Leave it empty to use the model's own length; 128 to 512 is usual."
                ),
            )
        elif check_model:
            limit = model_position_limit(config.model)
            if limit is not None and length > limit:
                add(
                    "max_seq_length",
                    translate(
                        "config",
                        "The max length of {value} tokens is more than this model can read "
                        "({limit} tokens).",
                    ).format(value=length, limit=limit),
                    translate("config", "Use {limit} or less.").format(limit=limit),
                )
    fraction = config.eval_fraction
    if not _finite(fraction) or not 0 <= fraction <= MAX_EVAL_FRACTION:
        add(
            "eval_fraction",
            translate(
                "config",
                "The share of rows kept for measuring must be from 0 to {most} (it is {value}).",
            ).format(most=MAX_EVAL_FRACTION, value=fraction),
            translate("config", "0.1 (one row in ten) is usual; 0 turns measuring off."),
        )
    for name, template in (
        (
            "max_steps",
            QT_TRANSLATE_NOOP(
                "config", "The step limit must be a whole number of at least 1 (it is {value})."
            ),
        ),
        (
            "eval_steps",
            QT_TRANSLATE_NOOP(
                "config",
                "The steps between quality checks must be a whole number of at least 1 "
                "(it is {value}).",
            ),
        ),
        (
            "save_steps",
            QT_TRANSLATE_NOOP(
                "config",
                "The steps between checkpoints must be a whole number of at least 1 "
                "(it is {value}).",
            ),
        ),
        (
            "logging_steps",
            QT_TRANSLATE_NOOP(
                "config",
                "The steps between loss reports must be a whole number of at least 1 "
                "(it is {value}).",
            ),
        ),
    ):
        value = getattr(config, name)
        if value is not None and (not _whole(value) or not 1 <= value <= MAX_STEPS_LIMIT):
            add(
                name,
                translate("config", template).format(value=value),
                translate("config", "Leave it empty for the automatic choice."),
            )
    seed = config.seed
    if not _whole(seed) or not 0 <= seed <= MAX_SEED:
        add(
            "seed",
            translate(
                "config", "The seed must be a whole number from 0 to {most} (it is {value})."
            ).format(most=MAX_SEED, value=seed),
            translate("config", "Any number such as 42 works; the same seed repeats the same run."),
        )
    warmup = config.warmup_ratio
    if not _finite(warmup) or not 0 <= warmup <= 1:
        add(
            "warmup_ratio",
            translate("config", "The warm-up share must be from 0 to 1 (it is {value}).").format(
                value=warmup
            ),
            translate("config", "0.1 (the first tenth of the steps) is usual."),
        )
    decay = config.weight_decay
    if not _finite(decay) or not 0 <= decay <= 1:
        add(
            "weight_decay",
            translate("config", "The weight decay must be from 0 to 1 (it is {value}).").format(
                value=decay
            ),
            translate("config", "0.01 is usual."),
        )
    dims = list(config.matryoshka_dims or [])
    bad_dims = [d for d in dims if not _whole(d) or not 1 <= d <= MAX_VECTOR_SIZE]
    if bad_dims:
        add(
            "matryoshka_dims",
            translate(
                "config",
                "Each shortened vector size must be a whole number of at least 1 (not {sizes}).",
            ).format(sizes=", ".join(str(d) for d in bad_dims)),
            translate("config", "Write sizes smaller than the model's own, such as 256,128,64."),
        )
    elif len(set(dims)) != len(dims):
        add(
            "matryoshka_dims",
            translate("config", "The shortened vector sizes repeat a size."),
            translate("config", "Give each size once, such as 256,128,64."),
        )
    negatives = config.hard_negatives
    if not _whole(negatives) or not 0 <= negatives <= MAX_HARD_NEGATIVES:
        add(
            "hard_negatives",
            translate(
                "config",
                "The number of wrong answers to find per question must be a whole number from 0 "
                "to {most} (it is {value}).",
            ).format(most=MAX_HARD_NEGATIVES, value=negatives),
            translate("config", "1 to 3 is usual; 0 turns it off."),
        )
    minutes = config.search_minutes
    if minutes is not None and (not _finite(minutes) or not 1 <= minutes <= MAX_SEARCH_MINUTES):
        add(
            "search_minutes",
            translate(
                "config",
                "The time for finding the best settings must be from 1 to "
                "{most:g} minutes (it is {value}).",
            ).format(most=MAX_SEARCH_MINUTES, value=minutes),
            translate(
                "config",
                "30 to 120 minutes is usual; leave it empty to train once with the automatic "
                "settings.",
            ),
        )
    if config.precision not in get_args(Precision):
        add(
            "precision",
            translate("config", "The number format '{value}' is not one the app knows.").format(
                value=config.precision
            ),
            translate("config", "Use one of {choices}.").format(
                choices=", ".join(get_args(Precision))
            ),
        )
    if cpu_threads is not None:
        cores = _available_cores()
        if not _whole(cpu_threads) or not 1 <= cpu_threads <= cores:
            add(
                "cpu_threads",
                translate(
                    "config",
                    "The number of CPU threads must be from 1 to {cores}, the cores of this "
                    "computer (it is {value}).",
                ).format(cores=cores, value=cpu_threads),
                translate("config", "Leave it out to use every core."),
            )
    return found


def check_settings(
    config: TrainingConfig, *, cpu_threads: int | None = None, check_model: bool = True
) -> None:
    """Raise :class:`SettingError` for the first setting out of range (see
    :func:`setting_problems`); do nothing when all are fine."""
    problems = setting_problems(config, cpu_threads=cpu_threads, check_model=check_model)
    if problems:
        raise problems[0].error()


#: The problem of a learning rate that is no number at all (as typed in a form).
RATE_NOT_A_NUMBER = SettingProblem(
    "learning_rate",
    QT_TRANSLATE_NOOP("config", "The learning rate must be a small number such as 2e-5."),
    QT_TRANSLATE_NOOP("config", "Values from 1e-5 to 1e-4 are usual."),
)


def typed_setting_problems(
    config: TrainingConfig, typed_learning_rate: float | None
) -> list[SettingProblem]:
    """:func:`setting_problems` with the learning rate as typed in a form (None = no number).

    A form may show a rate the config does not hold yet; the check is of what was typed.
    """
    if typed_learning_rate is None:
        rest = [p for p in setting_problems(config) if p.setting != "learning_rate"]
        shown = SettingProblem(
            RATE_NOT_A_NUMBER.setting,
            translate("config", RATE_NOT_A_NUMBER.message),
            translate("config", RATE_NOT_A_NUMBER.hint),
        )
        return [shown, *rest]
    from dataclasses import replace

    return setting_problems(replace(config, learning_rate=typed_learning_rate))
