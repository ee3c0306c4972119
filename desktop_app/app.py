"""Entry point: the desktop app by default, the command line when a sub-command is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run EmbedTune.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` when None.

    Returns:
        The process exit status.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli.main import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in {"-h", "--help", "--version"}):
        from desktop_app.cli.main import main as cli_main

        return cli_main(args)
    from desktop_app.gui.application import run_gui

    return run_gui(args)
