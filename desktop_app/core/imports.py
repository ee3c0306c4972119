"""Import the machine-learning libraries from several threads at once, safely.

``transformers`` hands out its names lazily: ``from transformers import AutoTokenizer`` runs
its module-level ``__getattr__``, which is not safe while another thread is still importing
``transformers`` (as ``sentence_transformers`` does). The app imports the engine in a
background thread right after its window shows, and the Base model page checks the data
with the model's tokenizer in another; the check then failed at random with "cannot import
name 'AutoTokenizer' from 'transformers'" (about one start in five here, when the check began
half a second after the warm-up). Every such import goes through :data:`ENGINE_IMPORT_LOCK`.
"""

from __future__ import annotations

import threading
from typing import Any

#: Held while the engine (torch, transformers, sentence-transformers) is being imported.
ENGINE_IMPORT_LOCK = threading.RLock()


def auto_tokenizer() -> Any:
    """``transformers.AutoTokenizer``, imported safely beside other threads' imports."""
    with ENGINE_IMPORT_LOCK:
        from transformers import AutoTokenizer
    return AutoTokenizer
