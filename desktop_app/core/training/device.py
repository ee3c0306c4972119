"""Which device to train on, which number format fits it, and how many CPU threads to use."""

from __future__ import annotations

import os


def pick_device() -> str:
    """Return the best available device: "cuda", "mps" or "cpu"."""
    import torch

    if torch.cuda.is_available():
        return "cuda"
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        return "mps"
    return "cpu"


def pick_precision(device: str, requested: str = "auto") -> str:
    """Return "bf16", "fp16" or "fp32" for ``device``.

    "auto" picks bf16 on GPUs that support it, fp16 on other CUDA GPUs and fp32 elsewhere
    (half precision on CPU and MPS is slower or unsupported in the trainer).
    """
    if requested != "auto":
        return requested
    if device != "cuda":
        return "fp32"
    import torch

    return "bf16" if torch.cuda.is_bf16_supported() else "fp16"


def training_threads(leave_free: int = 1) -> int:
    """Return how many CPU threads training may use, leaving ``leave_free`` cores to the GUI."""
    return max(1, (os.cpu_count() or 1) - max(0, leave_free))


def set_cpu_threads(threads: int | None) -> int:
    """Limit torch to ``threads`` CPU threads (None = all but one core); return the count."""
    import torch

    count = training_threads() if threads is None else max(1, int(threads))
    torch.set_num_threads(count)
    return count
