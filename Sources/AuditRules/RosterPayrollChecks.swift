import AuditCore
import AuditEvidence

/// A payroll line for someone the roster does not list (a ghost worker or an unregistered one).
struct PaidNotOnRosterCheck: RuleCheck {
    let name = "paid-not-on-roster"
    let category = FindingCategory.rosterPayroll
    let scope = CheckScope.eachWorker
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let evidence = context.evidence
        guard context.overview.rosterSize > 0 else { return [] }  // no roster read: nothing to compare with
        let rostered = Set(evidence.employees.map { EmployeeKey($0.id.value) })
        var seen: Set<String> = []
        return evidence.payLines.compactMap { line in
            let key = EmployeeKey(line.employeeId.value)
            guard !rostered.contains(key), seen.insert("\(key.value)|\(line.period.value)").inserted else { return nil }
            let who = line.name.map { "\($0.value) (\(line.employeeId.value))" } ?? line.employeeId.value
            return rule.finding(rule.say(.paidNotOnRoster, ["who": who, "month": line.period.value.description]),
                                employeeId: line.employeeId.value, period: line.period.value.description,
                                evidence: [line.employeeId.evidence], limit: rule.say(.paidNotOnRosterLimit), actual: rule.say(.paidNotOnRosterActual))
        }
    }
}

/// A rostered worker, hired before a payroll month, missing from that month's payroll.
struct RosteredNotPaidCheck: RuleCheck {
    let name = "rostered-not-paid"
    let category = FindingCategory.rosterPayroll
    let scope = CheckScope.eachWorker
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let evidence = context.evidence
        let paidByMonth = Dictionary(grouping: evidence.payLines, by: { $0.period.value })
            .mapValues { Set($0.map { EmployeeKey($0.employeeId.value) }) }
        let payrolls = context.overview.payroll.months
        var findings: [Finding] = []
        var seen: Set<EmployeeKey> = []
        for employee in evidence.employees {
            let key = EmployeeKey(employee.id.value)
            guard seen.insert(key).inserted, let hired = employee.hireDate else { continue }
            for month in payrolls.keys.sorted() {
                guard hired.value < month.firstDay else { continue }
                if let left = employee.leaveDate, left.value < month.firstDay { continue }
                guard !(paidByMonth[month]?.contains(key) ?? false) else { continue }
                findings.append(rule.finding(
                    rule.say(.rosteredNotPaid, ["worker": employee.displayName, "hired": hired.value.description, "month": month.description]),
                    employeeId: employee.id.value, period: month.description,
                    evidence: [employee.id.evidence, hired.evidence] + (payrolls[month].map { [$0] } ?? []),
                    limit: rule.say(.rosteredNotPaidLimit), actual: rule.say(.rosteredNotPaidActual, ["month": month.description])))
            }
        }
        return findings
    }
}
