import AuditCore
import AuditFields

/// How the evidence reader interprets what documents leave unsaid.
public struct EvidenceConfiguration: Sendable, Hashable {
    /// Day/month order for a/b/yyyy dates that neither the column nor the document settles.
    /// Default nil: such a date is reported as ambiguous, never guessed.
    public var defaultDateOrder: DateOrder?
    /// The unpaid meal break deducted when a day's punches span it, in minutes after midnight.
    /// Default 12:00-13:00.
    public var mealBreak: ClosedRange<Int>
    /// How raw punch logs (a time clock's `attlog`) are turned into days.
    public var punches: PunchRules

    public init(defaultDateOrder: DateOrder? = nil, mealBreak: ClosedRange<Int> = (12 * 60)...(13 * 60),
                punches: PunchRules = PunchRules()) {
        self.defaultDateOrder = defaultDateOrder
        self.mealBreak = mealBreak
        self.punches = punches
    }
}

/// How the punches of a raw time-clock log become one worker's days.
///
/// Workers press the reader several times (a burst a few seconds or a minute apart) and devices
/// store the same punch twice; a day's first punch is its clock-in and its last the clock-out.
/// A night shift belongs to the day it started: punches early in the morning are added to the
/// day before only when that day's punches are left open (an odd number of them, its last
/// clock-in unanswered) and the shift they close stays within `longestShift`.
public struct PunchRules: Sendable, Hashable {
    /// Punches of one badge within this many minutes of the first punch of a burst are that one
    /// punch (bursts and exact duplicates). Counted in whole minutes, seconds dropped as time
    /// clocks display them. Default 5.
    public var mergeWindowMinutes: Int
    /// Punches before this time (minutes after midnight) may close the previous day's shift.
    /// Default 06:00.
    public var overnightCutoff: Int
    /// The longest a shift may last, first to last punch, in minutes (under 24 hours); a morning
    /// punch further from the previous day's first punch starts a day of its own. Default 16 hours.
    public var longestShift: Int
    /// Punches dated before this day are a device clock that was reset (1970, 1971), not
    /// attendance: they are reported as problems. Default 2000-01-01.
    public var earliestDate: CivilDate

    public init(mergeWindowMinutes: Int = 5, overnightCutoff: Int = 6 * 60, longestShift: Int = 16 * 60,
                earliestDate: CivilDate = CivilDate(year: 2000, month: 1, day: 1)!) {
        self.mergeWindowMinutes = mergeWindowMinutes
        self.overnightCutoff = overnightCutoff
        self.longestShift = longestShift
        self.earliestDate = earliestDate
    }
}
