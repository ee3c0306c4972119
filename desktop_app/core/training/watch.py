"""What a person watching a training run is told: clock and speed texts, loss alerts, the plan.

Pure rules (no Qt), so the GUI's Train page only shows their results and the rules are
tested on their own (``tests/core/training/test_watch.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

#: Loss points needed before "the loss stopped falling" can be judged.
PLATEAU_MIN_POINTS = 12

NAN_ALERT = QT_TRANSLATE_NOOP(
    "watch",
    "Training broke down: the loss is no longer a number. Try a smaller learning rate "
    "(for example half of it) and start again.",
)
PLATEAU_ALERT = QT_TRANSLATE_NOOP(
    "watch",
    "The loss has stopped falling: the model is not learning much more from these examples. "
    "You can stop here (the model is kept), or next time try a smaller learning rate, fewer "
    "epochs or more varied data.",
)
#: Warning codes the training engine uses for a loss that is not a number.
NAN_WARNING_CODES = ("nan-loss", "loss-nan")


def format_clock(seconds: float | None) -> str:
    """Return ``m:ss`` or ``h:mm:ss`` ("–" when unknown)."""
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def loss_stopped_falling(losses: list[float], min_points: int = PLATEAU_MIN_POINTS) -> bool:
    """Whether the last quarter of the curve is no lower than the quarter before it.

    Compares averages (one noisy point decides nothing) and needs ``min_points`` points.
    """
    finite = [x for x in losses if math.isfinite(x)]
    if len(finite) < min_points:
        return False
    quarter = max(3, len(finite) // 4)
    recent = sum(finite[-quarter:]) / quarter
    earlier = sum(finite[-2 * quarter : -quarter]) / quarter
    return recent >= earlier * 0.995


def progress_texts(
    step: int, total_steps: int, epoch: float, elapsed_s: float | None, eta_s: float | None,
    samples_per_s: float,
) -> dict[str, str]:  # fmt: skip
    """The texts under the progress bar: ``step``, ``epoch``, ``elapsed``, ``eta``, ``speed``."""
    total = max(1, int(total_steps))
    return {
        "step": f"{step:,} / {total:,}",
        "epoch": f"{epoch:.2f}",
        "elapsed": format_clock(elapsed_s),
        "eta": translate("watch", "estimating…")
        if eta_s is None
        else translate("watch", "about {clock}").format(clock=format_clock(eta_s)),
        "speed": translate("watch", "{speed:.1f} examples/s").format(speed=samples_per_s),
    }


def loss_log_line(step: int, loss: float, learning_rate: float | None) -> str:
    """One log line for a logged loss."""
    if learning_rate:
        return translate("watch", "step {step}: loss {loss:.4f}, learning rate {rate:.2e}").format(
            step=step, loss=loss, rate=learning_rate
        )
    return translate("watch", "step {step}: loss {loss:.4f}").format(step=step, loss=loss)


def alert_log_line(alert: str) -> str:
    """The log's short line for a loss alert."""
    if alert in (NAN_ALERT, translate("watch", NAN_ALERT)):
        return translate("watch", "Alert: the loss is not a number.")
    if alert in (PLATEAU_ALERT, translate("watch", PLATEAU_ALERT)):
        return translate("watch", "Alert: the loss stopped falling.")
    return translate("watch", "Note: {alert}").format(alert=alert)


def finished_log_line(stopped_early: bool, output_dir: str) -> str:
    """The log's line when the engine reports the run's end."""
    if stopped_early:
        return translate("watch", "Finished (stopped early; saved in {folder}).").format(
            folder=output_dir
        )
    return translate("watch", "Finished (saved in {folder}).").format(folder=output_dir)


@dataclass
class LossWatch:
    """Watches the losses of one run and says when to alert (each alert once).

    Attributes:
        losses: Every loss seen so far.
        alerts: Every alert text of this run, in order, without repeats.
    """

    losses: list[float] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    nan_alerted: bool = False
    plateau_alerted: bool = False

    def add_loss(self, loss: float) -> str | None:
        """Record a loss; return a new alert's text (NaN or plateau) or None."""
        self.losses.append(loss)
        if not math.isfinite(loss) and not self.nan_alerted:
            self.nan_alerted = True
            return self.add_alert(translate("watch", NAN_ALERT))
        if not self.plateau_alerted and not self.nan_alerted and loss_stopped_falling(self.losses):
            self.plateau_alerted = True
            return self.add_alert(translate("watch", PLATEAU_ALERT))
        return None

    def add_warning(self, code: str, message: str, hint: str = "") -> str:
        """Record a warning from the engine; return the text to show (NaN in plain words)."""
        if code in NAN_WARNING_CODES:
            self.nan_alerted = True
            return self.add_alert(translate("watch", NAN_ALERT))
        return self.add_alert(message + (f" {hint}" if hint else ""))

    def add_alert(self, text: str) -> str:
        """Add an alert text (a repeat is listed once); return it."""
        if text not in self.alerts:
            self.alerts.append(text)
        return text

    def alert_text(self) -> str:
        """Every alert of the run, one paragraph each."""
        return "\n\n".join(self.alerts)


def train_rows(
    total_rows: int, error_rows: Iterable[int], eval_fraction: float, has_eval_file: bool
) -> int:
    """About how many rows training learns from: rows without errors, less the share held
    out for evaluation (none is held out when a separate evaluation file is given)."""
    rows = max(0, total_rows - len(set(error_rows)))
    fraction = 0.0 if has_eval_file else float(eval_fraction or 0)
    if fraction <= 0 or rows < 2:
        return rows
    return rows - min(rows - 1, math.ceil(rows * fraction))


def batch_warning(rows: int, batch_size: int) -> tuple[str, str, str] | None:
    """``(code, message, hint)`` when the batch is larger than the training rows, else None."""
    batch = int(batch_size)
    if not rows or batch <= rows:
        return None
    return (
        "batch-larger-than-data",
        translate(
            "watch",
            "The batch size ({batch}) is larger than your {rows:,} training rows, so "
            "each step uses all {rows:,} rows (a batch size of {rows:,}).",
        ).format(batch=batch, rows=rows),
        translate("watch", "That is fine; to change it, go back to Settings."),
    )


def plan_text(config: Any) -> str:
    """What Start would do, in one rich-text paragraph (bold names, ``<br>`` breaks)."""
    data = Path(config.data_file).name if config.data_file else translate("watch", "no data chosen")
    model = config.model.rstrip("/").rsplit("/", 1)[-1]
    if config.matryoshka_dims and config.max_steps:
        template = translate(
            "watch",
            "Train <b>{model}</b> on <b>{data}</b> with {loss} with Matryoshka, {epochs:g} "
            "epoch(s), at most {max_steps} steps, batch size {batch}.<br>The model will be "
            "saved in <b>{folder}</b>.",
        )
    elif config.matryoshka_dims:
        template = translate(
            "watch",
            "Train <b>{model}</b> on <b>{data}</b> with {loss} with Matryoshka, {epochs:g} "
            "epoch(s), batch size {batch}.<br>The model will be saved in <b>{folder}</b>.",
        )
    elif config.max_steps:
        template = translate(
            "watch",
            "Train <b>{model}</b> on <b>{data}</b> with {loss}, {epochs:g} epoch(s), at most "
            "{max_steps} steps, batch size {batch}.<br>The model will be saved in "
            "<b>{folder}</b>.",
        )
    else:
        template = translate(
            "watch",
            "Train <b>{model}</b> on <b>{data}</b> with {loss}, {epochs:g} epoch(s), batch size "
            "{batch}.<br>The model will be saved in <b>{folder}</b>.",
        )
    return template.format(
        model=model,
        data=data,
        loss=config.loss or translate("watch", "the recommended loss"),
        epochs=config.epochs,
        max_steps=config.max_steps,
        batch=config.batch_size,
        folder=config.output_dir or translate("watch", "(no folder chosen)"),
    )


def start_problem(config: Any) -> tuple[str, str] | None:
    """``(message, hint)`` when training cannot start with ``config`` yet, else None."""
    if not config.data_file:
        return (
            translate("watch", "Choose your data first."),
            translate("watch", "Go back to the Data page."),
        )
    if not config.output_dir:
        return (
            translate("watch", "Choose a folder to save the model in."),
            translate("watch", "Go back to the Settings page."),
        )
    return None


def finished_status(stopped_early: bool) -> str:
    """The status line when a run has ended and its model is saved."""
    if stopped_early:
        return translate("watch", "Stopped early; the model so far is saved.")
    return translate("watch", "Training finished.")
