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
            if cell.text.contains(where: { $0 == ":" || $0 == "：" }) {
                let found = labelledValues(in: cell.text)
                if found.count == 1, found[0].value.isEmpty, index < row.count, HeaderSynonyms.field(for: row[index].text) == nil {
                    result.append((found[0].field, row[index]))
                    index += 1
                    continue
                }
                for (field, value) in found where !value.isEmpty {
                    result.append((field, Cell(text: value, evidence: cell.evidence)))
                }
            } else if let field = HeaderLookup.couldBeHeader(cell.text) ? HeaderSynonyms.field(for: cell.text) : nil,
                      index < row.count, HeaderSynonyms.field(for: row[index].text) == nil {
                result.append((field, row[index]))
                index += 1
            }
        }
        return result
    }

    /// Every "label: value" pair in one printed cell, which may hold several
    /// ("基本工资：2780.00 加班费：675.03", "Basic Wage: 2,520.00 OT Pay: 445.34"). A label is the
    /// longest run of words before a colon that names a field; a value runs to the next label.
    static func labelledValues(in text: String) -> [(field: CanonicalField, value: String)] {
        // Split "标签：值" tokens so the colon always ends a token.
        var tokens: [String] = []
        for token in text.split(separator: " ") {
            var rest = Substring(token)
            while let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }), rest.index(after: colon) < rest.endIndex {
                tokens.append(String(rest[...colon]))
                rest = rest[rest.index(after: colon)...]
            }
            if !rest.isEmpty { tokens.append(String(rest)) }
        }
        var labels: [(start: Int, end: Int, field: CanonicalField)] = []  // tokens start...end form the label
        var floor = 0
        for (index, token) in tokens.enumerated() where token.hasSuffix(":") || token.hasSuffix("：") {
            let minimumStart = labels.isEmpty ? floor : labels[labels.count - 1].end + 2  // leave the previous label a value
            var chosen: (Int, CanonicalField)?
            for start in Swift.max(minimumStart, index - 3)...index {
                let label = tokens[start...index].joined(separator: " ").dropLast()
                if let field = HeaderSynonyms.field(for: String(label)) { chosen = (start, field); break }
            }
            if let (start, field) = chosen { labels.append((start, index, field)) }
            floor = index + 1
        }
        return labels.enumerated().map { position, label in
            let valueEnd = position + 1 < labels.count ? labels[position + 1].start : tokens.count
            let value = label.end + 1 < valueEnd ? tokens[(label.end + 1)..<valueEnd].joined(separator: " ") : ""
            return (label.field, value.trimmingCharacters(in: .whitespaces))
        }
    }
}
