import AuditCore
import AuditExtraction
@testable import AuditSpreadsheet
import Foundation

/// The outcome of reading `bytes` as an XLSX workbook named `path`.
func extractXLSX(_ bytes: Data, path: String = "evidence/payroll.xlsx", limits: WorkbookLimits = WorkbookLimits()) -> ExtractionOutcome {
    XLSXExtractor(limits: limits).extract(ExtractionInput(path: path, bytes: bytes))
}

extension ExtractionOutcome {
    /// The cell texts of each sheet, row by row.
    var sheetTexts: [[[String]]] {
        document?.sheets.map { $0.rows.map { $0.map(\.text) } } ?? []
    }

    /// The cell texts of the first sheet.
    var texts: [[String]] { sheetTexts.first ?? [] }

    /// The first sheet's cells.
    var cells: [[Cell]] { document?.sheets.first?.rows ?? [] }
}
