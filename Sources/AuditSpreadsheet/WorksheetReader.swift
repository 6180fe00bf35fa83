import AuditCore
import Foundation

/// Streams one worksheet part (`<sheetData>` rows of `<c>` cells, then `<mergeCells>`) into a
/// `SheetTable`, without building a document tree.
final class WorksheetReader: XMLEventHandler {
    private let resolver: CellValueResolver
    private var grid: SheetGridBuilder
    private var budget: CellBudget
    private var merges: [MergedRange] = []

    // The row and cell being read.
    private var rowNumber = 0
    private var column = -1
    private var cellRow = 0
    private var cellName: String?
    private var cellType: String?
    private var cellStyle = 0
    private var value = ""
    private var inline: String?
    private var capture = Capture.none
    private var phoneticDepth = 0

    private enum Capture { case none, value, inline }

    /// Reads the worksheet `data` (part `partName`) as the sheet `sheet` of the workbook at `path`,
    /// taking its cells from `budget` and merge fills from `mergeFillsLeft`.
    static func read(_ data: Data, partName: String, sheet: String, path: String, resolver: CellValueResolver,
                     budget: inout CellBudget, mergeFillsLeft: inout Int) throws(WorkbookProblem) -> SheetTable {
        let reader = WorksheetReader(resolver: resolver, grid: SheetGridBuilder(path: path, sheet: sheet), budget: budget)
        try XMLEventParser.parse(data, partName: partName, into: reader)
        let table = try reader.grid.finish(merges: reader.merges, mergeFillsLeft: &mergeFillsLeft, budget: &reader.budget)
        budget = reader.budget
        return table
    }

    private init(resolver: CellValueResolver, grid: SheetGridBuilder, budget: CellBudget) {
        self.resolver = resolver
        self.grid = grid
        self.budget = budget
    }

    func start(_ name: String, attributes: [String: String]) throws(WorkbookProblem) {
        switch name {
        case "c":
            try budget.take()
            startCell(attributes)
        case "v":
            capture = .value
        case "is":
            inline = ""
        case "t" where inline != nil && phoneticDepth == 0:
            capture = .inline
        case "rPh":
            phoneticDepth += 1
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            column = -1
        case "mergeCell":
            if let merge = attributes["ref"].flatMap(MergedRange.init(reference:)) { merges.append(merge) }
        default:
            break
        }
    }

    func end(_ name: String) throws(WorkbookProblem) {
        // Ordered by how often each element closes.
        switch name {
        case "v", "t":
            capture = .none
        case "c":
            let text = try resolver.text(type: cellType, value: value, inline: inline, style: cellStyle)
            if !text.isEmpty { try grid.add(text, row: cellRow, column: column, name: cellName, budget: &budget) }
        case "rPh":
            phoneticDepth -= 1
        default:
            break
        }
    }

    func text(_ string: String) {
        switch capture {
        case .none: break
        case .value: value += string
        case .inline: inline? += string
        }
    }

    /// Reads where a `<c>` sits (its `r` reference, or the cell after the previous one) and how
    /// its value is stored.
    private func startCell(_ attributes: [String: String]) {
        if let reference = attributes["r"], let parsed = CellReference.parse(reference) {
            column = parsed.column
            cellRow = parsed.row > 0 ? parsed.row : rowNumber
            cellName = parsed.row > 0 ? reference : nil
        } else {
            column += 1
            cellRow = rowNumber
            cellName = nil
        }
        if rowNumber == 0 { rowNumber = cellRow }
        cellType = attributes["t"]
        cellStyle = attributes["s"].flatMap(Int.init) ?? 0
        value = ""
        inline = nil
        capture = .none
    }
}
