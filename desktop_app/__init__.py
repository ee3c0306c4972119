"""EmbedTune: fine-tune sentence-embedding models on your own spreadsheets."""

from __future__ import annotations

APP_NAME = "EmbedTune"
ORGANIZATION = "EmbedTune"


def _read_version() -> str:
    """Return the version from the installed metadata, or from pyproject.toml in a checkout.

    pyproject.toml is the one place the version is written. importlib.metadata is imported
    only when pyproject.toml is absent: it costs about 0.1 s of the app's start-up.
    """
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
    from importlib import metadata

    try:
        return metadata.version("embedtune")
    except metadata.PackageNotFoundError:
        return "0.0.0"


__version__ = _read_version()
