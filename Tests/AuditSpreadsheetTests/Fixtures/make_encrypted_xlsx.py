"""Writes encrypted.xlsx, a password-protected workbook (password "secret") for XLSXBadInputTests.

Made once with msoffcrypto-tool 6.1.0 from PyPI in a scratch virtual environment:

    python3 -m venv /tmp/xlsvenv && /tmp/xlsvenv/bin/pip install msoffcrypto-tool
    /tmp/xlsvenv/bin/python make_encrypted_xlsx.py

Excel encrypts a workbook the same way (ECMA-376 agile encryption): the zip becomes the
`EncryptedPackage` stream of an OLE2 compound file, next to an `EncryptionInfo` stream.
"""
import io
import os
import zipfile

import msoffcrypto.format.ooxml

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>",
    "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{DOC}">'
    '<sheets><sheet name="Payroll" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Employee ID</t></is></c></row></sheetData></worksheet>',
}

plain = io.BytesIO()
with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as package:
    for name, text in PARTS.items():
        package.writestr(name, text)
plain.seek(0)

encrypted = io.BytesIO()
msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("secret", encrypted)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "encrypted.xlsx"), "wb") as out:
    out.write(encrypted.getvalue())
