import AuditCore

/// Turns hours worked into clock-in and clock-out punches on the factory's shift pattern.
///
/// The day is worked in blocks: 08:00-12:00, 13:00-17:00 (regular hours on a weekday) and from
/// 18:00 (evening overtime, after an unpaid dinner hour). Workers punch in a few minutes early
/// and out a few minutes late, as real clock data scatters.
enum ShiftClock {
    private static let blocks = [(start: 8 * 60, end: 12 * 60), (start: 13 * 60, end: 17 * 60),
                                 (start: 18 * 60, end: 24 * 60)]

    /// The timesheet row for `employee` working `regular` plus `overtime` minutes on `date`.
    static func workDay(_ employee: Employee, on date: CivilDate, regular: Int, overtime: Int,
                        using rng: inout SplitMix64) -> WorkDay {
        let worked = regular + overtime
        return WorkDay(date: date, employeeID: employee.id, employeeName: employee.name,
                       clockIn: ClockTime(hour: 8).adding(minutes: -rng.int(in: 1...14)),
                       clockOut: endOfWork(after: worked).adding(minutes: rng.int(in: 0...9)),
                       regularMinutes: regular, overtimeMinutes: overtime)
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
