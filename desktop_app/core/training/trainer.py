"""The library's trainer with the app's checkpoint rules: atomic, timed, disk-full safe.

Importing this module imports sentence-transformers (seconds): the runner imports it lazily.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sentence_transformers import SentenceTransformerTrainer

from desktop_app.core.errors import TrainingError
from desktop_app.core.i18n import translate
from desktop_app.core.training import saving
from desktop_app.core.training.events import TrainingEvent, TrainingWarning


class AppTrainer(SentenceTransformerTrainer):
    """``SentenceTransformerTrainer`` whose checkpoints can never look complete when they are not.

    Each checkpoint is written into a hidden ``.writing-checkpoint-N-…`` folder of the run's
    staging folder, gets the app's completion marker, and is then renamed to
    ``checkpoint-N``; older ones are removed only after that. A process killed mid-write
    leaves only the hidden folder, which resuming ignores.

    A full disk while writing a checkpoint does not end the run: the half checkpoint is
    removed, the previous complete one is kept, the user is told how much space a checkpoint
    needs, and no further checkpoints are attempted (the final model needs about a third of
    a checkpoint's space).

    Attributes:
        checkpoint_time_s: Seconds spent writing checkpoints in this run.
        checkpoints_written: How many checkpoints were completed.
    """

    def __init__(
        self,
        *args: Any,
        run_dir: Path,
        emit: Callable[[TrainingEvent], None],
        checkpoint_bytes: int,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._run_dir = run_dir
        self._emit = emit
        self._checkpoint_bytes = checkpoint_bytes
        self._writing_into: Path | None = None
        self.checkpoints_disabled = False
        self.checkpoint_time_s = 0.0
        self.checkpoints_written = 0

    def _get_output_dir(self, trial: Any) -> str:
        if self._writing_into is not None:
            return str(self._writing_into)
        return super()._get_output_dir(trial)

    def _save_checkpoint(self, model: Any, trial: Any) -> None:
        if self.checkpoints_disabled:
            return
        started = time.perf_counter()
        step = int(self.state.global_step)
        staging = saving.checkpoint_staging(self._run_dir, step)
        self._writing_into = staging
        try:
            super()._save_checkpoint(model, trial)
            saving.finish_checkpoint(staging / f"checkpoint-{step}", self._run_dir, step)
            self.checkpoints_written += 1
        except Exception as exc:  # safetensors and torch report a full disk in their own ways
            full = saving.write_failed_for_space(exc, self._run_dir, self._checkpoint_bytes)
            shutil.rmtree(staging, ignore_errors=True)
            if not isinstance(exc, OSError) and not full:
                raise
            if not full:
                raise TrainingError(
                    translate(
                        "trainer", "A checkpoint could not be written in {folder} ({error})."
                    ).format(
                        folder=self._run_dir.parent, error=getattr(exc, "strerror", None) or exc
                    ),
                    translate("trainer", "Check that the folder is writable, then train again."),
                ) from None
            self.checkpoints_disabled = True
            free = saving.free_space(self._run_dir)
            if free is not None:
                message = translate(
                    "trainer",
                    "The disk is full: a checkpoint (to continue an interrupted run) "
                    "needs about {needed} free in {folder} ({free} free now). Training goes on "
                    "without new checkpoints; the last complete one is kept.",
                )
            else:
                message = translate(
                    "trainer",
                    "The disk is full: a checkpoint (to continue an interrupted run) "
                    "needs about {needed} free in {folder}. Training goes on without new "
                    "checkpoints; the last complete one is kept.",
                )
            self._emit(
                TrainingWarning(
                    code="checkpoint-disk-full",
                    message=message.format(
                        needed=saving.format_size(self._checkpoint_bytes),
                        folder=self._run_dir.parent,
                        free=saving.format_size(free) if free is not None else "",
                    ),
                    hint=translate(
                        "trainer",
                        "Free some space on that disk before the training ends, so the model "
                        "can be saved.",
                    ),
                )
            )
        finally:
            self._writing_into = None
            self.checkpoint_time_s += time.perf_counter() - started
