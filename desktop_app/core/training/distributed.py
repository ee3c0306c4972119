"""What changes when one training runs as several processes (one per GPU).

``torchrun`` and ``accelerate launch`` start one copy of the program per device and tell each
its place through environment variables (``RANK``, ``LOCAL_RANK``, ``WORLD_SIZE``). The
trainer itself splits the batches and averages the gradients (data-parallel). What the app
must add: only the first process (the "main" one) writes the model folder, and losses that
use the other texts of a batch as negatives see the texts of every device's batch.
"""

from __future__ import annotations

import os
from typing import Any

#: Loss classes that treat the other texts in a batch as negatives and can share them.
IN_BATCH_NEGATIVE_LOSSES = (
    "MultipleNegativesRankingLoss",
    "CachedMultipleNegativesRankingLoss",
    "MultipleNegativesSymmetricRankingLoss",
    "CachedMultipleNegativesSymmetricRankingLoss",
    "GISTEmbedLoss",
    "CachedGISTEmbedLoss",
)


def world_size() -> int:
    """Return how many processes take part in this run (1 when not launched distributed)."""
    try:
        return max(1, int(os.environ.get("WORLD_SIZE", "1")))
    except ValueError:
        return 1


def rank() -> int:
    """Return this process's number among all processes (0 = the main process)."""
    try:
        return int(os.environ.get("RANK", "0"))
    except ValueError:
        return 0


def local_rank() -> int:
    """Return this process's number on this machine (which GPU it uses)."""
    try:
        return int(os.environ.get("LOCAL_RANK", "0"))
    except ValueError:
        return 0


def is_main_process() -> bool:
    """Return True in the process that writes files (always True in a normal run)."""
    return rank() == 0


def share_in_batch_negatives(loss: Any) -> bool:
    """Make an in-batch-negative loss gather the texts of all devices; return whether it did.

    With N devices and a per-device batch of B, each text is then compared with N x B - 1
    negatives instead of B - 1, the same as one device with batch N x B. Does nothing in a
    single-process run or for other losses. A Matryoshka wrapper's inner loss is changed.
    """
    if world_size() <= 1:
        return False
    candidate = loss
    for _ in range(3):  # the loss itself, or inside a Matryoshka / cached wrapper
        if type(candidate).__name__ in IN_BATCH_NEGATIVE_LOSSES and hasattr(
            candidate, "gather_across_devices"
        ):
            candidate.gather_across_devices = True
            return True
        candidate = getattr(candidate, "loss", None)
        if candidate is None:
            break
    return False
