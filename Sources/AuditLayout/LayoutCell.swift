import AuditCore

/// A run of words that sit close together on one line: a table cell, a label or a value.
public struct LayoutCell: Sendable, Hashable {
    public var words: [Word]
    public var text: String { words.map(\.text).joined(separator: " ") }
    public var box: BoundingBox { words.dropFirst().reduce(words[0].box) { $0.union($1.box) } }

    public init(words: [Word]) { self.words = words }
}
