"""Files dropped anywhere on a page: the page's drop zone lights up while a file hovers,
and the page decides what the dropped file is for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from desktop_app.gui.widgets.drop_zone import DropZone, local_files


class PageDropMixin(QWidget):
    """Accepts local files dropped anywhere on the widget; calls :meth:`file_dropped`.

    The widget sets ``drop_zone`` (the :class:`DropZone` that lights up) and
    ``setAcceptDrops(True)``.
    """

    drop_zone: DropZone

    def file_dropped(self, path: Path, at: QPoint) -> None:
        """Handle a file dropped at ``at`` (widget coordinates)."""
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged from the file manager."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            self.drop_zone.set_hovering(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the file moves over the page."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Stop highlighting the drop zone."""
        self.drop_zone.set_hovering(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the first dropped file to :meth:`file_dropped`."""
        self.drop_zone.set_hovering(False)
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped(files[0], event.position().toPoint())
