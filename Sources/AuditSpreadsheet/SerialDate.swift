import AuditCore

/// The day spreadsheet serial numbers count from.
enum DateSystem: Equatable {
    /// Serial 1 is 1900-01-01, with Lotus 1-2-3's fictitious 1900-02-29 as serial 60.
    case from1900
    /// Serial 0 is 1904-01-01 (old Mac Excel; `date1904` in the workbook).
    case from1904
}

/// Writes spreadsheet serial numbers (days, with the time of day as the fraction) as ISO text.
enum SerialDate {
    /// The largest serial Excel shows as a date: 9999-12-31.
    private static let maxSerial = 2_958_465.0
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// `YYYY-MM-DD`, `HH:MM`, `YYYY-MM-DD HH:MM` (`:SS` when the format shows seconds), or nil
    /// when the value is no date Excel could show (negative, beyond 9999, or day 0 as a date).
    static func text(_ serial: Double, format: NumberFormat, system: DateSystem) -> String? {
        guard serial.isFinite, serial >= 0, serial < maxSerial + 1 else { return nil }
        // Round to the millisecond like Excel, so 0.333333333 is 08:00:00, not 07:59:59.
        let milliseconds = Int64((serial * Double(millisecondsPerDay)).rounded())
        let day = Int(milliseconds / millisecondsPerDay)
        let secondOfDay = Int(milliseconds % millisecondsPerDay / 1000)
        switch format {
        case .number:
            return nil
        case .date:
            return date(day: day, system: system)
        case let .time(seconds):
            return clock(secondOfDay, seconds: seconds)
        case let .duration(seconds):
            return clock(day * 86_400 + secondOfDay, seconds: seconds)
        case let .dateTime(seconds):
            // Day 0 of the 1900 system is no date: a time typed into a date-time cell.
            guard let date = date(day: day, system: system) else { return clock(secondOfDay, seconds: seconds) }
            return date + " " + clock(secondOfDay, seconds: seconds)
        }
    }

    /// The calendar day of a whole serial, or nil for the 1900 system's day 0.
    static func date(day: Int, system: DateSystem) -> String? {
        switch system {
        case .from1904:
            return CivilDate(year: 1904, month: 1, day: 1)?.adding(days: day).description
        case .from1900:
            if day == 0 { return nil }
            if day == 60 { return "1900-02-29" }  // Excel's leap-year bug, shown as Excel shows it
            let offset = day < 60 ? day : day - 1
            return CivilDate(year: 1899, month: 12, day: 31)?.adding(days: offset).description
        }
    }

    /// `HH:MM` or `HH:MM:SS` of a count of seconds (hours may pass 23 for durations).
    static func clock(_ totalSeconds: Int, seconds: Bool) -> String {
        let hours = totalSeconds / 3600
        let minutes = totalSeconds / 60 % 60
        var text = twoDigits(hours) + ":" + twoDigits(minutes)
        if seconds { text += ":" + twoDigits(totalSeconds % 60) }
        return text
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
