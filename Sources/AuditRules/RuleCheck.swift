import AuditCore
import AuditEvidence

/// What every check sees: the evidence, the documents, and the day of judgement.
public struct RuleContext: Sendable {
    public var evidence: EvidenceModel
    public var asOf: CivilDate
    /// The region whose minimum wage applies, when the user named it (`--region`); otherwise the
    /// region is read from the business license address.
    public var region: String?

    public init(evidence: EvidenceModel, asOf: CivilDate, region: String? = nil) {
        self.evidence = evidence
        self.asOf = asOf
        self.region = region
    }
}

/// A check implemented in Swift; a pack's rule names it and supplies its parameters.
public protocol RuleCheck: Sendable {
    /// The name packs use in `check:`.
    var name: String { get }
    var category: FindingCategory { get }
    /// Number parameters the check cannot run without.
    var requiredNumbers: [String] { get }
    /// What each parameter means, for `rules explain` and error messages.
    var parameterHelp: [String: String] { get }
    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding]
}

/// A rule definition bound to its pack, ready to make findings.
public struct BoundRule: Sendable {
    public var pack: String
    public var definition: RuleDefinition

    public var qualifiedId: String { "\(pack)/\(definition.id)" }

    /// A number parameter the loader has already checked is present.
    public func number(_ name: String) -> Double { definition.number(name) ?? 0 }

    /// A finding of this rule, with the rule's severity, clause and corrective action.
    public func finding(_ message: String, employeeId: String? = nil, documentType: DocumentType? = nil,
                        period: String? = nil, evidence: [Evidence], limit: String? = nil, actual: String? = nil) -> Finding {
        Finding(rule: qualifiedId, category: definition.category, severity: definition.severity, message: message,
                employeeId: employeeId, documentType: documentType, period: period, evidence: evidence,
                limit: limit, actual: actual, clause: definition.clause, action: definition.action)
    }
}

/// The checks this version implements, by the name packs use.
public enum CheckRegistry {
    public static let all: [any RuleCheck] = [
        DocumentExpiredCheck(), DocumentExpiringCheck(), MinimumAgeCheck(),
        DailyHoursCheck(), MonthlyOvertimeCheck(), WeeklyHoursCheck(),
        PaidNotOnRosterCheck(), RosteredNotPaidCheck(),
    ]

    public static var names: [String] { all.map(\.name).sorted() }

    public static func check(named name: String) -> (any RuleCheck)? {
        all.first { $0.name == name }
    }
}
