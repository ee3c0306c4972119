"""Collect the app's texts into the translation catalogues and compile them.

    python installer/update_translations.py            # update .ts, compile .qm
    python installer/update_translations.py --check    # fail if either is out of date
    python installer/update_translations.py --export ru sheet.json   # texts to translate
    python installer/update_translations.py --import ru sheet.json   # translations back in

``pyside6-lupdate`` reads every module under ``desktop_app/`` and finds the texts marked with
``translate(context, text)`` and ``QT_TRANSLATE_NOOP(context, text)`` (the core's
``desktop_app.core.i18n`` and the GUI's ``desktop_app.gui.i18n`` mark them the same way); it
adds new texts to ``resources/i18n/embedtune_<code>.ts`` as unfinished and drops texts the
code no longer has. ``pyside6-lrelease`` compiles each catalogue to the ``.qm`` file the GUI
loads (the core reads the ``.ts`` itself). Translators edit the ``.ts`` files, by hand or in
Qt Linguist; a translation a native speaker should review stays marked "unfinished" with a
translator comment.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.core.i18n import (  # noqa: E402
    LANGUAGES,
    SOURCE_LANGUAGE,
    catalog_dir,
    read_catalog,
)
from desktop_app.core.i18n import format_fields as fields  # noqa: E402


def sources() -> list[Path]:
    """The Python modules whose texts the catalogues hold."""
    return sorted(p for p in (REPO / "desktop_app").rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``), next to this Python when possible."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .).")
    return found


def lupdate(ts_files: list[Path]) -> None:
    """Bring ``ts_files`` up to date with the texts in the code."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in sources()))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            f"@{lst.name}",
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
    )
    Path(lst.name).unlink()


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one catalogue."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def targets() -> list[str]:
    """The languages with a catalogue (every one the app speaks but English)."""
    return [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def _sources(ts: Path) -> set[tuple[str, str]]:
    """(context, English text) of every current message of a catalogue."""
    root = ET.parse(ts).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def _qm_disagrees(qm: Path, ts: Path) -> int:
    """How many of the catalogue's translations the compiled file does not give back."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return -1
    return sum(
        1
        for (context, source), text in read_catalog(ts).items()
        if translator.translate(context, source) != text
    )


def check() -> list[str]:
    """What is out of date: texts the catalogues lack or hold no longer, stale .qm files.

    Compared by content, not bytes, so that another release of the Qt tools (which may lay
    the files out differently) does not count as out of date.
    """
    problems: list[str] = []
    folder = catalog_dir()
    with tempfile.TemporaryDirectory() as tmp:
        for code in targets():
            ts = folder / f"embedtune_{code}.ts"
            if not ts.is_file():
                problems.append(f"{ts.name} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate([fresh])
            new, gone = _sources(fresh) - _sources(ts), _sources(ts) - _sources(fresh)
            if new or gone:
                example = sorted(new or gone)[0]
                problems.append(
                    f"{ts.name} is not up to date with the code: {len(new)} new texts, "
                    f"{len(gone)} no longer used (e.g. {example[0]}: {example[1][:60]!r})"
                )
            qm = folder / f"embedtune_{code}.qm"
            wrong = _qm_disagrees(qm, ts) if qm.is_file() else -1
            if wrong:
                problems.append(f"{qm.name} was not compiled from the current {ts.name}")
    return problems


def export_sheet(code: str, path: Path, everything: bool = False) -> int:
    """Write the texts of ``code`` still to translate (all with ``everything``) as JSON.

    Each item: ``context``, ``source``, ``translation`` (empty or the current one),
    ``unsure`` (true: a native speaker should review it) and ``comment``.
    """
    root = ET.parse(catalog_dir() / f"embedtune_{code}.ts").getroot()
    items = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            if text and not everything:
                continue
            items.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "translation": text,
                    "unsure": bool(text) and node is not None and node.get("type") == "unfinished",
                    "comment": message.findtext("translatorcomment") or "",
                }
            )
    path.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(items)


def import_sheet(code: str, path: Path) -> tuple[int, list[str]]:
    """Put the translations of a JSON sheet (as :func:`export_sheet` writes) into the .ts.

    A translation whose ``{fields}`` differ from its source's is refused (listed in the
    problems). Unsure ones are marked "unfinished" with the comment, for review; sure ones
    are marked finished. Returns (translations taken, problems).
    """
    ts = catalog_dir() / f"embedtune_{code}.ts"
    tree = ET.parse(ts)
    wanted = {
        (item["context"], item["source"]): item
        for item in json.loads(path.read_text(encoding="utf-8"))
        if item.get("translation")
    }
    taken, problems = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            item = wanted.get((name, source))
            if item is None:
                continue
            text = item["translation"]
            if fields(text) != fields(source):
                problems.append(
                    f"{name}: {source[:60]!r}: fields {fields(text)} != {fields(source)}"
                )
                continue
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            node.text = text
            comment = message.find("translatorcomment")
            if item.get("unsure"):
                node.set("type", "unfinished")
                if comment is None:
                    comment = ET.Element("translatorcomment")
                    message.insert(list(message).index(node), comment)
                comment.text = item.get("comment") or "Please review (translator unsure)."
            else:
                node.attrib.pop("type", None)
                if comment is not None:
                    message.remove(comment)
            taken += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    lupdate([ts])  # back to lupdate's own layout, so --check compares like with like
    lrelease(ts, ts.with_suffix(".qm"))
    return taken, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    parser.add_argument("--export", nargs=2, metavar=("LANG", "JSON"))
    parser.add_argument("--import", dest="import_", nargs=2, metavar=("LANG", "JSON"))
    parser.add_argument("--all", action="store_true", help="--export: translated texts too")
    args = parser.parse_args()
    if args.export:
        count = export_sheet(args.export[0], Path(args.export[1]), args.all)
        print(f"{count} texts written to {args.export[1]}")
        return 0
    if args.import_:
        taken, problems = import_sheet(args.import_[0], Path(args.import_[1]))
        print(f"{taken} translations taken")
        for line in problems:
            print("refused:", line)
        return 1 if problems else 0
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        return 1 if problems else 0
    folder = catalog_dir()
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [folder / f"embedtune_{code}.ts" for code in targets()]
    for ts, code in zip(ts_files, targets(), strict=True):
        if not ts.is_file():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{code}" sourcelanguage="en">\n</TS>\n',
                encoding="utf-8",
            )
    lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        table = read_catalog(ts)
        print(f"{ts.name}: {len(table)} texts translated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
