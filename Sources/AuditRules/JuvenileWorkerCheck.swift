import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// A juvenile worker (at least the minimum age, under the adult age) working overtime or at night.
struct JuvenileWorkerCheck: RuleCheck {
    let name = "juvenile-worker"
    let category = FindingCategory.juvenileWorker
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["minimum_age", "adult_age"]
    let parameterHelp = [
        "minimum_age": "youngest working age (younger is child labour, another rule)",
        "adult_age": "age from which the juvenile protections end",
        "no_overtime": "yes when juveniles may not work overtime",
        "no_night_work": "yes when juveniles may not work at night",
        "night_start": "start of the night window, HH:MM", "night_end": "end of the night window, HH:MM",
        "standard_daily_hours": "regular hours of a day when the timesheet states no overtime",
    ]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let minimum = Int(rule.number("minimum_age")), adult = Int(rule.number("adult_age"))
        let noOvertime = rule.flag("no_overtime", default: true), noNight = rule.flag("no_night_work", default: true)
        let nightStart = Self.minutes(rule.text("night_start", default: "22:00")) ?? 22 * 60
        let nightEnd = Self.minutes(rule.text("night_end", default: "06:00")) ?? 6 * 60
        let standard = rule.definition.number("standard_daily_hours") ?? 8
        let calendar = context.calendar(for: rule)
        let days = context.workDays
        var findings: [Finding] = []
        for (key, employee) in context.employeesByKey.sorted(by: { $0.key.value < $1.key.value }) {
            guard let birth = MinimumAgeCheck.youngestBirthDate(of: employee) else { continue }
            var byMonth: [YearMonth: [(WorkDay, [FindingPhrase])]] = [:]
            for day in days[key] ?? [] {
                let age = birth.value.age(on: day.date)
                guard age >= minimum, age < adult else { continue }
                var breaches: [FindingPhrase] = []
                if noOvertime, day.overtime(standardHours: standard, kind: calendar.kind(of: day.date)) > 0 { breaches.append(.juvenileOvertime) }
                if noNight, Self.worksAtNight(day, start: nightStart, end: nightEnd) { breaches.append(.juvenileNightWork) }
                if !breaches.isEmpty { byMonth[day.date.yearMonth, default: []].append((day, breaches)) }
            }
            for (month, list) in byMonth.sorted(by: { $0.key < $1.key }) {
                // Night work before overtime, in every language (the English words' order).
                let kinds = [FindingPhrase.juvenileNightWork, .juvenileOvertime].filter { kind in list.contains { $0.1.contains(kind) } }
                    .map { rule.say($0) }
                let kindText = kinds.count == 2 ? rule.say(.juvenileKinds, ["first": kinds[0], "second": kinds[1]]) : kinds[0]
                let age = birth.value.age(on: list[0].0.date)
                let dayCount = rule.count(list.count, .day)
                findings.append(rule.finding(
                    rule.say(.juvenileWorker, ["worker": employee.displayName, "age": String(age), "kinds": kindText, "days": dayCount,
                                               "month": month.description, "first": list[0].0.date.description]),
                    employeeId: employee.id.value, period: month.description,
                    evidence: [birth.evidence] + list.prefix(5).flatMap(\.0.evidence),
                    limit: rule.say(.juvenileWorkerLimit, ["kinds": kindText, "adult": String(adult)]), actual: dayCount))
            }
        }
        return findings
    }

    /// True when the day's punches fall in the night window (or run past midnight).
    static func worksAtNight(_ day: WorkDay, start: Int, end: Int) -> Bool {
        if let clockIn = day.clockIn, clockIn < end { return true }
        if let clockOut = day.clockOut {
            if clockOut > start { return true }
            if let clockIn = day.clockIn, clockOut < clockIn { return true }
        }
        return false
    }

    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let worker = E.employee("E5", born: "2009-03-01")
        let night = E.entry("E5", "2026-07-01", hours: 8, overtime: 0, clockIn: "14:00", clockOut: "23:00")
        let overtime = E.entry("E5", "2026-07-01", hours: 10, overtime: 2, clockIn: "08:00", clockOut: "19:00")
        let plain = E.entry("E5", "2026-07-01", hours: 8, overtime: 0, clockIn: "08:00", clockOut: "17:00")
        let noOvertime = rule.flag("no_overtime", default: true), noNight = rule.flag("no_night_work", default: true)
        var triggering: [RuleExamples.Example] = []
        var nonTriggering = [RuleExamples.Example("a 17-year-old on a day shift without overtime", EvidenceModel(employees: [worker], timeEntries: [plain]))]
        if noNight { triggering.append(.init("a 17-year-old clocking out at 23:00", EvidenceModel(employees: [worker], timeEntries: [night]))) }
        if noOvertime {
            triggering.append(.init("a 17-year-old with two hours of overtime", EvidenceModel(employees: [worker], timeEntries: [overtime])))
        } else {
            nonTriggering.append(.init("a 17-year-old with overtime, which this code allows", EvidenceModel(employees: [worker], timeEntries: [overtime])))
        }
        nonTriggering.append(.init("an 18-year-old at night", EvidenceModel(employees: [E.employee("E5", born: "2008-06-30")], timeEntries: [night])))
        return RuleExamples(triggering: triggering, nonTriggering: nonTriggering)
    }
}
