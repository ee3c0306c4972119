"""Entry script of the frozen app (PyInstaller analyses this file, not main.py).

It does the two things a frozen app needs before EmbedTune's own ``main``:

* ``multiprocessing.freeze_support()``, so that a library that starts worker processes
  (datasets, torch) re-enters the app as a worker instead of opening a second window;
* a windowed app on Windows starts with ``sys.stdout``/``sys.stderr`` set to None, and any
  library that prints a progress bar would crash: point them at the null device.
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _ensure_streams() -> None:
    """Give a windowed app harmless stdout/stderr when the OS gave it none."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the app)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _ensure_streams()
    from desktop_app.app import main

    sys.exit(main())
