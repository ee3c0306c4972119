"""The GUI never names command-line flags, and the core's messages (which the GUI shows) are
neutral: the CLI adds its own flag hints. A scan of every string literal that can reach a user."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import desktop_app

#: A command-line flag such as --overwrite or --columns (not "owner--name", not "---").
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
ROOT = Path(desktop_app.__file__).parent
SCANNED = ("gui", "core")
#: Functions whose strings are command lines by nature, never shown in the app: the launch
#: scripts and README that ``package-run`` writes for a server, and the options of the
#: screenshot tool (a developer's command, not part of the app).
SERVER_TEXT = {
    "core/training/package.py": {"_run_sh", "_run_ps1", "_run_bat", "_readme"},
    "gui/screenshots.py": {"main"},
}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _cli_only_nodes(tree: ast.AST) -> set[int]:
    """Strings given as ``cli_hint=``: only the command line prints them."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "cli_hint":
            ids.update(id(part) for part in ast.walk(node.value))
    return ids


def _server_text_nodes(tree: ast.AST, path: Path) -> set[int]:
    """Strings inside the functions listed in :data:`SERVER_TEXT` for ``path``."""
    relative = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else ""
    names = SERVER_TEXT.get(relative, set())
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in names:
            ids.update(id(part) for part in ast.walk(node))
    return ids


def user_visible_strings(path: Path) -> list[tuple[int, str]]:
    """String literals of a module that are not docstrings (f-string parts included), not
    command-line-only hints and not server scripts."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = _docstring_nodes(tree) | _cli_only_nodes(tree) | _server_text_nodes(tree, path)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            found.append((node.lineno, node.value))
    return found


def flags_in(path: Path) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line}: {match}"
        for line, text in user_visible_strings(path)
        for match in FLAG.findall(text)
    ]


def test_no_command_line_flags_in_gui_or_core_messages():
    found = [
        hit for part in SCANNED for path in (ROOT / part).rglob("*.py") for hit in flags_in(path)
    ]
    assert found == []


def test_the_scan_finds_a_flag(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Docstrings may say --help."""\n'
        'MESSAGE = "Choose another name, or allow replacing it (--overwrite)."\n'
        'OK = "models--sentence-transformers and owner--name are folder names"\n'
        'E = DataError("Name the columns.", cli_hint="(--columns A,B)")\n',
        "utf-8",
    )
    assert [hit.split(": ")[-1] for hit in _flags(sample)] == ["--overwrite"]


def _flags(path: Path) -> list[str]:
    return [m for _line, text in user_visible_strings(path) for m in FLAG.findall(text)]
