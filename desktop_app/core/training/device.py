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


def training_threads(leave_free: int = 0) -> int:
    """Return how many CPU threads training may use, leaving ``leave_free`` cores unused."""
    return max(1, (os.cpu_count() or 1) - max(0, leave_free))


def set_cpu_threads(threads: int | None) -> int:
    """Limit torch to ``threads`` CPU threads (None = every core); return the count.

    Every core is the default, also in the GUI: on a 2-core laptop leaving one core free costs
    40% of training speed. The GUI keeps responsive by running training at a lower priority
    instead (:func:`lower_current_thread_priority`).
    """
    import torch

    count = training_threads() if threads is None else max(1, int(threads))
    torch.set_num_threads(count)
    return count


def lower_current_thread_priority(niceness: int = 5) -> bool:
    """Run the calling thread (and the compute threads it starts) at a lower CPU priority.

    On Linux each thread has its own nice value: raising it for the training thread lets the
    GUI thread win the CPU when both want it, while training still gets every idle cycle.
    torch's compute threads, started later from this thread, inherit it. Elsewhere (macOS,
    Windows) nice values are per process, which would slow the GUI too, so this does nothing
    and returns False; the GUI worker lowers its QThread priority there instead.

    The step is modest (5, about a third of the CPU share of a normal thread when both are
    busy): enough for the GUI thread to win, without training starving behind every other
    busy program on the computer (with 10, a loaded shared machine gave training almost
    nothing). The choice awaits clean figures from benchmarks/bench_gui.py --variants.
    """
    import sys
    import threading

    if not sys.platform.startswith("linux"):
        return False
    try:
        current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), min(19, current + niceness))
    except (OSError, AttributeError):
        return False
    return True


#: Bytes of training state per parameter with AdamW in fp32 (weights, gradients, 2 moments).
_STATE_BYTES_PER_PARAMETER = 16


def estimate_fitting_batch(
    *,
    parameters: int,
    layers: int,
    hidden: int,
    seq_len: int,
    texts_per_example: int,
    free_bytes: int,
    half_precision: bool,
    safety: float = 0.9,
) -> int:
    """Return a rough largest batch (examples per step) that fits in ``free_bytes``.

    A deliberately coarse estimate, used only to avoid a first-step out-of-memory on GPUs
    that report their free memory (CUDA): the model's training state takes
    ``16 bytes x parameters`` (fp32 weights, gradients and AdamW's two moments), and each
    text in a batch keeps activations of about ``34 x seq_len x hidden`` bytes per layer
    in 16-bit precision (Korthikanti et al., 2022, without the attention-score term that
    SDPA avoids), twice that in fp32. Only ``safety`` of the rest is counted on. The run
    still recovers if the estimate is off (see the runner's out-of-memory handling).

    Returns:
        At least 1.
    """
    budget = free_bytes * safety - parameters * _STATE_BYTES_PER_PARAMETER
    per_text = 34 * seq_len * hidden * layers * (1 if half_precision else 2)
    per_example = max(1, per_text * max(1, texts_per_example))
    return max(1, int(budget // per_example))


def free_device_memory(device: str) -> int | None:
    """Return the free memory of ``device`` in bytes where it reports it (CUDA), else None."""
    if device != "cuda":
        return None
    import torch

    try:
        free, _total = torch.cuda.mem_get_info()
    except (RuntimeError, AttributeError):
        return None
    return int(free)
