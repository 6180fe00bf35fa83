import AuditCore

/// The words of one printed line, left to right, grouped into cells at wide gaps.
public struct TextLine: Sendable, Hashable {
    public var page: Int
    public var words: [Word]
    public var cells: [LayoutCell]

    public var text: String { words.map(\.text).joined(separator: " ") }
    public var box: BoundingBox { words.dropFirst().reduce(words[0].box) { $0.union($1.box) } }

    public init(page: Int, words: [Word], cells: [LayoutCell]) {
        self.page = page
        self.words = words
        self.cells = cells
    }
}

extension TextLine {
    /// The line's cells as report cells, each with its page and box.
    public func reportCells(path: String) -> [Cell] {
        cells.map { Cell(text: $0.text, evidence: Evidence(path: path, page: page, text: $0.text, bbox: $0.box.rounded)) }
    }
}
