/// Why a page image could not be made.
public enum PageImageError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Poppler refused the bytes (with its message).
    case unreadablePDF(String)
    /// The document has no page of that number.
    case noSuchPage(Int, pageCount: Int)
    /// Cairo failed to allocate, draw or encode.
    case drawing(String)

    public var description: String {
        switch self {
        case let .unreadablePDF(message): return "not a readable PDF (\(message))"
        case let .noSuchPage(number, count): return "page \(number) asked for, but the document has \(count) page\(count == 1 ? "" : "s")"
        case let .drawing(message): return message
        }
    }
}
