import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// No day of rest in a week: by default, more days worked in a row than `max_consecutive_days`,
/// wherever the calendar weeks fall; with `week: calendar`, a Monday-Sunday week with fewer rest
/// days than `min_rest_days`.
///
/// The seven-day reading is PRC Labour Law Art. 38 as the Ministry of Labour's 1994 explanation
/// and auditors read it (an uninterrupted day of rest in every seven days): twelve days worked
/// from a Tuesday to the Saturday after next keep a rest day in each calendar week, yet breach
/// it. One finding covers a whole run, its first day as the period and its last in the message.
struct WeeklyRestDayCheck: RuleCheck {
    let name = "weekly-rest-day"
    let category = FindingCategory.restDay
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["max_consecutive_days", "min_rest_days"]
    let parameterHelp = [
        "week": "how a week is counted: seven-days (default; a rest day in every seven days in a row) or calendar (Monday-Sunday weeks)",
        "max_consecutive_days": "most days in a row a worker may work without a rest day (week: seven-days)",
        "min_rest_days": "rest days a worker must have in every Monday-Sunday week (week: calendar)",
    ]

    /// How the rule counts a week: the pack's `week` parameter.
    enum Week: String {
        case sevenDays = "seven-days"
        case calendar
    }

    /// The rule's way of counting a week, nil when `week` names neither.
    func week(_ rule: BoundRule) -> Week? {
        Week(rawValue: rule.text("week", default: Week.sevenDays.rawValue))
    }

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        switch week(rule) {
        case .sevenDays: return longRuns(rule, in: context)
        case .calendar: return calendarWeeks(rule, in: context)
        case nil: return []
        }
    }

    func notes(_ rule: BoundRule, in context: RuleContext) -> [String] {
        guard week(rule) == nil else { return [] }
        return [RuleNote.weekParameterInvalid(rule.language, ["rule": rule.qualifiedId, "week": rule.text("week", default: ""),
                                                              "sevenDays": Week.sevenDays.rawValue, "calendar": Week.calendar.rawValue])]
    }

    /// One finding per run of more than `max_consecutive_days` days worked.
    private func longRuns(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let maxDays = Int(rule.number("max_consecutive_days"))
        return context.workDays.values.flatMap { days in
            WorkedRun.runs(in: days).filter { $0.count > maxDays }.map { run in
                let id = run.days[0].employeeId
                return rule.finding(
                    rule.say(.restDayRun, ["id": id, "count": String(run.count), "first": run.first.description, "last": run.last.description]),
                    employeeId: id, period: run.period, evidence: run.days.flatMap(\.evidence),
                    limit: rule.say(.restDayRunLimit, ["max": String(maxDays)]), actual: rule.say(.restDayRunActual, ["count": String(run.count)]))
            }
        }
    }

    /// One finding per Monday-Sunday week, wholly inside the timesheets, with fewer rest days
    /// than `min_rest_days`.
    private func calendarWeeks(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        guard let span = context.timesheetSpan else { return [] }
        let minRest = Int(rule.number("min_rest_days"))
        var findings: [Finding] = []
        for days in context.workDays.values {
            for (monday, week) in Dictionary(grouping: days.filter(\.isWorked), by: \.date.weekStart) {
                guard monday >= span.lowerBound, monday.adding(days: 6) <= span.upperBound, week.count > 7 - minRest else { continue }
                findings.append(rule.finding(
                    rule.say(.restDayWeek, ["id": week[0].employeeId, "count": String(week.count), "week": monday.isoWeek]),
                    employeeId: week[0].employeeId, period: monday.isoWeek, evidence: week.sorted { $0.date < $1.date }.flatMap(\.evidence),
                    limit: rule.say(.restDayWeekLimit, ["min": String(minRest)]), actual: rule.say(.restDayWeekActual, ["rest": String(7 - week.count)])))
            }
        }
        return findings
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        week(rule) == .calendar ? calendarExamples() : sevenDayExamples(maxDays: Int(rule.number("max_consecutive_days")))
    }

    /// Runs just over and just under `maxDays`, across weeks, months and the records' edges.
    private func sevenDayExamples(maxDays: Int) -> RuleExamples {
        /// `count` days worked in a row, the first `skip` days after `start` (before it when negative).
        func run(_ start: String, _ count: Int, skip: Int = 0) -> [TimeEntry] {
            E.entries("E1", (skip..<skip + count).map { E.day(start).adding(days: $0).description }, hours: 8)
        }
        func model(_ entries: [TimeEntry]...) -> EvidenceModel { EvidenceModel(timeEntries: entries.flatMap { $0 }) }
        // Another worker's rows, so the records run from 2026-04-01 to 2026-09-30.
        let records = [E.entry("E0", "2026-04-01", hours: 8), E.entry("E0", "2026-09-30", hours: 8)]
        let tooMany = maxDays + 1
        // 2026-07-09 is a Thursday, 2026-07-07 a Tuesday; 2026-05-01 is Labour Day.
        let punchesOnly = E.entry("E1", E.day("2026-07-06").adding(days: maxDays).description, hours: 0, clockIn: "07:55", clockOut: "12:03")
        let leave = E.entry("E1", E.day("2026-08-03").adding(days: maxDays).description, hours: 0)
        return RuleExamples(
            triggering: [
                .init("\(tooMany) days in a row from a Thursday to a Wednesday, across a Sunday-Monday boundary",
                      model(run("2026-07-09", tooMany)), expectedCount: 1),
                .init("\(2 * maxDays) days in a row from a Tuesday, each Monday-Sunday week keeping a rest day: one finding for the run",
                      model(run("2026-07-07", 2 * maxDays)), expectedCount: 1),
                .init("\(tooMany + 2) days in a row across the end of July", model(run("2026-07-27", tooMany + 2)), expectedCount: 1),
                .init("\(tooMany) days in a row from the first day of the records, judged on the days they show",
                      model(records, run("2026-04-01", tooMany)), expectedCount: 1),
                .init("\(maxDays) days with hours and the next with punches but no hours",
                      model(run("2026-07-06", maxDays), [punchesOnly]), expectedCount: 1),
            ],
            nonTriggering: [
                .init("\(maxDays) days, a rest day, \(maxDays) days", model(run("2026-07-06", maxDays), run("2026-07-06", maxDays, skip: maxDays + 1))),
                .init("\(maxDays) days, Labour Day off, \(maxDays) days",
                      model(run("2026-05-01", maxDays, skip: -maxDays), run("2026-05-02", maxDays))),
                .init("\(maxDays) days, a day of leave (a row without hours or punches), \(maxDays) days",
                      model(run("2026-08-03", maxDays), [leave], run("2026-08-03", maxDays, skip: maxDays + 1))),
                .init("\(maxDays) days in a row up to the last day of the records", model(records, run("2026-09-30", maxDays, skip: 1 - maxDays))),
            ])
    }

    /// The Monday-Sunday reading's examples, for a pack that sets `week: calendar`.
    private func calendarExamples() -> RuleExamples {
        let week = E.days(from: "2026-07-06", to: "2026-07-12")
        let span = [E.entry("E0", "2026-07-01", hours: 8), E.entry("E0", "2026-07-20", hours: 8)]
        return RuleExamples(
            triggering: [.init("seven days worked Monday to Sunday", EvidenceModel(timeEntries: span + E.entries("E1", week, hours: 8)))],
            nonTriggering: [.init("Sunday off", EvidenceModel(timeEntries: span + E.entries("E1", Array(week.dropLast()), hours: 8))),
                            .init("seven days in a row from Tuesday to Monday, a rest day in each calendar week",
                                  EvidenceModel(timeEntries: span + E.entries("E1", E.days(from: "2026-07-07", to: "2026-07-13"), hours: 8))),
                            .init("a week the timesheets only partly cover",
                                  EvidenceModel(timeEntries: E.entries("E1", E.days(from: "2026-07-08", to: "2026-07-12"), hours: 8)))])
    }
}
