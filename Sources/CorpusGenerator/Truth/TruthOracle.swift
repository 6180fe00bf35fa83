import AuditCore

/// One finding a correct checker must report: the fields a comparison keys on.
struct TruthFinding: Encodable, Equatable, Comparable {
    var rule: TruthRule
    var category: FindingCategory
    var severity: Severity
    var documentType: DocumentType?
    var employeeId: String?
    var period: String?

    /// A finding of `rule`, with the rule's category and severity.
    init(_ rule: TruthRule, documentType: DocumentType? = nil, employeeId: String? = nil, period: String? = nil) {
        self.rule = rule
        category = rule.category
        severity = rule.severity
        self.documentType = documentType
        self.employeeId = employeeId
        self.period = period
    }

    /// Rule, then employee ID, then period, then document type.
    static func < (a: TruthFinding, b: TruthFinding) -> Bool {
        (a.rule.rawValue, a.employeeId ?? "", a.period ?? "", a.documentType?.rawValue ?? "")
            < (b.rule.rawValue, b.employeeId ?? "", b.period ?? "", b.documentType?.rawValue ?? "")
    }
}

/// Applies the rule semantics to the evidence, independently of what was planted in it.
///
/// The oracle reads only what the documents show (validity dates, roster, timesheet rows,
/// payroll lines), so any breach the generator produced by accident is part of the truth too.
struct TruthOracle {
    var thresholds = RuleThresholds.chinaLaborLaw

    /// Every finding for `factory`, sorted by rule, employee ID and period.
    func findings(in factory: Factory) -> [TruthFinding] {
        (expiry(factory) + minimumAge(factory) + dailyHours(factory) + monthlyOvertime(factory)
            + weeklyHours(factory) + rosterAgainstPayroll(factory)).sorted()
    }

    /// `document-expired` before the audit date; `document-expiring` within the warning window.
    private func expiry(_ factory: Factory) -> [TruthFinding] {
        let warningEnd = factory.asOf.adding(days: thresholds.expiryWarningDays)
        return factory.datedDocuments.compactMap { document in
            guard let end = document.validUntil else { return nil }
            if end < factory.asOf { return TruthFinding(.documentExpired, documentType: document.type) }
            if end <= warningEnd { return TruthFinding(.documentExpiring, documentType: document.type) }
            return nil
        }
    }

    /// The first day in the timesheets each worker worked while younger than the minimum age.
    private func minimumAge(_ factory: Factory) -> [TruthFinding] {
        let births = Dictionary(uniqueKeysWithValues: factory.employees.map { ($0.id, $0.birthDate) })
        var firstUnderage: [String: CivilDate] = [:]
        for row in factory.attendance {
            guard let birth = births[row.employeeID], birth.age(on: row.date) < thresholds.minimumAge else { continue }
            firstUnderage[row.employeeID] = min(firstUnderage[row.employeeID] ?? row.date, row.date)
        }
        return firstUnderage.map { TruthFinding(.minimumAge, employeeId: $0.key, period: $0.value.description) }
    }

    /// Days whose regular plus overtime hours exceed the daily maximum.
    private func dailyHours(_ factory: Factory) -> [TruthFinding] {
        breaches(of: .dailyHours, in: factory.attendance, limit: thresholds.maximumDailyMinutes,
                 period: \.date.description, minutes: \.totalMinutes)
    }

    /// Calendar months whose overtime exceeds the monthly maximum.
    private func monthlyOvertime(_ factory: Factory) -> [TruthFinding] {
        breaches(of: .overtimeMonthly, in: factory.attendance, limit: thresholds.maximumMonthlyOvertimeMinutes,
                 period: \.date.yearMonth.description, minutes: \.overtimeMinutes)
    }

    /// Monday-Sunday weeks whose total hours exceed the weekly maximum, across month boundaries.
    private func weeklyHours(_ factory: Factory) -> [TruthFinding] {
        breaches(of: .weeklyHours, in: factory.attendance, limit: thresholds.maximumWeeklyMinutes,
                 period: \.date.isoWeek, minutes: \.totalMinutes)
    }

    /// One finding per worker and period whose summed minutes exceed `limit`.
    private func breaches(of rule: TruthRule, in rows: [WorkDay], limit: Int,
                          period: (WorkDay) -> String, minutes: (WorkDay) -> Int) -> [TruthFinding] {
        let totals = rows.reduce(into: [WorkerPeriod: Int]()) { totals, row in
            totals[WorkerPeriod(employeeID: row.employeeID, period: period(row)), default: 0] += minutes(row)
        }
        return totals.filter { $0.value > limit }
            .map { TruthFinding(rule, employeeId: $0.key.employeeID, period: $0.key.period) }
    }

    /// Payroll lines for IDs not on the roster, and active rostered workers missing from a month.
    private func rosterAgainstPayroll(_ factory: Factory) -> [TruthFinding] {
        let roster = Set(factory.employees.map(\.id))
        var findings: [TruthFinding] = []
        for register in factory.payroll {
            let paid = Set(register.lines.map(\.employeeID))
            let period = register.month.description
            findings += paid.subtracting(roster).map { TruthFinding(.paidNotOnRoster, employeeId: $0, period: period) }
            let start = register.month.firstDay
            findings += factory.employees
                .filter { $0.hireDate < start && !($0.leaveDate.map { $0 < start } ?? false) && !paid.contains($0.id) }
                .map { TruthFinding(.rosteredNotPaid, employeeId: $0.id, period: period) }
        }
        return findings
    }
}

/// One worker in one day, week or month: the unit hour limits are counted over.
private struct WorkerPeriod: Hashable {
    var employeeID: String
    var period: String
}
