import AuditCore
import AuditEvidence

/// One worker's hours on one day, all rows of that day added up.
struct WorkDay {
    var employeeId: String
    var date: CivilDate
    var hours: Double
    /// Overtime as the timesheet states it, when it does.
    var statedOvertime: Double?
    /// Regular hours as the timesheet states them, when it does.
    var statedRegular: Double?
    /// The day's first clock-in and last clock-out, minutes after midnight.
    var clockIn: Int?
    var clockOut: Int?
    /// True when a row marks the day worked without its hours (see `TimeEntry.workedWithoutHours`).
    var markedWorked = false
    var evidence: [Evidence]

    /// Overtime hours of the day: as stated, else all hours on a rest day or holiday, else the
    /// hours past the standard day.
    func overtime(standardHours: Double, kind: DayKind) -> Double {
        if let statedOvertime { return statedOvertime }
        return kind == .workday ? max(0, hours - standardHours) : hours
    }

    /// Regular hours of the day: as stated, else the hours that are not overtime.
    func regular(standardHours: Double, kind: DayKind) -> Double {
        statedRegular ?? (hours - overtime(standardHours: standardHours, kind: kind))
    }

    /// Each worker's days, from the time entries, in date order; `indices` are the positions of
    /// each worker's entries in `entries`, in the order they were read.
    static func days(from entries: [TimeEntry], indices: [EmployeeKey: [Int]]) -> [EmployeeKey: [WorkDay]] {
        indices.mapValues { positions in
            // A stable sort keeps a day's rows in the order they were read.
            let ordered = positions.enumerated().sorted { a, b in
                let (dateA, dateB) = (entries[a.element].date.value, entries[b.element].date.value)
                return dateA != dateB ? dateA < dateB : a.offset < b.offset
            }
            var days: [WorkDay] = []
            for (_, position) in ordered {
                let entry = entries[position]
                if days.last?.date != entry.date.value {
                    days.append(WorkDay(employeeId: entry.employeeId.value, date: entry.date.value, hours: 0, evidence: []))
                }
                days[days.count - 1].add(entry)
            }
            return days
        }
    }

    /// Adds one row of the day.
    private mutating func add(_ entry: TimeEntry) {
        hours += entry.hours.value
        if let overtime = entry.overtimeHours { statedOvertime = (statedOvertime ?? 0) + overtime.value }
        if let regular = entry.regularHours { statedRegular = (statedRegular ?? 0) + regular.value }
        if let clockIn = entry.clockIn?.value { self.clockIn = min(self.clockIn ?? clockIn, clockIn) }
        if let clockOut = entry.clockOut?.value { self.clockOut = max(self.clockOut ?? clockOut, clockOut) }
        markedWorked = markedWorked || entry.workedWithoutHours
        evidence.append(entry.hours.evidence)
    }
}

/// More hours in one day than the daily limit (regular plus overtime).
struct DailyHoursCheck: RuleCheck {
    let name = "daily-hours"
    let category = FindingCategory.workingHours
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["max_hours"]
    let parameterHelp = ["max_hours": "most hours a worker may work in one day, overtime included"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let limit = rule.number("max_hours")
        return context.workDays.values.flatMap { days in
            days.filter { $0.hours > limit + 1e-9 }.map { day in
                rule.finding(rule.say(.dailyHours, ["id": day.employeeId, "hours": formatNumber(day.hours), "date": day.date.description,
                                                    "limit": formatNumber(limit)]),
                             employeeId: day.employeeId, period: day.date.description, evidence: day.evidence,
                             limit: rule.say(.dailyHoursLimit, ["limit": formatNumber(limit)]), actual: rule.say(.hours, ["hours": formatNumber(day.hours)]))
            }
        }
    }
}

/// More overtime hours in one calendar month than the monthly cap.
struct MonthlyOvertimeCheck: RuleCheck {
    let name = "monthly-overtime"
    let category = FindingCategory.workingHours
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["max_overtime_hours", "standard_daily_hours"]
    let parameterHelp = [
        "max_overtime_hours": "most overtime hours in one calendar month",
        "standard_daily_hours": "regular hours in a working day; hours beyond count as overtime when the timesheet states none",
        "rest_weekdays": "ISO weekdays (6 = Saturday, 7 = Sunday) whose hours are all overtime when the timesheet states none",
        "calendar": "the holiday calendar in Rules/reference (default china): hours on its statutory holidays and extra rest days are all overtime when the timesheet states none, and its make-up workdays are workdays whatever their weekday",
    ]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let cap = rule.number("max_overtime_hours")
        let standard = rule.number("standard_daily_hours")
        let restDays = Set(restWeekdays(rule))
        let calendar = context.calendar(for: rule)
        func overtimeHours(of day: WorkDay) -> Double {
            day.overtime(standardHours: standard,
                         kind: calendar.listedKind(of: day.date) ?? (restDays.contains(day.date.weekday) ? .restDay : .workday))
        }
        var findings: [Finding] = []
        for days in context.workDays.values {
            for (month, monthDays) in Dictionary(grouping: days, by: { $0.date.yearMonth }) {
                let overtime = monthDays.reduce(0.0) { $0 + overtimeHours(of: $1) }
                guard overtime > cap + 1e-9 else { continue }
                let employee = monthDays[0].employeeId
                let evidence = monthDays.filter { overtimeHours(of: $0) > 0 }.flatMap(\.evidence)
                findings.append(rule.finding(
                    rule.say(.monthlyOvertime, ["id": employee, "overtime": formatNumber(overtime), "month": month.description, "cap": formatNumber(cap)]),
                    employeeId: employee, period: month.description, evidence: evidence,
                    limit: rule.say(.monthlyOvertimeLimit, ["cap": formatNumber(cap)]), actual: rule.say(.overtimeHours, ["hours": formatNumber(overtime)])))
            }
        }
        return findings + summaryFindings(rule, in: context)
    }

    /// The months a worker's attendance summary states more overtime than the cap, for the
    /// summaries of a month or less whose days no daily record gives (those days judge it).
    private func summaryFindings(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let cap = rule.number("max_overtime_hours")
        return context.evidence.attendanceSummaries.compactMap { summary in
            let period = summary.from.value...summary.to.value
            guard let overtime = summary.overtimeHours, overtime.value > cap + 1e-9,
                  period.lowerBound.days(to: period.upperBound) < 31,
                  !(context.workDays[EmployeeKey(summary.employeeId.value)] ?? []).contains(where: { period.contains($0.date) })
            else { return nil }
            let wholeMonth = period.lowerBound.day == 1 && period.upperBound == period.lowerBound.yearMonth.lastDay
            let label = wholeMonth ? period.lowerBound.yearMonth.description : "\(period.lowerBound) ~ \(period.upperBound)"
            let employee = summary.employeeId.value
            return rule.finding(
                rule.say(.monthlyOvertime, ["id": employee, "overtime": formatNumber(overtime.value), "month": label, "cap": formatNumber(cap)]),
                employeeId: employee, period: wholeMonth ? label : "\(period.lowerBound)/\(period.upperBound)", evidence: [overtime.evidence],
                limit: rule.say(.monthlyOvertimeLimit, ["cap": formatNumber(cap)]), actual: rule.say(.overtimeHours, ["hours": formatNumber(overtime.value)]))
        }
    }

    private func restWeekdays(_ rule: BoundRule) -> [Int] {
        if case let .list(values)? = rule.definition.parameters["rest_weekdays"] { return values.compactMap { Int($0) } }
        return [6, 7]
    }
}

/// More hours in one Monday-Sunday week than the weekly limit.
struct WeeklyHoursCheck: RuleCheck {
    /// The name packs use for it, and its limit's parameter.
    static let checkName = "weekly-hours", limitParameter = "max_hours"
    let name = checkName
    let category = FindingCategory.workingHours
    let scope = CheckScope.eachWorker
    let requiredNumbers = [limitParameter]
    let parameterHelp = [limitParameter: "most hours, overtime included, in one Monday-Sunday week"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let limit = rule.number(Self.limitParameter)
        var findings: [Finding] = []
        for days in context.workDays.values {
            for (_, weekDays) in Dictionary(grouping: days, by: { $0.date.weekStart }) {
                let total = weekDays.reduce(0) { $0 + $1.hours }
                guard total > limit + 1e-9 else { continue }
                let week = weekDays[0].date.isoWeek
                findings.append(rule.finding(
                    rule.say(.weeklyHours, ["id": weekDays[0].employeeId, "total": formatNumber(total), "week": week, "limit": formatNumber(limit)]),
                    employeeId: weekDays[0].employeeId, period: week, evidence: weekDays.flatMap(\.evidence),
                    limit: rule.say(.weeklyHoursLimit, ["limit": formatNumber(limit)]), actual: rule.say(.hours, ["hours": formatNumber(total)])))
            }
        }
        return findings
    }
}
