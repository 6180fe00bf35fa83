import AuditCore

/// What kind of day a date is under the PRC working calendar, which decides how hours worked
/// on it are paid (Labour Law Art. 44).
enum DayKind: String, Sendable {
    /// A normal working day (including a 调休 make-up working day on a weekend): hours beyond
    /// 8 are overtime at 150 %.
    case workday
    /// A weekly rest day or an extra rest day of a holiday bridge: every hour at 200 %.
    case restDay
    /// A statutory public holiday: every hour at 300 %.
    case holiday
}

/// The official PRC holiday calendar (State Council notices for 2025 and 2026), the same dates
/// as `Rules/calendars/china.yaml`.
///
/// A day is a statutory holiday if listed; else a rest day if it is a listed extra rest day or a
/// Saturday or Sunday that is not a make-up working day; else a workday.
enum ChinaCalendar {
    /// Statutory holidays (300 %).
    static let holidays: Set<CivilDate> = dates([
        "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-04",
        "2025-05-01", "2025-05-02", "2025-05-31", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06",
        "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-05",
        "2026-05-01", "2026-05-02", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03",
    ])

    /// Weekdays given off to bridge a holiday (200 % when worked).
    static let extraRestDays: Set<CivilDate> = dates([
        "2025-02-03", "2025-02-04", "2025-05-05", "2025-06-02", "2025-10-07", "2025-10-08",
        "2026-01-02", "2026-02-20", "2026-02-23", "2026-04-06", "2026-05-04", "2026-05-05",
        "2026-10-05", "2026-10-06", "2026-10-07",
    ])

    /// Saturdays and Sundays that are normal working days.
    static let makeUpWorkdays: Set<CivilDate> = dates([
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ])

    /// The kind of `date`.
    static func kind(of date: CivilDate) -> DayKind {
        if holidays.contains(date) { return .holiday }
        if extraRestDays.contains(date) { return .restDay }
        if date.weekday >= 6 && !makeUpWorkdays.contains(date) { return .restDay }
        return .workday
    }

    private static func dates(_ texts: [String]) -> Set<CivilDate> {
        Set(texts.map { CivilDate(iso: $0)! })
    }
}
