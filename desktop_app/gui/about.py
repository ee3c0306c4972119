"""The About dialog: what the app is, its version, where it keeps data, and its licences.

The list of bundled third-party components is not duplicated here: the dialog renders
``resources/THIRD_PARTY.md``, the same file the installers ship, so the two cannot drift
apart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.core import paths
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import translate

DESCRIPTION = QT_TRANSLATE_NOOP(
    "About",
    "Fine-tune sentence-embedding models on your own spreadsheets, watch them train, and "
    "see in the playground how similar they find your sentences — in any language.",
)
LICENCE_LINE = QT_TRANSLATE_NOOP("About", "{app} is free software under the Apache License 2.0.")


def third_party_markdown() -> str:
    """Return the third-party licences table (``resources/THIRD_PARTY.md``) as Markdown.

    A plain sentence replaces it when the file is missing, so the dialog still opens.
    """
    path = paths.resources_dir() / "THIRD_PARTY.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return translate(
            "About",
            "The list of third-party components ({path}) is missing from this installation.",
        ).format(path=path)


def data_locations() -> list[tuple[str, Path]]:
    """Return (plain label, folder) for every place the app keeps the user's data.

    The labels are English (they key :attr:`AboutDialog.folder_labels`); show them with
    ``translate("About", label)``.
    """
    return [
        (QT_TRANSLATE_NOOP("About", "App data"), paths.app_data_dir()),
        (QT_TRANSLATE_NOOP("About", "Downloaded models"), paths.models_dir()),
        (QT_TRANSLATE_NOOP("About", "Trained models"), paths.trained_models_dir()),
        (QT_TRANSLATE_NOOP("About", "Logs"), paths.logs_dir()),
    ]


class AboutDialog(QDialog):
    """Modal About box with two tabs: About (name, version, data folders) and Licences.

    Args:
        parent: The window the dialog belongs to, or None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
        self.setObjectName("aboutDialog")
        self.resize(720, 560)
        icon_path = paths.resources_dir() / "icons" / "app.png"

        tabs = QTabWidget(self)
        tabs.addTab(self._about_tab(icon_path), translate("About", "About"))
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("licencesBrowser")
        self.licences.setOpenExternalLinks(True)
        self.licences.setMarkdown(third_party_markdown())
        tabs.addTab(self.licences, translate("About", "Third-party licences"))
        self.tabs = tabs

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        if icon_path.is_file():
            self.setWindowIcon(QIcon(str(icon_path)))

    def _about_tab(self, icon_path: Path) -> QWidget:
        """Build the first tab: icon, name, version, description and data folders."""
        page = QWidget(self)
        header = QHBoxLayout()
        icon = QLabel(page)
        if icon_path.is_file():
            icon.setPixmap(
                QPixmap(str(icon_path)).scaled(
                    96,
                    96,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            translate("About", "<h2>{app}</h2><p>Version {version}</p>").format(
                app=APP_NAME, version=__version__
            ),
            page,
        )
        title.setObjectName("aboutTitle")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(title, 1)

        description = QLabel(
            translate("About", DESCRIPTION)
            + "<br><br>"
            + translate("About", LICENCE_LINE).format(app=APP_NAME),
            page,
        )
        description.setWordWrap(True)

        folders = QFormLayout()
        self.folder_labels: dict[str, QLabel] = {}
        for label, folder in data_locations():
            row = QHBoxLayout()
            path_label = QLabel(str(folder), page)
            path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path_label.setWordWrap(True)
            open_button = QPushButton(translate("About", "Open"), page)
            open_button.setToolTip(
                translate("About", "Open {folder} in the file manager").format(folder=folder)
            )
            open_button.clicked.connect(
                lambda _checked=False, f=folder: QDesktopServices.openUrl(
                    QUrl.fromLocalFile(str(f))
                )
            )
            row.addWidget(path_label, 1)
            row.addWidget(open_button)
            folders.addRow(
                translate("About", "{label}:").format(label=translate("About", label)), row
            )
            self.folder_labels[label] = path_label
        note = QLabel(
            translate(
                "About",
                "Your data stays in these folders on this computer; uninstalling the app keeps "
                "them unless you choose to remove them.",
            ),
            page,
        )
        note.setWordWrap(True)

        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(description)
        layout.addSpacing(8)
        layout.addWidget(QLabel(translate("About", "<b>Where your data is kept</b>"), page))
        layout.addLayout(folders)
        layout.addWidget(note)
        layout.addStretch(1)
        return page


def show_about(parent: QWidget | None = None) -> None:
    """Show the About dialog modally over ``parent``."""
    AboutDialog(parent).exec()
