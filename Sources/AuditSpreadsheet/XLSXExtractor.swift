import AuditCore
import AuditExtraction
import Foundation

/// Reads Excel 2007+ workbooks (.xlsx, .xlsm) natively: the zip through libarchive, the XML with
/// Foundation's streaming parser.
///
/// Every worksheet comes back in workbook order as a `SheetTable` whose cells carry their sheet,
/// row and reference (`B7`). Dates stored as serial numbers read `YYYY-MM-DD`, times `HH:MM`,
/// numbers as plain decimals; merged cells repeat their value across the range.
public struct XLSXExtractor: DocumentExtractor {
    /// File extensions read as XLSX packages.
    public static let fileExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm"]

    public let limits: WorkbookLimits

    public init(limits: WorkbookLimits = WorkbookLimits()) {
        self.limits = limits
    }

    /// True for an OOXML workbook whatever the name (an XLSX saved as `.xls`), or an XLSX
    /// extension on bytes that are not another known format.
    public func accepts(_ input: ExtractionInput) -> Bool {
        switch DocumentFormat(of: input) {
        case .xlsx: return true
        case .byName: return Self.fileExtensions.contains(input.fileExtension)
        default: return false
        }
    }

    public func extract(_ input: ExtractionInput) -> ExtractionOutcome {
        switch WorkbookContainer(of: input.bytes) {
        case .zip:
            return SpreadsheetOutcome.make(path: input.path) { () throws(WorkbookProblem) in
                try XLSXWorkbookReader.read(input.bytes, path: input.path, limits: limits)
            }
        case .compoundFile(encrypted: true):
            return WorkbookProblem.passwordProtected.outcome
        case .compoundFile(encrypted: false):
            // An Excel 97-2003 workbook saved with an .xlsx name.
            return XLSExtractor(limits: limits).extract(input)
        case .empty:
            return WorkbookProblem.damaged("the file is empty").outcome
        case .other:
            return WorkbookProblem.damaged("it is not a zip package, which every .xlsx is").outcome
        }
    }
}
