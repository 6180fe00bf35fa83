import AuditCore

/// Draws a factory's monthly attendance summary, honest or a double book (stream `summary`).
///
/// Some archives (two in five) carry a summary of their first month beside the timesheets, as a
/// time clock's report workbook comes with its punches. In half of the violations archives that
/// carry one, one to three workers' lines state 2 h 45 min a day fewer than their days add up to:
/// overtime is hidden first, then worked hours, as a double book hides them. The draw has a
/// stream of its own, so the archives of seeds without a summary are as they were before it.
enum SummarySynthesizer {
    /// The share of archives with a summary.
    static let share = 0.4
    /// The minutes a day a planted line leaves out: past the rule's 2 h a day of tolerance.
    static let hiddenMinutesPerDay = 165
    /// The fewest punched days a worker needs for a planted line (the gap must pass 8 h).
    static let fewestPlantedDays = 5

    /// The summary for `factory`, and whether a double book was planted in it.
    static func make(for factory: Factory, plants: Bool) -> (summary: MonthSummary?, planted: Bool) {
        var rng = SplitMix64(seed: factory.seed, stream: "summary")
        guard factory.presentTypes.contains(.timesheet), rng.chance(share) else { return (nil, false) }
        let month = factory.months[0]
        let monthDays = (0..<month.firstDay.days(to: month.lastDay) + 1).map { month.firstDay.adding(days: $0) }
        let scheduledDays = monthDays.filter { ChinaCalendar.kind(of: $0) == .workday }.count
        let departments = Dictionary(factory.employees.map { ($0.id, $0.department) }, uniquingKeysWith: { first, _ in first })
        let rows = Dictionary(grouping: factory.attendance.filter { $0.date.yearMonth == month }, by: \.employeeID)
        var lines = rows.keys.sorted().map { id -> MonthSummary.Line in
            let days = rows[id]!
            let special = days.filter { $0.kind != .workday }
            return MonthSummary.Line(employeeID: id, employeeName: days[0].employeeName,
                                     department: departments[id] ?? "",
                                     scheduledMinutes: scheduledDays * 8 * 60,
                                     workedMinutes: days.filter { $0.kind == .workday }.reduce(0) { $0 + $1.regularMinutes },
                                     overtimeMinutes: days.filter { $0.kind == .workday }.reduce(0) { $0 + $1.overtimeMinutes },
                                     specialOvertimeMinutes: special.reduce(0) { $0 + $1.totalMinutes },
                                     scheduledDays: scheduledDays, workedDays: days.count)
        }
        let candidates = lines.indices.filter { lines[$0].workedDays >= fewestPlantedDays }
        guard plants, rng.chance(0.5), !candidates.isEmpty else { return (MonthSummary(month: month, lines: lines), false) }
        for index in rng.shuffled(candidates).prefix(rng.int(in: 1...3)) {
            var hidden = lines[index].workedDays * hiddenMinutesPerDay
            func take(_ minutes: inout Int) {
                let cut = min(minutes, hidden)
                minutes -= cut
                hidden -= cut
            }
            take(&lines[index].overtimeMinutes)
            take(&lines[index].specialOvertimeMinutes)
            take(&lines[index].workedMinutes)
        }
        return (MonthSummary(month: month, lines: lines), true)
    }
}
