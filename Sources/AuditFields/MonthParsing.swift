import AuditCore

extension DateParser {
    /// The month a pay-period value names, or nil when the whole value is not a month.
    ///
    /// Forms: `2026-07`, `2026/07`, `2026.7`, `202607` (years 1900–2099), `2026年7月`, `2026年07月份`,
    /// `民國115年7月`, `July 2026`, `Jul 2026`, `Jul. 2026`, `Jul-26`, `07/2026`, `7-2026`. A full date is
    /// not a month: use `parse(_:)?.yearMonth` for that.
    public static func month(_ text: String) -> YearMonth? {
        let s = ScalarText.folded(text)
        let readers = [yearThenMonth, compactMonth, chineseMonth, monthNameThenYear, monthThenYear]
        for reader in readers {
            if let (year, month, end) = reader(s), end == s.count, let value = YearMonth(year: year, month: month) {
                return value
            }
        }
        return nil
    }

    /// The month a text opens with, when words follow it: `2026年7月工资表`, `2026 年 一 月 工 资 表`,
    /// `July 2026 Payroll`, `2026-07 薪资`. A full date is no month (`2026年7月1日`, `2026-07-15`), nor
    /// is a number run on by digits.
    public static func leadingMonth(_ text: String) -> YearMonth? {
        let s = ScalarText.folded(text)
        let readers = [yearThenMonth, compactMonth, chineseMonth, monthNameThenYear, monthThenYear]
        for reader in readers {
            guard let (year, month, end) = reader(s), let value = YearMonth(year: year, month: month) else { continue }
            if end == s.count || !(s[end].isASCIIDigit || s[end] == "-" || s[end] == "/" || s[end] == ".") { return value }
        }
        return nil
    }

    /// `2026-07`, `2026/7`, `2026.07`.
    private static func yearThenMonth(_ s: [Unicode.Scalar]) -> (Int, Int, Int)? {
        guard let year = Scan.number(s, 0), year.count == 4,
              Scan.has(s, year.end, { $0 == "-" || $0 == "/" || $0 == "." }),
              let month = Scan.number(s, year.end + 1), month.count <= 2 else { return nil }
        return (year.value, month.value, month.end)
    }

    /// `202607`.
    private static func compactMonth(_ s: [Unicode.Scalar]) -> (Int, Int, Int)? {
        guard let run = Scan.number(s, 0), run.count == 6, (1900...2099).contains(run.value / 100) else { return nil }
        return (run.value / 100, run.value % 100, run.end)
    }

    /// `2026年7月`, `2026年07月份`, `二〇二六年七月`, `民國115年7月`.
    private static func chineseMonth(_ s: [Unicode.Scalar]) -> (Int, Int, Int)? {
        guard let (year, month, end) = DateGrammar.chineseYearMonth(s, 0) else { return nil }
        return (year, month, Scan.has(s, end, { $0 == "份" }) ? end + 1 : end)
    }

    /// `July 2026`, `Jul 2026`, `Jul-26`.
    private static func monthNameThenYear(_ s: [Unicode.Scalar]) -> (Int, Int, Int)? {
        guard let (month, end) = DateGrammar.monthName(s, 0),
              let (year, yearEnd) = DateGrammar.yearAfterMonthName(s, end) else { return nil }
        return (year, month, yearEnd)
    }

    /// `07/2026`, `7-2026`, `07.2026`.
    private static func monthThenYear(_ s: [Unicode.Scalar]) -> (Int, Int, Int)? {
        guard let month = Scan.number(s, 0), month.count <= 2,
              Scan.has(s, month.end, { $0 == "-" || $0 == "/" || $0 == "." }),
              let year = Scan.number(s, month.end + 1), year.count == 4 else { return nil }
        return (year.value, month.value, year.end)
    }
}
