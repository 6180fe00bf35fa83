/// How serious a finding is (the contract's `severity`).
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable, Hashable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The contract's fixed vocabulary of finding categories.
public enum FindingCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case intake
    case missingDocument = "missing-document"
    case expiry
    case minimumAge = "minimum-age"
    case juvenileWorker = "juvenile-worker"
    case workingHours = "working-hours"
    case restDay = "rest-day"
    case minimumWage = "minimum-wage"
    case overtimePay = "overtime-pay"
    case payrollArithmetic = "payroll-arithmetic"
    case rosterPayroll = "roster-payroll"
    case hoursMismatch = "hours-mismatch"
    case identityMismatch = "identity-mismatch"
    case invalidId = "invalid-id"
    case recordIntegrity = "record-integrity"
}

/// One thing an auditor would catch, with the evidence that shows it.
public struct Finding: Sendable, Codable, Hashable {
    /// Pack-qualified rule id, e.g. `china-labor-law/overtime-monthly`.
    public var rule: String
    public var category: FindingCategory
    public var severity: Severity
    public var message: String
    public var employeeId: String?
    public var documentType: DocumentType?
    /// `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`.
    public var period: String?
    public var evidence: [Evidence]
    /// The limit the rule applies, as text ("11 h/day"); optional beyond the contract.
    public var limit: String?
    /// The value found, as text ("12.5 h"); optional beyond the contract.
    public var actual: String?
    /// The clause the rule comes from; optional beyond the contract.
    public var clause: String?
    /// What to do about it; optional beyond the contract.
    public var action: String?

    public init(rule: String, category: FindingCategory, severity: Severity, message: String,
                employeeId: String? = nil, documentType: DocumentType? = nil, period: String? = nil,
                evidence: [Evidence], limit: String? = nil, actual: String? = nil,
                clause: String? = nil, action: String? = nil) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.employeeId = employeeId
        self.documentType = documentType
        self.period = period
        self.evidence = evidence
        self.limit = limit
        self.actual = actual
        self.clause = clause
        self.action = action
    }
}
