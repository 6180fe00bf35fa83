/// A one-sheet OOXML workbook written with libarchive: inline strings and numbers, merged
/// ranges, no styles.
enum XLSXWriter {
    enum Cell {
        case text(String)
        case number(String)
        case empty
    }

    /// The workbook of `rows`, with `merges` (`A1:X1`) merged as a spreadsheet shows them: the
    /// value in the range's first cell, the others empty.
    static func workbook(_ rows: [[Cell]], sheetName: String = "Sheet1", merges: [String] = []) throws -> [UInt8] {
        let writer = try ArchiveWriter(format: .zip, destination: .memory)
        let modified = 1_782_000_000
        func add(_ path: String, _ text: String) throws {
            try writer.addFile(path: path, bytes: Array(text.utf8), modified: modified)
        }
        try add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            </Types>
            """)
        try add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        try add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="\(escape(sheetName))" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            </Relationships>
            """)
        var sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            """
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = column(c) + "\(r + 1)"
                switch cell {
                case .text(let text): sheet += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
                case .number(let value): sheet += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                case .empty: break
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData>"
        if !merges.isEmpty {
            sheet += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        sheet += "</worksheet>"
        try add("xl/worksheets/sheet1.xml", sheet)
        try writer.close()
        return writer.bytes
    }

    /// `A`…`Z`, `AA`…
    static func column(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
    }

    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
