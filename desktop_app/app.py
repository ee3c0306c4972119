"""Entry point: the desktop app by default, the command line when a sub-command is given.

The first argument decides: a sub-command (the keys of ``desktop_app.cli.main.COMMANDS``, the
single list of commands) or ``--help``/``--version`` runs the command line; a project file
that exists, an option for Qt, or nothing opens the window. Any other word is an unknown
command: one plain line (with the closest command suggested) and exit status 2, without ever
starting Qt. On Linux with no display the window is not attempted either: a plain message,
exit status 2, instead of Qt aborting.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.i18n import translate

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


def _unknown_argument_message(first: str, commands: Sequence[str]) -> str | None:
    """Return why ``first`` cannot start the app, or None when the window may open with it.

    None for an existing file (a project to open) and for options (Qt's own, such as
    ``-platform``); a message for a word that is not a command and a project file that
    does not exist.
    """
    if first.startswith("-"):
        return None
    path = Path(first).expanduser()
    try:
        if path.is_file():
            return None
    except (OSError, ValueError):
        pass
    if path.suffix or os.sep in first or "/" in first:
        return translate(
            "app", "There is no file {path}. Check the path, or open the app and pick a project."
        ).format(path=first)
    close = difflib.get_close_matches(first.lower(), list(commands), n=1, cutoff=0.5)
    if close:
        template = translate(
            "app",
            "Unknown command '{command}'. Did you mean '{suggestion}'? The commands are: "
            "{commands}. Run 'main.py --help' for how to use them.",
        )
    else:
        template = translate(
            "app",
            "Unknown command '{command}'. The commands are: {commands}. "
            "Run 'main.py --help' for how to use them.",
        )
    return template.format(
        command=first, suggestion=close[0] if close else "", commands=", ".join(commands)
    )


def _no_display_message(args: Sequence[str]) -> str | None:
    """Return a plain message when the window cannot open (Linux without a display)."""
    if not sys.platform.startswith("linux") or "-platform" in args:
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    return translate(
        "app",
        "No display was found, so the window cannot open. Start the app from a desktop "
        "session, or use the command line: run 'main.py --help' for the commands.",
    )


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
    from desktop_app.core import i18n

    spoken = i18n.language()
    i18n.set_language(i18n.system_language())  # these lines come before any window
    problem = _unknown_argument_message(args[0], list(COMMANDS)) if args else None
    problem = problem or _no_display_message(args)
    if problem:
        print(translate("app", "Error: {problem}").format(problem=problem), file=sys.stderr)
        return 2
    i18n.set_language(spoken)
    from desktop_app.gui.application import run_gui

    return run_gui(args)
