import AuditCore

/// Which of the two small fields of `a/b/yyyy` is the day.
public enum DateOrder: Sendable, Hashable {
    /// `01/03/2026` is 1 March (European and amfori reports).
    case dayFirst
    /// `01/03/2026` is 3 January (US-origin forms).
    case monthFirst
}

/// What a date text says: one day, or two candidate days when the day/month order is unknown.
public enum DateReading: Sendable, Hashable {
    /// The text names exactly one day.
    case date(CivilDate)
    /// An `a/b/yyyy` text with both fields ≤ 12 and no order to settle it (domain §5, rule 4).
    case ambiguous(dayFirst: CivilDate, monthFirst: CivilDate)

    /// The day, when the reading is not ambiguous.
    public var unambiguousDate: CivilDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    /// The day under `order` (for an unambiguous reading, its only day).
    public func resolved(by order: DateOrder) -> CivilDate {
        switch self {
        case .date(let date): return date
        case .ambiguous(let dayFirst, let monthFirst): return order == .dayFirst ? dayFirst : monthFirst
        }
    }
}

/// A date found inside a longer text.
public struct DateMatch: Sendable, Hashable {
    /// Where the date is in the text that was searched.
    public var range: Range<String.Index>
    /// The date as written.
    public var text: String
    /// What it says.
    public var reading: DateReading

    /// Creates a match.
    public init(range: Range<String.Index>, text: String, reading: DateReading) {
        self.range = range
        self.text = text
        self.reading = reading
    }
}

/// Reads calendar dates in every form evidence uses (domain §5).
///
/// Forms: `2026-03-01`, `2026/3/1`, `2026.03.01`, `20260301` (years 1900–2099 only), `2026年3月1日`,
/// `二〇二六年三月一日`, `民國115年3月1日`, `01/03/2026` (also with `-` or `.`, and two-digit years),
/// `1 Mar 2026`, `1 March 2026`, `01-Mar-2026`, `1-Mar-26`, `Mar 1, 2026`, `March 1 2026`.
/// Full-width digits are folded first. Two-digit years 00–69 are 20xx, 70–99 are 19xx.
/// Days that do not exist (2026-02-30) are not dates.
public enum DateParser {
    /// The date a whole cell or value states, or nil when it is not (only) a date.
    ///
    /// A leading weekday and a trailing time of day or weekday are allowed (`2026/3/1 0:00:00`,
    /// `2026-03-01 (星期日)`, `Sun, 1 Mar 2026`). For `a/b/yyyy`, a field over 12 settles the order;
    /// otherwise `order` does, and without it the reading is `.ambiguous`. An order that contradicts
    /// the text (`25/03/2026` read month-first) is overridden by the text.
    public static func read(_ text: String, order: DateOrder? = nil) -> DateReading? {
        let s = ScalarText.folded(text)
        var start = 0
        if let end = DateGrammar.weekday(s, 0) {
            start = end
            while start < s.count, s[start].isSpace || s[start] == "," { start += 1 }
        }
        guard let candidate = DateGrammar.match(s, at: start, order: order),
              DateGrammar.onlyTrailerFollows(s, candidate.end) else { return nil }
        return candidate.reading
    }

    /// The date a whole value states, or nil when it is not a date or is ambiguous.
    public static func parse(_ text: String, order: DateOrder? = nil) -> CivilDate? {
        read(text, order: order)?.unambiguousDate
    }

    /// The date of an Excel serial day number (1900 date system), or nil outside 1...9999-12-31.
    ///
    /// From 61 on this is 1899-12-30 + n. Excel counts the non-existent 1900-02-29 as day 60, so
    /// serials 1–59 are 1899-12-31 + n and 60 has no date. A fractional part (the time) is ignored.
    public static func fromExcelSerial(_ n: Double) -> CivilDate? {
        guard n.isFinite, n >= 1, n < 2_958_466 else { return nil }
        let serial = Int(n.rounded(.down))
        guard serial != 60 else { return nil }
        let epoch = serial < 60 ? CivilDate(year: 1899, month: 12, day: 31)! : CivilDate(year: 1899, month: 12, day: 30)!
        return epoch.adding(days: serial)
    }

    /// Every date inside a longer text, left to right, longest match first, never overlapping
    /// ("Valid from 1 Mar 2021 to 28 Feb 2027", "营业期限：2015年06月01日 至 长期").
    public static func dates(in text: String, order: DateOrder? = nil) -> [DateMatch] {
        let folded = ScalarText(text)
        return DateGrammar.scan(folded.scalars, order: order).map { start, candidate in
            let range = folded.sourceRange(of: start..<candidate.end)
            return DateMatch(range: range, text: String(text[range]), reading: candidate.reading)
        }
    }

    /// True when the text states that a validity or term has no end (长期, 永久, 无固定期限,
    /// Long-term, Permanent, Indefinite, No expiry). `N/A` is not an open end.
    public static func isOpenEnded(_ text: String) -> Bool {
        let key = String(String.UnicodeScalarView(
            TextNormalizer.nfkc(text).lowercased().unicodeScalars
                .filter { !$0.isSpace && $0 != "-" && $0 != "_" }
                .map(TextNormalizer.simplified)))
        return openEndedTerms.contains { key.contains($0) }
    }

    private static let openEndedTerms = [
        "长期", "永久", "无固定期限", "无期限", "不限期", "longterm", "permanent", "indefinite", "noexpir",
    ]

    /// The day/month order a set of values settles, or nil when none settles it or they disagree.
    ///
    /// Any `a/b/yyyy` value with a field over 12 settles the order (domain §5, rule 3); if two values
    /// settle it opposite ways the answer is nil. When no value settles it, consecutive values that
    /// step by exactly one day under one order and never under the other settle it (daily attendance
    /// rows `01/03/2026`, `02/03/2026`, ...).
    public static func inferOrder(from texts: [String]) -> DateOrder? {
        var settled: Set<DateOrder> = []
        var sequence: [(dayFirst: CivilDate?, monthFirst: CivilDate?)] = []
        for text in texts {
            for (_, candidate) in DateGrammar.scan(ScalarText(text).scalars, order: nil) {
                guard let orders = candidate.orders else { continue }
                switch orders {
                case (_?, nil): settled.insert(.dayFirst)
                case (nil, _?): settled.insert(.monthFirst)
                default: sequence.append(orders)
                }
            }
        }
        if !settled.isEmpty { return settled.count == 1 ? settled.first : nil }
        var dayFirstSteps = 0
        var monthFirstSteps = 0
        for (earlier, later) in zip(sequence, sequence.dropFirst()) {
            if let a = earlier.dayFirst, let b = later.dayFirst, abs(a.days(to: b)) == 1 { dayFirstSteps += 1 }
            if let a = earlier.monthFirst, let b = later.monthFirst, abs(a.days(to: b)) == 1 { monthFirstSteps += 1 }
        }
        switch (dayFirstSteps, monthFirstSteps) {
        case (1..., 0): return .dayFirst
        case (0, 1...): return .monthFirst
        default: return nil
        }
    }
}
