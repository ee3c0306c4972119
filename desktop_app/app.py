"""Entry point: the desktop app by default, the command line when a sub-command is given."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

#: Flag that runs the headless smoke test (``--smoke-test`` or ``--smoke-test=STEPS``).
SMOKE_FLAG = "--smoke-test"
#: Environment variable that does the same ("1"/"all" or a comma-separated list of steps).
SMOKE_ENV = "EMBEDTUNE_SMOKE_TEST"


def _smoke_request(args: list[str]) -> str | None:
    """Return the smoke-test steps asked for ("all" or "a,b"), or None when not asked."""
    for arg in args:
        if arg == SMOKE_FLAG:
            return "all"
        if arg.startswith(SMOKE_FLAG + "="):
            return arg.split("=", 1)[1] or "all"
    value = os.environ.get(SMOKE_ENV, "").strip()
    if value and value.lower() not in {"0", "false", "no"}:
        return "all" if value.lower() in {"1", "true", "yes"} else value
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run EmbedTune.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` when None.

    Returns:
        The process exit status.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    smoke = _smoke_request(args)
    if smoke is not None:
        from desktop_app.smoke import parse_steps, run_smoke_test

        try:
            steps = parse_steps(smoke)
        except ValueError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 2
        return run_smoke_test(steps)
    from desktop_app.cli.main import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in {"-h", "--help", "--version"}):
        from desktop_app.cli.main import main as cli_main

        return cli_main(args)
    from desktop_app.gui.application import run_gui

    return run_gui(args)
