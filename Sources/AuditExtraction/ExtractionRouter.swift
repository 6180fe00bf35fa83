import AuditCore
import Foundation

/// Sends each document to the extractor that reads its format, or says why none does.
public struct ExtractionRouter: Sendable {
    /// The extractors this version always has: PDF text layers, CSV and plain text.
    public static let builtIn: [any DocumentExtractor] = [PDFTextExtractor(), CSVExtractor(), PlainTextExtractor()]

    private let extractors: [any DocumentExtractor]
    private let pageCompleter: (any PageTextCompleter)?

    /// Routes to the first extractor that accepts a document; `extractors` are tried before the
    /// built-in ones. `pageCompleter` reads PDF pages that have no text layer.
    public init(extractors: [any DocumentExtractor] = [], pageCompleter: (any PageTextCompleter)? = nil) {
        self.extractors = extractors + Self.builtIn
        self.pageCompleter = pageCompleter
    }

    /// The version of everything that shapes extraction output; bump `formatVersion` whenever a
    /// built-in extractor changes what it returns, or the stored (compact) form of an outcome changes.
    public static let formatVersion = "extraction/6"

    public var cacheIdentity: String {
        ([Self.formatVersion] + extractors.map(\.cacheIdentity) + [pageCompleter?.cacheIdentity ?? "no-page-completer"]).joined(separator: "|")
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        guard let extractor = extractors.first(where: { $0.accepts(input) }) else {
            return ExtractionOutcome(status: .skipped, reason: Self.skipReason(for: input))
        }
        let outcome = extractor.extract(input)
        if let pageCompleter, outcome.document?.textSource != .ocr, !outcome.pagesWithoutText.isEmpty,
           outcome.status == .ok || outcome.status == .skipped {
            return pageCompleter.complete(input, outcome: outcome)
        }
        return outcome
    }

    static func skipReason(for input: ExtractionInput) -> ReasonText {
        switch input.fileExtension {
        case "png", "jpg", "jpeg", "tif", "tiff", "bmp", "webp", "gif", "heic":
            return ExtractionReason.imageNeedsOCR()
        case "et", "ods", "numbers", "xlsb":
            return ExtractionReason.unreadWorkbookFormat(["extension": input.fileExtension])
        case "doc", "docx", "wps", "odt", "rtf":
            return ExtractionReason.wordProcessorDocument()
        case "":
            return ExtractionReason.noExtension()
        default:
            return ExtractionReason.unsupportedType(["extension": input.fileExtension])
        }
    }
}
