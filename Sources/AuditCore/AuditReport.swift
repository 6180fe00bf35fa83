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
    public var findings: [Finding]
    public var summary: Summary

    public struct Summary: Sendable, Codable, Hashable {
        public var documents: Int
        public var findings: [String: Int]

        public init(documents: Int, findings: [String: Int]) {
            self.documents = documents
            self.findings = findings
        }
    }

    public init(input: String, asOf: CivilDate, ruleset: String, documents: [DocumentRecord], findings: [Finding]) {
        schema = Self.schemaId
        self.input = input
        self.asOf = asOf
        self.ruleset = ruleset
        self.documents = documents
        self.findings = findings
        var counts: [String: Int] = [:]
        for severity in Severity.allCases { counts[severity.rawValue] = findings.filter { $0.severity == severity }.count }
        summary = Summary(documents: documents.count, findings: counts)
    }

    /// Findings at or above `threshold`.
    public func count(atLeast threshold: Severity) -> Int {
        findings.filter { $0.severity >= threshold }.count
    }
}
