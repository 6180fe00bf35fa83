/// Reads stated durations (hours worked, overtime) as decimal hours.
public enum DurationParser {
    /// The hours a whole value states, or nil when it is empty, a dash or not a duration.
    ///
    /// Accepts `8`, `8.5`, `8:30` (8.5), `8:30:00`, `8h30m`, `8h30`, `8h`, `8 hrs`, `8.5h`, `1h 30min`,
    /// `8小时30分`, `30m` and `30分钟` (0.5). `8.30` is read as the decimal 8.3 h: whether a column means
    /// minutes after the point is for the caller to decide from the whole column (domain §5).
    /// Minutes next to hours must be below 60.
    public static func hours(_ text: String) -> Double? {
        let s = ScalarText.folded(text).map(\.asciiLowercased)
        guard !s.isEmpty else { return nil }
        return clockStyle(s) ?? withUnits(s)
    }

    /// `8:30`, `37:45`, `8:30:00`.
    private static func clockStyle(_ s: [Unicode.Scalar]) -> Double? {
        guard let hours = Scan.number(s, 0), hours.count <= 4, Scan.has(s, hours.end, { $0 == ":" }),
              let minutes = Scan.number(s, hours.end + 1), minutes.count == 2, minutes.value < 60 else { return nil }
        var end = minutes.end
        var seconds = 0
        if Scan.has(s, end, { $0 == ":" }) {
            guard let second = Scan.number(s, end + 1), second.count == 2, second.value < 60 else { return nil }
            seconds = second.value
            end = second.end
        }
        guard end == s.count else { return nil }
        return Double(hours.value) + Double(minutes.value) / 60 + Double(seconds) / 3600
    }

    private enum Unit { case hours, minutes }

    /// `8`, `8.5`, `8h30m`, `8 hrs`, `8小时30分`, `30分钟`: numbers with optional units.
    private static func withUnits(_ s: [Unicode.Scalar]) -> Double? {
        var hours: Double?
        var minutes: Double?
        var i = 0
        while i < s.count {
            guard let (value, numberEnd) = decimal(s, Scan.skipSpaces(s, i)) else { return nil }
            let unitStart = Scan.skipSpaces(s, numberEnd)
            switch unit(s, unitStart) {
            case let (.hours, end)?:
                guard hours == nil, minutes == nil else { return nil }
                hours = value
                i = end
            case let (.minutes, end)?:
                guard minutes == nil else { return nil }
                minutes = value
                i = end
            case nil:
                // A bare number is the whole value (hours) or the minutes after an hour part (`8h30`).
                guard unitStart == s.count, minutes == nil else { return nil }
                if hours == nil { hours = value } else { minutes = value }
                i = unitStart
            }
            i = Scan.skipSpaces(s, i)
        }
        if hours != nil, let minutes, minutes >= 60 { return nil }
        guard hours != nil || minutes != nil else { return nil }
        return (hours ?? 0) + (minutes ?? 0) / 60
    }

    /// `8`, `8.5` at `i`.
    private static func decimal(_ s: [Unicode.Scalar], _ i: Int) -> (Double, Int)? {
        guard let whole = Scan.number(s, i), whole.count <= 6 else { return nil }
        guard Scan.has(s, whole.end, { $0 == "." }) else { return (Double(whole.value), whole.end) }
        guard let fraction = Scan.number(s, whole.end + 1), fraction.count <= 6 else { return nil }
        let text = String(String.UnicodeScalarView(s[i..<fraction.end]))
        return Double(text).map { ($0, fraction.end) }
    }

    private static let hourWords: Set<String> = ["h", "hr", "hrs", "hour", "hours"]
    private static let minuteWords: Set<String> = ["m", "min", "mins", "minute", "minutes"]
    private static let chineseHourUnits = ["个小时", "個小時", "小时", "小時", "个钟头", "钟头", "时", "時"]
    private static let chineseMinuteUnits = ["分钟", "分鐘", "分"]

    /// The unit at `i` and its end.
    private static func unit(_ s: [Unicode.Scalar], _ i: Int) -> (Unit, Int)? {
        if let (word, end) = Scan.word(s, i) {
            if hourWords.contains(word) { return (.hours, end) }
            if minuteWords.contains(word) { return (.minutes, end) }
            return nil
        }
        if let (_, end) = Scan.longestLiteral(s, i, in: chineseHourUnits) { return (.hours, end) }
        if let (_, end) = Scan.longestLiteral(s, i, in: chineseMinuteUnits) { return (.minutes, end) }
        return nil
    }
}
