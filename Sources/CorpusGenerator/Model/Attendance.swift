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
    /// Hours beyond it (all hours on a rest day), in minutes.
    var overtimeMinutes: Int

    var totalMinutes: Int { regularMinutes + overtimeMinutes }

    /// True on Saturday and Sunday, the factory's rest days, paid at 200 % when worked.
    var isRestDay: Bool { date.weekday >= 6 }
}
