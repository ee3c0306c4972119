"""The list of this project's finished runs, shown on the Result page.

Each row is one run: its verdict sentence and its folder (read back from the folder's
``training_summary.json`` by :func:`desktop_app.core.runs.find_runs`). Clicking a row opens that
run's result; training again never hides an earlier result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.core import paths
from desktop_app.core.runs import RunRecord, find_runs
from desktop_app.core.verdict import verdict_words
from desktop_app.gui.i18n import translate
from desktop_app.gui.wizard.state import WizardState

_VERDICT_MARKS = {"better": "▲", "worse": "▼", "unchanged": "=", "cannot-tell": "?"}


class RunsList(QWidget):
    """Earlier (and current) results of this project; a click opens one."""

    def __init__(
        self,
        state: WizardState,
        parent: QWidget | None = None,
        *,
        search_in: Path | None = None,
    ) -> None:
        """Build the list.

        Args:
            state: The wizard state (its ``runs`` and data file say which runs belong here).
            parent: Qt parent.
            search_in: The folder whose sub-folders may hold this project's earlier runs;
                None = the default folder for trained models.
        """
        super().__init__(parent)
        self.state = state
        self._search_in = search_in
        self.records: list[RunRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(
            translate("RunsList", "<b>Your runs with this data</b> (click one to show its result)")
        )
        layout.addWidget(self.caption)
        self.list = QListWidget()
        self.list.setObjectName("runsList")
        self.list.setAccessibleName(translate("RunsList", "Finished runs with this data"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        layout.addWidget(self.list)
        state.runs_changed.connect(self._schedule_refresh)
        state.project_loaded.connect(self._schedule_refresh)

    @Slot()
    def _schedule_refresh(self) -> None:
        # after the current event: a click handler must not delete the item it was given
        QTimer.singleShot(0, self, self.refresh)

    def search_folder(self) -> Path:
        """Where earlier runs of this project are looked for."""
        return self._search_in if self._search_in is not None else paths.trained_models_dir()

    @Slot()
    def refresh(self) -> None:
        """Read the runs again and mark the one shown."""
        self.records = find_runs(
            self.state.runs,
            search_in=self.search_folder(),
            data_file=self.state.config.data_file,
        )
        shown = _folder_of(self.state.result)
        self.list.clear()
        for record in self.records:
            mark = _VERDICT_MARKS.get(record.verdict, "•")
            words = verdict_words(record.verdict)
            # the words, not only a sign: a bare "=" told nobody what it meant
            heading = (
                translate("RunsList", "{mark} {words}: ").format(mark=mark, words=words)
                if words
                else f"{mark} "
            )
            current = (
                translate("RunsList", " (shown)")
                if shown and _same(record.output_dir, shown)
                else ""
            )
            item = QListWidgetItem(f"{heading}{record.sentence}{current}\n    {record.output_dir}")
            item.setToolTip(record.output_dir)
            item.setData(Qt.ItemDataRole.UserRole, record.output_dir)
            self.list.addItem(item)
        rows = min(len(self.records), 5)
        self.list.setFixedHeight(max(1, rows) * 44 + 6)
        self.setVisible(bool(self.records))

    def open_run(self, folder: str) -> bool:
        """Show the run saved in ``folder``; return whether it is one of this project's."""
        for record in self.records:
            if _same(record.output_dir, folder):
                self.state.open_run(record)
                return True
        return False

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        folder = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if folder and not _same(folder, _folder_of(self.state.result)):
            self.open_run(folder)


def _folder_of(summary: object) -> str:
    if isinstance(summary, dict):
        return str(summary.get("output_dir") or "")
    return str(getattr(summary, "output_dir", "") or "")


def _same(a: str, b: str) -> bool:
    return bool(a and b) and Path(a).resolve() == Path(b).resolve()
