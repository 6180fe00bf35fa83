import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// An attendance summary that shows fewer hours than the same worker's punches over its period
/// (domain §6, double books): the summary is what an auditor is shown, the punches what happened.
///
/// A summary counts the hours inside the scheduled shift, so it is a little below the span from
/// first to last punch on an honest record (real ZKTeco exports: up to 1.4 h a day). Only a gap
/// past `tolerance_hours_per_day` for every day punched, and past `min_difference_hours` in all,
/// is reported.
struct SummaryBelowPunchesCheck: RuleCheck {
    let name = "summary-below-punches"
    let category = FindingCategory.recordIntegrity
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["tolerance_hours_per_day", "min_difference_hours"]
    let parameterHelp = ["tolerance_hours_per_day": "hours a day a summary may count below the punches (time outside the shift)",
                         "min_difference_hours": "smallest gap over the whole period that is reported"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.evidence.attendanceSummaries.compactMap { summary in
            guard let stated = summary.statedHours else { return nil }
            let period = summary.from.value...summary.to.value
            let punched = (context.workDays[EmployeeKey(summary.employeeId.value)] ?? [])
                .filter { $0.clockIn != nil && $0.clockOut != nil && period.contains($0.date) }
            guard !punched.isEmpty else { return nil }
            let hours = punched.reduce(0) { $0 + $1.hours }
            let allowed = max(rule.number("min_difference_hours"), rule.number("tolerance_hours_per_day") * Double(punched.count))
            let gap = hours - stated
            guard gap > allowed else { return nil }
            let values = ["id": summary.employeeId.value, "from": period.lowerBound.description, "to": period.upperBound.description,
                          "stated": formatNumber(stated), "punched": formatNumber(hours), "days": String(punched.count),
                          "gap": formatNumber(gap)]
            let wholeMonth = period.lowerBound.day == 1 && period.upperBound == period.lowerBound.yearMonth.lastDay
            return rule.finding(rule.say(.summaryBelowPunches, values), employeeId: summary.employeeId.value,
                                period: wholeMonth ? period.lowerBound.yearMonth.description : "\(period.lowerBound)/\(period.upperBound)",
                                evidence: summary.hoursEvidence + punched.prefix(4).flatMap(\.evidence),
                                limit: rule.say(.summaryBelowPunchesLimit, ["perDay": formatNumber(rule.number("tolerance_hours_per_day")),
                                                                            "min": formatNumber(rule.number("min_difference_hours"))]),
                                actual: rule.say(.summaryBelowPunchesActual, values))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let week = E.days(from: "2026-07-06", to: "2026-07-11").map { E.entry("E1", $0, hours: 11.5, clockIn: "07:30", clockOut: "20:00") }
        return RuleExamples(
            triggering: [.init("the summary states 48 h and no overtime, six days of punches 69 h",
                               EvidenceModel(timeEntries: week, attendanceSummaries: [E.summary("E1", from: "2026-07-01", to: "2026-07-31", regular: 48, overtime: 0)]))],
            nonTriggering: [.init("the summary states 48 h and 18 h of overtime, the punches 69 h",
                                  EvidenceModel(timeEntries: week, attendanceSummaries: [E.summary("E1", from: "2026-07-01", to: "2026-07-31", regular: 48, overtime: 18)])),
                            .init("a summary of June beside punches of July",
                                  EvidenceModel(timeEntries: week, attendanceSummaries: [E.summary("E1", from: "2026-06-01", to: "2026-06-30", regular: 48, overtime: 0)])),
                            .init("a summary of another worker",
                                  EvidenceModel(timeEntries: week, attendanceSummaries: [E.summary("E2", from: "2026-07-01", to: "2026-07-31", regular: 48, overtime: 0)]))])
    }
}
