"""Small strandings: the evaluation file can be dropped, a loss card is picked by a click
anywhere on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.gui.wizard.data_page import DataPage
from desktop_app.gui.wizard.loss_page import LossPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _pairs(path: Path, start: int) -> Path:
    lines = ["sentence1,sentence2,score"]
    lines += [
        f"the cat {i} sat,a cat {i} was sitting,{(i % 5) + 0.5}" for i in range(start, start + 40)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_evaluation_file_can_be_dropped_on_its_box(
    qtbot, wizard_state, app_settings, tmp_path, drop_file
):
    page = DataPage(wizard_state, settings=app_settings)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    train = _pairs(tmp_path / "train.csv", 0)
    with qtbot.waitSignal(page.table_loaded, timeout=60_000):
        page.open_file(train)
    qtbot.waitUntil(lambda: page.blocking_reason() is None, timeout=30_000)
    held_out = _pairs(tmp_path / "held-out.csv", 100)
    with qtbot.waitSignal(page.eval_loaded, timeout=60_000):
        assert drop_file(page.eval_box, held_out) == (True, True)
    assert wizard_state.config.eval_file == str(held_out)
    assert wizard_state.config.data_file == str(train)  # the training file stays
    assert wizard_state.eval_table is not None
    assert len(wizard_state.eval_table.frame) == 40
    page.shutdown()


def test_a_click_anywhere_on_a_loss_card_picks_it(qtbot, wizard_state, tmp_path):
    from desktop_app.core.data.detection import detect_columns
    from desktop_app.core.data.reading import read_table

    page = LossPage(wizard_state)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    table = read_table(_pairs(tmp_path / "p.csv", 0))
    wizard_state.table, wizard_state.roles = table, detect_columns(table)
    page.on_enter()
    card = next(
        c for name, c in page.cards.items() if c.radio.isEnabled() and not c.radio.isChecked()
    )
    qtbot.mouseClick(
        card, Qt.MouseButton.LeftButton, pos=QPoint(card.width() - 5, card.height() - 5)
    )
    assert card.radio.isChecked()
    assert wizard_state.config.loss == card.spec.name
