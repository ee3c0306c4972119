"""Write screenshots of the Playground with Sinhala, Russian and Korean sentences.

    xvfb-run -a -s "-screen 0 1600x1000x24" \
        python -m desktop_app.gui.playground.screenshots docs/screenshots

Uses the bundled offline model and the bundled fonts; writes ``playground-sinhala.png``,
``playground-russian.png``, ``playground-korean.png`` (a heatmap each, with a cell clicked),
``playground-against.png`` (questions against answers), ``playground-search.png`` and
``playground-export-sinhala.png`` (the exported matplotlib heatmap).
Look at them: Sinhala conjuncts (ශ්‍රී, ක්ෂේ, ට්‍ර) and vowel signs must be drawn joined.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _wait(app, predicate, timeout_s: float = 120.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the Playground did not finish in time")
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    """Write the screenshots into the folder given first.

    A second argument, a trained model folder, adds ``playground-compare.png`` (the offline
    model against it, on the sentences in the box).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop_app.core.playground import example_sentences
    from desktop_app.gui.fonts import register_fonts_with_qt
    from desktop_app.gui.playground.page import PlaygroundPage

    app = QApplication.instance() or QApplication(["embedtune-screenshots"])
    register_fonts_with_qt()
    page = PlaygroundPage()
    page.setWindowTitle("EmbedTune — Playground")
    page.resize(1500, 900)
    page.show()
    ref = page.picker_a.first_available_ref()
    page.select_model(ref)
    _wait(app, lambda: page.engine.is_loaded(ref))

    def shoot(name: str, rows: list[str], columns: list[str] | None = None, cell=(0, 1)):
        page.set_sentences(rows, columns)
        _wait(
            app,
            lambda: (
                page.current_result() is not None
                and page.heatmap.row_labels() == rows
                and page.heatmap.column_labels() == (columns or rows)
            ),
        )
        page.heatmap.select_cell(*cell)
        app.processEvents()
        path = out / f"playground-{name}.png"
        page.grab().save(str(path))
        print(path)

    shoot("sinhala", example_sentences("sinhala.txt"), cell=(2, 3))
    exported = page.export_to(out / "playground-export-sinhala.png")  # the matplotlib export
    print(exported)
    shoot("russian", example_sentences("russian.txt"), cell=(0, 1))
    shoot("korean", example_sentences("korean.txt"), cell=(2, 9))
    russian = example_sentences("russian.txt")
    questions = [s for s in russian if s.endswith("?")]
    answers = [s for s in russian if not s.endswith("?")]
    shoot("against", questions, answers, cell=(0, 0))

    if len(args) > 1:  # a trained model folder: compare mode, base vs fine-tuned
        page.compare_models(ref, args[1])
        _wait(
            app,
            lambda: (
                page.current_result() is not None and page.current_result().matrix_b is not None
            ),
        )
        page.heatmap_diff.select_cell(0, 1)
        app.processEvents()
        path = out / "playground-compare.png"
        page.grab().save(str(path))
        print(path)
        page.compare_check.setChecked(False)

    page.set_search_corpus(
        example_sentences("sinhala.txt") + russian + example_sentences("korean.txt"),
        "examples",
    )
    page.tabs.setCurrentIndex(1)
    page.query_edit.setText("Как поменять пароль?")
    _wait(app, lambda: bool(page.search_results()))
    path = out / "playground-search.png"
    page.grab().save(str(path))
    print(path)
    page.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
