"""The Base model step's widgets: the searchable catalogue list and the download offer.

They show what :mod:`desktop_app.core.catalog.model_choice` says and report the user's
acts as signals; choosing, downloading and checking belong to the page and the core.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import model_choice
from desktop_app.core.catalog.models import ModelSpec
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.styles import message_box_style

COLUMNS = model_choice.COLUMNS
_HERE_COLUMN = COLUMNS.index("On this computer")
#: The list's headers as shown (``COLUMNS`` stays the English keys of :meth:`rows`).
_COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("ModelPage", "Model"),
    QT_TRANSLATE_NOOP("ModelPage", "Languages"),
    QT_TRANSLATE_NOOP("ModelPage", "Size"),
    QT_TRANSLATE_NOOP("ModelPage", "Vector size"),
    QT_TRANSLATE_NOOP("ModelPage", "Speed"),
    QT_TRANSLATE_NOOP("ModelPage", "Licence"),
    QT_TRANSLATE_NOOP("ModelPage", "On this computer"),
)


class ModelCatalogView(QWidget):
    """A search box over the catalogue list.

    Signals:
        picked(str): The user selected a model in the list (its Hub id).
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("modelSearch")
        self.search_edit.setPlaceholderText(
            translate("ModelPage", "Search by name, language or licence…")
        )
        self.search_edit.setAccessibleName(translate("ModelPage", "Search the models"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.apply_filter)

        self.list = QTreeWidget()
        self.list.setObjectName("modelList")
        self.list.setAccessibleName(translate("ModelPage", "Models to start from"))
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels(model_choice.column_titles())
        self.list.setRootIsDecorated(False)
        # long language lists wrap onto a second line instead of ending in "scri…"
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        self.setTabOrder(self.search_edit, self.list)

    def fill(self, rows: list[tuple[ModelSpec, list[str], bool]], current: str) -> None:
        """Show ``rows`` (from :func:`model_choice.catalog_rows`), ``current`` selected."""
        self.list.blockSignals(True)
        self.list.clear()
        for spec, cells, here in rows:
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, spec.hub_id)
            item.setToolTip(0, f"{spec.hub_id}\n{spec.description}")
            item.setToolTip(1, spec.languages)
            if here:
                font = item.font(_HERE_COLUMN)
                font.setBold(True)
                item.setFont(_HERE_COLUMN, font)
            self.list.addTopLevelItem(item)
            if spec.hub_id.lower() == current.lower():
                item.setSelected(True)
        self.list.blockSignals(False)
        self.apply_filter(self.search_edit.text())

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]

    def rows(self) -> list[dict[str, str]]:
        """What the list shows, one dict per visible row (for tests and screen readers)."""
        rows = []
        for item in self._items():
            if item.isHidden():
                continue
            row = {name: item.text(c) for c, name in enumerate(COLUMNS)}
            row["hub_id"] = item.data(0, Qt.ItemDataRole.UserRole)
            rows.append(row)
        return rows

    @Slot(str)
    def apply_filter(self, text: str) -> None:
        """Show only the rows that hold every word of ``text``."""
        for item in self._items():
            cells = [item.text(c) for c in range(len(COLUMNS))]
            hub_id = item.data(0, Qt.ItemDataRole.UserRole)
            item.setHidden(not model_choice.matches_search(text, cells, hub_id))

    def select(self, ref: str) -> None:
        """Mark ``ref`` as selected (no signal)."""
        self.list.blockSignals(True)
        for item in self._items():
            item.setSelected(str(item.data(0, Qt.ItemDataRole.UserRole)).lower() == ref.lower())
        self.list.blockSignals(False)

    @Slot()
    def _on_selection(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.picked.emit(items[0].data(0, Qt.ItemDataRole.UserRole))


class DownloadOffer(QFrame):
    """The first-start offer to download the multilingual model, with "Not now".

    Signals:
        accepted(): "Download it" was clicked.
        declined(): "Not now" was clicked.
    """

    accepted = Signal()
    declined = Signal()

    def __init__(self, spec: ModelSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("multilingualOffer")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(model_choice.offer_text(spec))
        self.label.setWordWrap(True)
        self.label.setStyleSheet(message_box_style("info"))
        self.download_button = QPushButton(translate("ModelPage", "Download it"))
        self.download_button.setObjectName("offerDownload")
        self.download_button.clicked.connect(lambda: self.accepted.emit())
        self.dismiss_button = QPushButton(translate("ModelPage", "Not now"))
        self.dismiss_button.setObjectName("offerDismiss")
        self.dismiss_button.clicked.connect(lambda: self.declined.emit())
        row.addWidget(self.label, 1)
        row.addWidget(self.download_button)
        row.addWidget(self.dismiss_button)
        self.hide()
