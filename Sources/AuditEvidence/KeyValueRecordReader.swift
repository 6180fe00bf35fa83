import AuditCore
import AuditFields

/// Reads records written as "Label: value" pairs rather than as a table, such as payslips
/// (工资条) printed one block per worker: a new record starts where the worker's ID label repeats.
enum KeyValueRecordReader {
    /// One record: the value of each field with where it was read.
    typealias Record = [CanonicalField: Cell]

    static func records(in rows: [[Cell]], startingWith key: CanonicalField = .employeeId) -> [Record] {
        var records: [Record] = []
        var current: Record = [:]
        for row in rows {
            for (field, cell) in pairs(in: row) {
                if field == key, current[key] != nil {
                    records.append(current)
                    current = [:]
                }
                if current[field] == nil { current[field] = cell }
            }
        }
        if current[key] != nil { records.append(current) }
        return records.filter { $0[key] != nil }
    }

    /// The label-value pairs of one printed row: "Label: value" inside a cell, or a label cell
    /// followed by its value cell.
    static func pairs(in row: [Cell]) -> [(CanonicalField, Cell)] {
        var result: [(CanonicalField, Cell)] = []
        var index = 0
        while index < row.count {
            let cell = row[index]
            index += 1
            if let colon = cell.text.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                let label = String(cell.text[..<colon])
                let value = cell.text[cell.text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                guard let field = HeaderSynonyms.field(for: label) else { continue }
                if !value.isEmpty {
                    var evidence = cell.evidence
                    evidence.text = cell.text
                    result.append((field, Cell(text: value, evidence: evidence)))
                } else if index < row.count, HeaderSynonyms.field(for: row[index].text) == nil {
                    result.append((field, row[index]))
                    index += 1
                }
            } else if let field = HeaderLookup.couldBeHeader(cell.text) ? HeaderSynonyms.field(for: cell.text) : nil,
                      index < row.count, HeaderSynonyms.field(for: row[index].text) == nil {
                result.append((field, row[index]))
                index += 1
            }
        }
        return result
    }
}
