import AuditCore

extension CivilDate {
    /// The same day `years` later (earlier when negative); 29 February becomes the 28th when
    /// the target year is not a leap year.
    func adding(years: Int) -> CivilDate {
        let target = year + years
        return CivilDate(year: target, month: month,
                         day: min(day, CivilDate.daysIn(month: month, year: target)))!
    }

    /// The same day `months` later (earlier when negative); the month's last day when it has no
    /// such day, as the audit-report rule counts an audit's validity.
    func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let (target, targetMonth) = (index / 12, index % 12 + 1)
        return CivilDate(year: target, month: targetMonth, day: min(day, CivilDate.daysIn(month: targetMonth, year: target)))!
    }

        /// Every day from `self` through `last`, in order (empty when `last` is earlier).
    func through(_ last: CivilDate) -> [CivilDate] {
        guard self <= last else { return [] }
        return (0...days(to: last)).map { adding(days: $0) }
    }
}

extension YearMonth {
    /// The month after this one.
    var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)!
    }

    /// Every day of the month, in order.
    var days: [CivilDate] { firstDay.through(lastDay) }
}

extension SplitMix64 {
    /// A uniformly drawn day in `range`.
    mutating func date(in range: ClosedRange<CivilDate>) -> CivilDate {
        range.lowerBound.adding(days: int(in: 0...range.lowerBound.days(to: range.upperBound)))
    }
}

/// `numerator / denominator` rounded half up, for non-negative money arithmetic in fen.
func dividedRounded(_ numerator: Int, by denominator: Int) -> Int {
    (numerator + denominator / 2) / denominator
}
