import AuditCore
import AuditFields

/// Finds header rows: lines whose cells are mostly known column names.
enum HeaderMatcher {
    /// The smallest number of distinct known fields that makes a header row.
    static let minimumFields = 3

    /// One header as printed, the field it names, and the words it was read from.
    struct Header {
        var text: String
        var field: CanonicalField?
        var words: [Word]
    }

    /// Maps each cell to a field, splitting cells whose words hold two headers printed too close
    /// together ("Regular Hours OT Hours"), longest match first.
    static func headers(for cells: [LayoutCell], lookup: HeaderLookup) -> [Header] {
        var result: [Header] = []
        for cell in cells {
            if let field = lookup.field(for: cell.text) {
                result.append(Header(text: cell.text, field: field, words: cell.words))
                continue
            }
            var pieces: [Header] = []
            var start = 0
            while start < cell.words.count {
                let match = stride(from: cell.words.count, to: start, by: -1).lazy.compactMap { end -> Header? in
                    let words = Array(cell.words[start..<end])
                    let text = words.map(\.text).joined(separator: " ")
                    return lookup.field(for: text).map { Header(text: text, field: $0, words: words) }
                }.first
                let piece = match ?? Header(text: cell.words[start].text, field: nil, words: [cell.words[start]])
                pieces.append(piece)
                start += piece.words.count
            }
            if pieces.contains(where: { $0.field != nil }) {
                result.append(contentsOf: pieces)
            } else {
                result.append(Header(text: cell.text, field: nil, words: cell.words))
            }
        }
        return result
    }

    /// The fewest day columns that make a monthly attendance grid.
    static let minimumDayColumns = 20

    /// The day of the month a grid header cell names ("7", "7日", "7号", "07"), if it does.
    static func dayNumber(_ text: String) -> Int? {
        let token = TextNormalizer.fold(text).split(separator: " ").first.map(String.init) ?? ""
        let digits = token.hasSuffix("日") || token.hasSuffix("号") ? String(token.dropLast()) : token
        guard let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// True when `days` (in column order) run through the month, allowing one wrap from 31 to 1
    /// (pay cycles from the 26th to the 25th).
    static func isDaySequence(_ days: [Int]) -> Bool {
        // A whole month, or the second half of a grid printed in two blocks (days 23-31).
        let secondHalf = days.count >= 5 && (days.first ?? 0) > 1 && (days.last ?? 0) >= 28
        guard days.count >= minimumDayColumns || secondHalf else { return false }
        var wraps = 0
        for (a, b) in zip(days, days.dropFirst()) where b != a + 1 {
            if b == 1 && a >= 28 { wraps += 1 } else { return false }
        }
        return wraps <= 1
    }

    /// True when the mapped columns look like a header row.
    static func isHeader(_ fields: [CanonicalField?]) -> Bool {
        let known = fields.compactMap { $0 }
        return Set(known).count >= minimumFields && Double(known.count) >= 0.6 * Double(fields.count)
    }
}
