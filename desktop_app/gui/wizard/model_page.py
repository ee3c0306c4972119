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

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.catalog import models
from desktop_app.core.coverage import FoundLanguage, detect_languages
from desktop_app.core.errors import UserFacingError
from desktop_app.gui.settings import AppSettings
from desktop_app.gui.widgets.styles import message_box_style
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import (
    BackgroundTask,
    LatestTask,
    UnexpectedError,
    plain_error,
)

#: Columns of the catalogue list.
COLUMNS = ("Model", "Languages", "Size", "Vector size", "Speed", "Licence", "On this computer")
_SPEED_WORDS = {
    "fast": "Fast on a laptop",
    "medium": "Medium; a GPU helps",
    "slow": "Slow without a GPU",
}
_MB = 1024 * 1024
#: QSettings key remembering that the user declined the multilingual model download offer.
OFFER_DECLINED_KEY = "offers/multilingual_model_declined"
#: Rows of the data looked at to find its languages (cheap: script ranges, no model).
LANGUAGE_SAMPLE_ROWS = 1000


@dataclass
class ModelFacts:
    """What the app knows about a model folder: its limits and vector size."""

    max_seq_length: int | None
    dimensions: int | None


@dataclass
class TokenCheck:
    """The result of checking a model's tokenizer against the data (worker thread)."""

    report: Any
    max_seq_length: int | None


def model_folder_problem(folder: Path) -> str | None:
    """Why ``folder`` is not a model folder, or None when it is one."""
    if not folder.is_dir():
        return f"{folder} is not a folder."
    if (folder / "modules.json").is_file() or (
        folder / "config_sentence_transformers.json"
    ).is_file():
        return None
    if (folder / "config.json").is_file():
        return None
    return (
        f"The folder {folder.name} does not hold a model: a sentence-transformers or "
        "transformers model folder has a modules.json or config.json file in it."
    )


def read_model_facts(folder: Path, spec: models.ModelSpec | None = None) -> ModelFacts:
    """Read the max length and vector size from a model folder (the catalogue fills gaps)."""
    max_len = spec.max_seq_length if spec else None
    dims = spec.dimensions if spec else None
    try:
        bert = json.loads((folder / "sentence_bert_config.json").read_text("utf-8"))
        max_len = int(bert.get("max_seq_length") or max_len or 0) or max_len
    except (OSError, ValueError):
        pass
    try:
        modules = json.loads((folder / "modules.json").read_text("utf-8"))
        for module in modules:
            kind = str(module.get("type", ""))
            config_file = folder / str(module.get("path", "")) / "config.json"
            if kind.endswith("Pooling") and config_file.is_file():
                dims = int(json.loads(config_file.read_text("utf-8"))["word_embedding_dimension"])
            elif kind.endswith("Dense") and config_file.is_file():
                dims = int(json.loads(config_file.read_text("utf-8"))["out_features"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if dims is None:
        with contextlib.suppress(OSError, ValueError, KeyError):
            dims = int(json.loads((folder / "config.json").read_text("utf-8"))["hidden_size"])
    return ModelFacts(max_len, dims)


def _check_tokens(folder: str, table: Any, roles: Any, max_len: int | None) -> TokenCheck:
    """Load only the tokenizer and validate the data with it (runs in a worker thread)."""
    from transformers import AutoTokenizer

    from desktop_app.core.data.validation import validate

    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    report = validate(table, roles, tokenizer=tokenizer, max_seq_length=max_len)
    return TokenCheck(report, max_len)


def _size_text(size_mb: int) -> str:
    return f"{size_mb / 1024:.1f} GB" if size_mb >= 1000 else f"{size_mb} MB"


class ModelPage(WizardPage):
    """Step 2: pick the base model.

    Signals:
        token_check_done(): The tokenizer check finished (its result is shown).
        download_finished(bool): A download ended (True when the model is now here).
    """

    token_check_done = Signal()
    download_finished = Signal(bool)
    title = "Base model"
    subtitle = "The model your data will teach."

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
        heading = QLabel("Base model")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        intro = QLabel(
            "Training starts from a model that already understands language and teaches it "
            "your data. Pick one that knows your language; smaller ones train faster."
        )
        intro.setWordWrap(True)
        offer = self._build_download_offer()

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("modelSearch")
        self.search_edit.setPlaceholderText("Search by name, language or licence…")
        self.search_edit.setAccessibleName("Search the models")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)

        self.list = QTreeWidget()
        self.list.setObjectName("modelList")
        self.list.setAccessibleName("Models to start from")
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels(list(COLUMNS))
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
        self.list.itemSelectionChanged.connect(self._on_list_selection)

        other = QHBoxLayout()
        self.folder_button = QPushButton("Use a &model folder on this computer…")
        self.folder_button.clicked.connect(self.browse_folder)
        self.hub_edit = QLineEdit()
        self.hub_edit.setObjectName("hubId")
        self.hub_edit.setPlaceholderText("or a Hugging Face id, e.g. BAAI/bge-small-en-v1.5")
        self.hub_edit.setAccessibleName("Hugging Face model id")
        self.hub_edit.returnPressed.connect(self._use_hub_id)
        self.hub_button = QPushButton("&Use this id")
        self.hub_button.clicked.connect(self._use_hub_id)
        other.addWidget(self.folder_button)
        other.addSpacing(12)
        other.addWidget(self.hub_edit, 1)
        other.addWidget(self.hub_button)

        chosen = QGroupBox("Your choice")
        chosen_layout = QVBoxLayout(chosen)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosenModel")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextFormat(Qt.TextFormat.RichText)
        chosen_layout.addWidget(self.chosen_label)
        download_row = QHBoxLayout()
        self.download_button = QPushButton("&Download")
        self.download_button.setObjectName("downloadButton")
        self.download_button.clicked.connect(lambda: self.start_download())
        self.progress = QProgressBar()
        self.progress.setObjectName("downloadProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel download")
        self.cancel_button.clicked.connect(self.cancel_download)
        self.cancel_button.hide()
        download_row.addWidget(self.download_button)
        download_row.addWidget(self.progress, 1)
        download_row.addWidget(self.cancel_button)
        download_row.addStretch(0)
        chosen_layout.addLayout(download_row)
        self.message_label = QLabel()
        self.message_label.setObjectName("modelMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        chosen_layout.addWidget(self.message_label)
        chosen_layout.addStretch(1)

        fit = QGroupBox("How well it knows your texts")
        fit_layout = QVBoxLayout(fit)
        self.check_label = QLabel()
        self.check_label.setObjectName("tokenCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        fit_layout.addWidget(self.check_label)
        self.check_warnings = QLabel()
        self.check_warnings.setObjectName("tokenWarnings")
        self.check_warnings.setWordWrap(True)
        self.check_warnings.setTextFormat(Qt.TextFormat.RichText)
        self.check_warnings.hide()
        fit_layout.addWidget(self.check_warnings)
        self.recommend_label = QLabel()
        self.recommend_label.setObjectName("modelRecommendation")
        self.recommend_label.setWordWrap(True)
        self.recommend_label.setStyleSheet(message_box_style("info"))
        self.recommend_label.hide()
        fit_layout.addWidget(self.recommend_label)
        self.recommend_button = QPushButton()
        self.recommend_button.setObjectName("useRecommendedModel")
        self.recommend_button.clicked.connect(self._on_recommend_clicked)
        self.recommend_button.hide()
        recommend_row = QHBoxLayout()
        recommend_row.addWidget(self.recommend_button)
        recommend_row.addStretch(1)
        fit_layout.addLayout(recommend_row)
        fit_layout.addStretch(1)

        lower = QHBoxLayout()
        lower.addWidget(chosen, 1)
        lower.addWidget(fit, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(offer)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 3)
        layout.addLayout(other)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addLayout(lower, 2)
        self.setTabOrder(self.search_edit, self.list)
        self.setTabOrder(self.list, self.folder_button)
        self.setTabOrder(self.folder_button, self.hub_edit)
        self.setTabOrder(self.hub_edit, self.hub_button)

    # The list ---------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Fill the catalogue list (and mark which models are on this computer)."""
        current = self.state.config.model
        self.list.blockSignals(True)
        self.list.clear()
        for spec in models.CATALOG:
            here = models.is_on_this_computer(spec.hub_id)
            item = QTreeWidgetItem(
                [
                    spec.name,
                    spec.languages,
                    _size_text(spec.size_mb),
                    str(spec.dimensions),
                    _SPEED_WORDS.get(spec.speed, spec.speed),
                    spec.licence,
                    "Yes" if here else "Download needed",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, spec.hub_id)
            item.setToolTip(0, f"{spec.hub_id}\n{spec.description}")
            item.setToolTip(1, spec.languages)
            if here:
                font = item.font(6)
                font.setBold(True)
                item.setFont(6, font)
            self.list.addTopLevelItem(item)
            if spec.hub_id.lower() == current.lower():
                item.setSelected(True)
        self.list.blockSignals(False)
        self._apply_filter(self.search_edit.text())

    def catalog_rows(self) -> list[dict[str, str]]:
        """What the list shows, one dict per visible row (for tests and screen readers)."""
        rows = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.isHidden():
                continue
            row = {name: item.text(c) for c, name in enumerate(COLUMNS)}
            row["hub_id"] = item.data(0, Qt.ItemDataRole.UserRole)
            rows.append(row)
        return rows

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            spec = models.find_model(item.data(0, Qt.ItemDataRole.UserRole))
            haystack = " ".join(
                [item.text(c) for c in range(len(COLUMNS))]
                + ([spec.hub_id, spec.description] if spec else [])
            ).lower()
            item.setHidden(not all(w in haystack for w in words))

    @Slot()
    def _on_list_selection(self) -> None:
        items = self.list.selectedItems()
        if items:
            self._user_chose = True
            self._switched_from = None
            self.select_model(items[0].data(0, Qt.ItemDataRole.UserRole))
            self.update_recommendation()

    # Choosing -----------------------------------------------------------------------------------

    @Slot()
    def browse_folder(self) -> None:
        """Ask for a model folder on this computer."""
        folder = QFileDialog.getExistingDirectory(
            self, "Pick a model folder", self.settings.last_folder("model")
        )
        if folder:
            self.use_folder(folder)

    def use_folder(self, folder: str | Path) -> bool:
        """Use a model folder; a plain message when it does not hold a model."""
        folder = Path(folder)
        problem = model_folder_problem(folder)
        if problem:
            self._show_message(problem + " Pick the folder that holds those files.", "error")
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
        if "/" not in ref and not Path(ref).expanduser().exists():
            self._show_message(
                f"“{ref}” does not look like a Hugging Face id. Ids look like "
                "“organisation/model-name”.",
                "error",
            )
            return
        self._user_chose = True
        self._switched_from = None
        self.select_model(ref)
        self.update_recommendation()

    def select_model(self, ref: str, *, check: bool = True) -> None:
        """Make ``ref`` (catalogue id, Hub id or folder) the base model."""
        ref = ref.strip()
        config = self.state.config
        spec = models.find_model(ref)
        if spec is not None:
            ref = spec.hub_id
        changed = ref != config.model or self.state.model_path is None
        config.model = ref
        local = models.local_model_path(ref)
        self.state.model_path = str(local) if local else None
        facts = (
            read_model_facts(local, spec)
            if local
            else ModelFacts(
                spec.max_seq_length if spec else None, spec.dimensions if spec else None
            )
        )
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
            self.check_warnings.hide()
            self.check_label.setText("")
            self.state.model_changed.emit()
        self.completeness_changed.emit()
        if check:
            self.check_tokens()

    def _select_in_list(self, ref: str) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            item.setSelected(str(item.data(0, Qt.ItemDataRole.UserRole)).lower() == ref.lower())
        self.list.blockSignals(False)

    def _show_choice(self, ref: str, spec: models.ModelSpec | None, local: Path | None) -> None:
        name = spec.name if spec else (Path(ref).name if local else ref)
        lines = [f"<b>{_escape(name)}</b>"]
        if spec and spec.description:
            lines.append(_escape(spec.description))
        facts = []
        if self.state.model_dimensions:
            facts.append(f"vectors of {self.state.model_dimensions} numbers")
        if self.state.model_max_seq_length:
            facts.append(f"reads up to {self.state.model_max_seq_length} tokens of each text")
        if facts:
            lines.append("It makes " + " and ".join(facts) + ".")
        if local:
            lines.append("<span style='color:#188038'>✔ On this computer.</span>")
        else:
            size = f" ({_size_text(spec.size_mb)})" if spec else ""
            lines.append(f"Not on this computer yet: download it first{size}.")
        self.chosen_label.setText("<br>".join(lines))
        downloading = self._download is not None and self._download.is_running()
        self.download_button.setVisible(local is None and not downloading)
        if local is not None:
            self._show_message(None)

    def _show_message(self, text: str | None, kind: str = "info") -> None:
        if not text:
            self.message_label.hide()
            return
        self.message_label.setText(text)
        self.message_label.setStyleSheet(message_box_style(kind))
        self.message_label.setProperty("kind", kind)
        self.message_label.show()

    # Downloading ------------------------------------------------------------------------------

    @Slot()
    def start_download(self, hub_id: str | None = None) -> None:
        """Download ``hub_id`` (default: the chosen model) in the background, with progress
        and Cancel."""
        if self._download is not None and self._download.is_running():
            return
        hub_id = hub_id or self.state.config.model
        self._show_message(f"Connecting to download {hub_id}…", "info")
        self.progress.setRange(0, 0)
        self.progress.setFormat("Starting…")
        self.progress.show()
        self.cancel_button.show()
        self.download_button.hide()

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
            self.progress.setFormat("Cancelling…")

    @Slot(object)
    def _on_download_progress(self, value: object) -> None:
        done, total = value  # type: ignore[misc]
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
            self.progress.setFormat(f"{done / _MB:,.0f} MB of {total / _MB:,.0f} MB")
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"{done / _MB:,.0f} MB")

    def _end_download(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        task, self._download = self._download, None
        if task is not None:
            task.deleteLater()

    @Slot(object)
    def _on_download_done(self, _path: object) -> None:
        self._end_download()
        self.update_download_offer()
        self.refresh_list()
        self.select_model(self.state.config.model)
        self._show_message("Downloaded. The model is now on this computer.", "ok")
        self.download_finished.emit(True)

    @Slot(object)
    def _on_download_failed(self, exc: object) -> None:
        self._end_download()
        if isinstance(exc, models.DownloadCancelled):
            text, kind = "The download was cancelled.", "info"
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
            self.check_label.setText(
                "Once the model is on this computer, the app checks how "
                "well it knows the words of your texts."
            )
            self.check_warnings.hide()
            return False
        if state.table is None or state.roles is None:
            self._check.cancel()
            self.check_label.setText(
                "Pick your data first: the app then checks how well this model knows its words."
            )
            self.check_warnings.hide()
            return False
        key = (state.model_path, id(state.table), tuple(state.roles.texts))
        if key == self._checked_key:
            return False
        self._checked_key = key
        self.check_label.setText("Checking your texts with this model's vocabulary…")
        self.check_warnings.hide()
        table, roles, folder = state.table, state.roles, state.model_path
        max_len = state.model_max_seq_length
        self._check.start(lambda report, cancel: _check_tokens(folder, table, roles, max_len))
        return True

    @Slot(object)
    def _on_check_done(self, result: object) -> None:
        assert isinstance(result, TokenCheck)
        self.state.token_report = result.report  # the Train page repeats its warnings
        self.state.token_report_key = (self.state.model_path, id(self.state.table))
        stats = getattr(result.report, "token_stats", None) or {}
        limit = stats.get("max_seq_length") or result.max_seq_length
        lines = []
        share = stats.get("unknown_token_share")
        if share is not None:
            lines.append(f"Words and signs it does not know: <b>{share:.0%}</b> of your text.")
        for column, column_stats in (stats.get("columns") or {}).items():
            over = column_stats.get("over_max_share", 0.0)
            lines.append(
                f"“{_escape(column)}”: {column_stats['mean']:g} tokens on average, "
                f"longest {column_stats['max']} (it reads {limit}); "
                f"{over:.0%} are cut short."
            )
        sampled = stats.get("sampled_rows")
        total = stats.get("total_rows")
        if sampled and total and sampled < total:
            lines.append(f"<i>Checked on {sampled:,} of {total:,} rows.</i>")
        self.check_label.setText("<br>".join(lines) or "Checked.")
        verdicts = [
            lang["verdict"] for lang in (stats.get("coverage") or {}).get("languages") or []
        ]
        warnings = [
            w
            for w in getattr(result.report, "warnings", [])
            if w.code in ("unknown-tokens", "language-coverage", "long-texts")
        ]
        recommended = next(
            (str(w.details["recommended_model"]) for w in warnings if "recommended_model"
             in w.details),
            None,
        )  # fmt: skip
        if recommended and self._switched_from is None:
            spec = models.find_model(recommended)
            if spec is not None:  # the warning's hint says why and what it costs
                self._show_recommendation("", f"Use {spec.name}", recommended)
        if warnings:
            self.check_warnings.setText(
                "<br><br>".join(
                    f"<b>{_escape(w.message)}</b><br>{_escape(w.hint)}" for w in warnings
                )
            )
            self.check_warnings.setStyleSheet(message_box_style("warning"))
            self.check_warnings.setProperty("codes", ",".join(w.code for w in warnings))
            self.check_warnings.show()
        else:
            self.check_warnings.setText(
                _escape(" ".join(verdicts)) or "This model knows the words of your texts."
            )
            self.check_warnings.setStyleSheet(message_box_style("ok"))
            self.check_warnings.setProperty("codes", "")
            self.check_warnings.show()
        self.token_check_done.emit()

    @Slot(object)
    def _on_check_failed(self, exc: object) -> None:
        self._checked_key = None
        if isinstance(exc, UserFacingError) and not isinstance(exc, UnexpectedError):
            text = f"{exc.message} {exc.hint}".strip()
        else:
            text = (
                "The app could not read this model's vocabulary, so it could not check your "
                "texts. You can still train."
            )
        self.check_label.setText(_escape(text))
        self.check_warnings.hide()
        self.token_check_done.emit()

    # Languages: recommend (and preselect) a model that knows them ----------------------------

    def data_languages(self) -> list[FoundLanguage]:
        """The languages of the data's text columns (by script), most frequent first."""
        state = self.state
        if state.table is None or state.roles is None:
            return []
        frame = state.table.frame.head(LANGUAGE_SAMPLE_ROWS)
        texts = [text for column in state.roles.texts for text in frame[column] if text]
        return detect_languages(texts)

    def update_recommendation(self) -> None:
        """Recommend a catalogue model when the chosen one was not trained on the data's
        languages; preselect it when the user has not picked a model themselves."""
        languages = [lang for lang in self.data_languages() if lang.code]
        codes = [lang.code for lang in languages]
        spec = models.spec_for_ref(self.state.config.model)
        if self._switched_from is not None and spec is not None and spec.covers(codes):
            return  # keep saying why the app chose this model, with a way back
        self._switched_from = None
        if not codes or spec is None or spec.covers(codes):
            if spec is not None or not codes:
                self._hide_recommendation()
            return  # a folder: the tokenizer check speaks for it
        recommendation = models.recommend_model(codes, exclude=[spec.hub_id])
        if recommendation is None:
            self._hide_recommendation()
            return
        missing = [lang.name for lang in languages if lang.code not in spec.language_codes]
        names = [lang.name for lang in languages]
        if not self._user_chose:
            self._switched_from = spec.hub_id
            self._preselecting = True
            try:
                self.select_model(recommendation.spec.hub_id)
            finally:
                self._preselecting = False
            self._show_recommendation(
                f"Your texts are in {models.join_names(missing)}, which {spec.name} was not "
                f"trained on, so the app chose {recommendation.spec.name} instead: it knows "
                f"{models.join_names(names)} and {recommendation.cost_text()}.",
                f"Keep {spec.name}",
                spec.hub_id,
            )
        else:
            self._offer_recommendation(
                recommendation.spec.hub_id,
                reason=f"{spec.name} was not trained on {models.join_names(missing)}. ",
                names=names,
            )

    def _offer_recommendation(
        self, hub_id: str, *, reason: str = "", names: list[str] | None = None
    ) -> None:
        """Say that ``hub_id`` suits the texts better, with a button to use it."""
        spec = models.find_model(hub_id)
        if spec is None:
            return
        here = models.is_on_this_computer(hub_id)
        minutes = 0 if here else models.download_minutes(spec.size_mb)
        recommendation = models.ModelRecommendation(spec, (), here, minutes)
        knows = f"knows {models.join_names(names)} and " if names else ""
        self._show_recommendation(
            f"{reason}Better for your texts: {spec.name}, which {knows}"
            f"{recommendation.cost_text()}.",
            f"Use {spec.name}",
            hub_id,
        )

    def _show_recommendation(self, text: str, button_text: str, target: str) -> None:
        self._recommended = target
        self.recommend_label.setText(text)
        self.recommend_label.setVisible(bool(text))
        self.recommend_button.setText(button_text)
        self.recommend_button.show()

    def _hide_recommendation(self) -> None:
        self._recommended = None
        self.recommend_label.hide()
        self.recommend_button.hide()

    def recommendation_text(self) -> str:
        """What the recommendation box says ("" when hidden)."""
        return "" if self.recommend_label.isHidden() else self.recommend_label.text()

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
        box = QFrame()
        box.setObjectName("multilingualOffer")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        minutes = models.download_minutes(spec.size_mb)
        self.offer_label = QLabel(
            f"For texts in Sinhala, Russian, Korean and about 90 other languages, download "
            f"{spec.name} ({models.size_text(spec.size_mb)}, about {minutes} minutes at "
            f"{models.ASSUMED_DOWNLOAD_MBIT_PER_S:g} Mbit/s). The app keeps working with the "
            "models on this computer meanwhile."
        )
        self.offer_label.setWordWrap(True)
        self.offer_label.setStyleSheet(message_box_style("info"))
        self.offer_download_button = QPushButton("Download it")
        self.offer_download_button.setObjectName("offerDownload")
        self.offer_download_button.clicked.connect(self.accept_download_offer)
        self.offer_dismiss_button = QPushButton("Not now")
        self.offer_dismiss_button.setObjectName("offerDismiss")
        self.offer_dismiss_button.clicked.connect(self.decline_download_offer)
        row.addWidget(self.offer_label, 1)
        row.addWidget(self.offer_download_button)
        row.addWidget(self.offer_dismiss_button)
        self.offer_box = box
        box.hide()
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
            return "Pick a model to start from."
        if self.state.model_path is None:
            if self._download is not None and self._download.is_running():
                return "Wait for the download to finish."
            return "This model is not on this computer: download it, or pick another one."
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
