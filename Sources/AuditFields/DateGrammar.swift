import AuditCore

/// One date the grammar recognised at a position of folded text.
struct DateCandidate {
    /// Index just past the date.
    var end: Int
    /// What the date says.
    var reading: DateReading
    /// For the `a/b/year` form only: the date under each order, nil where that order gives no real day.
    var orders: (dayFirst: CivilDate?, monthFirst: CivilDate?)?
}

/// The date forms of domain §5, as hand-written matchers over folded scalars.
///
/// Every matcher starts at a given index and either fails or returns the end of its form; numeric
/// fields are maximal digit runs, so a date is never cut out of a longer number.
enum DateGrammar {
    /// The longest date form starting exactly at `i`.
    static func match(_ s: [Unicode.Scalar], at i: Int, order: DateOrder?) -> DateCandidate? {
        let candidates = [
            yearFirst(s, i), chinese(s, i), compact(s, i), dayMonthYear(s, i, order: order),
            dayThenMonthName(s, i), monthNameThenDay(s, i),
        ]
        return candidates.compactMap { $0 }.max { $0.end < $1.end }
    }

    /// Every date in `s`, left to right, longest first at each position, never overlapping.
    static func scan(_ s: [Unicode.Scalar], order: DateOrder?) -> [(start: Int, candidate: DateCandidate)] {
        var found: [(Int, DateCandidate)] = []
        var i = 0
        while i < s.count {
            if mayStart(s, i), let candidate = match(s, at: i, order: order) {
                found.append((i, candidate))
                i = candidate.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// True where a date may begin inside running text: not in the middle of a number or a word.
    static func mayStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let u = s[i]
        if u.isASCIIDigit {
            if Scan.has(s, i - 1, \.isASCIIDigit) { return false }
            let decimalPoint = Scan.has(s, i - 1, { $0 == "." || $0 == "," }) && Scan.has(s, i - 2, \.isASCIIDigit)
            return !decimalPoint
        }
        if u.isASCIILetter { return !Scan.has(s, i - 1, \.isASCIILetter) }
        if ChineseNumerals.isNumeral(u) || u == "民" || u == "中" {
            return !Scan.has(s, i - 1, ChineseNumerals.isNumeral)
        }
        return false
    }

    // MARK: - Numeric forms

    /// `2026-03-01`, `2026/3/1`, `2026.03.01`.
    static func yearFirst(_ s: [Unicode.Scalar], _ i: Int) -> DateCandidate? {
        guard let year = Scan.number(s, i), year.count == 4,
              let (month, day, _) = twoFields(s, year.end), day.count <= 2,
              let date = CivilDate(year: year.value, month: month.value, day: day.value)
        else { return nil }
        return DateCandidate(end: day.end, reading: .date(date))
    }

    /// `20260301`: eight digits, read only for years 1900–2099 so that other numbers are not taken as dates.
    static func compact(_ s: [Unicode.Scalar], _ i: Int) -> DateCandidate? {
        guard let run = Scan.number(s, i), run.count == 8, (1900...2099).contains(run.value / 10_000),
              let date = CivilDate(year: run.value / 10_000, month: run.value / 100 % 100, day: run.value % 100)
        else { return nil }
        return DateCandidate(end: run.end, reading: .date(date))
    }

    /// `01/03/2026`, `1-3-26`, `01.03.2026`: day and month order settled by a field over 12, by
    /// equal fields, or by `order`; otherwise ambiguous.
    static func dayMonthYear(_ s: [Unicode.Scalar], _ i: Int, order: DateOrder?) -> DateCandidate? {
        guard let a = Scan.number(s, i), a.count <= 2,
              let (b, year, _) = twoFields(s, a.end), year.count == 4 || year.count == 2
        else { return nil }
        let fullYear = year.count == 4 ? year.value : twoDigitYear(year.value)
        let dayFirst = CivilDate(year: fullYear, month: b.value, day: a.value)
        let monthFirst = CivilDate(year: fullYear, month: a.value, day: b.value)
        let reading: DateReading
        switch (dayFirst, monthFirst) {
        case (nil, nil):
            return nil
        case let (date?, nil), let (nil, date?):
            reading = .date(date)
        case let (d?, m?):
            if d == m {
                reading = .date(d)
            } else if let order {
                reading = .date(order == .dayFirst ? d : m)
            } else {
                reading = .ambiguous(dayFirst: d, monthFirst: m)
            }
        }
        return DateCandidate(end: year.end, reading: reading, orders: (dayFirst, monthFirst))
    }

    /// `sep field sep field` after a first field: the two fields (the first of 1–2 digits) and the separator.
    private static func twoFields(_ s: [Unicode.Scalar], _ i: Int) -> (Scan.Number, Scan.Number, Unicode.Scalar)? {
        guard i < s.count, isNumericSeparator(s[i]),
              let first = Scan.number(s, i + 1), first.count <= 2,
              first.end < s.count, s[first.end] == s[i],
              let second = Scan.number(s, first.end + 1)
        else { return nil }
        // `2026.03.01.5` or `1.2.10.3` is a version or a list number, not a date; `2026-03-01-2026-03-31`
        // is a range whose second date starts with a four-digit year.
        if Scan.has(s, second.end, { $0 == s[i] }), let next = Scan.number(s, second.end + 1), next.count <= 2 {
            return nil
        }
        return (first, second, s[i])
    }

    private static func isNumericSeparator(_ u: Unicode.Scalar) -> Bool { u == "-" || u == "/" || u == "." }

    /// Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999.
    static func twoDigitYear(_ yy: Int) -> Int { yy < 70 ? 2000 + yy : 1900 + yy }

    // MARK: - Chinese forms

    /// `2026年3月1日`, `二〇二六年三月一日`, `民國115年3月1日`; the final 日 (or 号) may be missing.
    static func chinese(_ s: [Unicode.Scalar], _ i: Int) -> DateCandidate? {
        guard let (year, month, j) = chineseYearMonth(s, i) else { return nil }
        let start = Scan.skipSpaces(s, j)
        guard let (day, dayEnd) = smallNumber(s, start),
              let date = CivilDate(year: year, month: month, day: day) else { return nil }
        let k = Scan.skipSpaces(s, dayEnd)
        let end = Scan.has(s, k, { $0 == "日" || $0 == "号" || $0 == "號" }) ? k + 1 : dayEnd
        return DateCandidate(end: end, reading: .date(date))
    }

    /// `[民國]YYYY年M月`: the year, the month and the index just past 月.
    static func chineseYearMonth(_ s: [Unicode.Scalar], _ i: Int) -> (year: Int, month: Int, end: Int)? {
        var j = i
        var roc = false
        if let (_, end) = Scan.longestLiteral(s, j, in: rocPrefixes) {
            roc = true
            j = Scan.skipSpaces(s, end)
        }
        guard let (year, yearEnd) = chineseYear(s, j, roc: roc) else { return nil }
        j = Scan.skipSpaces(s, yearEnd)
        guard Scan.has(s, j, { $0 == "年" }) else { return nil }
        j = Scan.skipSpaces(s, j + 1)
        guard let (month, monthEnd) = smallNumber(s, j), (1...12).contains(month) else { return nil }
        j = Scan.skipSpaces(s, monthEnd)
        guard Scan.has(s, j, { $0 == "月" }) else { return nil }
        return (year, month, j + 1)
    }

    private static let rocPrefixes = ["中华民国", "中華民國", "中華民国", "中华民國", "民国", "民國"]

    /// A year before 年: four digits (Arabic or Chinese), two Arabic digits, or an ROC year (+1911).
    private static func chineseYear(_ s: [Unicode.Scalar], _ i: Int, roc: Bool) -> (Int, Int)? {
        if let number = Scan.number(s, i) {
            if roc { return number.count <= 3 && number.value > 0 ? (number.value + 1911, number.end) : nil }
            switch number.count {
            case 4: return (number.value, number.end)
            case 2: return (twoDigitYear(number.value), number.end)
            default: return nil
            }
        }
        let end = ChineseNumerals.runEnd(s, i)
        guard end > i, let value = ChineseNumerals.value(s[i..<end]) else { return nil }
        if roc { return value > 0 && value < 1000 ? (value + 1911, end) : nil }
        let digitsOnly = s[i..<end].allSatisfy { ChineseNumerals.digit($0) != nil }
        return digitsOnly && end - i == 4 ? (value, end) : nil
    }

    /// A month or day number: one or two Arabic digits, or up to three Chinese numerals (三十一).
    private static func smallNumber(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        if let number = Scan.number(s, i) {
            return number.count <= 2 ? (number.value, number.end) : nil
        }
        let end = ChineseNumerals.runEnd(s, i)
        guard end > i, end - i <= 3, let value = ChineseNumerals.value(s[i..<end]) else { return nil }
        return (value, end)
    }

    // MARK: - Month-name forms

    /// `1 Mar 2026`, `1 March 2026`, `01-Mar-2026`, `1-Mar-26`, `1st March 2026`, `01Mar2026`.
    static func dayThenMonthName(_ s: [Unicode.Scalar], _ i: Int) -> DateCandidate? {
        guard let day = Scan.number(s, i), day.count <= 2 else { return nil }
        let (monthStart, _) = separators(s, skipOrdinal(s, day.end))
        guard let (month, monthEnd) = monthName(s, monthStart),
              let (year, yearEnd) = yearAfterMonthName(s, monthEnd),
              let date = CivilDate(year: year, month: month, day: day.value) else { return nil }
        return DateCandidate(end: yearEnd, reading: .date(date))
    }

    /// `Mar 1, 2026`, `March 1 2026`, `Mar. 1st, 2026`, `Mar-01-26`.
    static func monthNameThenDay(_ s: [Unicode.Scalar], _ i: Int) -> DateCandidate? {
        guard let (month, monthEnd) = monthName(s, i) else { return nil }
        let (dayStart, _) = separators(s, monthEnd)
        guard let day = Scan.number(s, dayStart), day.count <= 2,
              let (year, yearEnd) = yearAfterMonthName(s, skipOrdinal(s, day.end)),
              let date = CivilDate(year: year, month: month, day: day.value) else { return nil }
        return DateCandidate(end: yearEnd, reading: .date(date))
    }

    /// The year after a month name or day: four digits, or two digits joined by `-`, `/`, `.` or nothing
    /// (`1-Mar-26`); `1 Mar 26` with a space is not read, since `26` there is as likely a day or a count.
    static func yearAfterMonthName(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        let (start, gap) = separators(s, i)
        guard let year = Scan.number(s, start) else { return nil }
        if year.count == 4 { return (year.value, year.end) }
        let joined = !gap.contains(where: { $0.isSpace || $0 == "," })
        return year.count == 2 && joined ? (twoDigitYear(year.value), year.end) : nil
    }

    /// A month name or abbreviation at `i` (a whole word), with an optional trailing `.`.
    static func monthName(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        guard !Scan.has(s, i - 1, \.isASCIILetter), let (word, end) = Scan.word(s, i),
              let month = monthNumbers[word] else { return nil }
        return (month, Scan.has(s, end, { $0 == "." }) ? end + 1 : end)
    }

    static let monthNumbers: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = ["sept": 9]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        return table
    }()

    /// Skips `st`, `nd`, `rd`, `th` after a day number.
    private static func skipOrdinal(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        guard let (word, end) = Scan.word(s, i), ["st", "nd", "rd", "th"].contains(word) else { return i }
        return end
    }

    /// Skips the separators allowed between the parts of a month-name date; returns them too.
    private static func separators(_ s: [Unicode.Scalar], _ i: Int) -> (Int, [Unicode.Scalar]) {
        var j = i
        while j < s.count, s[j].isSpace || s[j] == "-" || s[j] == "/" || s[j] == "." || s[j] == "," { j += 1 }
        return (j, Array(s[i..<j]))
    }

    // MARK: - What may surround a whole-cell date

    /// A weekday name at `i` (`Monday`, `Mon`, `星期一`, `周日`, `礼拜天`), returning its end.
    static func weekday(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        if let (word, end) = Scan.word(s, i), !Scan.has(s, i - 1, \.isASCIILetter), weekdayWords.contains(word) {
            return Scan.has(s, end, { $0 == "." }) ? end + 1 : end
        }
        guard let (_, end) = Scan.longestLiteral(s, i, in: ["星期", "周", "週", "礼拜", "禮拜"]),
              Scan.has(s, end, { "一二三四五六日天七".unicodeScalars.contains($0) }) else { return nil }
        return end + 1
    }

    private static let weekdayWords: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]

    /// A time of day after a date (`08:00`, `T08:00:00`, `8:00:00.000`, `5:30 PM`), returning its end.
    static func timeOfDay(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        if Scan.has(s, j, { $0 == "T" || $0 == "t" }), Scan.has(s, j + 1, \.isASCIIDigit) { j += 1 }
        guard let hour = Scan.number(s, j), hour.count <= 2, Scan.has(s, hour.end, { $0 == ":" }),
              let minute = Scan.number(s, hour.end + 1), minute.count == 2 else { return nil }
        j = minute.end
        if Scan.has(s, j, { $0 == ":" }), let second = Scan.number(s, j + 1), second.count == 2 {
            j = second.end
            if Scan.has(s, j, { $0 == "." }), let fraction = Scan.number(s, j + 1) { j = fraction.end }
        }
        let k = Scan.skipSpaces(s, j)
        if let (word, end) = Scan.word(s, k), word == "am" || word == "pm" { j = end }
        if Scan.has(s, j, { $0 == "Z" }) { j += 1 }
        return j
    }

    /// True when only spaces, brackets, commas, a time and a weekday follow index `i`.
    static func onlyTrailerFollows(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i
        while true {
            while j < s.count, s[j].isSpace || s[j] == "(" || s[j] == ")" || s[j] == "," { j += 1 }
            if j == s.count { return true }
            if let end = timeOfDay(s, j) ?? weekday(s, j) {
                j = end
            } else {
                return false
            }
        }
    }
}
