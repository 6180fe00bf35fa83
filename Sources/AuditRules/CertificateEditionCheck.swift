import AuditCore
import AuditEvidence

private typealias E = ExampleEvidence

/// A certificate to an edition of its standard that was no longer valid on the day judged
/// (ISO 9001:2008 and ISO 14001:2004 after 2018-09-15, OHSAS 18001 after 2021-03-11).
struct CertificateEditionCheck: RuleCheck {
    let name = "certificate-edition"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers: [String] = []
    let parameterHelp: [String: String] = [:]

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.certificates.compactMap { document in
            guard let standard = document.certificate?.standard,
                  let edition = context.reference.certification.edition(standard.value),
                  let invalid = edition.invalidFrom, invalid <= context.asOf else { return nil }
            return rule.finding(
                rule.say(.editionWithdrawn, ["label": document.certificateLabel(rule.language), "edition": edition.standard,
                                             "invalid": invalid.description, "source": edition.source(in: rule.language),
                                             "replaced": edition.replacedBy.map { rule.say(.editionReplaced, ["replacement": $0]) } ?? ""]),
                documentType: document.type, evidence: [standard.evidence],
                limit: edition.replacedBy.map { rule.say(.editionLimitReplacement, ["replacement": $0]) } ?? rule.say(.editionLimitCurrent),
                actual: edition.standard)
        }
    }

    func referenceSources(_ reference: ReferenceData) -> [String] {
        reference.certification.editionLines.filter { $0.contains("not valid from") }
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        RuleExamples(
            triggering: [.init("an ISO 9001:2008 certificate judged in 2026",
                               EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2008", until: "2027-01-01")])),
                         .init("an OHSAS 18001:2007 certificate judged the day after the last extension IAF allowed",
                               EvidenceModel(documents: [E.certificate(standard: "OHSAS 18001:2007")]), asOf: E.day("2021-10-01"))],
            nonTriggering: [.init("an ISO 9001:2015 certificate", EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015")])),
                            .init("an ISO 14001:2004 certificate judged the day before the transition ended",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 14001:2004")]), asOf: E.day("2018-09-14")),
                            .init("an OHSAS 18001:2007 certificate judged on the last day an extended one could run",
                                  EvidenceModel(documents: [E.certificate(standard: "OHSAS 18001:2007")]), asOf: E.day("2021-09-30")),
                            .init("an ISO 9001 certificate that prints no edition",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 9001")]))])
    }
}

/// A certificate valid for longer than its scheme allows: a management-system certificate for
/// more than 3 years, a WRAP certificate for more than its level's term.
struct CertificateTermCheck: RuleCheck {
    let name = "certificate-term"
    let category = FindingCategory.certificate
    let scope = CheckScope.wholeInput
    let requiredNumbers = ["max_years", "wrap_platinum_months", "wrap_gold_months", "wrap_silver_months"]
    let parameterHelp = [
        "max_years": "the longest certification cycle of a management-system certificate, in years",
        "wrap_platinum_months": "the term of a WRAP Platinum certificate, in months",
        "wrap_gold_months": "the term of a WRAP Gold certificate, in months",
        "wrap_silver_months": "the term of a WRAP Silver certificate, in months",
    ]

    /// The longest term the document's scheme allows, in months, and what it is called.
    func allowedMonths(_ document: DocumentFacts, _ rule: BoundRule, in context: RuleContext) -> (months: Int, label: String)? {
        guard let standard = document.standardName else { return nil }
        if standard == "WRAP" {
            guard let level = document.certificate?.level?.value.lowercased() else { return nil }
            for name in ["platinum", "gold", "silver"] where level.contains(name) {
                let level = "WRAP \(name.capitalized)"
                return (Int(rule.number("wrap_\(name)_months")), rule.language == .zh ? " \(level) 级证书" : level)
            }
            return nil
        }
        let managementSystem = context.reference.certification.edition(standard)?.managementSystem
            ?? ["ISO ", "GB/T ", "OHSAS ", "SA8000"].contains { standard.hasPrefix($0) }
        return managementSystem ? (Int(rule.number("max_years")) * 12, rule.say(.managementSystemCertificate)) : nil
    }

    func evaluate(_ rule: BoundRule, in context: RuleContext) -> [Finding] {
        context.certificates.compactMap { document in
            guard let start = document.validFrom ?? document.issueDate, let until = document.validUntil,
                  let (months, label) = allowedMonths(document, rule, in: context),
                  until.value > start.value.adding(months: months) else { return nil }
            let days = start.value.days(to: until.value)
            let term = months % 12 == 0 ? rule.say(.termYears, ["years": String(months / 12)]) : rule.say(.termMonths, ["months": String(months)])
            return rule.finding(
                rule.say(.certificateTerm, ["label": document.certificateLabel(rule.language), "start": start.value.description,
                                            "until": until.value.description, "term": term, "kind": label]),
                documentType: document.type, evidence: [start.evidence, until.evidence],
                limit: rule.say(.certificateTermLimit, ["months": String(months)]), actual: rule.say(.certificateTermActual, ["days": String(days)]))
        }
    }

    func referenceSources(_ reference: ReferenceData) -> [String] {
        ["Management-system standards (a 3-year cycle): "
            + reference.certification.editions.filter { $0.managementSystem == true }.map(\.standard).joined(separator: ", ")]
    }

    func examples(_ rule: BoundRule) -> RuleExamples {
        let years = Int(rule.number("max_years"))
        let start = E.day("2025-01-10")
        return RuleExamples(
            triggering: [.init("an ISO 9001:2015 certificate valid for \(years) years and a day",
                               EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", issued: start.description,
                                                                       until: start.adding(months: years * 12).adding(days: 1).description)])),
                         .init("a WRAP Silver certificate valid for a year",
                               EvidenceModel(documents: [E.certificate(standard: "WRAP", issued: "2026-03-01", until: "2027-03-01", level: "Silver")]))],
            nonTriggering: [.init("an ISO 9001:2015 certificate valid for \(years) years less a day",
                                  EvidenceModel(documents: [E.certificate(standard: "ISO 9001:2015", issued: start.description,
                                                                          until: start.adding(months: years * 12).adding(days: -1).description)])),
                            .init("a WRAP Platinum certificate valid for two years",
                                  EvidenceModel(documents: [E.certificate(standard: "WRAP", issued: "2026-03-01", until: "2028-03-01", level: "Platinum")]))])
    }
}
