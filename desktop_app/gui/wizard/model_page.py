"""Wizard step 2: the base model the user's data will teach.

The catalogue is shown as rows anyone can read (name, languages, size, vector size, speed,
licence, and whether it is already on this computer), with a search box. A model folder on
this computer or any Hub id can be used too. Models that are not here are downloaded in an
explicit step with a progress bar and Cancel; with no internet the user gets a plain message
and can carry on. Once a model is chosen and here, its tokenizer is checked against the
user's data off the GUI thread: how much of the text it does not know, and how long the
texts are in its tokens against the length it reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import model_choice, models
from desktop_app.core.catalog.model_choice import escape
from desktop_app.core.catalog.models import model_folder_problem
from desktop_app.core.coverage import FoundLanguage
from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import translate
from desktop_app.gui.settings import AppSettings
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.model_catalog_view import DownloadOffer, ModelCatalogView
from desktop_app.gui.wizard.model_choice_boxes import ChoiceBox, FitBox, OtherSourceRow
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import (
    BackgroundTask,
    LatestTask,
    UnexpectedError,
    plain_error,
)

#: QSettings key remembering that the user declined the multilingual model download offer.
OFFER_DECLINED_KEY = "offers/multilingual_model_declined"


class ModelPage(WizardPage):
    """Step 2: pick the base model.

    Signals:
        token_check_done(): The tokenizer check finished (its result is shown).
        download_finished(bool): A download ended (True when the model is now here).
    """

    token_check_done = Signal()
    download_finished = Signal(bool)
    title = QT_TRANSLATE_NOOP("WizardPage", "Base model")
    subtitle = QT_TRANSLATE_NOOP("WizardPage", "The model your data will teach.")

    def __init__(
        self,
        state: WizardState,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(state, parent)
        self.settings = settings if settings is not None else AppSettings()
        self._download: BackgroundTask | None = None
        # only the newest check counts: a newer request cancels and replaces the older one
        self._check = LatestTask(self)
        self._check.succeeded.connect(self._on_check_done)
        self._check.failed.connect(self._on_check_failed)
        self._checked_key: tuple[Any, ...] | None = None
        self._user_chose = False
        self._switched_from: str | None = None
        self._preselecting = False
        self._recommended: str | None = None
        self._build()
        self.state.data_changed.connect(self._on_data_changed)
        self.state.project_loaded.connect(self._on_project_loaded)
        self.refresh_list()
        self.select_model(self.state.config.model, check=False)
        self.update_download_offer()

    # Building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(translate("ModelPage", "Base model"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        intro = QLabel(
            translate(
                "ModelPage",
                "Training starts from a model that already understands language and teaches it "
                "your data. Pick one that knows your language; smaller ones train faster.",
            )
        )
        intro.setWordWrap(True)
        offer = self._build_download_offer()

        self.catalog = ModelCatalogView()
        self.catalog.picked.connect(self._on_list_selection)
        self.search_edit = self.catalog.search_edit
        self.list = self.catalog.list

        other = OtherSourceRow()
        self.folder_button = other.folder_button
        self.folder_button.clicked.connect(self.browse_folder)
        self.hub_edit = other.hub_edit
        self.hub_edit.returnPressed.connect(self._use_hub_id)
        self.hub_button = other.hub_button
        self.hub_button.clicked.connect(self._use_hub_id)

        self.choice_box = chosen = ChoiceBox()
        for name in ("chosen_label", "download_button", "progress", "cancel_button"):
            setattr(self, name, getattr(chosen, name))
        self.message_label = chosen.message_label
        self.download_button.clicked.connect(lambda: self.start_download())
        self.cancel_button.clicked.connect(self.cancel_download)

        self.fit_box = fit = FitBox()
        for name in ("check_label", "check_warnings", "recommend_label", "recommend_button"):
            setattr(self, name, getattr(fit, name))
        self.recommend_button.clicked.connect(self._on_recommend_clicked)

        lower = QHBoxLayout()
        lower.addWidget(chosen, 1)
        lower.addWidget(fit, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(offer)
        layout.addWidget(self.catalog, 3)
        layout.addWidget(other)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addLayout(lower, 2)
        self.setTabOrder(self.list, self.folder_button)

    # The list ---------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Fill the catalogue list (and mark which models are on this computer)."""
        self.catalog.fill(model_choice.catalog_rows(), self.state.config.model)

    def catalog_rows(self) -> list[dict[str, str]]:
        """What the list shows, one dict per visible row (for tests and screen readers)."""
        return self.catalog.rows()

    @Slot(str)
    def _on_list_selection(self, hub_id: str) -> None:
        self._user_chose = True
        self._switched_from = None
        self.select_model(hub_id)
        self.update_recommendation()

    # Choosing -----------------------------------------------------------------------------------

    @Slot()
    def browse_folder(self) -> None:
        """Ask for a model folder on this computer."""
        folder = QFileDialog.getExistingDirectory(
            self, translate("ModelPage", "Pick a model folder"), self.settings.last_folder("model")
        )
        if folder:
            self.use_folder(folder)

    def use_folder(self, folder: str | Path) -> bool:
        """Use a model folder; a plain message when it does not hold a model."""
        folder = Path(folder)
        problem = model_folder_problem(folder)
        if problem:
            self._show_message(
                translate("ModelPage", "{problem} Pick the folder that holds those files.").format(
                    problem=problem
                ),
                "error",
            )
            return False
        self.settings.set_last_folder("model", folder)
        self._user_chose = True
        self._switched_from = None
        self.select_model(str(folder.resolve()))
        self.update_recommendation()
        return True

    @Slot()
    def _use_hub_id(self) -> None:
        ref = self.hub_edit.text().strip()
        if not ref:
            return
        problem = model_choice.hub_ref_problem(ref)
        if problem:
            self._show_message(problem, "error")
            return
        self._user_chose = True
        self._switched_from = None
        self.select_model(ref)
        self.update_recommendation()

    def select_model(self, ref: str, *, check: bool = True) -> None:
        """Make ``ref`` (catalogue id, Hub id or folder) the base model."""
        ref = ref.strip()
        config = self.state.config
        spec, local, facts = models.facts_for(ref)
        if spec is not None:
            ref = spec.hub_id
        changed = ref != config.model or self.state.model_path is None
        config.model = ref
        self.state.model_path = str(local) if local else None
        self.state.model_max_seq_length = facts.max_seq_length
        self.state.model_dimensions = facts.dimensions
        self._select_in_list(ref)
        self._show_choice(ref, spec, local)
        if self._switched_from is not None and not self._preselecting:
            # Another model was chosen after the app's preselection: that note is outdated.
            self._switched_from = None
            self._hide_recommendation()
        if changed:
            self._checked_key = None
            # the last model's check (a green tick) says nothing about this one
            self._check.cancel()
            self.state.token_report = None
            self.fit_box.show_status("")
            self.state.model_changed.emit()
        self.completeness_changed.emit()
        if check:
            self.check_tokens()

    def _select_in_list(self, ref: str) -> None:
        self.catalog.select(ref)

    def _show_choice(self, ref: str, spec: models.ModelSpec | None, local: Path | None) -> None:
        self.chosen_label.setText(
            model_choice.choice_text(
                ref,
                spec,
                local,
                dimensions=self.state.model_dimensions,
                max_seq_length=self.state.model_max_seq_length,
            )
        )
        downloading = self._download is not None and self._download.is_running()
        self.download_button.setVisible(local is None and not downloading)
        if local is not None:
            self._show_message(None)

    def _show_message(self, text: str | None, kind: str = "info") -> None:
        self.choice_box.show_message(text, kind)

    # Downloading ------------------------------------------------------------------------------

    @Slot()
    def start_download(self, hub_id: str | None = None) -> None:
        """Download ``hub_id`` (default: the chosen model) in the background, with progress
        and Cancel."""
        if self._download is not None and self._download.is_running():
            return
        hub_id = hub_id or self.state.config.model
        self._show_message(
            translate("ModelPage", "Connecting to download {hub_id}…").format(hub_id=hub_id), "info"
        )
        self.choice_box.show_downloading()

        def operation(report: Any, cancel: Any) -> str:
            path = models.download_model(
                hub_id, on_progress=lambda done, total: report((done, total)), cancel=cancel
            )
            return str(path)

        task = BackgroundTask(operation, self)
        task.progress.connect(self._on_download_progress)
        task.succeeded.connect(self._on_download_done)
        task.failed.connect(self._on_download_failed)
        self._download = task
        task.start()

    @Slot()
    def cancel_download(self) -> None:
        """Stop the running download."""
        if self._download is not None:
            self._download.cancel()
            self.progress.setFormat(translate("ModelPage", "Cancelling…"))

    @Slot(object)
    def _on_download_progress(self, value: object) -> None:
        done, total = value  # type: ignore[misc]
        self.choice_box.show_progress(done, total)

    def _end_download(self) -> None:
        self.choice_box.end_downloading()
        task, self._download = self._download, None
        if task is not None:
            task.deleteLater()

    @Slot(object)
    def _on_download_done(self, _path: object) -> None:
        self._end_download()
        self.update_download_offer()
        self.refresh_list()
        self.select_model(self.state.config.model)
        self._show_message(
            translate("ModelPage", "Downloaded. The model is now on this computer."), "ok"
        )
        self.download_finished.emit(True)

    @Slot(object)
    def _on_download_failed(self, exc: object) -> None:
        self._end_download()
        if isinstance(exc, models.DownloadCancelled):
            text, kind = translate("ModelPage", "The download was cancelled."), "info"
        elif isinstance(exc, UserFacingError):
            text, kind = f"{exc.message} {exc.hint}".strip(), "error"
        else:
            text = f"{plain_error(exc)}"
            kind = "error"
        self.download_button.setVisible(self.state.model_path is None)
        self.offer_download_button.setEnabled(True)
        self._show_message(text, kind)
        self.download_finished.emit(False)

    # Tokenizer check --------------------------------------------------------------------------

    @Slot()
    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.update_recommendation()
            self.check_tokens()
        else:
            self._checked_key = None

    def on_enter(self) -> None:
        """Recommend a model for the data's languages, and check the tokenizer against the
        data when they changed since the last check."""
        self.update_recommendation()
        self.check_tokens()

    def check_tokens(self) -> bool:
        """Start the tokenizer check off the GUI thread; return whether one was started."""
        state = self.state
        if state.model_path is None:
            self._check.cancel()  # a check of the model chosen before must not show up now
            self.fit_box.show_status(model_choice.NOT_HERE_YET)
            return False
        if state.table is None or state.roles is None:
            self._check.cancel()
            self.fit_box.show_status(model_choice.NO_DATA_YET)
            return False
        key = (state.model_path, id(state.table), tuple(state.roles.texts))
        if key == self._checked_key:
            return False
        self._checked_key = key
        self.fit_box.show_status(model_choice.CHECKING)
        table, roles, folder = state.table, state.roles, state.model_path
        max_len = state.model_max_seq_length
        self._check.start(lambda _r, _c: model_choice.check_texts(folder, table, roles, max_len))
        return True

    @Slot(object)
    def _on_check_done(self, result: object) -> None:
        assert isinstance(result, model_choice.TokenCheck)
        self.state.token_report = result.report  # the Train page repeats its warnings
        self.state.token_report_key = (self.state.model_path, id(self.state.table))
        verdict = model_choice.token_verdict(result.report, result.max_seq_length)
        if verdict.recommended is not None and self._switched_from is None:
            # the warning's hint says why and what it costs
            spec = verdict.recommended
            self._show_recommendation(
                "", translate("ModelPage", "Use {name}").format(name=spec.name), spec.hub_id
            )
        self.fit_box.show_verdict(verdict)
        self.token_check_done.emit()

    @Slot(object)
    def _on_check_failed(self, exc: object) -> None:
        self._checked_key = None
        if isinstance(exc, UserFacingError) and not isinstance(exc, UnexpectedError):
            text = f"{exc.message} {exc.hint}".strip()
        else:
            text = model_choice.CHECK_FAILED
        self.fit_box.show_status(escape(text))
        self.token_check_done.emit()

    # Languages: recommend (and preselect) a model that knows them ----------------------------

    def data_languages(self) -> list[FoundLanguage]:
        """The languages of the data's text columns (by script), most frequent first."""
        return model_choice.data_languages(self.state.table, self.state.roles)

    def update_recommendation(self) -> None:
        """Recommend a catalogue model when the chosen one was not trained on the data's
        languages; preselect it when the user has not picked a model themselves."""
        languages = self.data_languages()
        codes = [lang.code for lang in languages if lang.code]
        ref = self.state.config.model
        if self._switched_from is not None and model_choice.chosen_covers(ref, codes):
            return  # keep saying why the app chose this model, with a way back
        self._switched_from = None
        advice = model_choice.language_advice(ref, languages)
        if advice is None:
            if not codes or models.spec_for_ref(ref) is not None:
                self._hide_recommendation()
            return  # a folder: the tokenizer check speaks for it
        chosen = advice.chosen
        if self._user_chose:
            better = advice.recommendation.spec
            self._show_recommendation(
                advice.offer_text(),
                translate("ModelPage", "Use {name}").format(name=better.name),
                better.hub_id,
            )
            return
        self._switched_from = chosen.hub_id
        self._preselecting = True
        try:
            self.select_model(advice.recommendation.spec.hub_id)
        finally:
            self._preselecting = False
        self._show_recommendation(
            advice.switched_text(),
            translate("ModelPage", "Keep {name}").format(name=chosen.name),
            chosen.hub_id,
        )

    def _show_recommendation(self, text: str, button_text: str, target: str) -> None:
        self._recommended = target
        self.fit_box.show_recommendation(text, button_text)

    def _hide_recommendation(self) -> None:
        self._recommended = None
        self.fit_box.hide_recommendation()

    def recommendation_text(self) -> str:
        """What the recommendation box says ("" when hidden)."""
        return self.fit_box.recommendation_text()

    @Slot()
    def _on_recommend_clicked(self) -> None:
        target = self._recommended
        if not target:
            return
        self._user_chose = True
        self._switched_from = None
        self.select_model(target)
        self.update_recommendation()

    # The multilingual model offer (first start from source) -----------------------------------

    def _build_download_offer(self) -> QWidget:
        spec = models.find_model(models.SHIPPED_MULTILINGUAL_MODEL)
        assert spec is not None
        box = DownloadOffer(spec)
        box.accepted.connect(self.accept_download_offer)
        box.declined.connect(self.decline_download_offer)
        self.offer_box = box
        self.offer_label = box.label
        self.offer_download_button = box.download_button
        self.offer_dismiss_button = box.dismiss_button
        return box

    def update_download_offer(self) -> None:
        """Offer the multilingual model once, while it is not on this computer."""
        declined = self.settings.qsettings.value(OFFER_DECLINED_KEY, False, type=bool)
        here = models.is_on_this_computer(models.SHIPPED_MULTILINGUAL_MODEL)
        self.offer_box.setVisible(not declined and not here)

    @Slot()
    def accept_download_offer(self) -> None:
        """Download the multilingual model (progress and Cancel below, as for any download)."""
        self.offer_download_button.setEnabled(False)
        self.start_download(models.SHIPPED_MULTILINGUAL_MODEL)

    @Slot()
    def decline_download_offer(self) -> None:
        """Hide the offer for good (remembered in the settings)."""
        self.settings.qsettings.setValue(OFFER_DECLINED_KEY, True)
        self.offer_box.hide()

    # Wizard hooks -----------------------------------------------------------------------------

    def blocking_reason(self) -> str | None:
        """Why the user cannot go on yet."""
        if not self.state.config.model:
            return translate("ModelPage", "Pick a model to start from.")
        if self.state.model_path is None:
            if self._download is not None and self._download.is_running():
                return translate("ModelPage", "Wait for the download to finish.")
            return translate(
                "ModelPage", "This model is not on this computer: download it, or pick another one."
            )
        return None

    @Slot()
    def _on_project_loaded(self) -> None:
        self._checked_key = None
        # A project names its model: never switch it silently (File > New starts afresh).
        self._user_chose = bool(self.state.project_path)
        self._switched_from = None
        self.select_model(self.state.config.model or models.CATALOG[0].hub_id, check=False)

    def shutdown(self) -> None:
        """Stop a download or check still running."""
        if self._download is not None:
            self._download.shutdown(15_000)
        self._check.shutdown(30_000)
