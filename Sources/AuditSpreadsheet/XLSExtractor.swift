import AuditCore
import AuditExtraction
import Foundation

/// Reads legacy Excel 97-2003 workbooks (.xls, what WPS and old Excel save) through FreeXL.
///
/// FreeXL reads only from a path, so the bytes are written to a private temporary file that is
/// removed as soon as FreeXL has read it. Cells come back like `XLSXExtractor`'s: sheet, row and
/// reference in their evidence, dates as `YYYY-MM-DD`, times as `HH:MM`.
public struct XLSExtractor: DocumentExtractor {
    /// File extensions read as legacy workbooks.
    public static let fileExtensions: Set<String> = ["xls", "xlt"]

    public let limits: WorkbookLimits

    public init(limits: WorkbookLimits = WorkbookLimits()) {
        self.limits = limits
    }

    /// True for an OLE2 compound file whatever the name (but `.doc`, `.ppt` and the like), or an
    /// `.xls` whose bytes are not another known format (text and web pages saved as `.xls`).
    public func accepts(_ input: ExtractionInput) -> Bool {
        switch DocumentFormat(of: input) {
        case .xls: return true
        case .byName: return Self.fileExtensions.contains(input.fileExtension)
        default: return false
        }
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        switch WorkbookContainer(of: input.bytes) {
        case .compoundFile(encrypted: true):
            return WorkbookProblem.passwordProtected.outcome
        case .compoundFile(encrypted: false):
            return SpreadsheetOutcome.make(path: input.path) { () throws(WorkbookProblem) in
                try XLSWorkbookReader.read(input.bytes, path: input.path, limits: limits)
            }
        case .zip:
            // An XLSX saved with an .xls name (WPS does this).
            return XLSXExtractor(limits: limits).extract(input)
        case .empty:
            return WorkbookProblem.damaged("the file is empty").outcome
        case .other:
            return Self.notBIFF(input)
        }
    }

    /// Time clocks and HR systems often export text or HTML under an .xls name: tab- or
    /// comma-separated text (UTF-8, GB18030, or Excel's UTF-16 "Unicode Text") is read as CSV;
    /// anything else gets a reason saying what it is.
    private static func notBIFF(_ input: ExtractionInput) -> ExtractionOutcome {
        var input = input
        if input.bytes.starts(with: [0xFF, 0xFE]) || input.bytes.starts(with: [0xFE, 0xFF]),
           let text = String(data: input.bytes, encoding: .utf16) {
            input.bytes = Data(text.utf8)
        }
        let head = input.bytes.prefix(4096)
        if String(decoding: head.prefix(512), as: UTF8.self).trimmingSpaces.hasPrefix("<") {
            return ExtractionOutcome(status: .unreadable, reason: WorkbookReason.webPageAsXLS())
        }
        if !head.contains(0) {
            return CSVExtractor().extract(input)
        }
        return WorkbookProblem.damaged("it is not an Excel 97-2003 compound file").outcome
    }
}
