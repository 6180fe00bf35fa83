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
            if let body, let status = body.status, let printed {
                return rule.finding(
                    "\(document.certificateLabel) was issued by \(body.name), whose approval is \(status)\(body.cnca.map { " (\($0))" } ?? ""): the certificate is not valid (\(body.source))",
                    documentType: document.type, evidence: [printed.evidence], limit: "a body with a valid approval", actual: status)
            }
            var reasons: [String] = []
            var evidence: [Evidence] = []
            if let printed {
                evidence.append(printed.evidence)
                if body == nil { reasons.append("the certification body \"\(printed.value)\" is not in the table of known bodies") }
            } else {
                reasons.append("no certification body could be read")
            }
            if let body, let pattern = body.numberPattern, let number = facts.number,
               number.value.range(of: pattern, options: .regularExpression) == nil {
                reasons.append("the certificate number \(number.value) does not have the shape of \(body.name)'s numbers"
                               + (body.numberExample.map { " (such as \($0))" } ?? " (\(pattern))"))
                evidence.append(number.evidence)
            }
            if facts.accreditations.isEmpty {
                reasons.append("it bears no accreditation mark (CNAS, UKAS, ANAB, IAF …)")
            }
            guard !reasons.isEmpty else { return nil }
            var finding = rule.finding("\(document.certificateLabel): verify it: " + reasons.joined(separator: "; "),
                                       documentType: document.type, evidence: evidence,
                                       limit: "a known, accredited body and a number of its pattern", actual: reasons[0])
            finding.severity = verifySeverity
            return finding
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
