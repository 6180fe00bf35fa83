import AuditCore
import AuditEvidence
import Foundation

private typealias E = ExampleEvidence

/// The certification body behind a certificate: one whose approval is withdrawn or suspended
/// (the rule's severity), or one to verify (`verify_severity`): a body the table does not know,
/// a certificate number that does not fit the body's published pattern, no accreditation mark.
struct CertificationBodyCheck: RuleCheck {
    let name = "certification-body"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp = ["verify_severity": "severity of a body, number or mark to verify (the rule's severity applies to a withdrawn or suspended body)"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let table = context.reference.certification
        let verifySeverity = Severity(rawValue: rule.text("verify_severity", default: "info")) ?? .info
        return context.certificates.filter(\.isBodyCertificate).compactMap { document in
            let facts = document.certificate ?? CertificateFacts()
            let printed = facts.body
            let body = printed.flatMap { table.body(named: $0.value) }
            let label = document.certificateLabel(rule.language)
            if let body, let status = body.status, let printed {
                let shownStatus = Self.status(status, rule)
                return rule.finding(
                    rule.say(.bodyWithdrawn, ["label": label, "body": body.name, "status": shownStatus,
                                              "cnca": body.cnca.map(rule.language.aside) ?? "", "source": body.source(in: rule.language)]),
                    documentType: document.type, evidence: [printed.evidence], limit: rule.say(.bodyWithdrawnLimit), actual: shownStatus)
            }
            var reasons: [String] = []
            var evidence: [Evidence] = []
            if let printed {
                evidence.append(printed.evidence)
                if body == nil { reasons.append(rule.say(.bodyUnknown, ["body": printed.value])) }
            } else {
                reasons.append(rule.say(.bodyUnread))
            }
            if let body, let pattern = body.numberPattern, let number = facts.number,
               number.value.range(of: pattern, options: .regularExpression) == nil {
                let example = body.numberExample.map { rule.say(.bodyNumberExample, ["example": $0]) } ?? rule.say(.bodyNumberPattern, ["pattern": pattern])
                reasons.append(rule.say(.bodyNumberShape, ["number": number.value, "body": body.name, "example": example]))
                evidence.append(number.evidence)
            }
            if facts.accreditations.isEmpty {
                reasons.append(rule.say(.bodyNoAccreditation))
            }
            guard !reasons.isEmpty else { return nil }
            var finding = rule.finding(rule.say(.bodyVerify, ["label": label, "reasons": rule.language.clauses(reasons)]),
                                       documentType: document.type, evidence: evidence,
                                       limit: rule.say(.bodyVerifyLimit), actual: reasons[0])
            finding.severity = verifySeverity
            return finding
        }
    }

    /// A body's approval status as the table writes it (`withdrawn`, `suspended`), in the rule's language.
    static func status(_ status: String, _ rule: BoundRule) -> String {
        guard rule.language == .zh else { return status }
        switch status.lowercased() {
        case "withdrawn": return rule.say(.approvalWithdrawn)
        case "suspended": return rule.say(.approvalSuspended)
        default: return status
        }
    }

    func referenceSources(_ reference: ReferenceData) -> [String] {
        reference.certification.bodyLines
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        var withdrawn = ReferenceData()
        withdrawn.certification.bodies = [.init(name: "Example Withdrawn Certification Co., Ltd.", cnca: "CNCA-R-0000-000",
                                                accreditation: ["CNAS"], status: "withdrawn", source: "example")]
        return RuleExamples(
            triggering: [.init("a certificate from a body whose approval is withdrawn",
                               EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", body: "Example Withdrawn Certification Co., Ltd.",
                                                                       accreditations: ["CNAS C000-M"])]), reference: withdrawn),
                         .init("a certificate from a body the table does not know",
                               EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", body: "Golden Bridge Certification Co., Ltd.",
                                                                       accreditations: ["CNAS C000-M"])])),
                         .init("a CQC certificate whose number has another body's shape",
                               EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", number: "CN24/12345",
                                                                       body: "China Quality Certification Centre", accreditations: ["CNAS C001-M"])])),
                         .init("a certificate without an accreditation mark",
                               EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", number: "00124Q31234R1M",
                                                                       body: "China Quality Certification Centre")]))],
            nonTriggering: [.init("a CQC certificate with its CNAS mark and a number of CQC's shape",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", number: "00124Q31234R1M",
                                                                          body: "China Quality Certification Centre", accreditations: ["CNAS C001-M"])])),
                            .init("a certificate naming CQC in Chinese, with its CNAS mark",
                                  EvidenceModel(documents: [E.certificate(standard: "GB/T 19001-2016", number: "00124Q31234R1M/4400",
                                                                          body: "中国质量认证中心有限公司", accreditations: ["CNAS C001-M"])])),
                            .init("an amfori BSCI audit report, which no certification body issues",
                                  EvidenceModel(documents: [E.certificate(standard: "amfori BSCI", rating: "B", auditDate: "2026-03-02")]))])
    }
}
