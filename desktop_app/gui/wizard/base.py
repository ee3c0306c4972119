"""The base class of wizard pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop_app.gui.wizard.state import WizardState


class WizardPage(QWidget):
    """One step of the wizard: a view over the shared :class:`WizardState`.

    Subclasses set ``title`` and ``subtitle`` (marked with
    ``QT_TRANSLATE_NOOP("WizardPage", ...)``; the wizard translates them where shown) and
    override :meth:`on_enter` (refresh from the state when shown) and :meth:`blocking_reason`
    (why Next is not allowed yet, or None).

    Signals:
        completeness_changed(): Whether Next is allowed may have changed.
    """

    completeness_changed = Signal()
    title: str = ""
    subtitle: str = ""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def on_enter(self) -> None:
        """Called each time the page becomes visible."""

    def on_leave(self) -> None:
        """Called when the user moves to another page (commit edits to the state)."""

    def blocking_reason(self) -> str | None:
        """A plain sentence saying why the user cannot go on yet, or None."""
        return None

    def shutdown(self) -> None:
        """Stop the page's background work (the window is closing)."""
