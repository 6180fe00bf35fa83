/// The result of one `auditready check`, shaped exactly as the public contract
/// (`auditready.report/1`) describes it.
public struct AuditReport: Sendable, Codable, Hashable {
    public static let schemaId = "auditready.report/1"

    public var schema: String
    /// The path that was checked, as given.
    public var input: String
    public var asOf: CivilDate
    /// The rule packs evaluated, comma-separated.
    public var ruleset: String
    public var documents: [DocumentRecord]
    public var findings: FindingList
    public var summary: Summary
    /// Baseline entries that matched no finding: what was accepted before and is fixed now.
    /// Present only when a baseline was applied; optional beyond the contract.
    public var baselineFixed: [BaselineEntry]?
    /// What the check could not do and why (a rule that could not run, such as minimum wages for an
    /// unknown region); optional beyond the contract.
    public var notes: [String]?

    public struct Summary: Sendable, Codable, Hashable {
        public var documents: Int
        public var findings: [String: Int]

        public init(documents: Int, findings: [String: Int]) {
            self.documents = documents
            self.findings = findings
        }
    }

    public init(input: String, asOf: CivilDate, ruleset: String, documents: [DocumentRecord], findings: [Finding]) {
        self.init(input: input, asOf: asOf, ruleset: ruleset, documents: documents, findings: FindingList(findings))
    }

    public init(input: String, asOf: CivilDate, ruleset: String, documents: [DocumentRecord], findings: FindingList) {
        schema = Self.schemaId
        self.input = input
        self.asOf = asOf
        self.ruleset = ruleset
        self.documents = documents
        self.findings = findings
        var counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, 0) })
        for finding in findings { counts[finding.severity.rawValue, default: 0] += 1 }
        summary = Summary(documents: documents.count, findings: counts)
    }

    /// Findings at or above `threshold`.
    public func count(atLeast threshold: Severity) -> Int {
        findings.lazy.filter { $0.severity >= threshold }.count
    }
}

/// One finding a baseline accepts: which findings it covers, who accepted them and why.
///
/// `rule` is the pack-qualified rule id; each of `employeeId`, `documentType` and `period` that is
/// given narrows the match to findings with exactly that value.
public struct BaselineEntry: Sendable, Codable, Hashable {
    public var rule: String
    public var employeeId: String?
    public var documentType: DocumentType?
    public var period: String?
    public var acceptedBy: String
    public var reason: String

    public init(rule: String, employeeId: String? = nil, documentType: DocumentType? = nil, period: String? = nil,
                acceptedBy: String, reason: String) {
        self.rule = rule
        self.employeeId = employeeId
        self.documentType = documentType
        self.period = period
        self.acceptedBy = acceptedBy
        self.reason = reason
    }
}
