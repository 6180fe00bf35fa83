import AuditCore

/// A date the test knows exists.
func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

/// A month the test knows exists.
func yearMonth(_ year: Int, _ month: Int) -> YearMonth {
    YearMonth(year: year, month: month)!
}
