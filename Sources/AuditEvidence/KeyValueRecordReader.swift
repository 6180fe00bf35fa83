import AuditCore
import AuditFields
import AuditLayout

/// Reads records written as "Label: value" pairs rather than as a table, such as payslips
/// (工资条) printed one block per worker: a new record starts where the worker's ID label repeats.
enum KeyValueRecordReader {
    /// One record: the value of each field with where it was read.
    typealias Record = [CanonicalField: Cell]

    static func records(in rows: [[Cell]], startingWith key: CanonicalField = .employeeId) -> [Record] {
        recordsWithLabels(in: rows, startingWith: key).map(\.record)
    }

    /// The records, each with whether every label printed in its rows names a known field whose
    /// value was taken: a label this reader does not know (`押金退还：200.00`), or a second label
    /// of a field the record already holds (`餐补` and `高温补贴`, both allowances), holds a value
    /// that was passed over, so the record's amounts cannot be checked against each other.
    static func recordsWithLabels(in rows: [[Cell]], startingWith key: CanonicalField = .employeeId)
        -> [(record: Record, everyLabelKnown: Bool)] {
        var records: [(record: Record, everyLabelKnown: Bool)] = []
        var current: Record = [:]
        var everyLabelKnown = true
        for row in rows {
            let unknown = hasUnknownLabel(row)
            for (field, cell) in pairs(in: row) {
                if field == key {
                    if current[key] != nil {
                        records.append((current, everyLabelKnown))
                        current = [:]
                    }
                    // Labels above the first record (a title's 公司名称) are no record's earnings.
                    everyLabelKnown = true
                }
                if current[field] == nil {
                    current[field] = cell
                } else if field != key {
                    everyLabelKnown = false  // a second 补贴 of the same record was not taken
                }
            }
            if unknown { everyLabelKnown = false }
        }
        if current[key] != nil { records.append((current, everyLabelKnown)) }
        return records.filter { $0.record[key] != nil }
    }

    /// True when `row` prints a label that names no known field: a `Label:` word that is not a
    /// clock time and is not one of the labels `labelledValues` found, or a label-like cell with
    /// an amount in the cell after it.
    static func hasUnknownLabel(_ row: [Cell]) -> Bool {
        for (index, cell) in row.enumerated() {
            if cell.text.contains(where: isColon) {
                let labels = labelTokens(of: cell.text).filter { token in
                    token.last.map(isColon) == true && !token.dropLast().allSatisfy(\.isNumber)
                }
                if labels.count > labelledValues(in: cell.text).count { return true }
            } else if index + 1 < row.count, HeaderLookup.couldBeHeader(cell.text), HeaderSynonyms.field(for: cell.text) == nil,
                      MoneyParser.fen(row[index + 1].text) != nil {
                return true
            }
        }
        return false
    }

    /// The label-value pairs of one printed row: "Label: value" inside a cell, or a label cell
    /// followed by its value cell.
    static func pairs(in row: [Cell]) -> [(CanonicalField, Cell)] {
        var result: [(CanonicalField, Cell)] = []
        var index = 0
        while index < row.count {
            let cell = row[index]
            index += 1
            if cell.text.contains(where: isColon) {
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
    /// longest run of up to four words before a colon that names a field, taken from the words
    /// after the previous colon; a value runs to the next label and may be empty ("姓名：工号：E001").
    static func labelledValues(in text: String) -> [(field: CanonicalField, value: String)] {
        let tokens = labelTokens(of: text)
        var labels: [(start: Int, end: Int, field: CanonicalField)] = []  // tokens start...end form the label
        var floor = 0  // the first token after the previous colon: no label reaches back past it
        for (index, token) in tokens.enumerated() where token.last.map(isColon) == true {
            defer { floor = index + 1 }
            let earliest = Swift.max(floor, index - 3)
            // Leave the previous label a word of value when the words allow it, else leave it empty.
            let leavingValue = Swift.max(earliest, labels.last.map { $0.end + 2 } ?? 0)
            let previous = labels.last?.end
            if let found = label(in: tokens, endingAt: index, from: leavingValue, after: previous)
                ?? label(in: tokens, endingAt: index, from: earliest, after: previous) {
                labels.append((found.start, index, found.field))
            }
        }
        return labels.enumerated().map { position, label in
            let valueEnd = position + 1 < labels.count ? labels[position + 1].start : tokens.count
            let value = tokens[(label.end + 1)..<valueEnd].joined(separator: " ")
            return (label.field, value.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The longest label among the words `start...end` (the last ending with its colon), as its
    /// first word and field; nil when none of them names a field or `start` is past `end`.
    ///
    /// A label starts with a word without letters (`1.5 倍加班费：`, `#：`) only when the value of
    /// the label before it (the words from `previous`'s colon on) still holds a number: else
    /// that word is the number of that value (`基本工资：RMB 3150 加班费 OT Pay：`), however near a
    /// known label the longer text comes.
    private static func label(in tokens: [String], endingAt end: Int, from start: Int,
                              after previous: Int?) -> (start: Int, field: CanonicalField)? {
        guard start <= end else { return nil }
        for first in start...end {
            if let previous, !tokens[first].contains(where: \.isLetter),
               !tokens[(previous + 1)..<first].joined().contains(where: \.isNumber) { continue }
            let words = tokens[first...end].joined(separator: " ").dropLast()
            if let field = HeaderSynonyms.field(for: String(words)) { return (first, field) }
        }
        return nil
    }

    /// The words of a cell, split at any white space (spaces, full-width spaces, tabs, line
    /// breaks) and after every colon, so that a colon always ends a word ("姓名：张三" is
    /// "姓名：", "张三"). A colon doubled after a label ("工号：: E001") is dropped with the label's.
    static func labelTokens(of text: String) -> [String] {
        var tokens: [String] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            var rest = Substring(word)
            while let colon = rest.firstIndex(where: isColon) {
                let piece = rest[...colon]
                rest = rest[rest.index(after: colon)...]
                let repeatsColon = piece.allSatisfy(isColon) && tokens.last?.last.map(isColon) == true
                if !repeatsColon { tokens.append(String(piece)) }
            }
            if !rest.isEmpty { tokens.append(String(rest)) }
        }
        return tokens
    }

    /// Whether a character is a colon, ASCII or full-width.
    static func isColon(_ character: Character) -> Bool {
        character == ":" || character == "："
    }
}
