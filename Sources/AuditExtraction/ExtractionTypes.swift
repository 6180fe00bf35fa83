import AuditCore
import Foundation

/// What an extractor is given: one document's bytes and its path inside the input.
///
/// Plain Codable values on both sides, so extraction can move to a child process unchanged.
public struct ExtractionInput: Sendable, Codable {
    public var path: String
    public var bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }

    /// The lower-cased file extension, without the dot ("pdf").
    public var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// What extraction made of one document.
public struct ExtractionOutcome: Sendable, Codable {
    /// `ok`, or why the document could not be read (`unreadable`, `skipped`).
    public var status: DocumentStatus
    /// Why the status is not `ok`, or a note about pages that were not read.
    public var reason: String?
    public var pageCount: Int?
    public var document: ExtractedDocument?

    public init(status: DocumentStatus, reason: String? = nil, pageCount: Int? = nil, document: ExtractedDocument? = nil) {
        self.status = status
        self.reason = reason
        self.pageCount = pageCount
        self.document = document
    }
}

/// Turns one document's bytes into positioned words or table cells.
public protocol DocumentExtractor: Sendable {
    /// True when this extractor reads documents like `input`.
    func accepts(_ input: ExtractionInput) -> Bool
    func extract(_ input: ExtractionInput) -> ExtractionOutcome
}
