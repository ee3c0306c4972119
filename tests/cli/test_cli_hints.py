"""The CLI adds its own flag hints to the core's neutral messages (the GUI never shows them)."""

from __future__ import annotations

import pytest

from desktop_app.cli.main import main
from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.reading import read_table
from desktop_app.core.errors import DataError


def test_cli_prints_the_flag_the_gui_never_shows(tmp_path, capsys):
    path = tmp_path / "numbers.csv"
    path.write_text("id,score\n1,0.5\n2,0.7\n3,0.1\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        detect_columns(read_table(path))
    assert "--" not in str(caught.value)  # what the GUI shows
    assert caught.value.cli_hint == "(--columns A,B)"
    assert main(["inspect", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: ")
    assert err.endswith("(--columns A,B)")
    assert len(err.splitlines()) == 1
