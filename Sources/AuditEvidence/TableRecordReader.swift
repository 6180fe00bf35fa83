import AuditCore
import AuditFields
import AuditLayout

/// Turns table rows into employees, time entries and pay lines, reporting rows it cannot read.
struct TableRecordReader {
    var configuration: EvidenceConfiguration

    /// Words that mark a total or subtotal row, which is not a worker's line.
    static let totalMarkers = ["total", "totals", "subtotal", "subtotals", "sum", "合计", "总计", "小计", "共计"]

    func isTotalRow(_ row: DetectedTable.Row, in table: DetectedTable) -> Bool {
        let leading = row.cells.columns.prefix(3).compactMap { row.cells[$0]?.text }
        return leading.contains(where: Self.isTotalMarker) || Self.isUnlabelledTotal(row, in: table)
    }

    /// True when a row that names no worker holds, in each of its filled cells, the sum of its
    /// column over the workers' rows above it: a totals line without its label, as a `SUM`
    /// formula under a column prints (`50` under `事假天数`).
    static func isUnlabelledTotal(_ row: DetectedTable.Row, in table: DetectedTable) -> Bool {
        let workerColumns = [table.column(of: .employeeId), table.column(of: .name)].compactMap { $0 }
        guard !workerColumns.isEmpty, workerColumns.allSatisfy({ row.cells[$0] == nil }) else { return false }
        let filled = row.cells.columns.compactMap { column in row.cells[column].map { (column: column, text: $0.text) } }
        guard !filled.isEmpty, let position = table.rows.firstIndex(of: row) else { return false }
        let workers = table.rows[..<position].filter { above in workerColumns.contains { above.cells[$0] != nil } }
        guard workers.count >= 2 else { return false }
        return filled.allSatisfy { column, text in
            guard let stated = MoneyParser.fen(text) else { return false }
            return workers.compactMap { $0.cells[column].flatMap { MoneyParser.fen($0.text) } }.reduce(0, +) == stated
        }
    }

    /// True when `text` opens with a total marker: "Total", "TOTAL:", "Sub-total", "Grand Total",
    /// "合计", "合计（元）". A Latin marker must be a whole word, so a worker named "Su Min" or
    /// "Sumner" (whose letters begin with "sum") is not taken for a totals line and dropped.
    static func isTotalMarker(_ text: String) -> Bool {
        let key = TextNormalizer.headerKey(text)
        if totalMarkers.contains(where: { marker in marker.unicodeScalars.allSatisfy { !$0.isASCII } && key.hasPrefix(marker) }) {
            return true
        }
        let words = TextNormalizer.fold(text).lowercased().split { !($0.isASCII && $0.isLetter) }.map(String.init)
        guard let first = words.first else { return false }
        if totalMarkers.contains(first) { return true }
        // Two-word markers: "Sub Total", "Sub-total", "Grand Total".
        return words.count >= 2 && ["sub", "grand"].contains(first) && ["total", "totals"].contains(words[1])
    }

    /// Reads each column's dates with the day/month order its unambiguous values settle.
    func dateOrder(of field: CanonicalField, in table: DetectedTable) -> DateOrder? {
        guard let column = table.column(of: field) else { return nil }
        return DateParser.inferOrder(from: table.rows.compactMap { $0.cells[column]?.text })
            ?? configuration.defaultDateOrder
    }

    func date(_ field: CanonicalField, _ row: DetectedTable.Row, _ table: DetectedTable, order: DateOrder?,
              problems: inout [ReadProblem]) -> Located<CivilDate>? {
        guard let cell = table.cell(field, in: row) else { return nil }
        switch DateParser.read(cell.text, order: order) {
        case let .date(date)?:
            return Located(date, at: cell.evidence)
        case .ambiguous?:
            problems.append(ReadProblem(evidence: cell.evidence, .ambiguousDate, ["text": cell.text]))
        case nil:
            if let serial = Double(cell.text), let date = DateParser.fromExcelSerial(serial) {
                return Located(date, at: cell.evidence)
            }
            problems.append(ReadProblem(evidence: cell.evidence, .notADateInColumn, ["text": cell.text, "column": table.columns[table.column(of: field)!].header]))
        }
        return nil
    }

    func text(_ field: CanonicalField, _ row: DetectedTable.Row, _ table: DetectedTable) -> Located<String>? {
        table.cell(field, in: row).map { Located(TextNormalizer.fold($0.text).trimmingCharacters(in: .whitespaces), at: $0.evidence) }
    }

    func hours(_ field: CanonicalField, _ row: DetectedTable.Row, _ table: DetectedTable, problems: inout [ReadProblem]) -> Located<Double>? {
        guard let cell = table.cell(field, in: row) else { return nil }
        if let value = DurationParser.hours(cell.text) { return Located(value, at: cell.evidence) }
        if Self.isBlankMark(cell.text) { return nil }
        problems.append(ReadProblem(evidence: cell.evidence, .notHours, ["text": cell.text]))
        return nil
    }

    func money(_ field: CanonicalField, _ row: DetectedTable.Row, _ table: DetectedTable, problems: inout [ReadProblem]) -> Located<Int>? {
        guard let cell = table.cell(field, in: row) else { return nil }
        if let value = MoneyParser.fen(cell.text) { return Located(value, at: cell.evidence) }
        if Self.isBlankMark(cell.text) { return nil }
        problems.append(ReadProblem(evidence: cell.evidence, .notMoney, ["text": cell.text]))
        return nil
    }

    /// The sum of every column mapped to one of `fields` (several allowance or deduction columns).
    func moneySum(_ fields: Set<CanonicalField>, _ row: DetectedTable.Row, _ table: DetectedTable,
                  problems: inout [ReadProblem]) -> Located<Int>? {
        sum(fields, row, table, problems: &problems, unreadable: .notMoney, parse: MoneyParser.fen)
    }

    /// The sum of every hours column mapped to one of `fields` (weekday, rest-day and holiday overtime).
    func hoursSum(_ fields: Set<CanonicalField>, _ row: DetectedTable.Row, _ table: DetectedTable,
                  problems: inout [ReadProblem]) -> Located<Double>? {
        sum(fields, row, table, problems: &problems, unreadable: .notHours, parse: DurationParser.hours)
    }

    /// The sum of the row's cells in every column mapped to one of `fields`, with evidence naming
    /// every cell added (their texts joined with " + ", their boxes united); a cell that does not
    /// parse is left out and reported.
    private func sum<Value: AdditiveArithmetic & Sendable & Codable & Hashable>(
        _ fields: Set<CanonicalField>, _ row: DetectedTable.Row, _ table: DetectedTable, problems: inout [ReadProblem],
        unreadable: ReadReason, parse: (String) -> Value?
    ) -> Located<Value>? {
        let cells = table.cells(fields, in: row)
        guard !cells.isEmpty else { return nil }
        var total = Value.zero
        for cell in cells {
            if let value = parse(cell.text) { total += value } else if !Self.isBlankMark(cell.text) {
                problems.append(ReadProblem(evidence: cell.evidence, unreadable, ["text": cell.text]))
            }
        }
        var evidence = cells[0].evidence
        if cells.count > 1 {
            evidence.text = cells.map(\.text).joined(separator: " + ")
            let boxes = cells.compactMap(\.evidence.bbox)
            evidence.bbox = boxes.dropFirst().reduce(boxes.first) { partial, box in partial?.union(box) }
        }
        return Located(total, at: evidence)
    }

    func clock(_ field: CanonicalField, _ row: DetectedTable.Row, _ table: DetectedTable, problems: inout [ReadProblem]) -> Located<Int>? {
        guard let cell = table.cell(field, in: row) else { return nil }
        if let value = ClockTimeParser.minutes(cell.text) { return Located(value, at: cell.evidence) }
        if Self.isBlankMark(cell.text) { return nil }
        problems.append(ReadProblem(evidence: cell.evidence, .notClockTime, ["text": cell.text]))
        return nil
    }

    /// Placeholders for an empty value: "-", "—", "/", "N/A", "休", "Off".
    static func isBlankMark(_ text: String) -> Bool {
        let key = TextNormalizer.fold(text).trimmingCharacters(in: .whitespaces).lowercased()
        return ["", "-", "--", "—", "/", "n/a", "na", "nil", "none", "off", "rest", "休", "休息", "无", "0"].contains(key)
    }
}
