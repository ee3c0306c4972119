"""Walk the whole app with real data and write a screenshot of every page.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m desktop_app.gui.screenshots OUTDIR \
        sinhala=../shared/data/sinhala_sts/Sinhala-short-sentence-dataset.csv \
        russian=../shared/data/stsb_multi_mt/stsb-ru-train.csv \
        korean=../shared/data/korsts/sts-train.tsv

For each ``NAME=FILE`` it opens a fresh main window, loads the file on the Data page (columns
detected as a user would see them), chooses the bundled offline model, keeps the recommended
loss, trains a few real steps, and saves ``NAME-1-data.png`` … ``NAME-6-result.png`` plus
``NAME-7-playground.png`` (the base and the fine-tuned model compared on sentences of the
file). Run it under Xvfb to render with a real window system and the bundled fonts; look at
the pictures: Sinhala, Korean and Cyrillic must be shaped correctly everywhere.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

OFFLINE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
TRAIN_STEPS = 6


def _wait(predicate: Callable[[], bool], what: str, timeout_s: float = 300.0) -> None:
    """Process events until ``predicate()`` holds; raise TimeoutError naming ``what``."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            import faulthandler

            faulthandler.dump_traceback(all_threads=True)  # where every thread is stuck
            raise TimeoutError(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(seconds: float = 0.3) -> None:
    """Let pending paints and timers run (the live plot redraws on a timer)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def walk_one(
    name: str,
    data_file: Path,
    out_dir: Path | None,
    work_dir: Path,
    on_page: Callable[[str, object], None] | None = None,
) -> list[Path]:
    """Drive one main window through every page with ``data_file``; return the PNGs written.

    Args:
        name: The prefix of the pictures' names.
        data_file: The spreadsheet to load on the Data page.
        out_dir: Where the pictures go (None: take none).
        work_dir: A scratch folder (settings, trained model).
        on_page: Called on each page as ``on_page(page_name, window)`` once it has settled
            (the language test reads the visible texts there).
    """
    from desktop_app.gui.main_window import PLAYGROUND_TAB, MainWindow
    from desktop_app.gui.settings import AppSettings

    written: list[Path] = []
    window = MainWindow(settings=AppSettings.at_path(work_dir / f"{name}-settings.ini"))
    window.resize(1400, 900)
    window.show()
    window.start_engine_warmup()  # as the app does right after its window shows
    wizard, state = window.wizard, window.state

    def shoot(suffix: str) -> None:
        _settle()
        if on_page is not None:
            on_page(suffix, window)
        if out_dir is None:
            return
        path = out_dir / f"{name}-{suffix}.png"
        window.grab().save(str(path))
        written.append(path)
        print(path, flush=True)

    try:
        data_page = wizard.page("data")
        data_page.open_file(data_file)
        _wait(lambda: state.table is not None and data_page.blocking_reason() is None, "data")
        shoot("1-data")

        wizard.go_next()
        model_page = wizard.page("model")
        model_page.select_model(OFFLINE_MODEL)
        _wait(lambda: model_page.blocking_reason() is None, "the model check")
        shoot("2-model")

        wizard.go_next()
        shoot("3-loss")

        wizard.go_next()
        settings_page = wizard.page("settings")
        settings_page.advanced_toggle.click()
        settings_page.max_steps.setValue(TRAIN_STEPS)
        settings_page.max_seq_length.setValue(64)
        settings_page.batch_size.setValue(16)
        _wait(settings_page.is_device_known, "the device check")
        _wait(lambda: not window.engine_is_loading(), "the engine warm-up")
        shoot("4-settings")

        wizard.go_next()
        train_page = wizard.page("train")
        train_page.start_button.click()

        def training_is_under_way() -> bool:
            if train_page.error_label.isVisible() or (
                not train_page.is_training() and state.result is None
            ):
                log = train_page.log_view.toPlainText()[-2000:]
                raise RuntimeError(f"training stopped: {train_page.error_label.text()}\n{log}")
            return len(train_page.plot.losses) >= TRAIN_STEPS // 2

        try:
            _wait(training_is_under_way, "training to start")
        except TimeoutError as exc:
            log = train_page.log_view.toPlainText()[-2000:]
            raise TimeoutError(f"{exc}; status: {train_page.status_label.text()}\n{log}") from None
        shoot("5-train")
        _wait(lambda: state.result is not None and not train_page.is_training(), "training")
        _wait(lambda: wizard.current_key() == "result", "the result page")
        shoot("6-result")

        window.open_playground_with(OFFLINE_MODEL, state.result.output_dir)
        playground = window.playground()
        assert playground is not None
        frame = state.table.frame
        texts: list[str] = []
        for first, second in zip(
            frame[state.roles.texts[0]], frame[state.roles.texts[1]], strict=True
        ):
            for text in (first, second):
                if text and text not in texts and len(texts) < 8:
                    texts.append(text)
            if len(texts) >= 8:
                break
        playground.set_sentences(texts)
        _wait(
            lambda: (
                (r := playground.current_result()) is not None
                and r.matrix_b is not None
                and playground.heatmap.row_labels() == texts
            ),
            "the playground comparison",
        )
        assert window.tabs.currentIndex() == PLAYGROUND_TAB
        shoot("7-playground")
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
    return written


def main(argv: list[str] | None = None) -> int:
    """Write screenshots for each ``NAME=FILE`` into the output folder."""
    parser = argparse.ArgumentParser(prog="python -m desktop_app.gui.screenshots")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("datasets", nargs="+", help="NAME=FILE pairs, e.g. korean=sts-train.tsv")
    parser.add_argument(
        "--language",
        default="en",
        help="the app's language (en, ru, ko, si); pictures are named LANG-NAME-… unless en",
    )
    args = parser.parse_args(argv)
    pairs = []
    for item in args.datasets:
        name, sep, file = item.partition("=")
        if not sep or not Path(file).is_file():
            parser.error(f"{item!r} is not NAME=FILE with an existing file")
        pairs.append((name, Path(file)))
    args.out_dir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="embedtune-shots-") as work:
        # Trained models, settings and downloads go to a throwaway app folder.
        os.environ["EMBEDTUNE_HOME"] = str(Path(work) / "home")
        from desktop_app.gui.application import create_application

        app = create_application(["embedtune-screenshots"])
        from desktop_app.gui.i18n import install_language
        from desktop_app.gui.ui_text import english_leftovers, names_on

        language = install_language(args.language)

        def report(page: str, window: object) -> None:
            if language == "en":
                return
            for where, text, words in english_leftovers(window, names_on(window)):  # type: ignore[arg-type]
                print(f"  English left on {page} ({where}): {text[:100]!r} {words}", flush=True)

        for name, file in pairs:
            prefix = name if language == "en" else f"{language}-{name}"
            walk_one(prefix, file, args.out_dir, Path(work), on_page=report)
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
