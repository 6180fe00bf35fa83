/// The clock-time forms of domain §5 as a hand-written matcher over folded, lower-cased scalars.
enum ClockGrammar {
    /// A time found at some index: minutes after midnight (1440 or more for the next day) and its end.
    struct Match {
        var minutes: Int
        var end: Int
    }

    /// The part of day a Chinese word or AM/PM names.
    private enum Period {
        case am, pm
        /// 上午, 早上, 早晨: before noon.
        case morning
        /// 凌晨: small hours; 12 is midnight.
        case smallHours
        /// 中午: around noon; 1 and 2 are afternoon hours.
        case noon
        /// 下午, 傍晚: after noon.
        case afternoon
        /// 晚上, 夜间: evening; 12 is midnight and 1–5 are after midnight.
        case night
    }

    private static let periodWords: [(String, Period)] = [
        ("凌晨", .smallHours), ("上午", .morning), ("早上", .morning), ("早晨", .morning), ("中午", .noon),
        ("下午", .afternoon), ("傍晚", .afternoon), ("晚上", .night), ("夜间", .night), ("夜間", .night),
        ("夜里", .night), ("夜晚", .night),
    ]
    private static let periodNames = periodWords.map(\.0)
    private static let nextDayWords = ["次日", "翌日", "隔日", "第二天"]
    private static let hourMarks = ["点钟", "点", "點", "时", "時"]

    /// A clock time at `i`; `compact` also allows `0800` and `800`.
    static func time(_ s: [Unicode.Scalar], _ i: Int, compact: Bool) -> Match? {
        var j = i
        var nextDay = false
        var period: Period?
        while true {
            if !nextDay, let (_, end) = Scan.longestLiteral(s, j, in: nextDayWords) {
                nextDay = true
                j = Scan.skipSpaces(s, end)
            } else if period == nil, let (word, end) = Scan.longestLiteral(s, j, in: periodNames) {
                period = periodWords.first { $0.0 == word }?.1
                j = Scan.skipSpaces(s, end)
            } else {
                break
            }
        }
        guard let core = core(s, j, compact: compact) else { return nil }
        j = core.end
        if period == nil, let (marker, end) = amPm(s, Scan.skipSpaces(s, j)) {
            period = marker
            j = end
        }
        if let end = nextDayMark(s, Scan.skipSpaces(s, j)) {
            nextDay = true
            j = end
        }
        let exactMidnight = core.minute == 0 && core.second == 0 && period == nil
        guard core.minute < 60, core.second < 60, core.hour < 24 || (core.hour == 24 && exactMidnight),
              let hour = adjusted(core.hour, by: period) else { return nil }
        return Match(minutes: hour * 60 + core.minute + (nextDay ? 1440 : 0), end: j)
    }

    /// The hour on a 24-hour (or later, for after midnight) clock, or nil when `period` rules it out.
    private static func adjusted(_ hour: Int, by period: Period?) -> Int? {
        switch period {
        case nil: return hour
        case .am?: return (0...12).contains(hour) ? hour % 12 : nil
        case .pm?: return (1...12).contains(hour) ? hour % 12 + 12 : nil
        case .morning?: return hour <= 12 ? hour : nil
        case .smallHours?: return hour <= 12 ? hour % 12 : nil
        case .noon?: return (1...2).contains(hour) ? hour + 12 : ((11...14).contains(hour) ? hour : nil)
        case .afternoon?: return hour < 12 ? hour + 12 : hour
        case .night?:
            switch hour {
            case 0...5: return hour + 24
            case 6...11: return hour + 12
            case 12: return 24
            default: return hour
            }
        }
    }

    private struct Core {
        var hour: Int
        var minute: Int
        var second = 0
        var end: Int
    }

    /// `8:00`, `08:00:15`, `17.30`, `8点30分`, `8点半`, `8am`, and with `compact` `0800`/`800`.
    private static func core(_ s: [Unicode.Scalar], _ i: Int, compact: Bool) -> Core? {
        guard let hour = Scan.number(s, i) else { return nil }
        if hour.count > 2 {
            guard compact, hour.count <= 4, hour.end == s.count || !s[hour.end].isASCIILetter else { return nil }
            return Core(hour: hour.value / 100, minute: hour.value % 100, end: hour.end)
        }
        if Scan.has(s, hour.end, { $0 == ":" }) {
            guard let minute = Scan.number(s, hour.end + 1), minute.count == 2 else { return nil }
            var core = Core(hour: hour.value, minute: minute.value, end: minute.end)
            if Scan.has(s, core.end, { $0 == ":" }), let second = Scan.number(s, core.end + 1), second.count == 2 {
                core.second = second.value
                core.end = second.end
                if Scan.has(s, core.end, { $0 == "." }), let fraction = Scan.number(s, core.end + 1) {
                    core.end = fraction.end
                }
            }
            return core
        }
        if Scan.has(s, hour.end, { $0 == "." }) {
            guard let minute = Scan.number(s, hour.end + 1), minute.count == 2,
                  !(Scan.has(s, minute.end, { $0 == "." }) && Scan.has(s, minute.end + 1, \.isASCIIDigit))
            else { return nil }
            return Core(hour: hour.value, minute: minute.value, end: minute.end)
        }
        if let (_, markEnd) = Scan.longestLiteral(s, hour.end, in: hourMarks) {
            if Scan.has(s, markEnd, { $0 == "半" }) { return Core(hour: hour.value, minute: 30, end: markEnd + 1) }
            if let minute = Scan.number(s, markEnd), minute.count <= 2, Scan.has(s, minute.end, { $0 == "分" }) {
                return Core(hour: hour.value, minute: minute.value, end: minute.end + 1)
            }
            return Core(hour: hour.value, minute: 0, end: markEnd)
        }
        if amPm(s, Scan.skipSpaces(s, hour.end)) != nil {
            return Core(hour: hour.value, minute: 0, end: hour.end)
        }
        return nil
    }

    /// `am`, `a.m.`, `pm`, `p.m.` at `i` (a whole word).
    private static func amPm(_ s: [Unicode.Scalar], _ i: Int) -> (Period, Int)? {
        guard let (marker, end) = Scan.longestLiteral(s, i, in: ["am", "a.m.", "a.m", "pm", "p.m.", "p.m"]),
              !Scan.has(s, end, \.isASCIILetter) else { return nil }
        return (marker.hasPrefix("a") ? .am : .pm, end)
    }

    /// `+1`, `(+1)`, `(次日)` after a time: the time is on the next day. A bare `次日` after a time
    /// belongs to the time that follows it (`22:00 次日06:00`).
    private static func nextDayMark(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        let open = Scan.has(s, i, { $0 == "(" }) ? i + 1 : i
        var end: Int
        if let plusEnd = Scan.literal(s, open, "+1"), !Scan.has(s, plusEnd, \.isASCIIDigit) {
            end = plusEnd
        } else if open > i, let (_, wordEnd) = Scan.longestLiteral(s, open, in: nextDayWords) {
            end = wordEnd
        } else {
            return nil
        }
        if open > i {
            guard Scan.has(s, end, { $0 == ")" }) else { return nil }
            end += 1
        }
        return end
    }
}
