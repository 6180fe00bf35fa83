import AuditCore
import AuditExtraction

/// Turns the sheets read from a workbook, or the problem met, into an extraction outcome.
enum SpreadsheetOutcome {
    static func make(path: String, read: () throws(WorkbookProblem) -> [SheetTable]) -> ExtractionOutcome {
        do {
            let sheets = try read()
            guard sheets.contains(where: { !$0.rows.isEmpty }) else { return WorkbookProblem.noCells.outcome }
            return ExtractionOutcome(status: .ok, document: ExtractedDocument(path: path, textSource: .spreadsheet, sheets: sheets))
        } catch {
            return error.outcome
        }
    }
}
