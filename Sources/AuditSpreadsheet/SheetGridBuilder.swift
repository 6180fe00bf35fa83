import AuditCore

/// Assembles a sheet's cells into rows whose column indexes match the sheet's columns.
///
/// Only cells with a value are added; gaps before them are filled with empty cells so that index
/// 3 is column D in every row. Rows without any value are left out (each cell's evidence carries
/// its row number). Merged ranges are filled from their top-left cell.
struct SheetGridBuilder {
    private let origin: GridSource
    private var rows: [Row] = []
    private var rowNumber = 0
    private var cells: [Cell] = []

    init(path: String, sheet: String) {
        origin = GridSource(path: path, sheet: sheet)
    }

    /// Adds a non-empty value at 1-based `row` and 0-based `column`; `name` is its reference
    /// when the worksheet gave one (`B7`).
    mutating func add(_ text: String, row: Int, column: Int, name: String?, budget: inout CellBudget) throws(WorkbookProblem) {
        if row != rowNumber {
            flushRow()
            rowNumber = row
        }
        let origin = origin
        let cell = name == nil || name == GridSource.cellName(column: column, row: row)
            ? Cell(text: text, source: origin, row: row, column: column)
            : Cell(text: text, evidence: Evidence(path: origin.path, text: text, row: row, sheet: origin.sheet, cell: name))
        try Self.place(cell, at: column, in: &cells, row: row, origin: origin, budget: &budget)
    }

    /// The finished sheet, with each merged range's top-left value copied into the empty cells of
    /// the range while `mergeFillsLeft` (a workbook-wide allowance) lasts.
    mutating func finish(merges: [MergedRange], mergeFillsLeft: inout Int, budget: inout CellBudget) throws(WorkbookProblem) -> SheetTable {
        flushRow()
        if !rows.isSorted(by: { $0.number < $1.number }) { rows.sort { $0.number < $1.number } }
        let fills = mergeFills(merges, limit: &mergeFillsLeft)
        if !fills.isEmpty { try apply(fills, budget: &budget) }
        return SheetTable(name: origin.sheet, rows: rows.map(\.cells))
    }

    // MARK: - Rows

    private struct Row {
        let number: Int
        var cells: [Cell]
    }

    private mutating func flushRow() {
        if !cells.isEmpty { rows.append(Row(number: rowNumber, cells: cells)) }
        cells = []
    }

    /// Puts `cell` at `column`, padding with empty cells up to it.
    private static func place(_ cell: Cell, at column: Int, in cells: inout [Cell], row: Int, origin: GridSource,
                              budget: inout CellBudget) throws(WorkbookProblem) {
        if column < cells.count {
            cells[column] = cell
            return
        }
        if column > cells.count {
            try budget.take(column - cells.count)
            cells.reserveCapacity(column + 1)
            for gap in cells.count..<column {
                cells.append(Cell(text: "", source: origin, row: row, column: gap))
            }
        }
        cells.append(cell)
    }

    // MARK: - Merged cells

    private struct Fill {
        let row: Int
        let column: Int
        let text: String
    }

    /// The empty cells each merge covers, with its top-left value. Every covered cell looked at
    /// counts against `limit`, so a crafted sheet of huge merges costs no more than real ones.
    private func mergeFills(_ merges: [MergedRange], limit: inout Int) -> [Fill] {
        var fills: [Fill] = []
        for merge in merges where limit > 0 {
            guard let text = value(row: merge.firstRow, column: merge.firstColumn), !text.isEmpty else { continue }
            covered: for row in merge.firstRow...merge.lastRow {
                for column in merge.firstColumn...merge.lastColumn where (row, column) != (merge.firstRow, merge.firstColumn) {
                    guard limit > 0 else { break covered }
                    limit -= 1
                    if value(row: row, column: column)?.isEmpty ?? true {
                        fills.append(Fill(row: row, column: column, text: text))
                    }
                }
            }
        }
        return fills
    }

    private mutating func apply(_ fills: [Fill], budget: inout CellBudget) throws(WorkbookProblem) {
        let origin = origin
        var newRows: [Int: [Cell]] = [:]
        for fill in fills {
            let cell = Cell(text: fill.text, source: origin, row: fill.row, column: fill.column)
            if let index = rowIndex(fill.row) {
                try Self.place(cell, at: fill.column, in: &rows[index].cells, row: fill.row, origin: origin, budget: &budget)
            } else {
                try Self.place(cell, at: fill.column, in: &newRows[fill.row, default: []], row: fill.row, origin: origin, budget: &budget)
            }
        }
        if !newRows.isEmpty {
            rows += newRows.map { Row(number: $0.key, cells: $0.value) }
            rows.sort { $0.number < $1.number }
        }
    }

    private func value(row: Int, column: Int) -> String? {
        guard let index = rowIndex(row), rows[index].cells.indices.contains(column) else { return nil }
        return rows[index].cells[column].text
    }

    /// The index of row `number` in the sorted rows (binary search).
    private func rowIndex(_ number: Int) -> Int? {
        let index = rows.partitioningIndex { $0.number >= number }
        return index < rows.count && rows[index].number == number ? index : nil
    }
}

/// One `<mergeCell ref="A1:C1">` range, rows 1-based and columns 0-based.
struct MergedRange: Equatable {
    let firstRow: Int
    let firstColumn: Int
    let lastRow: Int
    let lastColumn: Int

    init?(reference: String) {
        guard let range = CellReference.parseRange(reference) else { return nil }
        firstRow = range.first.row
        firstColumn = range.first.column
        lastRow = range.last.row
        lastColumn = range.last.column
    }
}

extension Array {
    /// The first index whose element satisfies `belongsToSecondPartition`, for an array already
    /// partitioned by it (all failing elements first).
    func partitioningIndex(where belongsToSecondPartition: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsToSecondPartition(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// True when no element is ordered before the one preceding it.
    func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        zip(self, dropFirst()).allSatisfy { !areInIncreasingOrder($1, $0) }
    }
}
