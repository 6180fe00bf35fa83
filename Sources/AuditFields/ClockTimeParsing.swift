/// Reads clock times (punches, shift starts and ends) as minutes after midnight.
public enum ClockTimeParser {
    /// The minutes after midnight a whole value states, or nil when it is not a clock time.
    ///
    /// Accepts `08:00`, `8:00`, `17.30`, `0800`, `1730`, `8:00 AM`, `5:30 pm`, `8am`, `08:00:15`
    /// (seconds are dropped, as time clocks display them), `下午5:30`, `上午8:00`, `晚上9:00`, `8点半`,
    /// `8点30分`. `24:00` is 1440; `次日02:00`, `02:00+1` and `02:00(次日)` add 1440. With 晚上, 12 is
    /// midnight (1440) and 1–5 o'clock are after midnight. Rejects `25:00` and `12:60`.
    public static func minutes(_ text: String) -> Int? {
        let s = ScalarText.folded(text).map(\.asciiLowercased)
        guard let match = ClockGrammar.time(s, 0, compact: true), match.end == s.count else { return nil }
        return match.minutes
    }

    /// Every clock time in a cell, in order (`07:58 12:01 12:59 17:32`, `07:58/12:01`, `08:00-17:30`,
    /// `上班07:58 下班17:32`).
    ///
    /// Inside text only times with a separator (`:`, `.`, 点) are read, so dates and other numbers
    /// are not taken for times; a cell made only of four-digit groups (`0758 1201`) is read as punches.
    /// Times are returned as written: a punch after midnight without a next-day mark is not moved to
    /// the next day (that needs the shift, which the caller knows).
    public static func allMinutes(in text: String) -> [Int] {
        let s = ScalarText.folded(text).map(\.asciiLowercased)
        var found: [Int] = []
        var i = 0
        while i < s.count {
            if mayStart(s, i), let match = ClockGrammar.time(s, i, compact: false) {
                found.append(match.minutes)
                i = match.end
            } else {
                i += 1
            }
        }
        return found.isEmpty ? compactPunches(s) : found
    }

    /// True where a time may begin: a digit not continuing a number or date, or a Chinese marker.
    private static func mayStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        if s[i].isASCIIDigit {
            return !Scan.has(s, i - 1, { $0.isASCIIDigit || $0 == "." || $0 == ":" })
        }
        return s[i].isCJKIdeograph
    }

    /// `0758 1201 1259 1732`: a cell of nothing but three- or four-digit groups.
    private static func compactPunches(_ s: [Unicode.Scalar]) -> [Int] {
        let separators: Set<Unicode.Scalar> = [",", ";", "|", "、", "/"]
        let groups = s.split(whereSeparator: { $0.isSpace || separators.contains($0) })
        guard groups.count > 0, groups.allSatisfy({ (3...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
        else { return [] }
        let times = groups.compactMap { ClockGrammar.time(Array($0), 0, compact: true)?.minutes }
        return times.count == groups.count ? times : []
    }
}
