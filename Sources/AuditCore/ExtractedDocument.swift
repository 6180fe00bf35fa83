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
public struct Cell: Sendable, Codable, Hashable {
    public var text: String
    public var evidence: Evidence

    public init(text: String, evidence: Evidence) {
        self.text = text
        self.evidence = evidence
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
