"""The wizard's declared step rules (no Qt)."""

from __future__ import annotations

import pytest

from desktop_app.core.wizard_steps import INVALIDATES, invalidated_by, reachable, step_keys


def test_steps_are_in_order_and_need_the_ones_before():
    assert step_keys() == ("data", "model", "loss", "settings", "train", "result")
    assert reachable("data", complete=set())
    assert not reachable("loss", complete={"data"})
    assert reachable("loss", complete={"data", "model"})
    assert not reachable("train", complete={"data", "model", "settings"})


def test_a_finished_run_keeps_its_result_reachable():
    assert not reachable("result", complete={"data", "model", "loss", "settings"})
    assert reachable("result", complete=set(), facts={"result"})


def test_what_changes_invalidate():
    assert set(invalidated_by("data")) == {"roles", "loss"}
    assert invalidated_by("model") == ("loss-check",)
    assert invalidated_by("run-finished") == ()
    assert all("result" not in names for names in INVALIDATES.values())
    with pytest.raises(KeyError):
        reachable("nope", complete=set())
