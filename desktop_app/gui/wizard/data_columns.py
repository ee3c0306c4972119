"""The Data page's column controls: the data's shape, which column plays which role, and
which value of a 0/1 label means "similar". What they say comes from
:mod:`desktop_app.core.data.presentation`; these widgets only show it and report choices."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.data.presentation import LabelChoice, shape_help
from desktop_app.core.data.types import ColumnRoles
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.styles import help_label, message_box_style

#: Role slots: (key, label, help) in the order the drop-downs appear (texts marked for
#: context "DataPage", translated where shown).
ROLE_SLOTS: tuple[tuple[str, str, str], ...] = (
    (
        "text1",
        QT_TRANSLATE_NOOP("DataPage", "Text 1"),
        QT_TRANSLATE_NOOP("DataPage", "The first text of each row, e.g. a question or a sentence."),
    ),
    (
        "text2",
        QT_TRANSLATE_NOOP("DataPage", "Text 2"),
        QT_TRANSLATE_NOOP(
            "DataPage", "The text that goes with it, e.g. the answer or a similar sentence."
        ),
    ),
    (
        "text3",
        QT_TRANSLATE_NOOP("DataPage", "Text 3 (optional)"),
        QT_TRANSLATE_NOOP(
            "DataPage",
            "A text that does NOT match Text 1 (a “negative”). Leave empty if you have none.",
        ),
    ),
    (
        "label",
        QT_TRANSLATE_NOOP("DataPage", "Score or label (optional)"),
        QT_TRANSLATE_NOOP(
            "DataPage", "How similar the two texts are (a score), or a 0/1 or class label."
        ),
    ),
)
_NONE = QT_TRANSLATE_NOOP("DataPage", "(none)")
_TEXT_KEYS = ("text1", "text2", "text3")


class ShapeBox(QGroupBox):
    """The "What the data are" box: the shape in plain words and what the model learns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataPage", "What the data are"), parent)
        layout = QVBoxLayout(self)
        self.shape_label = QLabel()
        self.shape_label.setObjectName("shapeLabel")
        self.shape_label.setWordWrap(True)
        font = self.shape_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.shape_label.setFont(font)
        self.shape_help = help_label("")
        layout.addWidget(self.shape_label)
        layout.addWidget(self.shape_help)

    def show_roles(self, roles: ColumnRoles | None) -> None:
        """Describe the shape of ``roles`` (or say it is not known yet)."""
        description, learns = shape_help(roles)
        self.shape_label.setText(description)
        self.shape_help.setText(learns)


class RolesBox(QGroupBox):
    """The "Which column is which" box: a drop-down per role, and why they don't fit.

    Signals:
        edited(): The user picked another column for a role.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataPage", "Which column is which"), parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role_combos: dict[str, QComboBox] = {}
        for key, label, help_text in ROLE_SLOTS:
            combo = QComboBox()
            combo.setObjectName(f"role_{key}")
            combo.setAccessibleName(translate("DataPage", label))
            combo.setToolTip(translate("DataPage", help_text))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.activated.connect(self.edited)
            self.role_combos[key] = combo
            caption = translate("DataPage", "{label}:").format(label=translate("DataPage", label))
            form.addRow(caption, combo)
        self.roles_error_label = QLabel()
        self.roles_error_label.setWordWrap(True)
        self.roles_error_label.setStyleSheet(message_box_style("error"))
        self.roles_error_label.hide()
        form.addRow(self.roles_error_label)

    def set_column_names(self, columns: list[str]) -> None:
        """Offer ``columns`` in every drop-down (the optional ones also offer none)."""
        for key, combo in self.role_combos.items():
            combo.clear()
            if key in ("text3", "label"):
                combo.addItem(translate("DataPage", _NONE), None)
            for name in columns:
                combo.addItem(name, name)

    def show_roles(self, roles: ColumnRoles | None) -> None:
        """Point the drop-downs at the columns of ``roles`` (unchanged when None)."""
        if roles is None:
            return
        texts = list(roles.texts) + [None] * (3 - len(roles.texts))
        values = {"text1": texts[0], "text2": texts[1], "text3": texts[2], "label": roles.label}
        for key, combo in self.role_combos.items():
            index = combo.findData(values[key])
            if index >= 0:
                combo.setCurrentIndex(index)

    def show_error(self, text: str | None) -> None:
        """Say why the chosen columns don't fit (hidden when ``text`` is empty)."""
        self.roles_error_label.setText(text or "")
        self.roles_error_label.setVisible(bool(text))

    def selected_columns(self) -> tuple[list[str], str | None]:
        """The text columns and the label column chosen in the drop-downs."""
        texts = [
            self.role_combos[key].currentData()
            for key in _TEXT_KEYS
            if self.role_combos[key].currentData()
        ]
        return texts, self.role_combos["label"].currentData()

    def select_columns(self, texts: list[str], label: str | None) -> None:
        """Choose the columns as the user would (emits nothing)."""
        values = [*texts, None, None, None][:3]
        for key, value in zip(_TEXT_KEYS, values, strict=True):
            combo = self.role_combos[key]
            combo.setCurrentIndex(max(0, combo.findData(value)))
        label_combo = self.role_combos["label"]
        label_combo.setCurrentIndex(max(0, label_combo.findData(label)))


class LabelQuestion(QGroupBox):
    """The "Which value means similar?" box: a radio button per value, with example rows.

    Signals:
        chosen(str): The user picked the value that means "similar".
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataPage", "Which value means “similar”?"), parent)
        self.setObjectName("labelQuestion")
        layout = QVBoxLayout(self)
        layout.addWidget(
            help_label(
                translate(
                    "DataPage",
                    "Your label column holds two values. Some data sets use 1 for “similar”, "
                    "others use 0 (“no difference”). Look at the examples and pick the value "
                    "whose rows mean the same thing.",
                )
            )
        )
        self.label_buttons = QButtonGroup(self)
        self.label_buttons.setExclusive(True)
        self.label_buttons.idClicked.connect(self._on_clicked)
        self._options = QVBoxLayout()
        layout.addLayout(self._options)
        self.values: list[str] = []
        self.widgets: list[QWidget] = []
        self.hide()

    def show_choices(self, choices: list[LabelChoice], positive: str | None) -> None:
        """Offer ``choices`` with ``positive`` checked; hide the question when empty."""
        for widget in self.widgets:
            self._options.removeWidget(widget)
            widget.deleteLater()
        for button in self.label_buttons.buttons():
            self.label_buttons.removeButton(button)
        self.widgets = []
        self.values = []
        for i, choice in enumerate(choices):
            button = QRadioButton(choice.caption)
            button.setObjectName(f"positive_{choice.value}")
            self.label_buttons.addButton(button, i)
            button.setChecked(choice.value == positive)
            example_label = help_label(choice.examples_text)
            example_label.setIndent(22)
            self._options.addWidget(button)
            self._options.addWidget(example_label)
            self.widgets.extend([button, example_label])
            self.values.append(choice.value)
        self.setVisible(bool(choices))

    def choose(self, value: str) -> None:
        """Pick ``value`` as the user would (emits :attr:`chosen`)."""
        if value in self.values:
            index = self.values.index(value)
            self.label_buttons.button(index).setChecked(True)
            self._on_clicked(index)

    @Slot(int)
    def _on_clicked(self, button_id: int) -> None:
        if 0 <= button_id < len(self.values):
            self.chosen.emit(self.values[button_id])
