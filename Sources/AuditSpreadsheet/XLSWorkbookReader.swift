import AuditCore
import CFreeXL
import Foundation

/// Reads every sheet of a legacy BIFF workbook (.xls) through FreeXL into sheets of cells.
enum XLSWorkbookReader {
    static func read(_ bytes: Data, path: String, limits: WorkbookLimits) throws(WorkbookProblem) -> [SheetTable] {
        // FreeXL reads the whole file while opening it, so the private copy goes right after.
        let workbook = try PrivateScratchFile.withFile(containing: bytes, named: "workbook.xls") { (file: String) throws(WorkbookProblem) in
            try FreeXLWorkbook(path: file)
        }
        var budget = CellBudget(limit: limits.maxCells)
        let formulas = BIFFFormulaResults(file: [UInt8](bytes))
        var sheets: [SheetTable] = []
        for index in 0..<workbook.sheetCount {
            let name = workbook.sheetName(index)
            sheets.append(try readSheet(index, named: name, of: workbook, formulas: formulas.sheets[name] ?? [:], path: path, budget: &budget))
        }
        return sheets
    }

    /// Sheet `index`'s cells as FreeXL reads them, and the saved results of its formulas, which
    /// FreeXL reads as empty cells.
    private static func readSheet(_ index: Int, named name: String, of workbook: FreeXLWorkbook, formulas: [Int: [Int: String]],
                                  path: String, budget: inout CellBudget) throws(WorkbookProblem) -> SheetTable {
        let size = try workbook.selectSheet(index)
        // FreeXL holds every cell of the sheet's used range, empty or not: refuse a huge range
        // before walking it. Only the cells produced are taken from the budget.
        try budget.check(size.rows * size.columns)
        var grid = SheetGridBuilder(path: path, sheet: name)
        for row in 0..<size.rows {
            for column in 0..<size.columns {
                let value = workbook.cell(row: row, column: column)
                let text = value.map(Self.text(of:)).flatMap { $0.isEmpty ? nil : $0 } ?? formulas[row]?[column] ?? ""
                if !text.isEmpty { try grid.add(text, row: row + 1, column: column, name: nil, budget: &budget) }
            }
        }
        var noFills = 0
        return try grid.finish(merges: [], mergeFillsLeft: &noFills, budget: &budget)
    }

    /// The text of a FreeXL cell value, normalised like XLSX cells.
    static func text(of value: FreeXL_CellValue) -> String {
        switch Int32(value.type) {
        case FREEXL_CELL_INT:
            return String(value.value.int_value)
        case FREEXL_CELL_DOUBLE:
            return DecimalText.format(value.value.double_value) ?? ""
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
            return value.value.text_value.map { String(cString: $0).trimmingSpaces } ?? ""
        case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
            return value.value.text_value.map { dateTime(String(cString: $0)) } ?? ""
        default:
            return ""
        }
    }

    /// FreeXL's `YYYY-MM-DD HH:MM:SS` and `HH:MM:SS` without seconds when they are zero, as XLSX
    /// times read; a date-time at midnight keeps its time (the format showed one).
    static func dateTime(_ text: String) -> String {
        let length = text.utf8.count
        guard length == 8 || length == 19, text.hasSuffix(":00") else { return text }
        return String(text.dropLast(3))
    }
}
