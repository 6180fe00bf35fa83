import AuditTestSupport
import Foundation

/// Builds small .xlsx packages from handwritten XML parts, zipped with libarchive.
struct XLSXFixture {
    struct Sheet {
        var name: String
        /// The `<row>` elements of `<sheetData>`.
        var rows: String
        /// `<mergeCell>` ranges such as `A1:C1`.
        var merges: [String] = []
    }

    var sheets: [Sheet]
    var sharedStrings: [String] = []
    /// Custom number formats by id (164 and up), for `cellXfs`.
    var numberFormats: [Int: String] = [:]
    /// The `numFmtId` of each cell style, indexed by a cell's `s` attribute.
    var cellStyles: [Int] = [0]
    var date1904 = false

    init(sheets: [Sheet], sharedStrings: [String] = [], numberFormats: [Int: String] = [:], cellStyles: [Int] = [0]) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
        self.numberFormats = numberFormats
        self.cellStyles = cellStyles
    }

    /// One sheet named `Sheet1` holding `rows`.
    init(rows: String, merges: [String] = [], sharedStrings: [String] = [], numberFormats: [Int: String] = [:],
         cellStyles: [Int] = [0]) {
        self.init(sheets: [Sheet(name: "Sheet1", rows: rows, merges: merges)], sharedStrings: sharedStrings,
                  numberFormats: numberFormats, cellStyles: cellStyles)
    }

    /// The parts of the package, by name.
    var parts: [(String, Data)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.rootRelationships),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
        ]
        if !sharedStrings.isEmpty { parts.append(("xl/sharedStrings.xml", sharedStringsPart)) }
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet)))
        }
        return parts.map { ($0.0, Data($0.1.utf8)) }
    }

    /// The .xlsx bytes.
    var data: Data { Self.zip(parts) }

    /// Zips `parts` with libarchive and returns the archive's bytes.
    static func zip(_ parts: [(String, Data)], extra: [ArchiveFixture.Entry] = []) -> Data {
        let url = ArchiveFixture(.zip, name: "book.xlsx").write(parts.map { .file($0.0, $0.1) } + extra)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        return try! Data(contentsOf: url)
    }

    static func worksheet(_ sheet: Sheet) -> String {
        let merges = sheet.merges.isEmpty ? "" :
            "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <dimension ref="A1"/><sheetData>\(sheet.rows)</sheetData>\(merges)</worksheet>
            """
    }

    private var workbook: String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(entries)</sheets></workbook>
            """
    }

    private var workbookRelationships: String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var relationships = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(base)worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        relationships.append("<Relationship Id=\"rIdStyles\" Type=\"\(base)styles\" Target=\"styles.xml\"/>")
        if !sharedStrings.isEmpty {
            relationships.append("<Relationship Id=\"rIdStrings\" Type=\"\(base)sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships.joined())</Relationships>
            """
    }

    private var styles: String {
        let formats = numberFormats.sorted { $0.key < $1.key }.map { id, code in
            "<numFmt numFmtId=\"\(id)\" formatCode=\"\(Self.escaped(code))\"/>"
        }.joined()
        let xfs = cellStyles.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="\(numberFormats.count)">\(formats)</numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
            <cellXfs count="\(cellStyles.count)">\(xfs)</cellXfs></styleSheet>
            """
    }

    private var sharedStringsPart: String {
        let items = sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\(Self.escaped($0))</t></si>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(sharedStrings.count)" \
            uniqueCount="\(sharedStrings.count)">\(items)</sst>
            """
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        </Types>
        """

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
