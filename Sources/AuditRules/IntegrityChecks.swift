import AuditCore
import AuditEvidence
import Foundation

private typealias E = ExampleEvidence

/// Clock-ins too uniform to come from a real time clock (domain reference §6 F1).
struct UniformPunchesCheck: RuleCheck {
    let name = "uniform-punches"
    let category = FindingCategory.recordIntegrity
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["min_punches", "min_stddev_minutes", "max_same_minute_share"]
    let parameterHelp = ["min_punches": "clock-ins a worker-month needs before it is judged",
                         "min_stddev_minutes": "clock-in spread below which punches look written, not clocked",
                         "max_same_minute_share": "share of clock-ins on one minute from which punches look written"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for days in context.workDays.values {
            for (month, list) in Dictionary(grouping: days.filter { $0.clockIn != nil }, by: \.date.yearMonth) {
                let minutes = list.map { Double($0.clockIn!) }
                guard minutes.count >= Int(rule.number("min_punches")) else { continue }
                let mean = minutes.reduce(0, +) / Double(minutes.count)
                let deviation = (minutes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(minutes.count)).squareRoot()
                let common = Dictionary(grouping: minutes, by: { $0 }).values.map(\.count).max() ?? 0
                let share = Double(common) / Double(minutes.count)
                guard deviation < rule.number("min_stddev_minutes") || share >= rule.number("max_same_minute_share") else { continue }
                findings.append(rule.finding(
                    rule.say(.uniformPunches, ["id": list[0].employeeId, "count": String(minutes.count), "month": month.description,
                                               "deviation": formatNumber(deviation), "share": String(Int(share * 100))]),
                    employeeId: list[0].employeeId, period: month.description, evidence: list.prefix(5).flatMap(\.evidence),
                    limit: rule.say(.uniformPunchesLimit), actual: rule.say(.uniformPunchesActual, ["deviation": formatNumber(deviation)])))
            }
        }
        return findings
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let days = E.days(from: "2026-07-01", to: "2026-07-31", skipping: [6, 7])
        let same = days.map { E.entry("E1", $0, hours: 8, overtime: 0, clockIn: "08:00", clockOut: "17:00") }
        let scattered = days.enumerated().map { index, day in
            E.entry("E1", day, hours: 8, overtime: 0, clockIn: "07:\(40 + (index * 7) % 20)", clockOut: "17:0\(index % 10)")
        }
        return RuleExamples(triggering: [.init("08:00 every day", EvidenceModel(timeEntries: same))],
                            nonTriggering: [.init("clock-ins between 07:40 and 07:59", EvidenceModel(timeEntries: scattered))])
    }
}

/// A month in which too many workers sit exactly on the overtime cap (§6 F2).
struct HoursAtLimitCheck: AcrossWorkersCheck {
    let name = "hours-at-limit"
    let category = FindingCategory.recordIntegrity
    let requiredNumbers = ["overtime_cap_hours", "min_workers", "max_share", "standard_daily_hours"]
    let parameterHelp = ["overtime_cap_hours": "the monthly overtime cap whose exact value is suspicious",
                         "min_workers": "workers a month needs before it is judged", "max_share": "share of workers exactly at the cap that is suspicious",
                         "standard_daily_hours": "regular hours of a workday when the timesheet states no overtime"]

    /// One worker's overtime in one month, with the proof of a day of it.
    struct WorkerMonth: Sendable {
        var id: String
        var overtime: Double
        var evidence: [Evidence]
    }

    func summary(_ rule: BoundRule, in context: RuleContext) -> [YearMonth: [WorkerMonth]] {
        let standard = rule.number("standard_daily_hours")
        let calendar = context.calendar(for: rule)
        var perMonth: [YearMonth: [WorkerMonth]] = [:]
        for days in context.workDays.values {
            for (month, list) in Dictionary(grouping: days, by: \.date.yearMonth) {
                let overtime = list.reduce(0) { $0 + $1.overtime(standardHours: standard, kind: calendar.kind(of: $1.date)) }
                let proof = list.first { $0.overtime(standardHours: standard, kind: calendar.kind(of: $0.date)) > 0 }?.evidence ?? []
                perMonth[month, default: []].append(WorkerMonth(id: list[0].employeeId, overtime: overtime, evidence: proof))
            }
        }
        return perMonth
    }

    func findings(_ rule: BoundRule, from summaries: [[YearMonth: [WorkerMonth]]], in whole: RuleContext) -> [Finding] {
        let cap = rule.number("overtime_cap_hours")
        let perMonth = summaries.reduce(into: [YearMonth: [WorkerMonth]]()) { all, summary in all.merge(summary, uniquingKeysWith: +) }
        return perMonth.sorted { $0.key < $1.key }.compactMap { month, workers in
            guard workers.count >= Int(rule.number("min_workers")) else { return nil }
            let atCap = workers.filter { abs($0.overtime - cap) < 0.01 }.sorted { $0.id < $1.id }
            let share = Double(atCap.count) / Double(workers.count)
            guard share > rule.number("max_share") else { return nil }
            return rule.finding(
                rule.say(.hoursAtLimit, ["atCap": String(atCap.count), "workers": String(workers.count), "cap": formatNumber(cap),
                                         "month": month.description, "ids": rule.language.enumeration(atCap.prefix(8).map(\.id))]),
                period: month.description, evidence: atCap.prefix(5).flatMap(\.evidence),
                limit: rule.say(.hoursAtLimitLimit, ["share": String(Int(rule.number("max_share") * 100))]), actual: "\(Int(share * 100))%")
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let cap = rule.number("overtime_cap_hours")
        let days = E.days(from: "2026-07-01", to: "2026-07-18", skipping: [6, 7])
        func worker(_ id: String, _ total: Double) -> [TimeEntry] {
            E.entries(id, days, hours: 8 + total / Double(days.count), overtime: total / Double(days.count))
        }
        let piled = (1...6).flatMap { worker("E\($0)", $0 <= 3 ? cap : 20 + Double($0)) }
        let spread = (1...6).flatMap { worker("E\($0)", $0 == 1 ? cap : 20 + Double($0)) }
        return RuleExamples(triggering: [.init("3 of 6 workers at exactly the cap", EvidenceModel(timeEntries: piled))],
                            nonTriggering: [.init("1 of 6 workers at the cap", EvidenceModel(timeEntries: spread))])
    }
}

/// A payroll month whose net amounts are mostly whole hundreds of yuan (§6 F6).
struct RoundNetPayCheck: AcrossWorkersCheck {
    let name = "round-net-pay"
    let category = FindingCategory.recordIntegrity
    let requiredNumbers = ["min_lines", "max_share"]
    let parameterHelp = ["min_lines": "payroll lines a month needs before it is judged", "max_share": "share of round net amounts that is suspicious"]
    /// Round amounts a finding cites.
    static let cited = 5

    /// One month's net amounts in a batch: how many, how many round, and the round ones cited
    /// (the first by worker and place, so that any split into batches cites the same).
    struct Month: Sendable {
        var lines = 0
        var round = 0
        var cited: [(key: [String], evidence: Evidence)] = []

        mutating func add(_ other: Month) {
            lines += other.lines
            round += other.round
            cited = Array((cited + other.cited).sorted { $0.key.lexicographicallyPrecedes($1.key) }.prefix(RoundNetPayCheck.cited))
        }
    }

    func summary(_ rule: BoundRule, in context: RuleContext) -> [YearMonth: Month] {
        var months: [YearMonth: Month] = [:]
        for line in context.evidence.payLines {
            guard let net = line.net else { continue }
            var month = Month(lines: 1)
            if net.value % 10_000 == 0 {
                month.round = 1
                let place = net.evidence
                month.cited = [([line.employeeId.value, place.path, place.sheet ?? "", String(format: "%09d", place.row ?? 0),
                                 String(format: "%09d", place.page ?? 0), String(format: "%012.2f", place.bbox?.y0 ?? 0)], place)]
            }
            months[line.period.value, default: Month()].add(month)
        }
        return months
    }

    func findings(_ rule: BoundRule, from summaries: [[YearMonth: Month]], in whole: RuleContext) -> [Finding] {
        var months: [YearMonth: Month] = [:]
        for summary in summaries {
            for (month, part) in summary { months[month, default: Month()].add(part) }
        }
        return months.sorted { $0.key < $1.key }.compactMap { month, counts in
            guard counts.lines >= Int(rule.number("min_lines")) else { return nil }
            let share = Double(counts.round) / Double(counts.lines)
            guard share > rule.number("max_share") else { return nil }
            return rule.finding(rule.say(.roundNetPay, ["round": String(counts.round), "lines": String(counts.lines), "month": month.description]),
                                documentType: .payroll, period: month.description, evidence: counts.cited.map(\.evidence),
                                limit: rule.say(.roundNetPayLimit, ["share": String(Int(rule.number("max_share") * 100))]),
                                actual: "\(Int(share * 100))%")
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let round = (1...6).map { E.pay("E\($0)", "2026-07", net: 3000 + Double($0) * 100) }
        let real = (1...6).map { E.pay("E\($0)", "2026-07", net: 3000 + Double($0) * 37.45) }
        return RuleExamples(triggering: [.init("six round net amounts", EvidenceModel(payLines: round))],
                            nonTriggering: [.init("six ordinary net amounts", EvidenceModel(payLines: real))])
    }
}

/// Dates that contradict each other: work before the hire date, or after the leave date (§6 F10).
struct DateOrderCheck: RuleCheck {
    let name = "date-order"
    let category = FindingCategory.recordIntegrity
    let scope = CheckScope.eachWorker
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let days = context.workDays
        let paid = Dictionary(grouping: context.evidence.payLines, by: { EmployeeKey($0.employeeId.value) })
        return context.employeesByKey.sorted { $0.key.value < $1.key.value }.compactMap { key, employee in
            var problems: [String] = []
            var evidence: [Evidence] = []
            let worked = days[key] ?? []
            if let hired = employee.hireDate {
                if let first = worked.first, first.date < hired.value {
                    problems.append(rule.say(.workedBeforeHire, ["date": first.date.description, "hired": hired.value.description]))
                    evidence += [hired.evidence] + first.evidence
                }
                if let line = (paid[key] ?? []).first(where: { $0.period.value.lastDay < hired.value }) {
                    problems.append(rule.say(.paidBeforeHire, ["month": line.period.value.description, "hired": hired.value.description]))
                    evidence += [hired.evidence, line.period.evidence]
                }
            }
            if let left = employee.leaveDate, let last = worked.last, last.date > left.value {
                problems.append(rule.say(.workedAfterLeaving, ["date": last.date.description, "left": left.value.description]))
                evidence += [left.evidence] + last.evidence
            }
            guard !problems.isEmpty else { return nil }
            return rule.finding(rule.say(.dateOrder, ["worker": employee.displayName, "problems": rule.language.clauses(problems)]),
                                employeeId: employee.id.value, evidence: evidence, limit: rule.say(.dateOrderLimit), actual: problems[0])
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("a punch before the hire date", EvidenceModel(employees: [E.employee("E1", hired: "2026-07-10")], timeEntries: [E.entry("E1", "2026-07-06", hours: 8)])),
                         .init("a punch after the leave date", EvidenceModel(employees: [E.employee("E1", left: "2026-07-03")], timeEntries: [E.entry("E1", "2026-07-06", hours: 8)]))],
            nonTriggering: [.init("work from the hire date on", EvidenceModel(employees: [E.employee("E1", hired: "2026-07-06")], timeEntries: [E.entry("E1", "2026-07-06", hours: 8)]))])
    }
}

/// Shifts no one works: more than the maximum span between clock-in and clock-out, or over 24 hours (§6 F18).
struct ImpossiblePunchesCheck: RuleCheck {
    let name = "impossible-punches"
    let category = FindingCategory.recordIntegrity
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["max_shift_hours"]
    let parameterHelp = ["max_shift_hours": "longest believable span from clock-in to clock-out"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let maxMinutes = Int(rule.number("max_shift_hours") * 60)
        return context.evidence.timeEntries.compactMap { entry in
            var span: Int?
            if let clockIn = entry.clockIn?.value, let clockOut = entry.clockOut?.value {
                span = clockOut >= clockIn ? clockOut - clockIn : clockOut + 24 * 60 - clockIn
            }
            guard (span ?? 0) > maxMinutes || entry.hours.value > 24 else { return nil }
            let length = span.map { formatNumber(Double($0) / 60) } ?? formatNumber(entry.hours.value)
            return rule.finding(rule.say(.impossiblePunches, ["id": entry.employeeId.value, "date": entry.date.value.description, "length": length]),
                                employeeId: entry.employeeId.value, period: entry.date.value.description,
                                evidence: [entry.clockIn?.evidence, entry.clockOut?.evidence, entry.hours.evidence].compactMap { $0 },
                                limit: rule.say(.impossiblePunchesLimit, ["max": formatNumber(rule.number("max_shift_hours"))]),
                                actual: rule.say(.hours, ["hours": length]))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("07:00 to 00:30 the next day", EvidenceModel(timeEntries: [E.entry("E1", "2026-07-06", hours: 16.5, clockIn: "07:00", clockOut: "00:30")]))],
            nonTriggering: [.init("a night shift from 20:00 to 06:00", EvidenceModel(timeEntries: [E.entry("E1", "2026-07-06", hours: 9, clockIn: "20:00", clockOut: "06:00")]))])
    }
}
