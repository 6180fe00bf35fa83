import AuditCore

/// One worker's hours on one day, as the time records state them.
public struct DailyHours: Sendable, Hashable {
    public var employeeId: String
    public var date: CivilDate
    public var hours: Double

    public init(employeeId: String, date: CivilDate, hours: Double) {
        self.employeeId = employeeId
        self.date = date
        self.hours = hours
    }
}

/// One worker's total hours in each Monday-Sunday week, for the per-employee chart.
public struct WorkerWeeklyHours: Sendable, Hashable {
    public var employeeId: String
    /// The name the roster gives, when it gives one.
    public var name: String?
    /// Every week from the worker's first to last recorded day, in order; weeks with no record
    /// hold zero hours so the chart shows the gap.
    public var weeks: [WeekHours]

    public init(employeeId: String, name: String? = nil, weeks: [WeekHours]) {
        self.employeeId = employeeId
        self.name = name
        self.weeks = weeks
    }

    /// The most hours in any one week.
    public var peak: Double { weeks.map(\.hours).max() ?? 0 }

    /// Sums `days` per worker and week, the way the weekly-hours rule does (several records of one
    /// day add up); `names` maps employee IDs to roster names. Workers come out sorted by ID.
    public static func aggregate(_ days: [DailyHours], names: [String: String] = [:]) -> [WorkerWeeklyHours] {
        var totals: [String: [CivilDate: Double]] = [:]
        for day in days { totals[day.employeeId, default: [:]][day.date.weekStart, default: 0] += day.hours }
        return weeks(totals, names: names)
    }

    /// Each worker's weeks from `totals`, hours by worker ID and week start (a Monday); `names`
    /// maps employee IDs to roster names. Workers come out sorted by ID.
    public static func weeks(_ totals: [String: [CivilDate: Double]], names: [String: String] = [:]) -> [WorkerWeeklyHours] {
        totals.keys.sorted().map { employeeId in
            let totals = totals[employeeId]!
            let first = totals.keys.min()!
            let last = totals.keys.max()!
            let weeks = stride(from: 0, through: first.days(to: last), by: 7).map { offset in
                let start = first.adding(days: offset)
                return WeekHours(weekStart: start, hours: totals[start] ?? 0)
            }
            return WorkerWeeklyHours(employeeId: employeeId, name: names[employeeId], weeks: weeks)
        }
    }
}

/// Hours worked in the Monday-Sunday week starting on `weekStart`.
public struct WeekHours: Sendable, Hashable {
    /// The Monday that starts the week.
    public var weekStart: CivilDate
    public var hours: Double

    public init(weekStart: CivilDate, hours: Double) {
        self.weekStart = weekStart
        self.hours = hours
    }

    /// The ISO week, e.g. `2026-W19`, as findings write the period.
    public var label: String { weekStart.isoWeek }
}
