import AuditFields

/// Header-synonym lookups for one document, remembered by text: data rows repeat the same names,
/// times and ids hundreds of times, and fuzzy matching is the costly part of finding headers.
public final class HeaderLookup {
    private var cache: [String: CanonicalField?] = [:]

    private var exact: [String: Bool] = [:]

    public init() {}

    /// True when `text` names its field by a synonym as written, not by a near miss.
    public func isExact(_ text: String) -> Bool {
        if let known = exact[text] { return known }
        let result = field(for: text) != nil && HeaderSynonyms.isExact(text)
        exact[text] = result
        return result
    }

    /// Longest text taken for a column header; longer cells are sentences or values.
    public static let maximumHeaderLength = 40

    /// The field `text` names as a header, nil when it names none.
    public func field(for text: String) -> CanonicalField? {
        if let known = cache[text] { return known }
        let field = Self.couldBeHeader(text) ? HeaderSynonyms.field(for: text) : nil
        cache[text] = field
        return field
    }

    /// False for values no header looks like: empty, very long, or without a single letter
    /// (numbers, dates, times, money).
    public static func couldBeHeader(_ text: String) -> Bool {
        !text.isEmpty && text.count <= maximumHeaderLength && text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The day of the month a grid header cell names ("7", "7日", "7号", "07"), if it does.
    public static func dayNumber(_ text: String) -> Int? {
        let token = TextNormalizer.fold(text).split(separator: " ").first.map(String.init) ?? ""
        let digits = token.hasSuffix("日") || token.hasSuffix("号") ? String(token.dropLast()) : token
        guard let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }
}
