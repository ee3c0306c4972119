"""The training wizard's steps as declared rules (pure Python; the GUI shows them).

Each step says what it needs from the steps before it, and each kind of change says what it
makes stale. Written down once here, the rules can be read and tested without a window:

- new data invalidates the column roles and the loss choice (a loss fits a data shape);
- a new base model invalidates the loss check (Matryoshka sizes depend on its vector size);
- a finished run never invalidates its result: Result stays reachable, whatever the user
  changes afterwards, until another run finishes and takes its place.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class StepRule:
    """One wizard step.

    Attributes:
        key: Stable identifier ("data", "model", ...), used in project files and tests.
        label: The name in the step list.
        heading: The heading shown at the top of the step's page.
        needs: Keys of the steps that must be complete before this one can be shown.
        always_reachable_when: A fact that makes the step reachable whatever the steps before
            say (the Result of a finished run), or "".
    """

    key: str
    label: str
    heading: str
    needs: tuple[str, ...] = ()
    always_reachable_when: str = ""

    def shown_label(self) -> str:
        """The label in the current language (``label`` stays the English source)."""
        return translate("wizard_steps", self.label)

    def shown_heading(self) -> str:
        """The heading in the current language (``heading`` stays the English source)."""
        return translate("wizard_steps", self.heading)


#: The steps in order.
STEP_RULES: tuple[StepRule, ...] = (
    StepRule(
        "data",
        QT_TRANSLATE_NOOP("wizard_steps", "Data"),
        QT_TRANSLATE_NOOP("wizard_steps", "Your data"),
    ),
    StepRule(
        "model",
        QT_TRANSLATE_NOOP("wizard_steps", "Base model"),
        QT_TRANSLATE_NOOP("wizard_steps", "Base model"),
        needs=("data",),
    ),
    StepRule(
        "loss",
        QT_TRANSLATE_NOOP("wizard_steps", "Loss"),
        QT_TRANSLATE_NOOP("wizard_steps", "How the model learns"),
        needs=("data", "model"),
    ),
    StepRule(
        "settings",
        QT_TRANSLATE_NOOP("wizard_steps", "Settings"),
        QT_TRANSLATE_NOOP("wizard_steps", "Training settings"),
        needs=("data", "model", "loss"),
    ),
    StepRule(
        "train",
        QT_TRANSLATE_NOOP("wizard_steps", "Train"),
        QT_TRANSLATE_NOOP("wizard_steps", "Train"),
        needs=("data", "model", "loss", "settings"),
    ),
    StepRule(
        "result",
        QT_TRANSLATE_NOOP("wizard_steps", "Result"),
        QT_TRANSLATE_NOOP("wizard_steps", "Result"),
        needs=("data", "model", "loss", "settings", "train"),
        always_reachable_when="result",
    ),
)

#: What each kind of change makes stale. "result" never appears on the right.
INVALIDATES: Mapping[str, tuple[str, ...]] = {
    "data": ("roles", "loss"),
    "model": ("loss-check",),
    "loss": (),
    "settings": (),
    "run-finished": (),
}


def step_keys() -> tuple[str, ...]:
    """The step keys in order."""
    return tuple(rule.key for rule in STEP_RULES)


def rule_for(key: str) -> StepRule:
    """The rule of step ``key`` (KeyError for an unknown key)."""
    for rule in STEP_RULES:
        if rule.key == key:
            return rule
    raise KeyError(key)


def invalidated_by(change: str) -> tuple[str, ...]:
    """What a change of kind ``change`` makes stale (nothing for an unknown kind)."""
    return INVALIDATES.get(change, ())


def reachable(key: str, complete: Collection[str], facts: Collection[str] = ()) -> bool:
    """Whether step ``key`` can be shown.

    Args:
        key: The step asked about.
        complete: Keys of the steps that are complete now.
        facts: Facts that hold now ("result" once a run has finished).
    """
    rule = rule_for(key)
    if rule.always_reachable_when and rule.always_reachable_when in facts:
        return True
    return all(need in complete for need in rule.needs)
