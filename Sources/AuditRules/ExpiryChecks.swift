import AuditCore
import AuditEvidence

/// A license or certificate whose last valid day is before the day of judgement.
struct DocumentExpiredCheck: RuleCheck {
    let name = "document-expired"
    let category = FindingCategory.expiry
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.evidence.documents.compactMap { document in
            guard document.openEnded == nil, let until = document.validUntil, until.value < context.asOf else { return nil }
            let days = until.value.days(to: context.asOf)
            return rule.finding(
                "\(document.type.displayName) expired on \(until.value), \(days) day\(days == 1 ? "" : "s") before \(context.asOf)",
                documentType: document.type, evidence: [until.evidence],
                limit: "valid on \(context.asOf)", actual: "expired \(until.value)")
        }
    }
}

/// A license or certificate that expires within the warning window after the day of judgement.
struct DocumentExpiringCheck: RuleCheck {
    let name = "document-expiring"
    let category = FindingCategory.expiry
    let scope = CheckScope.wholeInput
    let requiredNumbers = ["warning_days"]
    let parameterHelp = ["warning_days": "how many days before expiry to warn"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let window = Int(rule.number("warning_days"))
        return context.evidence.documents.compactMap { document in
            guard document.openEnded == nil, let until = document.validUntil,
                  until.value >= context.asOf, context.asOf.days(to: until.value) <= window else { return nil }
            let days = context.asOf.days(to: until.value)
            return rule.finding(
                "\(document.type.displayName) expires on \(until.value), in \(days) day\(days == 1 ? "" : "s")",
                documentType: document.type, evidence: [until.evidence],
                limit: "renewal due \(window) days ahead", actual: "\(days) days left")
        }
    }
}

extension DocumentType {
    /// How a person names this kind of document.
    public var displayName: String {
        switch self {
        case .businessLicense: return "Business license"
        case .fireCertificate: return "Fire certificate"
        case .certificate: return "Certificate"
        case .roster: return "Roster"
        case .timesheet: return "Timesheet"
        case .payroll: return "Payroll"
        case .socialInsurance: return "Social insurance record"
        case .unknown: return "Document"
        }
    }
}
