"""The translation catalogues: complete, in step with the code, and true to their sources.

The core reads the ``.ts`` catalogues itself (no Qt); the GUI loads the compiled ``.qm``.
These tests read the real catalogues in ``resources/i18n``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.core import i18n

REPO = Path(__file__).resolve().parents[2]
TARGETS = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
#: The script each language is written in (most letters of a translation must be in it).
SCRIPTS = {
    "ru": re.compile(r"[\u0400-\u04FF]"),
    "ko": re.compile(r"[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]"),
    "si": re.compile(r"[\u0D80-\u0DFF]"),
}


def _messages(code: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(i18n.catalog_path(code)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("code", TARGETS)
def test_every_text_has_a_translation_with_the_same_fields(code):
    messages = _messages(code)
    assert len(messages) > 500, "the catalogue holds far fewer texts than the app shows"
    missing, broken = [], []
    for context, source, message in messages:
        text = message.findtext("translation") or ""
        if not text.strip():
            missing.append(f"{context}: {source[:70]}")
        elif i18n.format_fields(text) != i18n.format_fields(source):
            broken.append(f"{context}: {source[:50]!r} -> {text[:50]!r}")
    assert not missing, f"{len(missing)} texts not translated, e.g. {missing[:5]}"
    assert not broken, f"translations that lose or add {{fields}}: {broken[:5]}"


@pytest.mark.parametrize("code", TARGETS)
def test_translations_are_written_in_the_languages_script(code):
    script = SCRIPTS[code]
    latin_only = []
    for context, source, message in _messages(code):
        text = message.findtext("translation") or ""
        letters = re.sub(r"\{[^}]*\}|<[^>]+>|&\w+;", "", text)
        if re.search(r"[A-Za-z]{4,}.*\s.*[A-Za-z]{4,}", source) and not script.search(letters):
            latin_only.append(f"{context}: {text[:60]!r}")
    # Names (model ids, loss names, "CSV") may stay in Latin letters, whole sentences may not.
    assert len(latin_only) < 15, f"texts left in English: {latin_only[:10]}"


@pytest.mark.parametrize("code", TARGETS)
def test_mnemonics_and_markup_survive(code):
    problems = []
    for context, source, message in _messages(code):
        text = message.findtext("translation") or ""
        if not text:
            continue
        if re.search(r"&[^&\s;]", source.replace("&&", "")) and not re.search(
            r"&[^&\s;]", text.replace("&&", "")
        ):
            problems.append(f"{context}: {source!r} lost its & shortcut: {text!r}")
        tags = sorted(re.findall(r"</?(\w+)", source))
        if tags != sorted(re.findall(r"</?(\w+)", text)):
            problems.append(f"{context}: {source[:40]!r}: markup {tags} changed")
    assert not problems, problems[:5]


def test_unsure_translations_are_marked_for_review():
    """Every language marks some texts for a native speaker, each with a comment."""
    for code in TARGETS:
        unsure = [
            m
            for _c, _s, m in _messages(code)
            if (
                m.find("translation") is not None
                and m.find("translation").get("type") == "unfinished"
            )
        ]
        assert all((m.findtext("translatorcomment") or "").strip() for m in unsure), code


def test_catalogues_are_in_step_with_the_code():
    """Every marked text is in the catalogues, none is stale, the .qm files are compiled."""
    result = subprocess.run(
        [sys.executable, str(REPO / "installer" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        result.stdout + result.stderr + "\nRun: python installer/update_translations.py"
    )


def test_the_core_speaks_each_language_and_falls_back_to_english():
    i18n.set_language("ru")
    assert i18n.language() == "ru"
    for code in TARGETS:
        assert i18n.set_language(code) == code
        table = i18n.read_catalog(i18n.catalog_path(code))
        (context, source), text = next(iter(table.items()))
        assert i18n.translate(context, source) == text != source
        assert i18n.translate(context, "A text no catalogue has") == "A text no catalogue has"
    assert i18n.set_language("de") == "en"
    assert i18n.translate(context, source) == source


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LC_ALL": "si_LK.UTF-8", "LANG": "en_US.UTF-8"}, "si"),
        ({"LANGUAGE": "de:ru", "LANG": "de_DE.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"EMBEDTUNE_LANG": "ko", "LANG": "ru_RU.UTF-8"}, "ko"),
    ],
)
def test_the_system_language_is_read_from_the_locale(environ, expected):
    assert i18n.system_language(environ) == expected


@pytest.mark.parametrize(("code", "script"), [("ru", "ru"), ("ko", "ko"), ("si", "si")])
def test_the_command_line_follows_the_locale(code, script):
    env = {k: v for k, v in os.environ.items() if k not in ("EMBEDTUNE_LANG", "LANGUAGE")}
    env.update({"LANG": f"{code}_XX.UTF-8", "LC_ALL": "", "HF_HUB_OFFLINE": "1"})
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "train", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(SCRIPTS[script].findall(result.stdout)) > 200, result.stdout[:500]
    missing = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "inspect", str(REPO / "no-such-file.csv")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert missing.returncode == 2
    assert SCRIPTS[script].search(missing.stderr), missing.stderr
    assert "Traceback" not in missing.stderr
