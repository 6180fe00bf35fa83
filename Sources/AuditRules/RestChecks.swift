import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// More consecutive calendar days worked than the maximum; reported on the first day past it.
struct ConsecutiveDaysCheck: RuleCheck {
    let name = "consecutive-days"
    let category = FindingCategory.restDay
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["max_days"]
    let parameterHelp = ["max_days": "most calendar days in a row a worker may work"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let maxDays = Int(rule.number("max_days"))
        return context.workDays.values.flatMap { days in
            WorkedRun.runs(in: days).filter { $0.count > maxDays }.map { run in
                let day = run.days[maxDays]
                return rule.finding(
                    rule.say(.consecutiveDays, ["id": day.employeeId, "count": String(run.count), "first": run.first.description,
                                                "last": run.last.description]),
                    employeeId: day.employeeId, period: day.date.description, evidence: run.days.prefix(maxDays + 1).flatMap(\.evidence),
                    limit: rule.say(.consecutiveDaysLimit, ["max": String(maxDays)]), actual: rule.say(.consecutiveDaysActual, ["count": String(run.count)]))
            }
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let maxDays = Int(rule.number("max_days"))
        let start = E.day("2026-07-01")
        let tooMany = (0...maxDays).map { start.adding(days: $0).description }
        return RuleExamples(triggering: [.init("\(maxDays + 1) days in a row", EvidenceModel(timeEntries: E.entries("E1", tooMany, hours: 8)))],
                            nonTriggering: [.init("\(maxDays) days in a row", EvidenceModel(timeEntries: E.entries("E1", Array(tooMany.dropLast()), hours: 8)))])
    }
}

/// More overtime hours in one Monday-Sunday week than the weekly cap.
struct WeeklyOvertimeCheck: RuleCheck {
    let name = "weekly-overtime"
    let category = FindingCategory.workingHours
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["max_overtime_hours", "standard_daily_hours"]
    let parameterHelp = ["max_overtime_hours": "most overtime hours in one Monday-Sunday week",
                         "standard_daily_hours": "regular hours in a day when the timesheet states no overtime"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let cap = rule.number("max_overtime_hours"), standard = rule.number("standard_daily_hours")
        let calendar = context.calendar(for: rule)
        var findings: [Finding] = []
        for days in context.workDays.values {
            for (monday, week) in Dictionary(grouping: days, by: \.date.weekStart) {
                let overtime = week.reduce(0) { $0 + $1.overtime(standardHours: standard, kind: calendar.kind(of: $1.date)) }
                guard overtime > cap + 1e-9 else { continue }
                findings.append(rule.finding(
                    rule.say(.weeklyOvertime, ["id": week[0].employeeId, "overtime": formatNumber(overtime), "week": monday.isoWeek,
                                               "cap": formatNumber(cap)]),
                    employeeId: week[0].employeeId, period: monday.isoWeek, evidence: week.flatMap(\.evidence),
                    limit: rule.say(.weeklyOvertimeLimit, ["cap": formatNumber(cap)]), actual: rule.say(.overtimeHours, ["hours": formatNumber(overtime)])))
            }
        }
        return findings
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let cap = rule.number("max_overtime_hours")
        let week = E.days(from: "2026-07-06", to: "2026-07-10")
        return RuleExamples(
            triggering: [.init("five evenings adding up to an hour over", EvidenceModel(timeEntries: E.entries("E1", week, hours: 8 + (cap + 1) / 5, overtime: (cap + 1) / 5)))],
            nonTriggering: [.init("five evenings adding up to the cap", EvidenceModel(timeEntries: E.entries("E1", week, hours: 8 + cap / 5, overtime: cap / 5)))])
    }
}
