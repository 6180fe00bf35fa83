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
                rule.say(.documentExpired, ["document": document.type.displayName(in: rule.language), "until": until.value.description,
                                            "days": rule.count(days, .day), "asOf": context.asOf.description]),
                documentType: document.type, evidence: [until.evidence],
                limit: rule.say(.documentExpiredLimit, ["asOf": context.asOf.description]),
                actual: rule.say(.documentExpiredActual, ["until": until.value.description]))
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
                rule.say(.documentExpiring, ["document": document.type.displayName(in: rule.language), "until": until.value.description,
                                             "days": rule.count(days, .day)]),
                documentType: document.type, evidence: [until.evidence],
                limit: rule.say(.documentExpiringLimit, ["window": String(window)]), actual: rule.say(.documentExpiringActual, ["days": String(days)]))
        }
    }
}

extension DocumentType {
    /// How a person names this kind of document, in English.
    public var displayName: String { displayName(in: .en) }
}
