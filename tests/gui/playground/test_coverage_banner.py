"""The Playground warns over the heatmap when the model does not know the typed language."""

from __future__ import annotations

import pytest

from desktop_app.core.playground import example_sentences


def _show(qtbot, page, sentences: list[str]) -> None:
    page.set_sentences(sentences)
    qtbot.waitUntil(
        lambda: (
            page.current_result() is not None
            and list(page.current_result().request.rows) == sentences
        ),
        timeout=60_000,
    )


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_banner_names_the_unknown_language_and_a_model_that_knows_it(
    qtbot, page, offline_model_path
):
    page.show()
    page.select_model(str(offline_model_path))

    _show(qtbot, page, example_sentences("sinhala.txt"))
    text = page.coverage_text()
    assert "This model does not know Sinhala" in text
    assert "scores for these sentences mean little" in text
    assert "Try Multilingual E5 small: it knows Sinhala and is a 471 MB download" in text
    assert page.coverage_button.text() == "Use Multilingual E5 small"
    assert page.coverage_banner.isVisibleTo(page)

    _show(qtbot, page, example_sentences("korean.txt"))
    assert "splits Korean into single letters" in page.coverage_text()

    _show(qtbot, page, example_sentences("russian.txt"))
    assert "splits Russian into single letters" in page.coverage_text()

    _show(qtbot, page, example_sentences("english.txt"))
    assert page.coverage_text() == ""
    assert not page.coverage_banner.isVisibleTo(page)
