/// One word as the extractor read it, with its box on the page.
public struct Word: Sendable, Codable, Hashable {
    public var text: String
    public var box: BoundingBox
    /// Recognition confidence 0...1 for OCR words; nil for a PDF text layer.
    public var confidence: Double?

    public init(text: String, box: BoundingBox, confidence: Double? = nil) {
        self.text = text
        self.box = box
        self.confidence = confidence
    }
}

/// The words of one page, in the extractor's reading order.
public struct ExtractedPage: Sendable, Codable, Hashable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var words: [Word]
    /// Set when this page could not be read; the reason says what to do.
    public var problem: String?

    public init(number: Int, width: Double, height: Double, words: [Word], problem: String? = nil) {
        self.number = number
        self.width = width
        self.height = height
        self.words = words
        self.problem = problem
    }
}

/// One cell of a table, with where it was read.
///
/// A cell of a CSV file or a worksheet keeps only its line and column beside its text, and
/// makes its evidence when asked: a year of attendance in one file is millions of cells, and
/// each holding its own evidence would take several times the memory of the text.
public struct Cell: Sendable, Codable, Hashable {
    public var text: String
    private var origin: Origin

    private enum Origin: Sendable {
        case evidence(Evidence)
        case grid(GridSource, row: Int32, column: Int32)
    }

    public init(text: String, evidence: Evidence) {
        self.text = text
        origin = .evidence(evidence)
    }

    /// The cell at 1-based `row` (line) and 0-based `column` of `source`, its evidence made on demand.
    public init(text: String, source: GridSource, row: Int, column: Int) {
        self.text = text
        if let row = Int32(exactly: row), let column = Int32(exactly: column) {
            origin = .grid(source, row: row, column: column)
        } else {
            origin = .evidence(source.evidence(text, row: row, column: column))
        }
    }

    /// Where the cell was read, its text included.
    public var evidence: Evidence {
        get {
            switch origin {
            case let .evidence(evidence): return evidence
            case let .grid(source, row, column): return source.evidence(text, row: Int(row), column: Int(column))
            }
        }
        set { origin = .evidence(newValue) }
    }

    enum CodingKeys: String, CodingKey { case text, evidence }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try c.decode(String.self, forKey: .text), evidence: try c.decode(Evidence.self, forKey: .evidence))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(evidence, forKey: .evidence)
    }

    public static func == (a: Cell, b: Cell) -> Bool {
        a.text == b.text && a.evidence == b.evidence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(evidence)
    }
}

/// The file, and worksheet, a grid of cells was read from: shared by all of its cells.
public final class GridSource: Sendable {
    public let path: String
    /// The worksheet of a workbook; nil for a CSV file, whose cells name their line only.
    public let sheet: String?

    public init(path: String, sheet: String? = nil) {
        self.path = path
        self.sheet = sheet
    }

    /// The evidence of the cell holding `text` at 1-based `row` and 0-based `column`.
    public func evidence(_ text: String, row: Int, column: Int) -> Evidence {
        guard let sheet else { return Evidence(path: path, text: text, row: row) }
        return Evidence(path: path, text: text, row: row, sheet: sheet, cell: Self.cellName(column: column, row: row))
    }

    /// `B7` for 0-based column 1 and row 7.
    public static func cellName(column: Int, row: Int) -> String {
        columnLetters(column) + String(row)
    }

    /// The letters of a 0-based column: 0 is `A`, 26 is `AA`.
    public static func columnLetters(_ index: Int) -> String {
        var index = index + 1
        var scalars: [UInt8] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            scalars.append(UInt8(ascii: "A") + UInt8(remainder))
            index = (index - 1) / 26
        }
        return String(decoding: scalars.reversed(), as: UTF8.self)
    }
}

/// A grid of cells as a spreadsheet or CSV file holds it: no header detection yet.
public struct SheetTable: Sendable, Codable, Hashable {
    /// Sheet name for workbooks; nil for CSV.
    public var name: String?
    public var rows: [[Cell]]

    public init(name: String? = nil, rows: [[Cell]]) {
        self.name = name
        self.rows = rows
    }
}

/// What extraction produced for one document: pages of positioned words, or sheets of cells.
public struct ExtractedDocument: Sendable, Codable, Hashable {
    public var path: String
    public var textSource: TextSource
    public var pages: [ExtractedPage]
    public var sheets: [SheetTable]

    public init(path: String, textSource: TextSource, pages: [ExtractedPage] = [], sheets: [SheetTable] = []) {
        self.path = path
        self.textSource = textSource
        self.pages = pages
        self.sheets = sheets
    }

    /// The same content read from another path: every cell's evidence names the new path.
    public func relocated(to newPath: String) -> ExtractedDocument {
        guard newPath != path else { return self }
        var copy = self
        copy.path = newPath
        copy.sheets = sheets.map { sheet in
            SheetTable(name: sheet.name, rows: sheet.rows.map { row in
                row.map { cell in
                    var evidence = cell.evidence
                    evidence.path = newPath
                    return Cell(text: cell.text, evidence: evidence)
                }
            })
        }
        return copy
    }

    /// All text of the document, pages in order, words separated by spaces and lines by newlines.
    public var plainText: String {
        var parts: [String] = []
        for page in pages { parts.append(page.words.map(\.text).joined(separator: " ")) }
        for sheet in sheets {
            for row in sheet.rows { parts.append(row.map(\.text).joined(separator: " ")) }
        }
        return parts.joined(separator: "\n")
    }
}
