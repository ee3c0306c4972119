"""Errors a user can cause, each with one plain-language sentence and a hint.

Only bugs produce tracebacks. Everything a person can get wrong (a bad file, a wrong column,
no network, no disk space) is raised as a :class:`UserFacingError`, which the CLI prints as
one line and the GUI shows in a dialog.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error caused by the user's input or environment, explained in plain language.

    Attributes:
        message: One sentence a non-programmer understands.
        hint: What to do about it (may be empty). Neutral: the GUI shows it too, so it never
            names a command-line flag.
        cli_hint: What to do on the command line (a flag to pass), printed by the CLI only.
    """

    def __init__(self, message: str, hint: str = "", *, cli_hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.cli_hint = cli_hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class DataError(UserFacingError):
    """The spreadsheet cannot be read or does not fit what training needs."""


class ModelError(UserFacingError):
    """A model cannot be found, downloaded or loaded."""


class TrainingError(UserFacingError):
    """Training cannot start or had to stop for a reason the user can act on."""


class OutputExistsError(UserFacingError):
    """The output folder exists and overwriting it was not asked for."""
