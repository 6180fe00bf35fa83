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
    /// Why the status is not `ok`, or a note about pages that were not read, in English.
    public var reason: String?
    /// `reason` in Chinese.
    public var chineseReason: String?
    public var pageCount: Int?
    public var document: ExtractedDocument?
    /// Mean OCR confidence 0...1 over the words read by OCR, when any were.
    public var ocrConfidence: Double?

    public init(status: DocumentStatus, reason: ReasonText? = nil, pageCount: Int? = nil, document: ExtractedDocument? = nil,
                ocrConfidence: Double? = nil) {
        self.status = status
        self.reason = reason?.en
        self.chineseReason = reason?.zh
        self.pageCount = pageCount
        self.document = document
        self.ocrConfidence = ocrConfidence
    }

    /// The reason in both languages; a reason without its Chinese stands for both.
    public var reasonText: ReasonText? {
        get { reason.map { ReasonText(en: $0, zh: chineseReason ?? $0) } }
        set {
            reason = newValue?.en
            chineseReason = newValue?.zh
        }
    }

    /// Numbers of the pages that came back without any word (scans, photos, blank pages).
    public var pagesWithoutText: [Int] {
        document?.pages.filter { $0.words.isEmpty }.map(\.number) ?? []
    }
}

/// Fills in PDF pages that have no text layer (by OCR), given the text extractor's outcome.
public protocol PageTextCompleter: Sendable {
    /// Names this completer and the settings that change its output, for the extraction cache.
    var cacheIdentity: String { get }
    /// The outcome with the pages in `outcome.pagesWithoutText` read, and its status, reason,
    /// text source (`mixed` or `ocr`) and OCR confidence updated.
    func complete(_ input: ExtractionInput, outcome: ExtractionOutcome) -> ExtractionOutcome
}

/// Turns one document's bytes into positioned words or table cells.
public protocol DocumentExtractor: Sendable {
    /// Names this extractor and the settings that change its output (a version, OCR languages),
    /// so cached results are reused only by an identical extractor.
    var cacheIdentity: String { get }
    /// True when this extractor reads documents like `input`.
    func accepts(_ input: ExtractionInput) -> Bool
    func extract(_ input: ExtractionInput) -> ExtractionOutcome
}

extension DocumentExtractor {
    public var cacheIdentity: String { String(describing: Self.self) }
}

extension PageTextCompleter {
    public var cacheIdentity: String { String(describing: Self.self) }
}
