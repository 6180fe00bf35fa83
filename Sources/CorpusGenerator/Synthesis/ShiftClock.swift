import AuditCore

/// Turns hours worked into clock-in and clock-out punches on the factory's shift pattern.
///
/// The day is worked in blocks: 08:00-12:00, 13:00-17:00 (regular hours on a workday) and from
/// 18:00 (evening overtime, after an unpaid dinner hour). Workers punch in between 07:41 and
/// 08:00 and out 1-15 minutes after their last block ends, as real clock data scatters.
enum ShiftClock {
    private static let blocks = [(start: 8 * 60, end: 12 * 60), (start: 13 * 60, end: 17 * 60),
                                 (start: 18 * 60, end: 24 * 60)]

    /// The earliest and latest clock-in minute of a normal day.
    static let clockInWindow = (7 * 60 + 41)...(8 * 60)

    /// The timesheet row for `employee` working `regular` plus `overtime` minutes on `date`.
    static func workDay(_ employee: Employee, on date: CivilDate, regular: Int, overtime: Int,
                        using rng: inout SplitMix64) -> WorkDay {
        let worked = regular + overtime
        return WorkDay(date: date, employeeID: employee.id, employeeName: employee.name,
                       clockIn: ClockTime(minutesAfterMidnight: rng.int(in: clockInWindow)),
                       clockOut: endOfWork(after: worked).adding(minutes: rng.int(in: 1...15)),
                       regularMinutes: regular, overtimeMinutes: overtime)
    }

    /// The row for `minutes` worked on `date`, split as the calendar requires: on a workday the
    /// first 8 hours are regular and the rest overtime; on a rest day or a holiday every hour is
    /// overtime.
    static func day(_ employee: Employee, on date: CivilDate, minutes: Int, using rng: inout SplitMix64) -> WorkDay {
        let regular = ChinaCalendar.kind(of: date) == .workday ? min(minutes, 8 * 60) : 0
        return workDay(employee, on: date, regular: regular, overtime: minutes - regular, using: &rng)
    }

    /// A new clock-in inside the normal window, for scattering a worker's punches.
    static func clockIn(using rng: inout SplitMix64) -> ClockTime {
        ClockTime(minutesAfterMidnight: rng.int(in: clockInWindow))
    }

    /// The time at which `minutes` of work, laid over the blocks from 08:00, are complete.
    private static func endOfWork(after minutes: Int) -> ClockTime {
        var remaining = minutes
        for block in blocks {
            let length = block.end - block.start
            if remaining <= length { return ClockTime(minutesAfterMidnight: block.start + remaining) }
            remaining -= length
        }
        preconditionFailure("more than 14 hours of work in one day")
    }
}
