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

    /// Where to verify a document, and with which of its values, in `language`.
    static func advice(for document: DocumentFacts, table: CertificationTable, language: ReportLanguage = .en) -> String {
        let facts = document.certificate ?? CertificateFacts()
        let number = facts.number.map { FindingPhrase.certificateNumber(language, ["number": $0.value]) }
            ?? FindingPhrase.certificateNumberUnknown(language)
        switch document.standardName {
        case "amfori BSCI"?:
            return FindingPhrase.verifyBSCI(language, ["site": facts.siteId.map { language.aside($0.value) } ?? ""])
        case "SMETA"?:
            let references = [facts.siteId, facts.auditReference].compactMap { $0?.value }.map(language.aside).joined()
            return FindingPhrase.verifySMETA(language, ["references": references])
        case "WRAP"?:
            return FindingPhrase.verifyWRAP(language)
        case let standard? where standard.hasPrefix("SA8000"):
            return FindingPhrase.verifySA8000(language, ["number": number])
        default:
            let body = facts.body.flatMap { table.body(named: $0.value) }
            let chinese = body?.cnca != nil || facts.body.map { name in
                name.value.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } || name.value.contains("China")
            } ?? false
            let registry: FindingPhrase = chinese ? .registryChina : .registryElsewhere
            return FindingPhrase.verifyRegistry(language, ["number": number, "registry": registry(language)])
        }
    }

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.certificates.map { document in
            let facts = document.certificate
            let evidence = [facts?.number?.evidence, facts?.siteId?.evidence, facts?.body?.evidence, facts?.standard?.evidence].compactMap { $0 }
            let advice = Self.advice(for: document, table: context.reference.certification, language: rule.language)
            return rule.finding(rule.say(.verify, ["label": document.certificateLabel(rule.language), "advice": advice]),
                                documentType: document.type, evidence: Array(evidence.prefix(2)),
                                limit: rule.say(.verifyLimit), actual: rule.say(.verifyActual))
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
