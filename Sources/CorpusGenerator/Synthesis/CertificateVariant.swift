import AuditCore

/// What is wrong with an archive's management-system certificate or audit report, when anything
/// is: the ways buyers and auditors find factory certificates wanting (issue 18).
///
/// Drawn from a stream of its own, so that planting one changes nothing else the seed draws:
/// every other document, worker and breach of the seed stays as it was. (An audit report comes
/// last in the archive's documents, so only the name of a nested payroll zip, drawn after them
/// all, can change.)
enum CertificateVariant: String, CaseIterable, Sendable {
    /// The certificate is to an edition whose transition ended (ISO 9001:2008, ISO 14001:2004).
    case withdrawnEdition
    /// The holder's business licence allows trading only, while the certificate's scope claims
    /// manufacturing: a trading company showing a factory's kind of certificate.
    case tradingCompany
    /// The certificate's scope covers a side line of the trade and leaves out what the buyer buys.
    case narrowScope
    /// The certificate is from a body the reference table does not know.
    case unknownBody
    /// The certificate is from a body whose approval CNCA or SAMR withdrew.
    case withdrawnBody
    /// The archive also holds an amfori BSCI audit report that falls short: rated C, D, E or
    /// zero tolerance, or older than its rating's validity (24 months for A and B, 12 for the rest).
    case bsciAudit

    /// The variant for `seed` in a violations archive: none in about half of them.
    static func plan(seed: UInt64) -> CertificateVariant? {
        var rng = SplitMix64(seed: seed, stream: "certificate-variant")
        guard rng.chance(0.5) else { return nil }
        return rng.pick(allCases)
    }

    /// Plants the variant into the factory's licence, certificate or audit report.
    func plant(in factory: inout Factory, industry: Industry) {
        var rng = SplitMix64(seed: factory.seed, stream: "certificate-variant/" + rawValue)
        switch self {
        case .withdrawnEdition:
            factory.managementCertificate.standard = rng.pick(Vocabulary.withdrawnStandards).name
        case .tradingCompany:
            factory.company.businessScope = industry.tradingScope
            factory.managementCertificate.scope = industry.certificateScope
        case .narrowScope:
            factory.managementCertificate.scope = industry.narrowScope
        case .unknownBody:
            Self.issue(&factory.managementCertificate, by: rng.pick(Vocabulary.unknownBodies), using: &rng)
        case .withdrawnBody:
            Self.issue(&factory.managementCertificate, by: rng.pick(Vocabulary.withdrawnBodies), using: &rng)
        case .bsciAudit:
            factory.auditReport = Self.failingAudit(asOf: factory.asOf, using: &rng)
        }
        factory.certificateVariant = self
    }

    /// An audit report rated C, D, E or ZT within its validity, or rated anything past it.
    private static func failingAudit(asOf: CivilDate, using rng: inout SplitMix64) -> BSCIAuditReport {
        let rating = rng.pick(["A", "B", "C", "D", "E", "ZT"])
        let months = rating == "A" || rating == "B" ? 24 : 12
        let lapsed = rating == "A" || rating == "B" || rng.chance(0.4)
        let audited = lapsed ? asOf.adding(months: -months).adding(days: -rng.int(in: 1...180))
                             : asOf.adding(months: -months).adding(days: rng.int(in: 30...300))
        return BSCIAuditReport(auditDate: audited, rating: rating, siteID: "156-\(rng.int(in: 1_000_000...9_999_999))",
                               auditCompany: rng.pick(Vocabulary.certificationBodies).name)
    }

    /// Makes `body` the certificate's issuer, with a number of its shape and its mark.
    private static func issue(_ certificate: inout ManagementCertificate, by body: CertificationBody, using rng: inout SplitMix64) {
        let letter = Vocabulary.standards.first { $0.name == certificate.standard }?.letter ?? "Q"
        certificate.body = body.name
        certificate.number = CompanyBuilder.certificateNumber(of: body, year: certificate.issued.year, letter: letter, using: &rng)
        certificate.accreditation = body.accreditation
    }
}
