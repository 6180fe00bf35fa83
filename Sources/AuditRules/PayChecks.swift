import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// A whole-month worker whose base wage is below the regional monthly minimum in force.
struct MinimumWageCheck: RuleCheck {
    let name = "minimum-wage"
    let category = FindingCategory.minimumWage
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["tolerance_yuan"]
    let parameterHelp = ["tolerance_yuan": "shortfall below which a difference is rounding"]

    /// The region the check judges by, and where it came from.
    static func region(in context: RuleContext, language: ReportLanguage = .en) -> (region: MinimumWageTable.Region, source: String)? {
        let table = context.reference.minimumWages
        if let named = context.region { return table.region(named: named).map { ($0, FindingPhrase.regionFromFlag(language, ["region": named])) } }
        guard let license = context.businessLicense else { return nil }
        if let address = license.address, let region = table.region(inAddress: address.value) { return (region, FindingPhrase.regionFromAddress(language)) }
        if let company = license.companyName, let region = table.region(inAddress: company.value) { return (region, FindingPhrase.regionFromCompanyName(language)) }
        return nil
    }

    /// How a finding names a region: its id in English; in Chinese its one Chinese name, or its id
    /// when it has several (a tier of cities).
    static func regionName(_ region: MinimumWageTable.Region, _ language: ReportLanguage) -> String {
        guard language == .zh else { return region.id }
        let chinese = region.names.filter { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
        return chinese.count == 1 ? chinese[0] : " \(region.id) "
    }

    func notes(_ rule: BoundRule, in context: RuleContext) -> [String] {
        guard !context.overview.payroll.months.isEmpty else { return [] }
        if let named = context.region, context.reference.minimumWages.region(named: named) == nil {
            let known = rule.language.enumeration(context.reference.minimumWages.regions.map(\.id))
            return [RuleNote.regionNotInTable(rule.language, ["region": named, "known": known])]
        }
        if Self.region(in: context) == nil {
            let address = context.businessLicense?.address?.value ?? RuleNote.noLicenseAddress(rule.language)
            return [RuleNote.regionNotTold(rule.language, ["address": address])]
        }
        return []
    }

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        guard let (region, source) = Self.region(in: context, language: rule.language) else { return [] }
        let tolerance = Int(rule.number("tolerance_yuan") * 100)
        return context.evidence.payLines.compactMap { line in
            guard let base = line.baseWage, context.employedWholeMonth(line.employeeId.value, line.period.value),
                  let rate = region.rate(on: line.period.value.firstDay) else { return nil }
            let minimum = Int((rate.monthly * 100).rounded())
            guard base.value < minimum - tolerance else { return nil }
            return rule.finding(
                rule.say(.minimumWage, ["id": line.employeeId.value, "base": yuan(base.value), "month": line.period.value.description,
                                        "region": Self.regionName(region, rule.language), "minimum": yuan(minimum), "source": source]),
                employeeId: line.employeeId.value, period: line.period.value.description, evidence: [base.evidence],
                limit: rule.say(.minimumWageLimit, ["minimum": yuan(minimum), "from": rate.from.description]),
                actual: rule.say(.amount, ["amount": yuan(base.value)]))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let worker = E.employee("E1", hired: "2024-01-02")
        return RuleExamples(
            triggering: [.init("a Shenzhen base wage of 2,400 in July 2026", EvidenceModel(employees: [worker], payLines: [E.pay("E1", "2026-07", base: 2400)]), region: "shenzhen")],
            nonTriggering: [.init("a Shenzhen base wage at the minimum", EvidenceModel(employees: [worker], payLines: [E.pay("E1", "2026-07", base: 2520)]), region: "shenzhen"),
                            .init("a worker hired during the month", EvidenceModel(employees: [E.employee("E1", hired: "2026-07-15")],
                                                                               payLines: [E.pay("E1", "2026-07", base: 1200)]), region: "shenzhen")])
    }
}

/// Overtime paid below the premiums for workday, rest-day and statutory-holiday hours.
struct OvertimePayCheck: RuleCheck {
    let name = "overtime-pay"
    let category = FindingCategory.overtimePay
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["weekday_premium", "rest_day_premium", "holiday_premium", "standard_monthly_hours", "standard_daily_hours", "tolerance_yuan"]
    let parameterHelp = [
        "weekday_premium": "pay multiple for overtime on a workday", "rest_day_premium": "pay multiple for hours on a rest day",
        "holiday_premium": "pay multiple for hours on a statutory holiday",
        "standard_monthly_hours": "hours in a month's wage (hourly rate = base / this)",
        "standard_daily_hours": "regular hours of a workday when the timesheet states no overtime",
        "tolerance_yuan": "shortfall below which a difference is rounding", "calendar": "the holiday calendar (Rules/reference/calendars/NAME.yaml)",
    ]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let calendar = context.calendar(for: rule)
        let standard = rule.number("standard_daily_hours")
        let premiums: [DayKind: Double] = [.workday: rule.number("weekday_premium"), .restDay: rule.number("rest_day_premium"),
                                           .statutoryHoliday: rule.number("holiday_premium")]
        let days = context.workDays
        return context.evidence.payLines.compactMap { line in
            guard let base = line.baseWage, let paid = line.overtimePay,
                  context.employedWholeMonth(line.employeeId.value, line.period.value) else { return nil }
            let month = (days[EmployeeKey(line.employeeId.value)] ?? []).filter { $0.date.yearMonth == line.period.value }
            guard !month.isEmpty else { return nil }
            let hourly = Double(base.value) / 100 / rule.number("standard_monthly_hours")
            var hoursByKind: [DayKind: Double] = [:]
            for day in month {
                let kind = calendar.kind(of: day.date)
                hoursByKind[kind, default: 0] += kind == .workday ? day.overtime(standardHours: standard, kind: kind) : day.hours
            }
            let required = Int((hoursByKind.reduce(0.0) { $0 + $1.value * hourly * premiums[$1.key]! } * 100).rounded())
            guard paid.value < required - Int(rule.number("tolerance_yuan") * 100) else { return nil }
            let breakdown = [DayKind.workday, .restDay, .statutoryHoliday].compactMap { kind -> String? in
                guard let hours = hoursByKind[kind], hours > 0 else { return nil }
                return rule.say(.overtimePayPart, ["hours": formatNumber(hours), "kind": rule.say(kind.label),
                                                   "premium": formatNumber(premiums[kind]!)])
            }.joined(separator: " + ")
            return rule.finding(
                rule.say(.overtimePay, ["id": line.employeeId.value, "paid": yuan(paid.value), "month": line.period.value.description,
                                        "breakdown": breakdown, "hourly": formatNumber(hourly), "required": yuan(required)]),
                employeeId: line.employeeId.value, period: line.period.value.description,
                evidence: [paid.evidence, base.evidence] + month.filter { calendar.kind(of: $0.date) != .workday || ($0.statedOvertime ?? 0) > 0 }.prefix(6).flatMap(\.evidence),
                limit: rule.say(.overtimePayLimit, ["required": yuan(required)]), actual: rule.say(.amount, ["amount": yuan(paid.value)]))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let worker = E.employee("E1", hired: "2024-01-02")
        // Two Saturdays of 8 hours in July 2026 at a base of 3,480 (20 yuan/h).
        let saturdays = E.entries("E1", ["2026-07-04", "2026-07-11"], hours: 8, overtime: 8)
        let required = 16 * 20 * rule.number("rest_day_premium")
        return RuleExamples(
            triggering: [.init("Saturday hours paid at 1.0×", EvidenceModel(employees: [worker], timeEntries: saturdays,
                                                                            payLines: [E.pay("E1", "2026-07", base: 3480, overtimePay: 16 * 20 * 1.0)]))],
            nonTriggering: [.init("Saturday hours paid at the rest-day premium", EvidenceModel(employees: [worker], timeEntries: saturdays,
                                                                                               payLines: [E.pay("E1", "2026-07", base: 3480, overtimePay: required)]))])
    }
}

extension DayKind {
    var label: FindingPhrase {
        switch self {
        case .workday: return .workdayOvertime
        case .restDay: return .restDayHours
        case .statutoryHoliday: return .holidayHours
        }
    }
}

/// A payroll line whose gross is not the sum of its parts, or whose net is not gross less deductions.
struct PayrollArithmeticCheck: RuleCheck {
    let name = "payroll-arithmetic"
    let category = FindingCategory.payrollArithmetic
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["tolerance_yuan"]
    let parameterHelp = ["tolerance_yuan": "difference below which amounts are taken to agree"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let tolerance = Int(rule.number("tolerance_yuan") * 100)
        return context.evidence.payLines.compactMap { line in
            var problems: [String] = []
            var evidence: [Evidence] = []
            if line.earningsComplete, let gross = line.gross, let base = line.baseWage {
                let parts = base.value + (line.overtimePay?.value ?? 0) + (line.allowances?.value ?? 0)
                if abs(gross.value - parts) > tolerance {
                    problems.append(rule.say(.grossMismatch, ["gross": yuan(gross.value), "parts": yuan(parts)]))
                    evidence += [gross.evidence, base.evidence] + [line.overtimePay?.evidence, line.allowances?.evidence].compactMap { $0 }
                }
            }
            if let net = line.net, let gross = line.gross, let deductions = line.deductions {
                let expected = gross.value - abs(deductions.value)
                if abs(net.value - expected) > tolerance {
                    problems.append(rule.say(.netMismatch, ["net": yuan(net.value), "expected": yuan(expected)]))
                    evidence += [net.evidence, gross.evidence, deductions.evidence]
                }
            }
            guard !problems.isEmpty else { return nil }
            return rule.finding(rule.say(.payrollArithmetic, ["id": line.employeeId.value, "month": line.period.value.description,
                                                              "problems": rule.language.clauses(problems)]),
                                employeeId: line.employeeId.value, period: line.period.value.description, evidence: evidence,
                                limit: rule.say(.payrollArithmeticLimit, ["tolerance": yuan(tolerance)]), actual: problems[0])
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("net 100 yuan short", EvidenceModel(payLines: [E.pay("E1", "2026-07", base: 3000, overtimePay: 500, gross: 3500, deductions: 350, net: 3050)])),
                         .init("gross missing the overtime", EvidenceModel(payLines: [E.pay("E1", "2026-07", base: 3000, overtimePay: 500, gross: 3000)]))],
            nonTriggering: [.init("amounts that add up", EvidenceModel(payLines: [E.pay("E1", "2026-07", base: 3000, overtimePay: 500, allowances: 100,
                                                                                      gross: 3600, deductions: 360, net: 3240)]))])
    }
}

/// Payroll hours that differ from the timesheets of the same month.
struct HoursMismatchCheck: RuleCheck {
    let name = "hours-mismatch"
    let category = FindingCategory.hoursMismatch
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["tolerance_hours", "standard_daily_hours"]
    let parameterHelp = ["tolerance_hours": "difference in hours below which the records agree",
                         "standard_daily_hours": "regular hours of a workday when the timesheet states no overtime"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let tolerance = rule.number("tolerance_hours"), standard = rule.number("standard_daily_hours")
        let calendar = context.calendar(for: rule)
        let covered = context.overview.timesheets.months
        let days = context.workDays
        return context.evidence.payLines.compactMap { line in
            guard covered.contains(line.period.value), line.overtimeHours != nil || line.regularHours != nil else { return nil }
            let month = (days[EmployeeKey(line.employeeId.value)] ?? []).filter { $0.date.yearMonth == line.period.value }
            var problems: [String] = []
            var evidence: [Evidence] = []
            if let paid = line.overtimeHours {
                let recorded = month.reduce(0) { $0 + $1.overtime(standardHours: standard, kind: calendar.kind(of: $1.date)) }
                if abs(paid.value - recorded) > tolerance {
                    problems.append(rule.say(.overtimeHoursDiffer, ["paid": formatNumber(paid.value), "recorded": formatNumber(recorded)]))
                    evidence.append(paid.evidence)
                }
            }
            if let paid = line.regularHours {
                let recorded = month.reduce(0) { $0 + $1.regular(standardHours: standard, kind: calendar.kind(of: $1.date)) }
                if abs(paid.value - recorded) > tolerance {
                    problems.append(rule.say(.regularHoursDiffer, ["paid": formatNumber(paid.value), "recorded": formatNumber(recorded)]))
                    evidence.append(paid.evidence)
                }
            }
            guard !problems.isEmpty else { return nil }
            return rule.finding(rule.say(.hoursMismatch, ["id": line.employeeId.value, "month": line.period.value.description,
                                                          "problems": rule.language.clauses(problems)]),
                                employeeId: line.employeeId.value, period: line.period.value.description,
                                evidence: evidence + month.prefix(4).flatMap(\.evidence),
                                limit: rule.say(.hoursMismatchLimit, ["tolerance": formatNumber(tolerance)]), actual: problems[0])
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let week = E.entries("E1", E.days(from: "2026-07-06", to: "2026-07-10"), hours: 10, overtime: 2)
        return RuleExamples(
            triggering: [.init("payroll shows 4 overtime hours, the timesheet 10", EvidenceModel(timeEntries: week, payLines: [E.pay("E1", "2026-07", regularHours: 40, overtimeHours: 4)]))],
            nonTriggering: [.init("payroll and timesheet agree", EvidenceModel(timeEntries: week, payLines: [E.pay("E1", "2026-07", regularHours: 40, overtimeHours: 10)])),
                            .init("a month the timesheets do not cover", EvidenceModel(timeEntries: week, payLines: [E.pay("E1", "2026-08", overtimeHours: 4)]))])
    }
}
