import AuditCore
import AuditEvidence

/// What every check sees: the evidence, the documents, and the day of judgement.
public struct RuleContext: Sendable {
    public var evidence: EvidenceModel
    public var asOf: CivilDate
    /// The region whose minimum wage applies, when the user named it (`--region`); otherwise the
    /// region is read from the business license address.
    public var region: String?
    /// Calendars and minimum wages.
    public var reference: ReferenceData

    /// The roster's workers by normalised id, built once.
    public let employeesByKey: [EmployeeKey: Employee]
    /// Each worker's days of work, built once for every check that needs them.
    let workDays: [EmployeeKey: [WorkDay]]
    /// The positions in `evidence.timeEntries` of each worker's entries, in the order read.
    let timeEntryIndices: [EmployeeKey: [Int]]

    public init(evidence: EvidenceModel, asOf: CivilDate, region: String? = nil, reference: ReferenceData = ReferenceData()) {
        self.evidence = evidence
        self.asOf = asOf
        self.region = region
        self.reference = reference
        employeesByKey = Dictionary(evidence.employees.map { (EmployeeKey($0.id.value), $0) }, uniquingKeysWith: { first, _ in first })
        var indices: [EmployeeKey: [Int]] = [:]
        for (index, entry) in evidence.timeEntries.enumerated() { indices[EmployeeKey(entry.employeeId.value), default: []].append(index) }
        timeEntryIndices = indices
        workDays = WorkDay.days(from: evidence.timeEntries, indices: indices)
    }

    /// The first business license's facts, the reference for the company's identity.
    public var businessLicense: DocumentFacts? {
        evidence.documents.first { $0.type == .businessLicense }
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
    /// Things the report should say that are not findings (a check that could not run, and why).
    func notes(_ rule: BoundRule, in context: RuleContext) -> [String]
    /// Triggering and non-triggering examples for a rule with these parameters.
    func examples(_ rule: BoundRule) -> RuleExamples
}

extension RuleCheck {
    public func notes(_ rule: BoundRule, in context: RuleContext) -> [String] { [] }
}

/// A rule definition bound to its pack, ready to make findings.
public struct BoundRule: Sendable {
    public var pack: String
    public var definition: RuleDefinition

    public init(pack: String, definition: RuleDefinition) {
        self.pack = pack
        self.definition = definition
    }

    public var qualifiedId: String { "\(pack)/\(definition.id)" }

    /// A number parameter the loader has already checked is present.
    public func number(_ name: String) -> Double { definition.number(name) ?? 0 }

    /// A yes/no parameter, `fallback` when absent.
    public func flag(_ name: String, default fallback: Bool) -> Bool {
        if case let .flag(value)? = definition.parameters[name] { return value }
        return fallback
    }

    /// A text parameter, `fallback` when absent.
    public func text(_ name: String, default fallback: String) -> String {
        if case let .text(value)? = definition.parameters[name] { return value }
        return fallback
    }

    /// A list parameter, empty when absent.
    public func list(_ name: String) -> [String] {
        if case let .list(values)? = definition.parameters[name] { return values }
        return []
    }

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
        MissingDocumentCheck(), DocumentExpiredCheck(), DocumentExpiringCheck(),
        MinimumAgeCheck(), JuvenileWorkerCheck(),
        DailyHoursCheck(), MonthlyOvertimeCheck(), WeeklyHoursCheck(), WeeklyOvertimeCheck(),
        WeeklyRestDayCheck(), ConsecutiveDaysCheck(),
        MinimumWageCheck(), OvertimePayCheck(), PayrollArithmeticCheck(), HoursMismatchCheck(),
        PaidNotOnRosterCheck(), RosteredNotPaidCheck(),
        IdentityMismatchCheck(), ResidentIdCheck(), CreditCodeCheck(),
        UniformPunchesCheck(), HoursAtLimitCheck(), RoundNetPayCheck(), DateOrderCheck(), ImpossiblePunchesCheck(),
    ]

    public static var names: [String] { all.map(\.name).sorted() }

    public static func check(named name: String) -> (any RuleCheck)? {
        all.first { $0.name == name }
    }
}
