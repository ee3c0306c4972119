"""Fixtures for the Playground tests: fonts registered with Qt, a page, a second real model."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def fine_tuned_model_path(tmp_path_factory, _session_minilm) -> Path:
    """A real second model: the offline MiniLM fine-tuned a few steps, saved to a folder.

    Three optimizer steps of MultipleNegativesRankingLoss on Russian support questions and
    answers: enough to move the similarities measurably, quick on a CPU.
    """
    import copy

    import torch
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss

    model = copy.deepcopy(_session_minilm)
    model.train()
    loss = MultipleNegativesRankingLoss(model)
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-4)
    anchors = ["Как сменить пароль?", "Как отменить подписку?", "Где история заказов?"]
    positives = ["Сменить пароль: Настройки, Безопасность.", "Отмена подписки: раздел Платежи.",
                 "История заказов: личный кабинет."]  # fmt: skip
    for _ in range(3):
        features = [model.tokenize(anchors), model.tokenize(positives)]
        value = loss(features, labels=None)
        value.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.eval()
    folder = tmp_path_factory.mktemp("fine_tuned") / "minilm-ru-support"
    model.save(str(folder))
    return folder


@pytest.fixture
def page(qtbot):
    from desktop_app.gui.fonts import register_fonts_with_qt
    from desktop_app.gui.playground.page import PlaygroundPage

    register_fonts_with_qt()
    widget = PlaygroundPage()
    widget.DEBOUNCE_MS = 50
    widget._debounce.setInterval(50)
    widget._search_debounce.setInterval(50)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    yield widget
    widget.shutdown()
