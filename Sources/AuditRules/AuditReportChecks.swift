import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// An amfori BSCI audit rated D, E or zero tolerance (the rule's severity), or C (`info_ratings`).
struct AuditRatingCheck: RuleCheck {
    let name = "audit-rating"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp = ["failing_ratings": "ratings reported with the rule's severity (D, E, ZT)",
                         "info_ratings": "ratings reported as info (C)"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let failing = Set(rule.list("failing_ratings").map { $0.uppercased() })
        let noted = Set(rule.list("info_ratings").map { $0.uppercased() })
        return context.certificates.compactMap { document in
            guard document.standardName == "amfori BSCI", let rating = document.certificate?.rating else { return nil }
            let value = rating.value.uppercased()
            guard failing.contains(value) || noted.contains(value) else { return nil }
            let meaning = value == "ZT" ? rule.say(.ratingZeroTolerance) : rule.say(.ratingValue, ["rating": value])
            var finding = rule.finding(rule.say(.auditRating, ["label": document.certificateLabel(rule.language), "meaning": meaning,
                                                               "verdict": rule.say(failing.contains(value) ? .ratingFailing : .ratingAcceptable)]),
                                       documentType: document.type, evidence: [rating.evidence],
                                       limit: rule.say(.auditRatingLimit), actual: value)
            if !failing.contains(value) { finding.severity = .info }
            return finding
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        func report(_ rating: String) -> EvidenceModel {
            EvidenceModel(documents: [E.certificate(standard: "amfori BSCI", rating: rating, auditDate: "2026-03-02")])
        }
        return RuleExamples(
            triggering: rule.list("failing_ratings").map { .init("an audit rated \($0)", report($0)) }
                + rule.list("info_ratings").map { .init("an audit rated \($0) (info)", report($0)) },
            nonTriggering: [.init("an audit rated A", report("A")), .init("an audit rated B", report("B"))])
    }
}

/// An audit report older than its rating's validity: amfori BSCI audits rated A or B count for
/// `good_months`, the others for `other_months`; SMETA audits for `smeta_months`.
struct AuditReportAgeCheck: RuleCheck {
    let name = "audit-report-age"
    let category = FindingCategory.expiry
    let scope = CheckScope.wholeInput
    let requiredNumbers = ["good_months", "other_months", "smeta_months"]
    let parameterHelp = ["good_months": "months an amfori BSCI audit rated A or B stays current",
                         "other_months": "months an amfori BSCI audit rated C, D or E stays current (its follow-up is due)",
                         "smeta_months": "months buyers accept a SMETA audit"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.certificates.compactMap { document in
            guard let audited = document.certificate?.auditDate ?? document.issueDate, document.isAuditReport else { return nil }
            let rating = document.certificate?.rating?.value.uppercased()
            let months: Int
            let basis: String
            if document.standardName == "SMETA" {
                (months, basis) = (Int(rule.number("smeta_months")), rule.say(.basisSMETA))
            } else if rating == "A" || rating == "B" {
                (months, basis) = (Int(rule.number("good_months")), rule.say(.basisRated, ["rating": rating!]))
            } else {
                (months, basis) = (Int(rule.number("other_months")), rating.map { rule.say(.basisRated, ["rating": $0]) } ?? rule.say(.basisUnrated))
            }
            let end = audited.value.adding(months: months)
            guard end <= context.asOf else { return nil }
            return rule.finding(rule.say(.auditReportAge, ["label": document.certificateLabel(rule.language), "audited": audited.value.description,
                                                           "basis": basis, "months": String(months), "end": end.adding(days: -1).description]),
                                documentType: document.type, evidence: [audited.evidence],
                                limit: rule.say(.auditReportAgeLimit, ["months": String(months)]),
                                actual: rule.say(.auditReportAgeActual, ["audited": audited.value.description]))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let good = Int(rule.number("good_months"))
        let other = Int(rule.number("other_months"))
        let asOf = E.asOf
        return RuleExamples(
            triggering: [.init("an audit rated B, \(good) months old",
                               EvidenceModel(documents: [E.certificate(standard: "amfori BSCI", rating: "B", auditDate: asOf.adding(months: -good).description)])),
                         .init("an audit rated C, \(other) months old",
                               EvidenceModel(documents: [E.certificate(standard: "amfori BSCI", rating: "C", auditDate: asOf.adding(months: -other).description)]))],
            nonTriggering: [.init("an audit rated B, \(good) months less a day old",
                                  EvidenceModel(documents: [E.certificate(standard: "amfori BSCI", rating: "B",
                                                                          auditDate: asOf.adding(months: -good).adding(days: 1).description)])),
                            .init("an ISO certificate, which has an expiry date instead",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", issued: "2020-01-01")]))])
    }
}

/// An audit report (amfori BSCI, SMETA) presented as a certificate: neither scheme certifies.
struct AuditReportAsCertificateCheck: RuleCheck {
    let name = "audit-report-as-certificate"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp = ["schemes": "the audit programmes to judge (amfori BSCI, SMETA)"]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        let schemes = Set(rule.list("schemes"))
        return context.certificates.compactMap { document in
            guard let standard = document.standardName, schemes.contains(standard),
                  let called = document.certificate?.calledCertificate else { return nil }
            return rule.finding(rule.say(.auditReportAsCertificate, ["path": document.path, "standard": standard, "called": called.text ?? ""]),
                                documentType: document.type, evidence: [called], limit: rule.say(.auditReportAsCertificateLimit),
                                actual: rule.say(.auditReportAsCertificateActual))
        }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let scheme = rule.list("schemes").first ?? "amfori BSCI"
        return RuleExamples(
            triggering: [.init("a \(scheme) certificate", EvidenceModel(documents: [E.certificate(standard: scheme, calledCertificate: "\(scheme) Certificate")]))],
            nonTriggering: [.init("a \(scheme) audit report", EvidenceModel(documents: [E.certificate(standard: scheme)])),
                            .init("an ISO 9001 certificate", EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015")]))])
    }
}
