"""The "How the file was read" box of the Data page: kind of file, encoding, delimiter,
sheet and header, each a control the user can change to read the file again."""

from __future__ import annotations

import codecs

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop_app.core.data.presentation import TEXT_FORMATS, WORKBOOK_FORMATS, format_name
from desktop_app.core.data.types import Table
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import translate

#: Encodings offered for text files: (codec, what the user sees; marked for context
#: "DataPage", translated where shown).
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", QT_TRANSLATE_NOOP("DataPage", "UTF-8 with BOM")),
    ("utf-16", QT_TRANSLATE_NOOP("DataPage", "UTF-16 (Excel “Unicode text”)")),
    ("cp1251", QT_TRANSLATE_NOOP("DataPage", "Windows-1251 (Russian)")),
    ("cp949", QT_TRANSLATE_NOOP("DataPage", "CP949 (Korean, Windows)")),
    ("euc-kr", QT_TRANSLATE_NOOP("DataPage", "EUC-KR (Korean)")),
    ("cp1252", QT_TRANSLATE_NOOP("DataPage", "Windows-1252 (Western Europe)")),
    ("latin-1", "Latin-1"),
)
#: Delimiters offered for text files (marked for context "DataPage").
DELIMITERS: tuple[tuple[str, str], ...] = (
    (",", QT_TRANSLATE_NOOP("DataPage", "Comma  ,")),
    (";", QT_TRANSLATE_NOOP("DataPage", "Semicolon  ;")),
    ("\t", QT_TRANSLATE_NOOP("DataPage", "Tab")),
    ("|", QT_TRANSLATE_NOOP("DataPage", "Pipe  |")),
)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


class ReadingBox(QGroupBox):
    """How the training file was read, with a control for each guess.

    Signals:
        edited(): The user changed one of the controls (read the file again).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataPage", "How the file was read"), parent)
        form = self._form = QFormLayout(self)
        self.format_label = QLabel()
        self.format_label.setObjectName("formatLabel")
        form.addRow(translate("DataPage", "Kind of file:"), self.format_label)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.setAccessibleName(translate("DataPage", "Text encoding"))
        self.encoding_combo.setToolTip(
            translate(
                "DataPage",
                "How letters are stored in the file. Change it if the text looks garbled.",
            )
        )
        for codec, name in ENCODINGS:
            self.encoding_combo.addItem(translate("DataPage", name), codec)
        self.encoding_combo.activated.connect(self.edited)
        form.addRow(translate("DataPage", "Text encoding:"), self.encoding_combo)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiterCombo")
        self.delimiter_combo.setAccessibleName(translate("DataPage", "Delimiter between columns"))
        self.delimiter_combo.setToolTip(
            translate("DataPage", "The character between the columns of a row.")
        )
        for char, name in DELIMITERS:
            self.delimiter_combo.addItem(translate("DataPage", name), char)
        self.delimiter_combo.activated.connect(self.edited)
        form.addRow(translate("DataPage", "Columns separated by:"), self.delimiter_combo)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setAccessibleName(translate("DataPage", "Sheet of the workbook"))
        self.sheet_combo.activated.connect(self.edited)
        form.addRow(translate("DataPage", "Sheet:"), self.sheet_combo)
        self.header_check = QCheckBox(translate("DataPage", "The first row holds column names"))
        self.header_check.setObjectName("headerCheck")
        self.header_check.clicked.connect(self.edited)
        form.addRow(self.header_check)

    def show_table(self, table: Table) -> None:
        """Show how ``table`` was read; enable only the controls that apply to its kind."""
        self.format_label.setText(format_name(table.format))
        text_file = table.format in TEXT_FORMATS
        self.encoding_combo.setEnabled(text_file and table.encoding is not None)
        if table.encoding:
            codec = _codec(table.encoding)
            index = next(
                (i for i in range(self.encoding_combo.count())
                 if _codec(self.encoding_combo.itemData(i)) == codec),
                -1,
            )  # fmt: skip
            if index < 0:
                self.encoding_combo.addItem(table.encoding, table.encoding)
                index = self.encoding_combo.count() - 1
            self.encoding_combo.setCurrentIndex(index)
        self.delimiter_combo.setEnabled(text_file and table.delimiter is not None)
        if table.delimiter:
            index = self.delimiter_combo.findData(table.delimiter)
            if index < 0:
                self.delimiter_combo.addItem(repr(table.delimiter), table.delimiter)
                index = self.delimiter_combo.count() - 1
            self.delimiter_combo.setCurrentIndex(index)
        self.sheet_combo.clear()
        for name in table.sheets:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        if table.sheet:
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(table.sheet)))
        workbook = table.format in WORKBOOK_FORMATS
        self._form.setRowVisible(self.encoding_combo, text_file)
        self._form.setRowVisible(self.delimiter_combo, text_file)
        self._form.setRowVisible(self.sheet_combo, workbook)
        self.header_check.setEnabled(text_file or workbook)
        self.header_check.setChecked(table.has_header)

    def choices(self) -> dict[str, object]:
        """The enabled controls' values: ``encoding``, ``delimiter``, ``sheet``, ``has_header``."""
        chosen: dict[str, object] = {}
        if self.encoding_combo.isEnabled():
            chosen["encoding"] = self.encoding_combo.currentData()
        if self.delimiter_combo.isEnabled():
            chosen["delimiter"] = self.delimiter_combo.currentData()
        if self.sheet_combo.isEnabled() and self.sheet_combo.currentData():
            chosen["sheet"] = self.sheet_combo.currentData()
        if self.header_check.isEnabled():
            chosen["has_header"] = self.header_check.isChecked()
        return chosen
