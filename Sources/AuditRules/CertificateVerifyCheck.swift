import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// Every certificate and audit report: where and with what to verify it, since fake and lapsed
/// certificates circulate.
struct CertificateVerifyCheck: RuleCheck {
    let name = "certificate-verify"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    /// Where to verify a document, and with which of its values.
    static func advice(for document: DocumentFacts, table: CertificationTable) -> String {
        let facts = document.certificate ?? CertificateFacts()
        let number = facts.number.map { "certificate number \($0.value)" } ?? "the certificate number"
        switch document.standardName {
        case "amfori BSCI"?:
            return "ask the factory to share the audit on the amfori platform and check it there by its site ID"
                + (facts.siteId.map { " (\($0.value))" } ?? "") + ", audit date and rating"
        case "SMETA"?:
            return "ask the factory to grant access on Sedex and check the audit by its Sedex site and audit references"
                + ([facts.siteId, facts.auditReference].compactMap { $0?.value }.map { " (\($0))" }.joined())
        case "WRAP"?:
            return "check the facility on WRAP's list of certified facilities (wrapcompliance.org)"
        case let standard? where standard.hasPrefix("SA8000"):
            return "check \(number) on SAAS's list of SA8000-certified organisations (saasaccreditation.org)"
        default:
            let body = facts.body.flatMap { table.body(named: $0.value) }
            let chinese = body?.cnca != nil || facts.body.map { name in
                name.value.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } || name.value.contains("China")
            } ?? false
            let registry = chinese ? "the CNCA registry (认证认可业务信息统一查询平台, cx.cnca.cn)"
                : "IAF CertSearch (iafcertsearch.org), or the CNCA registry (cx.cnca.cn) when the body certifies in China"
            return "look up \(number) on \(registry): holder, scope, status and expiry must match"
        }
    }

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.certificates.map { document in
            let facts = document.certificate
            let evidence = [facts?.number?.evidence, facts?.siteId?.evidence, facts?.body?.evidence, facts?.standard?.evidence].compactMap { $0 }
            return rule.finding("\(document.certificateLabel): \(Self.advice(for: document, table: context.reference.certification))",
                                documentType: document.type, evidence: Array(evidence.prefix(2)),
                                limit: "verified at its source", actual: "not verified")
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("an ISO 9001 certificate", EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", number: "00124Q31234R1M",
                                                                                                 body: "China Quality Certification Centre")])),
                         .init("an amfori BSCI audit report", EvidenceModel(documents: [E.certificate(standard: "amfori BSCI", rating: "B", auditDate: "2026-03-02")]))],
            nonTriggering: [.init("a business license and a fire certificate",
                                  EvidenceModel(documents: [E.document(.businessLicense), E.document(.fireCertificate, until: "2027-01-01")]))])
    }
}
