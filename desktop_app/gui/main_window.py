"""The main window: the Train area (the wizard) and the Playground, menus and status bar."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.core import i18n
from desktop_app.core.errors import UserFacingError
from desktop_app.core.project import PROJECT_SUFFIX, load_project, save_project
from desktop_app.core.training.config import SESSION_ONLY_FIELDS
from desktop_app.gui.dialogs import show_error, show_user_error
from desktop_app.gui.i18n import translate
from desktop_app.gui.settings import AppSettings
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.wizard.wizard import TrainingWizard

log = logging.getLogger(__name__)


def project_filter() -> str:
    """The file dialogs' filter for project files, in the user's language."""
    projects = translate("MainWindow", "{app} projects").format(app=APP_NAME)
    everything = translate("MainWindow", "All files")
    return f"{projects} (*{PROJECT_SUFFIX});;{everything} (*)"


TRAIN_TAB, PLAYGROUND_TAB = 0, 1


def _optional(module: str, name: str) -> object | None:
    """An attribute of a module that may not be there yet (other engineers' parts)."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None


class MainWindow(QMainWindow):
    """EmbedTune's window: Train and Playground as two tabs.

    Args:
        settings: Where to remember geometry, folders and recent projects (tests pass one
            backed by a temporary file).
        state: The wizard's state (a new one when None).

    Signals:
        engine_ready(): The heavy libraries finished loading in the background.
    """

    engine_ready = Signal()

    def __init__(
        self,
        settings: AppSettings | None = None,
        state: WizardState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else AppSettings()
        self.state = state if state is not None else WizardState(self)
        self._playground: QWidget | None = None
        self._pending_corpus: tuple[list[str], str] | None = None
        self._corpus_key: tuple[object, ...] | None = None
        self._warmup = None
        self.setWindowTitle(APP_NAME)

        self.wizard = TrainingWizard(self.state, settings=self.settings)
        self.wizard.open_playground_requested.connect(self.open_playground_with)
        self.wizard.status_message.connect(self.show_status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("areas")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.wizard, translate("MainWindow", "&Train"))
        self.tabs.setTabToolTip(
            TRAIN_TAB, translate("MainWindow", "Teach a model your data, step by step")
        )
        self._playground_holder = QWidget()
        QVBoxLayout(self._playground_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._playground_holder, translate("MainWindow", "&Playground"))
        self.tabs.setTabToolTip(
            PLAYGROUND_TAB,
            translate("MainWindow", "See how similar a model finds your sentences"),
        )
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)

        self.engine_label = QLabel(translate("MainWindow", "Engine: not loaded yet"))
        self.engine_label.setObjectName("engineStatus")
        self.statusBar().addPermanentWidget(self.engine_label)
        self._build_menus()
        self.state.data_changed.connect(self._on_data_changed)
        self.state.project_loaded.connect(self._update_title)
        self._restore_geometry()
        self._update_title()

    # Menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.new_action = QAction(translate("MainWindow", "&New project"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_project)
        self.open_action = QAction(translate("MainWindow", "&Open project…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_project_dialog)
        self.recent_menu = QMenu(translate("MainWindow", "Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = QAction(translate("MainWindow", "&Save project"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_project)
        self.save_as_action = QAction(translate("MainWindow", "Save project &as…"), self)
        self.save_as_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_as_action.triggered.connect(self.save_project_as)
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._fill_recent_menu()

        self._build_language_menu()

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.about_action = QAction(
            translate("MainWindow", "&About {app}").format(app=APP_NAME), self
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_language_menu(self) -> None:
        """Language: one item per language, each named in its own language."""
        self.language_menu = self.menuBar().addMenu(translate("MainWindow", "&Language"))
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == i18n.language())
            action.triggered.connect(self._choose_language)
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    @Slot()
    def _choose_language(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        self.choose_language(str(action.data()))

    def choose_language(self, code: str) -> None:
        """Remember ``code`` as the app's language; it is used from the next start.

        The open pages keep their language, so nothing the user has set up is lost.
        """
        self.settings.set_language(code)
        self.settings.sync()
        if code == i18n.language():
            return
        name = i18n.LANGUAGES.get(code, code)
        self.show_status(
            translate("MainWindow", "{language} will be used from the next start.").format(
                language=name
            )
        )
        QMessageBox.information(
            self,
            translate("MainWindow", "Language"),
            translate(
                "MainWindow",
                "{language} will be used the next time you start {app}. Close and open the "
                "app again to switch now; your project is kept if you save it first.",
            ).format(language=name, app=APP_NAME),
        )

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        for i, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{i}  {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(self._open_recent)
        if not recent:
            empty = self.recent_menu.addAction(translate("MainWindow", "No recent projects"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(translate("MainWindow", "Clear the list"))
            clear.triggered.connect(self.settings.clear_recent_projects)

    @Slot()
    def _open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data():
            self.open_project(str(action.data()))

    @Slot()
    def show_about(self) -> None:
        """Show the About dialog (when the installer part has provided it)."""
        show_about = _optional("desktop_app.gui.about", "show_about")
        if callable(show_about):
            show_about(self)
        else:
            QMessageBox.about(
                self,
                translate("MainWindow", "About {app}").format(app=APP_NAME),
                translate(
                    "MainWindow",
                    "<b>{app}</b> {version}<br>Fine-tune sentence-embedding models on "
                    "your own spreadsheets.",
                ).format(app=APP_NAME, version=__version__),
            )

    # Projects -------------------------------------------------------------------------------

    @Slot()
    def new_project(self) -> None:
        """Start again with an empty wizard."""
        self.state.reset()
        self.show_status(translate("MainWindow", "New project"))

    @Slot()
    def open_project_dialog(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open project"),
            self.settings.last_folder("project"),
            project_filter(),
        )
        if path:
            self.open_project(path)

    def open_project(self, path: str | Path) -> bool:
        """Open a project file; missing data files are named, the rest still loads.

        A project never carries permissions: replacing the output folder, continuing a run
        into it and running a model's own code stay off whatever the file says (the core
        ignores them; this is a second lock), and the user is told when the file asked.
        """
        try:
            project = load_project(path)
        except UserFacingError as exc:
            show_user_error(self, exc, translate("MainWindow", "Could not open the project"))
            return False
        for permission in SESSION_ONLY_FIELDS:
            setattr(project.config, permission, False)
        self.settings.set_last_folder("project", project.path)
        self.settings.add_recent_project(project.path)
        self.state.load_config(project.config, str(project.path.resolve()))
        self.tabs.setCurrentIndex(TRAIN_TAB)
        if project.missing_files:
            names = "\n".join(project.missing_files)
            notes = "".join(f"\n\n{note}" for note in project.notes)
            show_user_error(
                self,
                UserFacingError(
                    translate(
                        "MainWindow",
                        "Some files of this project are not on this computer:\n{names}",
                    ).format(names=names)
                    + notes,
                    translate(
                        "MainWindow",
                        "Everything else was loaded. Pick the data file again on the Data step.",
                    ),
                ),
                translate("MainWindow", "Files are missing"),
            )
        elif project.notes:
            show_user_error(
                self,
                UserFacingError(
                    "\n\n".join(project.notes),
                    translate(
                        "MainWindow",
                        "Everything else was loaded. You will be asked before anything is "
                        "replaced or any model code runs.",
                    ),
                ),
                translate("MainWindow", "Some requests in the project were not followed"),
            )
        self.show_status(translate("MainWindow", "Opened {name}").format(name=project.path.name))
        return True

    @Slot()
    def save_project(self) -> bool:
        """Save to the project's file, or ask for one the first time."""
        if not self.state.project_path:
            return self.save_project_as()
        return self._save_to(self.state.project_path)

    @Slot()
    def save_project_as(self) -> bool:
        """Ask where to save (the dialog itself asks before replacing a file)."""
        start = self.state.project_path or str(
            Path(self.settings.last_folder("project"))
            / (translate("MainWindow", "My project") + PROJECT_SUFFIX)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Save project"), start, project_filter()
        )
        if not path:
            return False
        return self._save_to(path)

    def _save_to(self, path: str | Path) -> bool:
        self.wizard.stack.currentWidget().on_leave()  # commit edits in progress
        try:
            written = save_project(
                self.state.config, path, metadata={"page": self.wizard.current_key()}
            )
        except UserFacingError as exc:
            show_user_error(self, exc, translate("MainWindow", "Could not save the project"))
            return False
        self.state.project_path = str(written.resolve())
        self.settings.set_last_folder("project", written)
        self.settings.add_recent_project(written)
        self._update_title()
        self.show_status(translate("MainWindow", "Saved {name}").format(name=written.name))
        return True

    @Slot()
    def _update_title(self) -> None:
        name = (
            Path(self.state.project_path).name
            if self.state.project_path
            else translate("MainWindow", "New project")
        )
        self.setWindowTitle(f"{name} — {APP_NAME}")

    # Playground -----------------------------------------------------------------------------

    def playground(self) -> QWidget | None:
        """The Playground page, created on first use (None when it is not available)."""
        if self._playground is None:
            page_class = _optional("desktop_app.gui.playground.page", "PlaygroundPage")
            if page_class is None:
                widget: QWidget = QLabel(
                    translate("MainWindow", "The playground is not part of this build yet."),
                    alignment=Qt.AlignmentFlag.AlignCenter,
                )
                self._playground_holder.layout().addWidget(widget)
                return None
            self._playground = page_class()  # type: ignore[operator]
            self._playground_holder.layout().addWidget(self._playground)
            if self._pending_corpus is not None:
                self._set_corpus(*self._pending_corpus)
        return self._playground

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if index == PLAYGROUND_TAB and self._playground is None:
            self.playground()

    @Slot(str, str)
    def open_playground_with(self, base_ref: str, trained_path: str) -> None:
        """Switch to the Playground and compare the base model with the trained one."""
        self.tabs.setCurrentIndex(PLAYGROUND_TAB)
        page = self.playground()
        if page is not None and hasattr(page, "compare_models"):
            page.compare_models(base_ref, trained_path)

    @Slot()
    def _on_data_changed(self) -> None:
        table, roles = self.state.table, self.state.roles
        if table is None or roles is None:
            return
        key = (id(table), tuple(roles.texts))
        if key == self._corpus_key:
            return  # e.g. only the evaluation share changed
        self._corpus_key = key
        texts: dict[str, None] = {}
        # row by row, so the first texts are whole pairs (a question next to its answer)
        for row in table.frame[list(roles.texts)].itertuples(index=False):
            for value in row:
                if isinstance(value, str) and value:
                    texts[value] = None
        corpus = (list(texts), table.path.name)
        self._pending_corpus = corpus
        if self._playground is not None:
            self._set_corpus(*corpus)

    def _set_corpus(self, texts: list[str], name: str) -> None:
        setter = getattr(self._playground, "set_search_corpus", None)
        if callable(setter):
            setter(texts, name)

    # Engine warm-up and status ----------------------------------------------------------------

    @Slot(str)
    def show_status(self, message: str, timeout_ms: int = 5000) -> None:
        """Show a short message in the status bar."""
        self.statusBar().showMessage(message, timeout_ms)

    def start_engine_warmup(self) -> None:
        """Import torch and sentence-transformers off the GUI thread (the window shows first)."""
        from desktop_app.gui.workers.background import BackgroundTask

        if self._warmup is not None:
            return
        self.engine_label.setText(translate("MainWindow", "Loading engine…"))
        self._warmup = BackgroundTask(lambda report, cancel: _import_engine(), self)
        self._warmup.succeeded.connect(self._on_engine_loaded)
        self._warmup.failed.connect(self._on_engine_failed)
        self._warmup.start()

    def engine_is_loading(self) -> bool:
        """Whether the background import is still running."""
        return self._warmup is not None and self._warmup.is_running()

    @Slot(object)
    def _on_engine_loaded(self, description: object) -> None:
        self.engine_label.setText(
            translate("MainWindow", "Engine ready ({description})").format(description=description)
        )
        self.engine_label.setToolTip(
            translate("MainWindow", "The machine-learning libraries are loaded.")
        )
        self.engine_ready.emit()

    @Slot(object)
    def _on_engine_failed(self, exc: object) -> None:
        self.engine_label.setText(translate("MainWindow", "Engine could not be loaded"))
        if isinstance(exc, BaseException):
            show_error(self, exc)

    # Window state ---------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask first while training runs; remember the geometry; stop background work."""
        if not self.wizard.confirm_close():
            event.ignore()
            return
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop every background thread the window owns."""
        self.wizard.shutdown()
        if self._playground is not None and hasattr(self._playground, "shutdown"):
            self._playground.shutdown()
        if self._warmup is not None:
            self._warmup.shutdown(60_000)


def _import_engine() -> str:
    """Import the training engine off the GUI thread; say where it will run."""
    from desktop_app.core.training.runner import warm_up_engine

    return warm_up_engine()
