import AuditCore

/// A time clock's monthly attendance summary (ZKTeco 考勤汇总): one line per worker with the
/// month's scheduled and worked hours, overtime and days, as the clock's report states them.
///
/// An honest summary states what the timesheet's days add up to; a double book states fewer
/// hours than the punches show (domain reference §6), which `summary-below-punches` reports.
struct MonthSummary {
    var month: YearMonth
    var lines: [Line]

    /// One worker's totals for the month.
    struct Line {
        var employeeID: String
        var employeeName: String
        var department: String
        /// The scheduled hours (`标准`): eight a scheduled working day.
        var scheduledMinutes: Int
        /// The hours worked inside the schedule (`实际`).
        var workedMinutes: Int
        /// Overtime on working days (`加班 正常`).
        var overtimeMinutes: Int
        /// Overtime on rest days and holidays (`加班 特殊`).
        var specialOvertimeMinutes: Int
        var scheduledDays: Int
        var workedDays: Int

        /// Every hour the line states.
        var statedMinutes: Int { workedMinutes + overtimeMinutes + specialOvertimeMinutes }
    }
}
