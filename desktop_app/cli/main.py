"""Argument parsing and dispatch for the command line.

Every sub-command lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``. A :class:`UserFacingError` becomes one plain sentence on stderr and exit
status 2; Ctrl-C exits with 130. Only bugs print a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from desktop_app import APP_NAME, __version__
from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import translate

#: Sub-command name -> module under desktop_app.cli that implements it.
COMMANDS: dict[str, str] = {
    "inspect": "desktop_app.cli.inspect_cmd",
    "train": "desktop_app.cli.train_cmd",
    "similarity": "desktop_app.cli.similarity_cmd",
    "evaluate": "desktop_app.cli.evaluate_cmd",
    "export": "desktop_app.cli.export_cmd",
    "package-run": "desktop_app.cli.package_run_cmd",
}


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors exit with status 2 and one plain line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(
            2,
            translate("cli_main", "{prog}: {message}. Run '{prog} --help' for the options.").format(
                prog=self.prog, message=message
            )
            + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every sub-command registered."""
    parser = _Parser(
        prog="main.py",
        description=translate("cli_main", "{app} command line.").format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module_name in COMMANDS.values():
        importlib.import_module(module_name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the sub-command; return the exit status.

    The command line speaks the computer's language (``EMBEDTUNE_LANG``, else the locale:
    ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) when the app has it, else English.
    """
    from desktop_app.core import i18n

    i18n.set_language(i18n.system_language())
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    module = importlib.import_module(COMMANDS[args.command])
    try:
        return int(module.run(args))
    except UserFacingError as exc:
        cli_hint = getattr(exc, "cli_hint", "")
        error = translate("cli_main", "Error: {error}").format(error=exc)
        print(error + (f" {cli_hint}" if cli_hint else ""), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate("cli_main", "Cancelled."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``main.py inspect FILE | head``): nothing is wrong, and
        # nothing more can be printed. Point stdout at nothing so the exit flush is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
