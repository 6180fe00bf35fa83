import AuditFields
import AuditLayout
import Foundation

/// Finds the header of a table in a grid of cells: one row, or two rows read together when the
/// header's words are split over them (`职工` over `代码`, `基本` over `工资`) or a group name
/// stands over its items (`扣款项目` over `养老保险`, `个税`).
enum SheetHeaderRows {
    /// A header read from the grid: each column's text as read and the field it names.
    struct Header {
        var texts: [String]
        var fields: [CanonicalField?]
    }

    /// True when a row's cells make a header: most of them known columns (`HeaderMatcher.isHeader`),
    /// or a worker column and pay columns among columns of the sheet's own (`HeaderMatcher.isKeyedHeader`).
    static func isHeader(_ header: Header) -> Bool {
        HeaderMatcher.isHeader(header.fields) || HeaderMatcher.isKeyedHeader(texts: header.texts, fields: header.fields)
    }

    /// The header `upper` and `lower` make read together; nil when `upper` is a header alone,
    /// either row holds a value (a number, date or amount), or reading them together names no
    /// more known fields than `lower` does alone (a title row above a header adds nothing).
    ///
    /// Each column reads its two texts joined when that names a field, else the one of them that
    /// does (the lower first: it is the more specific); a text repeated in both rows (a cell merged
    /// down over them) counts once.
    static func stacked(_ upper: Header, over lower: Header, lookup: HeaderLookup) -> Header? {
        // Cheap refusals first: most rows hold values, and rows naming no column are rarely half a header.
        guard upper.texts.count { !blank($0) } >= 2, !lower.texts.allSatisfy(blank),
              upper.fields.contains { $0 != nil } || lower.fields.contains { $0 != nil },
              !upper.texts.contains(where: HeaderMatcher.isValue), !lower.texts.contains(where: HeaderMatcher.isValue),
              !isHeader(upper) else { return nil }
        var texts: [String] = []
        var fields: [CanonicalField?] = []
        for column in 0..<max(upper.texts.count, lower.texts.count) {
            let top = column < upper.texts.count ? upper.texts[column].trimmingCharacters(in: .whitespaces) : ""
            let bottom = column < lower.texts.count ? lower.texts[column].trimmingCharacters(in: .whitespaces) : ""
            let joined = top.isEmpty || top == bottom ? bottom : bottom.isEmpty ? top : top + " " + bottom
            let candidates = [joined, bottom, top].filter { !$0.isEmpty }
            let named = candidates.lazy.compactMap { lookup.field(for: $0) }.first
            texts.append(joined)
            fields.append(named)
        }
        let header = Header(texts: texts, fields: fields)
        guard isHeader(header), Set(fields.compactMap { $0 }).count > Set(lower.fields.compactMap { $0 }).count else { return nil }
        return header
    }

    private static func blank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
