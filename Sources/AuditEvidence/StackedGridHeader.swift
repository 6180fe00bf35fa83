import AuditCore
import AuditFields
import AuditLayout

/// The header of a hand-kept monthly attendance grid printed over two rows or more.
///
/// Grids kept in Excel put the day numbers (1…31) in one row and the weekdays (一…日) in the next,
/// with the person's columns (序号, 工号, 姓名) beside them in either row, often merged down over
/// both; the corner cell over the names is split by a diagonal line and reads `日期` over `姓名`
/// (the row holds dates, the column names). Neither row alone is a header: the day row has no
/// worker column and the worker row no day numbers. Read together they are one grid header, and
/// the grid's rows start below the last row that still repeats the header (a merged cell's text
/// is copied into every row it covers).
enum StackedGridHeader {
    /// The most rows a stacked header spans below or above its day row.
    static let span = 2

    /// `tables` found in `sheet` row by row, with the grids whose header is stacked over several
    /// rows in place of the tables read from inside them.
    static func adding(to tables: [DetectedTable], in sheet: SheetTable, path: String, lookup: HeaderLookup) -> [DetectedTable] {
        let grids = grids(in: sheet, path: path, lookup: lookup)
        var kept = tables
        for grid in grids {
            guard let start = grid.headerEvidence.row else { continue }
            // A table whose header is a row of the grid's header was a half of it, and the rows
            // of a table above that run into the grid are the grid's.
            let rows = start...(grid.rows.last?.evidence.row ?? start + span)
            kept.removeAll { rows.contains($0.headerEvidence.row ?? 0) }
            for index in kept.indices { kept[index].rows.removeAll { rows.contains($0.evidence.row ?? 0) } }
        }
        return kept.filter { !$0.rows.isEmpty } + grids
    }

    /// The day grids of `sheet` whose header is stacked over several rows, each with the rows
    /// under it up to the next grid or the end of the sheet.
    static func grids(in sheet: SheetTable, path: String, lookup: HeaderLookup) -> [DetectedTable] {
        let rows = sheet.rows
        var grids: [(table: DetectedTable, headerRows: Range<Int>)] = []
        for index in rows.indices {
            if let last = grids.last, index < last.headerRows.upperBound { continue }
            guard let grid = grid(rows, dayRow: index, path: path, lookup: lookup) else { continue }
            grids.append(grid)
        }
        return grids.indices.map { position in
            var table = grids[position].table
            let end = position + 1 < grids.count ? grids[position + 1].headerRows.lowerBound : rows.count
            let start = grids[position].headerRows.upperBound
            if start < end {
                table.rows = rows[start..<end].filter { $0.contains { !$0.text.isEmpty } }.map { DetectedTable.Row(grid: $0) }
            }
            return table
        }
    }

    /// The grid whose day numbers are in `rows[dayRow]` and whose worker columns are in a row
    /// next to it, with the rows its header spans; nil when there is none.
    static func grid(_ rows: [[Cell]], dayRow: Int, path: String, lookup: HeaderLookup)
        -> (table: DetectedTable, headerRows: Range<Int>)? {
        // Most rows are data: a row with fewer than five short numbers is no day row.
        guard rows[dayRow].count { $0.text.count <= 3 && $0.text.first?.isNumber == true } >= 5 else { return nil }
        let dayTexts = rows[dayRow].map(\.text)
        var days: [Int: Int] = [:]
        var order: [Int] = []
        for (column, text) in dayTexts.enumerated() {
            guard let day = HeaderLookup.dayNumber(text) else { continue }
            days[column] = day
            order.append(day)
        }
        guard HeaderMatcher.isDaySequence(order) else { return nil }
        let neighbours = Array(max(0, dayRow - span)..<dayRow).reversed() + Array((dayRow + 1)..<min(rows.count, dayRow + span + 1))
        guard let workerRow = neighbours.first(where: { !workerColumns(rows[$0], skipping: days, lookup: lookup).isEmpty }) else { return nil }
        let workers = workerColumns(rows[workerRow], skipping: days, lookup: lookup)
        // Rows below that repeat a worker column's header (merged down) are header too.
        var last = max(dayRow, workerRow)
        while last + 1 < rows.count, let (column, _) = workers.first,
              column < rows[last + 1].count, field(of: rows[last + 1][column].text, lookup: lookup) != nil {
            last += 1
        }
        let first = min(dayRow, workerRow)
        let width = rows[first...last].map(\.count).max() ?? 0
        let columns = (0..<width).map { column -> DetectedTable.Column in
            if days[column] != nil { return .init(header: dayTexts[column], field: nil) }
            // The worker row's text first: a title merged over the person's columns names none of them.
            let texts = ([workerRow] + Array(first...last)).map { column < rows[$0].count ? rows[$0][column].text : "" }
            let named = texts.first { field(of: $0, lookup: lookup) != nil } ?? texts.last { !$0.isEmpty } ?? ""
            return .init(header: named, field: field(of: named, lookup: lookup))
        }
        let evidence = rows[first].first?.evidence ?? Evidence(path: path)
        var table = DetectedTable(columns: columns, rows: [],
                                  headerEvidence: Evidence(path: path, text: columns.map(\.header).joined(separator: ", "), row: evidence.row))
        table.dayColumns = days
        return (table, first..<(last + 1))
    }

    /// The columns of `row` outside the day columns that name the worker (工号, 姓名, `日期/姓名`).
    static func workerColumns(_ row: [Cell], skipping days: [Int: Int], lookup: HeaderLookup) -> [(column: Int, field: CanonicalField)] {
        row.indices.compactMap { column in
            guard days[column] == nil, let field = field(of: row[column].text, lookup: lookup),
                  field == .employeeId || field == .name else { return nil }
            return (column, field)
        }
    }

    /// The field a header cell names; the diagonal corner cell (`日期 姓名`, `日期/姓名`,
    /// `Date/Name`) names the worker's name.
    static func field(of text: String, lookup: HeaderLookup) -> CanonicalField? {
        if isDiagonalNameCell(text) { return .name }
        return lookup.field(for: text.trimmingCharacters(in: .whitespaces))
    }

    /// True for a corner cell split by a diagonal line: the dates' label and the names' label
    /// written apart in one cell, in either order.
    static func isDiagonalNameCell(_ text: String) -> Bool {
        let words = TextNormalizer.fold(text).lowercased()
            .split { $0.isWhitespace || $0 == "/" || $0 == "\\" || $0 == "|" }.map(String.init)
        guard words.count == 2 else { return false }
        let labels: Set<Set<String>> = [["日期", "姓名"], ["date", "name"], ["日期", "名字"]]
        return labels.contains(Set(words))
    }
}
