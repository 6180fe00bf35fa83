import AuditCore
import Foundation

/// Sends each document to the extractor that reads its format, or says why none does.
public struct ExtractionRouter: Sendable {
    private let extractors: [any DocumentExtractor]

    public init(extractors: [any DocumentExtractor] = [PDFTextExtractor(), CSVExtractor(), PlainTextExtractor()]) {
        self.extractors = extractors
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        if let extractor = extractors.first(where: { $0.accepts(input) }) {
            return extractor.extract(input)
        }
        return ExtractionOutcome(status: .skipped, reason: Self.skipReason(for: input))
    }

    static func skipReason(for input: ExtractionInput) -> String {
        switch input.fileExtension {
        case "png", "jpg", "jpeg", "tif", "tiff", "bmp", "webp", "gif", "heic":
            return "image file: it needs OCR, which this version does not run; supply a text PDF or CSV export"
        case "xlsx", "xlsm", "xls", "et", "ods":
            return "spreadsheet workbook: this version reads CSV only; save each sheet as CSV (UTF-8)"
        case "doc", "docx", "wps", "odt", "rtf":
            return "word-processor document: export it to PDF"
        case "":
            return "a file without an extension whose content is not PDF: rename it with its real extension"
        default:
            return "unsupported file type .\(input.fileExtension): supply PDF or CSV"
        }
    }
}
