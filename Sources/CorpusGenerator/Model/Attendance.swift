import AuditCore

/// A time of day to the minute, as a clock-in machine prints it (`07:56`).
struct ClockTime: Comparable, CustomStringConvertible {
    var minutesAfterMidnight: Int

    init(hour: Int, minute: Int = 0) {
        minutesAfterMidnight = hour * 60 + minute
    }

    init(minutesAfterMidnight: Int) {
        self.minutesAfterMidnight = minutesAfterMidnight
    }

    /// The time `minutes` later (earlier when negative).
    func adding(minutes: Int) -> ClockTime {
        ClockTime(minutesAfterMidnight: minutesAfterMidnight + minutes)
    }

    static func < (a: ClockTime, b: ClockTime) -> Bool {
        a.minutesAfterMidnight < b.minutesAfterMidnight
    }

    var description: String {
        let hour = minutesAfterMidnight / 60, minute = minutesAfterMidnight % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}

/// One timesheet row: one worker on one day worked.
struct WorkDay {
    var date: CivilDate
    var employeeID: String
    var employeeName: String
    var clockIn: ClockTime
    var clockOut: ClockTime
    /// Hours inside the standard 8-hour day, in minutes.
    var regularMinutes: Int
    /// Hours beyond it (all hours on a rest day or a holiday), in minutes.
    var overtimeMinutes: Int

    var totalMinutes: Int { regularMinutes + overtimeMinutes }

    /// The day's kind in the PRC calendar, which decides the overtime premium.
    var kind: DayKind { ChinaCalendar.kind(of: date) }

    /// The minutes from clock-in to clock-out, a clock-out earlier than the clock-in being on
    /// the next day.
    var punchSpanMinutes: Int {
        let span = clockOut.minutesAfterMidnight - clockIn.minutesAfterMidnight
        return span < 0 ? span + 24 * 60 : span
    }

    /// A punch in the night window: clock-in before 06:00, clock-out after 22:00, or a
    /// clock-out on the next day.
    var hasNightPunch: Bool {
        clockIn.minutesAfterMidnight < 6 * 60 || clockOut.minutesAfterMidnight > 22 * 60 || clockOut < clockIn
    }
}
