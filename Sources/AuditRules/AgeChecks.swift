import AuditCore
import AuditEvidence
import AuditFields
import Foundation

/// A worker younger than the minimum working age on a day they worked.
struct MinimumAgeCheck: RuleCheck {
    let name = "minimum-age"
    let category = FindingCategory.minimumAge
    let scope = CheckScope.eachWorker
    let requiredNumbers = ["minimum_age"]
    let parameterHelp = ["minimum_age": "the youngest age at which a person may work"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let minimum = Int(rule.number("minimum_age"))
        var findings: [Finding] = []
        var seen: Set<EmployeeKey> = []
        for employee in context.evidence.employees {
            let key = EmployeeKey(employee.id.value)
            guard seen.insert(key).inserted, let birth = Self.youngestBirthDate(of: employee) else { continue }
            let worked = (context.timeEntryIndices[key] ?? []).map { context.evidence.timeEntries[$0] }
                .sorted { $0.date.value < $1.date.value }
            let day: (date: CivilDate, evidence: Evidence)?
            if worked.isEmpty {
                // No attendance read for this worker: judge the day of judgement if still employed.
                let employed = employee.leaveDate.map { $0.value >= context.asOf } ?? true
                let hired = employee.hireDate.map { $0.value <= context.asOf } ?? true
                day = employed && hired && birth.value.age(on: context.asOf) < minimum ? (context.asOf, employee.id.evidence) : nil
            } else {
                day = worked.first { birth.value.age(on: $0.date.value) < minimum }.map { ($0.date.value, $0.date.evidence) }
            }
            guard let day else { continue }
            let age = birth.value.age(on: day.date)
            findings.append(rule.finding(
                rule.say(.minimumAge, ["worker": employee.displayName, "age": String(age), "date": day.date.description,
                                       "born": birth.value.description, "minimum": String(minimum)]),
                employeeId: employee.id.value, period: day.date.description, evidence: [birth.evidence, day.evidence],
                limit: rule.say(.minimumAgeLimit, ["minimum": String(minimum)]), actual: rule.say(.minimumAgeActual, ["age": String(age)])))
        }
        return findings
    }

    /// The latest of the stated birth date and the one inside a valid resident ID: the stricter.
    static func youngestBirthDate(of employee: Employee) -> Located<CivilDate>? {
        var candidates: [Located<CivilDate>] = []
        if let stated = employee.birthDate { candidates.append(stated) }
        if let id = employee.nationalId, case let .valid(number) = ResidentIDCheck.check(id.value) {
            candidates.append(Located(number.birthDate, at: id.evidence))
        }
        return candidates.max { $0.value < $1.value }
    }
}

/// Employee ids compared the way people mean them: full-width folded, trimmed, case-insensitive.
public struct EmployeeKey: Hashable, Sendable {
    public let value: String

    public init(_ raw: String) {
        let folded = TextNormalizer.fold(raw)
        // `fold` trims nearly always; Foundation's trimming (slow, and run once per time entry) only when it left some.
        let edges = [folded.unicodeScalars.first, folded.unicodeScalars.last].compactMap { $0 }
        let trimmed = edges.contains(where: CharacterSet.whitespaces.contains) ? folded.trimmingCharacters(in: .whitespaces) : folded
        value = trimmed.uppercased()
    }
}

extension Employee {
    var displayName: String {
        if let name = name?.value, !name.isEmpty { return "\(name) (\(id.value))" }
        return id.value
    }
}
