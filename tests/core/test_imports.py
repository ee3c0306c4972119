"""The engine warm-up and a tokenizer check may import the ML libraries at the same time.

Before the lock, the Base model page's check failed at random with "cannot import name
'AutoTokenizer' from 'transformers'" when it began while the warm-up thread was importing
sentence-transformers (reproduced here with a 0.5 s delay). Each case runs in a fresh
interpreter, since only a first import can race.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, threading, time
sys.path.insert(0, {repo!r})
from desktop_app.core.imports import auto_tokenizer
from desktop_app.core.training.runner import warm_up_engine
errors = []
def run(job):
    try:
        job()
    except Exception as exc:
        errors.append(repr(exc))
def check_soon():
    # Start while the warm-up is inside transformers' import: the window the race needs.
    while {module!r} not in sys.modules:
        time.sleep(0.0005)
    time.sleep({delay})
    auto_tokenizer()
warm = threading.Thread(target=run, args=(warm_up_engine,))
warm.start()
check = threading.Thread(target=run, args=(check_soon,))
check.start()
warm.join(); check.join()
print(errors)
sys.exit(1 if errors else 0)
"""


@pytest.mark.parametrize(
    ("module", "delay"), [("transformers", 0.0), ("sentence_transformers", 0.05)]
)
def test_a_tokenizer_import_beside_the_warm_up_never_fails(module, delay):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(repo=str(REPO), module=module, delay=delay)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
