"""Builders of hostile data files: what an attacker (or an unlucky tool) hands a user.

Each builder writes one file and returns its path. They stay cheap in time and memory: the
zip bombs are written as raw deflate streams that repeat one compressed piece, so a part that
unpacks to a gigabyte costs about a megabyte and a fraction of a second to build.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    b'<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
    b"EXTRA</sheetData></worksheet>"
)
_STRINGS_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>sentence1</t></si><si><t>sentence2</t></si>"
    b"<si><t>hello there</t></si><si><t>general kenobi</t></si>"
)
_MIB = 1024 * 1024


def _deflate(parts: list[tuple[bytes, int]]) -> tuple[bytes, int, int]:
    """A raw deflate stream of each (piece, times) in turn; return it, its CRC and its size.

    Each piece is compressed once after a full flush, so repeating its compressed bytes
    repeats the piece: a gigabyte of output costs one megabyte of compressing.
    """
    out: list[bytes] = []
    crc = 0
    size = 0
    for piece, times in parts:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        out.append((compressor.compress(piece) + compressor.flush(zlib.Z_FULL_FLUSH)) * times)
        for _ in range(times):
            crc = zlib.crc32(piece, crc)
        size += len(piece) * times
    out.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush())
    return b"".join(out), crc, size


def _write_zip(path: Path, members: list[tuple[str, bytes, int, int, int]]) -> Path:
    """Write a zip of (name, raw deflate data, crc, real size, declared size) by hand."""
    out = io.BytesIO()
    directory = []
    for name, data, crc, _size, declared in members:
        encoded = name.encode()
        offset = out.tell()
        sizes = (crc, len(data), declared, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, *sizes, 0))
        out.write(encoded + data)
        entry = (0x02014B50, 20, 20, 0, 8, 0, 0x21, *sizes, 0, 0, 0, 0, 0, offset)
        directory.append(struct.pack("<IHHHHHHIIIHHHHHII", *entry) + encoded)
    start = out.tell()
    listing = b"".join(directory)
    out.write(listing)
    out.write(
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(listing), start, 0
        )
    )
    path.write_bytes(out.getvalue())
    return path


def xlsx(
    path: Path,
    *,
    strings_mib: int = 0,
    declared_strings_size: int | None = None,
    extra_sheet_xml: bytes = b"",
    sheet_part: str = "xl/worksheets/sheet1.xml",
) -> Path:
    """A real minimal workbook (two columns, one data row) with hostile parts.

    Args:
        path: Where to write it.
        strings_mib: Mebibytes of one shared string appended to sharedStrings.xml (a bomb).
        declared_strings_size: A size the directory claims for sharedStrings.xml instead of
            the real one (a lying archive).
        extra_sheet_xml: Rows appended to the sheet (e.g. a cell at XFD1048576).
        sheet_part: Where in the archive the sheet lives (the relationships point there).
    """
    big = b"<si><t>" + b"A" * _MIB + b"</t></si>"
    parts = {
        "[Content_Types].xml": [
            (_CONTENT_TYPES.replace(b"/xl/worksheets/sheet1.xml", f"/{sheet_part}".encode()), 1)
        ],
        "_rels/.rels": [(_RELS, 1)],
        "xl/workbook.xml": [(_WORKBOOK, 1)],
        "xl/_rels/workbook.xml.rels": [
            (_WORKBOOK_RELS.replace(b"worksheets/sheet1.xml", f"/{sheet_part}".encode()), 1)
        ],
        sheet_part: [(_SHEET.replace(b"EXTRA", extra_sheet_xml), 1)],
        "xl/sharedStrings.xml": [(_STRINGS_HEAD, 1), (big, strings_mib), (b"</sst>", 1)],
    }
    members = []
    for name, pieces in parts.items():
        data, crc, size = _deflate(pieces)
        declared = size
        if name == "xl/sharedStrings.xml" and declared_strings_size is not None:
            declared = declared_strings_size
        members.append((name, data, crc, size, declared))
    return _write_zip(path, members)


_ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row>'
    '<table:table-cell office:value-type="string"><text:p>sentence1</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>sentence2</text:p></table:table-cell>'
    '</table:table-row><table:table-row table:number-rows-repeated="{rows}">'
    '<table:table-cell table:number-columns-repeated="{columns}" office:value-type="string">'
    "<text:p>x</text:p></table:table-cell></table:table-row>"
    # What LibreOffice writes below every sheet: empty repeated rows, which span nothing.
    '<table:table-row table:number-rows-repeated="1048000">'
    '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    "</table:table></office:spreadsheet></office:body></office:document-content>"
)
_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods(path: Path, *, rows: int, columns: int, number_cell: bool = False) -> Path:
    """An .ods whose second row repeats one filled cell ``columns`` times, ``rows`` times.

    Under 2 KB on disk whatever the counts: the repeats are attributes. With
    ``number_cell`` the repeated cell is a number written as one self-closing tag.
    """
    content = _ODS_CONTENT.format(rows=rows, columns=columns)
    if number_cell:
        string_cell = content[content.index("<table:table-cell table:number-columns-repeated") :]
        string_cell = string_cell[: string_cell.index("</table:table-cell>") + 19]
        number = (
            f'<table:table-cell table:number-columns-repeated="{columns}" '
            'office:value-type="float" office:value="1"/>'
        )
        content = content.replace(string_cell, number)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path
