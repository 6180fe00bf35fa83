import AuditCore
import AuditEvidence
@testable import AuditRules
import Foundation

/// The repository's Rules folder.
let rulesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

func at(_ text: String) -> Evidence { Evidence(path: "test.pdf", page: 1, text: text) }

func located<T>(_ value: T, _ text: String = "") -> Located<T> { Located(value, at: at(text)) }

/// Evaluates one rule of the china-labor-law pack on `model`.
func findings(_ ruleId: String, _ model: EvidenceModel, asOf: String = "2026-10-15") throws -> [Finding] {
    let pack = try RulePackLoader(directories: [rulesDirectory]).load(["china-labor-law"])[0]
    var only = pack
    only.rules = pack.rules.filter { $0.id == ruleId }
    precondition(only.rules.count == 1, "no rule \(ruleId)")
    return RuleEngine(packs: [only]).evaluate(RuleContext(evidence: model, asOf: day(asOf)))
}

func employee(_ id: String, born: String? = nil, hired: String? = nil, left: String? = nil, nationalId: String? = nil) -> Employee {
    var e = Employee(id: located(id, id))
    e.birthDate = born.map { located(day($0), $0) }
    e.hireDate = hired.map { located(day($0), $0) }
    e.leaveDate = left.map { located(day($0), $0) }
    e.nationalId = nationalId.map { located($0, $0) }
    return e
}

func entry(_ id: String, _ date: String, hours: Double, overtime: Double? = nil) -> TimeEntry {
    var e = TimeEntry(employeeId: located(id), date: located(day(date), date), hours: located(hours, "\(hours)"))
    e.overtimeHours = overtime.map { located($0) }
    return e
}

func payLine(_ id: String, _ month: String) -> PayLine {
    let parts = month.split(separator: "-").map { Int($0)! }
    return PayLine(employeeId: located(id, id), period: located(YearMonth(year: parts[0], month: parts[1])!, month))
}

func document(_ type: DocumentType, until: String?, openEnded: Bool = false) -> DocumentFacts {
    var facts = DocumentFacts(path: "\(type.rawValue).pdf", type: type)
    facts.validUntil = until.map { located(day($0), "Valid Until: \($0)") }
    facts.openEnded = openEnded ? at("Long-term") : nil
    return facts
}
